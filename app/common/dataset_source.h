// The app's door to the dataset catalogue (datasets/catalog.h): loading the data a
// configuration asks for, with errors as translated text, and the list for `datasets`.
#pragma once

#include "core/config.h"
#include "core/dataset.h"
#include "core/lm/text_corpus.h"

#include <QString>

#include <memory>

namespace moe::app {

struct DatasetLoad {
    std::shared_ptr<const Dataset> dataset;
    QString error;  // "" on success
    [[nodiscard]] bool ok() const { return dataset != nullptr; }
};

DatasetLoad loadDatasetFor(const DataConfig &config);

// The byte corpora of the language model (data.name shakespeare, fortunes, text).
bool isTextData(const DataConfig &config);

struct TextCorpusLoad {
    std::shared_ptr<const TextCorpus> corpus;
    QString error;  // "" on success; names the file, and for bad UTF-8 the byte offset
    [[nodiscard]] bool ok() const { return corpus != nullptr; }
};

TextCorpusLoad loadTextCorpusFor(const DataConfig &config);

// A key identifying the data a configuration loads (equal keys → the same dataset), so a
// sweep loads each distinct dataset once and shares it between runs.
QString datasetCacheKey(const DataConfig &config);

}  // namespace moe::app
