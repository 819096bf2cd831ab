// The catalogue's table: every dataset's row (id, English name, kind, task, shape, traits,
// defaults, loader) and the loading steps all datasets share (subsampling, task columns,
// scaling, names).
#include "catalog.h"

#include "csv_loader.h"
#include "dataset_ops.h"
#include "idx_dataset.h"
#include "mmoe_synthetic.h"
#include "shipped_data.h"
#include "task_columns.h"
#include "text_corpus_loader.h"
#include "toy_generators.h"

#include "core/text_marker.h"

#include <exception>
#include <new>

namespace moe::data {

namespace {

constexpr int kDefaultToySamples = 800;
constexpr int kDefaultMmoeSamples = 10000;
constexpr int kMaxToySamples = 1'000'000;

using Loader = LoadResult (*)(const DataConfig &, const ProgressFn &);
using TextLoader = TextLoadResult (*)(const DataConfig &, const ProgressFn &);

struct Row {
    DatasetInfo info;
    Loader load = nullptr;  // vector data (loadDataset)
    TextLoader loadText = nullptr;  // a text corpus (loadTextCorpus)
    DatasetAvailability (*availability)() = nullptr;  // nullptr: always available, note as written
    std::vector<std::string> featureNames;  // empty: the loader's own (or pixel r,c for images)
};

// Toy generators: `classes` 0 takes data.classes (checked here), otherwise the set's own.
template <Dataset (*make)(const ToyParams &), Task task, int classes>
LoadResult loadToy(const DataConfig &config, const ProgressFn &)
{
    const int samples = config.samples == 0 ? kDefaultToySamples : config.samples;
    if (samples < 4 || samples > kMaxToySamples)
        return LoadResult::failure(
            {config.name, 0, 0, "data.samples must be between 4 and " + std::to_string(kMaxToySamples)});
    if (!(config.noise >= 0.0 && config.noise <= 10.0))
        return LoadResult::failure(
            {config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "data.noise must be between 0 and 10")});
    if (classes == 0 && task == Task::Classification && (config.classes < 2 || config.classes > 32))
        return LoadResult::failure(
            {config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "data.classes must be between 2 and 32")});
    ToyParams p;
    p.samples = samples;
    p.noise = config.noise;
    p.seed = config.seed;
    p.classes = config.classes;
    return LoadResult::success(std::make_shared<Dataset>(make(p)));
}

LoadResult loadMmoe(const DataConfig &config, const ProgressFn &)
{
    const int samples = config.samples == 0 ? kDefaultMmoeSamples : config.samples;
    if (samples < 4 || samples > kMaxToySamples)
        return LoadResult::failure(
            {config.name, 0, 0, "data.samples must be between 4 and " + std::to_string(kMaxToySamples)});
    if (!(config.noise >= 0.0 && config.noise <= 10.0))
        return LoadResult::failure(
            {config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "data.noise must be between 0 and 10")});
    if (!(config.taskCorrelation >= -1.0 && config.taskCorrelation <= 1.0))
        return LoadResult::failure(
            {config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "data.task_correlation must be between -1 and 1")});
    MmoeSyntheticParams p;
    p.samples = samples;
    p.correlation = config.taskCorrelation;
    p.noise = config.noise;
    p.seed = config.seed;
    return LoadResult::success(std::make_shared<Dataset>(makeMmoeSynthetic(p).data));
}

LoadResult loadShippedSet(const DataConfig &config, const ProgressFn &)
{
    const ShippedFile *file = findShipped(config.name);
    const DatasetInfo *info = findDataset(config.name);
    if (!file || !info)
        return LoadResult::failure({config.name, 0, 0, "no shipped file for this id"});
    return loadShipped(*file, *info);
}

LoadResult loadFashionMnist(const DataConfig &config, const ProgressFn &progress)
{
    return loadIdxDataset(config.name, config.path.empty() ? std::string(kFashionMnistDir) : config.path, progress);
}

LoadResult loadMnist(const DataConfig &config, const ProgressFn &progress)
{
    return loadIdxDataset(config.name, config.path, progress);
}

LoadResult loadCsv(const DataConfig &config, const ProgressFn &progress)
{
    if (config.path.empty())
        return LoadResult::failure({"csv", 0, 0, MOE_TR_NOOP("LoadErrors", "no file given (set data.path)")});
    return loadCsvDataset(config.path, config.labelColumn, progress);
}

DatasetAvailability shippedAvailability()
{
    if (dataDirectory().empty())
        return {false, "data directory not found (set MOELAB_DATA_DIR)"};
    return {true, "shipped with MoE Lab"};
}

DatasetAvailability fashionMnistAvailability()
{
    if (hasIdxPair(kFashionMnistDir))
        return {true, std::string("installed in ") + kFashionMnistDir};
    return {false, "not installed: apt-get install dataset-fashion-mnist"};
}

std::vector<std::string> cancerFeatureNames()
{
    const char *base[] = {"radius",      "texture",   "perimeter",      "area",     "smoothness",
                          "compactness", "concavity", "concave points", "symmetry", "fractal dimension"};
    std::vector<std::string> names;
    for (const char *b : base)
        names.push_back(std::string("mean ") + b);
    for (const char *b : base)
        names.push_back(std::string(b) + " error");
    for (const char *b : base)
        names.push_back(std::string("worst ") + b);
    return names;
}

// A row's info; shape {rows, features, classes, imageRows, imageCols}.
struct Shape {
    int rows = 0, features = 0, classes = 0, imageRows = 0, imageCols = 0;
};

DatasetInfo info(const char *id, const char *displayName, DatasetKind kind, Task task, Shape shape,
                 std::string note = {})
{
    DatasetInfo i;
    i.id = id;
    i.displayName = displayName;
    i.kind = kind;
    i.task = task;
    i.rows = shape.rows;
    i.features = shape.features;
    i.classes = shape.classes;
    i.imageRows = shape.imageRows;
    i.imageCols = shape.imageCols;
    i.note = std::move(note);
    return i;
}

Row row(DatasetInfo info, Loader load, DatasetAvailability (*availability)() = nullptr,
        std::vector<std::string> featureNames = {})
{
    Row r;
    r.info = std::move(info);
    r.load = load;
    r.availability = availability;
    r.featureNames = std::move(featureNames);
    return r;
}

// A toy generator's row: 2-D classification or 1-D regression, sized by data.samples.
template <Dataset (*make)(const ToyParams &), Task task, int classes>
Row toyRow(const char *id, const char *displayName)
{
    return row(info(id, displayName, DatasetKind::Toy, task, {0, task == Task::Regression ? 1 : 2, classes},
                    "generated; size from data.samples"),
               &loadToy<make, task, classes>);
}

Row textRow(const char *id, const char *displayName, DatasetKind kind, TextLoader load,
            DatasetAvailability (*availability)())
{
    Row r = row(info(id, displayName, kind, Task::Classification, {0, 0, 256}), nullptr, availability);
    r.loadText = load;
    r.info.textCorpus = true;
    return r;
}

// Image sets of 28 × 28 grey bytes: every image, a few wide experts, AdamW with weight decay
// and a learning rate that warms up and then follows a cosine to zero. The toy sets' Adam at
// 0.01 overshoots on 784 inputs; this recipe reaches 90 % test accuracy on Fashion-MNIST.
std::vector<ConfigDefault> imageDefaults()
{
    return {{"data.samples", "0"},        {"model.experts", "4"},        {"model.hidden", "512"},
            {"train.optimizer", "adamw"}, {"train.weight_decay", "0.1"}, {"train.lr", "0.002"},
            {"train.batch", "256"},       {"train.steps", "4000"},       {"train.lr_schedule", "cosine"},
            {"train.warmup", "200"},      {"train.eval_every", "500"}};
}

const std::vector<Row> &table()
{
    using K = DatasetKind;
    constexpr Task C = Task::Classification, R = Task::Regression;
    static const std::vector<Row> rows = [] {
        std::vector<Row> t;
        t.push_back(toyRow<makeBlobs, C, 0>("blobs", MOE_TR_NOOP("Datasets", "Gaussian blobs")));
        t.push_back(toyRow<makeXor, C, 2>("xor", MOE_TR_NOOP("Datasets", "XOR")));
        t.push_back(toyRow<makeSpirals, C, 0>("spirals", MOE_TR_NOOP("Datasets", "Spirals")));
        t.push_back(toyRow<makeCircles, C, 2>("circles", MOE_TR_NOOP("Datasets", "Concentric circles")));
        t.push_back(toyRow<makeMoons, C, 2>("moons", MOE_TR_NOOP("Datasets", "Two moons")));
        t.push_back(toyRow<makeCheckerboard, C, 2>("checkerboard", MOE_TR_NOOP("Datasets", "Checkerboard")));
        t.push_back(
            toyRow<makePiecewise, R, 0>("piecewise", MOE_TR_NOOP("Datasets", "Piecewise function (1-D regression)")));
        Row mmoe = row(info("mmoe_synthetic", MOE_TR_NOOP("Datasets", "MMoE synthetic (two tasks, correlation ρ)"),
                            K::Toy, R, {0, 100},
                            "generated; two regression tasks with correlation data.task_correlation (Ma et al. 2018)"),
                       &loadMmoe);
        // As in the MMoE paper: 8 experts behind softmax (dense) gates, no balance loss (the gates
        // may prefer experts: that is the point); experts of 16 units, so that the shared bottom
        // (8 × 16 units) has about the same parameters; 10 000 samples, the generator's default.
        mmoe.info.defaults = {{"data.samples", "0"},         {"model.experts", "8"}, {"model.hidden", "16"},
                              {"routing.strategy", "dense"}, {"balance.aux", "0"},   {"train.lr", "0.003"},
                              {"train.eval_every", "100"}};
        t.push_back(mmoe);

        t.push_back(row(info("iris", MOE_TR_NOOP("Datasets", "Iris"), K::Shipped, C, {150, 4, 3}), &loadShippedSet,
                        &shippedAvailability,
                        {"sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"}));
        t.push_back(row(info("wine", MOE_TR_NOOP("Datasets", "Wine"), K::Shipped, C, {178, 13, 3}), &loadShippedSet,
                        &shippedAvailability,
                        {"alcohol", "malic acid", "ash", "alcalinity of ash", "magnesium", "total phenols",
                         "flavanoids", "nonflavanoid phenols", "proanthocyanins", "color intensity", "hue",
                         "OD280/OD315 of diluted wines", "proline"}));
        t.push_back(row(info("breast_cancer", MOE_TR_NOOP("Datasets", "Breast Cancer Wisconsin (diagnostic)"),
                             K::Shipped, C, {569, 30, 2}),
                        &loadShippedSet, &shippedAvailability, cancerFeatureNames()));
        Row digits = row(info("digits", MOE_TR_NOOP("Datasets", "Digits 8×8"), K::Shipped, C, {1797, 64, 10, 8, 8}),
                         &loadShippedSet, &shippedAvailability);
        digits.info.byteScale = 16.0f;
        t.push_back(digits);

        Row fashion = row(
            info("fashion_mnist", MOE_TR_NOOP("Datasets", "Fashion-MNIST"), K::Installed, C, {70000, 784, 10, 28, 28}),
            &loadFashionMnist, &fashionMnistAvailability);
        fashion.info.defaults = imageDefaults();
        t.push_back(fashion);
        Row mnist = row(info("mnist", MOE_TR_NOOP("Datasets", "MNIST"), K::File, C, {70000, 784, 10, 28, 28},
                             "set data.path to a folder with the IDX files, or to an images file"),
                        &loadMnist);
        mnist.info.defaults = imageDefaults();
        t.push_back(mnist);
        t.push_back(row(info("csv", MOE_TR_NOOP("Datasets", "CSV file"), K::File, C, {},
                             "set data.path to a CSV file (',' ';' or tab; label column data.label_column)"),
                        &loadCsv));

        t.push_back(textRow("shakespeare", MOE_TR_NOOP("Datasets", "Tiny Shakespeare (text)"), K::Shipped,
                            &loadShakespeare, &shakespeareAvailability));
        t.push_back(textRow("fortunes", MOE_TR_NOOP("Datasets", "Fortunes in English, German and Chinese (text)"),
                            K::Installed, &loadFortunes, &fortunesAvailability));
        t.push_back(textRow("text", MOE_TR_NOOP("Datasets", "Your own UTF-8 text file"), K::File, &loadTextFile,
                            &textFileAvailability));
        return t;
    }();
    return rows;
}

const Row *findRow(const std::string &id)
{
    for (const Row &row : table())
        if (row.info.id == id)
            return &row;
    return nullptr;
}

LoadResult loadUnchecked(const DataConfig &config, const ProgressFn &progress)
{
    const Row *row = findRow(config.name);
    if (!row)
        return LoadResult::failure({config.name, 0, 0, "unknown dataset id \"" + config.name + "\""});
    if (!row->load)
        return LoadResult::failure({config.name, 0, 0,
                                    "\"" + config.name
                                        + "\" is a text corpus for the language model (loadTextCorpus), not a data "
                                          "set of samples and labels"});
    if (row->info.kind != DatasetKind::Toy && config.samples < 0)
        return LoadResult::failure({config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "data.samples must not be negative")});
    LoadResult result = row->load(config, progress);
    if (!result.ok())
        return result;
    Dataset &d = *result.dataset;
    d.id = row->info.id;
    if (d.displayName.empty())
        d.displayName = row->info.displayName;
    if (!row->featureNames.empty())
        d.featureNames = row->featureNames;
    if (d.featureNames.empty() && d.imageRows > 0)
        for (int r = 0; r < d.imageRows; ++r)
            for (int c = 0; c < d.imageCols; ++c)
                d.featureNames.push_back("pixel " + std::to_string(r) + "," + std::to_string(c));
    if (d.featureNames.empty())
        for (int c = 0; c < d.featureCount; ++c)
            d.featureNames.push_back("feature " + std::to_string(c + 1));
    if (row->info.kind != DatasetKind::Toy)
        subsample(d, config.samples, config.seed);
    if (!config.labelColumns.empty())
        if (const std::string error = selectTaskColumns(d, config.labelColumns, config.standardize); !error.empty())
            return LoadResult::failure({config.name, 0, 0, error});
    if (!d.bytes.empty())
        setByteScaling(d, config.standardize, row->info.byteScale);
    else if (config.standardize)
        standardizeColumns(d.features);
    return result;
}

}  // namespace

std::vector<DatasetInfo> listDatasets()
{
    std::vector<DatasetInfo> list;
    for (const Row &row : table()) {
        DatasetInfo info = row.info;
        if (row.availability) {
            DatasetAvailability a = row.availability();
            info.available = a.available;
            info.note = std::move(a.note);
        }
        list.push_back(std::move(info));
    }
    return list;
}

const DatasetInfo *findDataset(const std::string &id)
{
    const Row *row = findRow(id);
    return row ? &row->info : nullptr;
}

std::string applyDatasetDefaults(ExperimentConfig &config, const std::string &id)
{
    if (const DatasetInfo *info = findDataset(id))
        for (const ConfigDefault &d : info->defaults)
            if (std::string error = setConfigValue(config, d.key, d.value); !error.empty())
                return d.key + ": " + error;
    return {};
}

LoadResult loadDataset(const DataConfig &config, const ProgressFn &progress)
{
    try {
        LoadResult result = loadUnchecked(config, progress);
        if (result.ok() && progress)
            progress(1.0);
        return result;
    } catch (const std::bad_alloc &) {
        return LoadResult::failure({config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "out of memory")});
    } catch (const std::exception &e) {
        return LoadResult::failure({config.name, 0, 0, std::string("internal error: ") + e.what()});
    } catch (...) {
        return LoadResult::failure({config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "internal error")});
    }
}

TextLoadResult loadTextCorpus(const DataConfig &config, const ProgressFn &progress)
{
    const Row *row = findRow(config.name);
    if (!row || !row->loadText)
        return {nullptr,
                LoadError {config.name, 0, 0,
                           "unknown text corpus \"" + config.name + "\" (one of: shakespeare, fortunes, text)"}};
    try {
        TextLoadResult result = row->loadText(config, progress);
        if (!result.ok())
            return result;
        if (result.corpus->displayName.empty())
            result.corpus->displayName = row->info.displayName;
        if (progress)
            progress(1.0);
        return result;
    } catch (const std::bad_alloc &) {
        return {nullptr, LoadError {config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "out of memory")}};
    } catch (const std::exception &e) {
        return {nullptr, LoadError {config.name, 0, 0, std::string("internal error: ") + e.what()}};
    } catch (...) {
        return {nullptr, LoadError {config.name, 0, 0, MOE_TR_NOOP("LoadErrors", "internal error")}};
    }
}

bool isTextDataset(const std::string &id)
{
    const DatasetInfo *info = findDataset(id);
    return info && info->textCorpus;
}

}  // namespace moe::data
