// The programs' one door to the dataset catalogue (datasets/catalog.h): loading the data a
// configuration asks for, with progress and errors as translated text; the datasets' names
// in the user's language; and the configuration a dataset starts from (its defaults).
#pragma once

#include "core/config.h"
#include "core/dataset.h"
#include "core/lm/text_corpus.h"
#include "datasets/load_result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace moe::app {

struct DatasetLoad {
    std::shared_ptr<const Dataset> dataset;
    QString error;  // "" on success; translated, naming the file, the line and the problem
    [[nodiscard]] bool ok() const { return dataset != nullptr; }
};

// progress(fraction in [0, 1]) is called now and then; returning false cancels the load.
DatasetLoad loadDatasetFor(const DataConfig &config, const data::ProgressFn &progress = {});

// The byte corpora of the language model (data.name shakespeare, fortunes, text).
bool isTextData(const DataConfig &config);

struct TextCorpusLoad {
    std::shared_ptr<const TextCorpus> corpus;
    QString error;  // "" on success; names the file, and for bad UTF-8 the byte offset
    [[nodiscard]] bool ok() const { return corpus != nullptr; }
};

TextCorpusLoad loadTextCorpusFor(const DataConfig &config, const data::ProgressFn &progress = {});

// A load error in the user's language: "file, line 3, column 2: problem".
QString loadErrorText(const data::LoadError &error);

// The dataset's name in the user's language (the id itself for an unknown id).
QString datasetDisplayName(const std::string &id);

// The ids the window offers, in catalogue order: the available ones, and Fashion-MNIST always
// (choosing it when it is not installed says how to install it).
QStringList datasetIds();

// The configuration a run on dataset `id` starts from: for a text corpus the baby language
// model's recipe (core/lm/lm_spec.h), otherwise `vectorBase` with the dataset's defaults
// (DatasetInfo::defaults) written over it. The caller writes the user's own keys on top.
ExperimentConfig defaultsForDataset(const std::string &id, const ExperimentConfig &vectorBase = ExperimentConfig());

// Whether dataset `id` starts from anything but `ExperimentConfig()`: a text corpus, or a
// catalogue row with defaults.
bool hasDatasetDefaults(const std::string &id);

// The window's rule when the user picks dataset `next.data.name` after `before`: a switch
// between vector data and a text corpus starts from that kind's defaults (`vectorBase` for
// vector data); between two vector datasets, every key that either dataset's defaults name
// takes the new dataset's value, or vectorBase's where the new one names none, and every other
// key keeps the user's value. The engine threads always stay, and the data keys but those
// the new dataset's defaults name (e.g. data.samples 0 for every image).
ExperimentConfig withDefaultsForData(const ExperimentConfig &before, ExperimentConfig next,
                                     const ExperimentConfig &vectorBase);

// The keys dataset `id` sets when chosen (empty for none, or for a text corpus).
QStringList datasetDefaultKeys(const std::string &id);

// A key identifying the data a configuration loads (equal keys → the same dataset), so a
// sweep loads each distinct dataset once and shares it between runs.
QString datasetCacheKey(const DataConfig &config);

}  // namespace moe::app
