// The dataset catalogue: one table row per dataset with its traits, and one entry point that
// loads any of them from a DataConfig. This is the API the GUI and the CLI use; the rest of
// datasets/ is detail. Adding a dataset is one loader function and one row in catalog.cpp.
//
// Stable ids (a contract, like the config keys): blobs xor spirals circles moons checkerboard
// piecewise mmoe_synthetic iris wine breast_cancer digits fashion_mnist mnist csv, then the
// language model's text corpora shakespeare fortunes text (text_corpus_loader.h), which
// loadDataset refuses.
//
// DataConfig fields used: name (the id), samples (toy sets: points generated, 0 = 800;
// real sets and CSV: rows kept by a deterministic subsample, 0 or >= size = all), noise and
// classes (toy sets), seed (generation and subsampling), path (csv, mnist; an optional other
// directory for fashion_mnist), label_column (csv), standardize (feature columns to mean 0,
// sd 1; image bytes to one global mean 0, sd 1 through byteScale/byteOffset),
// task_correlation (mmoe_synthetic, mmoe_synthetic.h; 0 samples = 10 000) and label_columns
// (any table: the named columns become the targets of a multi-task regression, task_columns.h).
// test_fraction is the trainer's business, except that image sets bring their fixed split.
#pragma once

#include "load_result.h"

#include "core/config.h"

#include <string>
#include <vector>

namespace moe::data {

enum class DatasetKind { Toy, Shipped, Installed, File };

// One configuration key a dataset starts from, as setConfigValue takes it.
struct ConfigDefault {
    std::string key;
    std::string value;
};

struct DatasetInfo {
    std::string id;
    // English, written once in catalog.cpp inside MOE_TR_NOOP("Datasets", ...): the programs
    // show QCoreApplication::translate("Datasets", displayName).
    std::string displayName;
    Task task = Task::Classification;
    DatasetKind kind = DatasetKind::Toy;
    int rows = 0;  // 0 = depends on data.samples or on the file
    int features = 0;  // 0 = depends on the file
    int classes = 0;  // 0 = regression, data.classes or the file
    int imageRows = 0, imageCols = 0;
    bool available = true;  // false e.g. when Fashion-MNIST is not installed
    std::string note;  // English: why not available, or what the path must be
    bool textCorpus = false;  // a byte corpus of the language model (loadTextCorpus)
    // Image bytes: the value of full ink (255; 16 for the 8×8 digits), scaled to 1.
    float byteScale = 255.0f;
    // The recipe that trains this dataset well, written over the program's own defaults when
    // the dataset is chosen (keys the user sets still win). Empty: the defaults suit it.
    std::vector<ConfigDefault> defaults;
};

// Whether a dataset can be loaded here and now, with a note saying why not (or where from).
struct DatasetAvailability {
    bool available = true;
    std::string note;  // English
};

// Every dataset in catalogue order, with its availability looked up now (files on disk).
std::vector<DatasetInfo> listDatasets();

// The catalogue's row for `id` without looking at the disk (available and note left at their
// defaults); nullptr for an unknown id.
const DatasetInfo *findDataset(const std::string &id);

// `config` with the defaults of dataset `id` written over it (nothing for a row without any).
// Returns "" or the error of a key that does not take its value (a bug in the table).
std::string applyDatasetDefaults(ExperimentConfig &config, const std::string &id);

// Never throws: every problem, including running out of memory, comes back as a LoadError.
LoadResult loadDataset(const DataConfig &config, const ProgressFn &progress = {});

}  // namespace moe::data
