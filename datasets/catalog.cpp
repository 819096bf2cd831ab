#include "catalog.h"

#include "csv_loader.h"
#include "dataset_ops.h"
#include "idx_dataset.h"
#include "mmoe_synthetic.h"
#include "shipped_data.h"
#include "task_columns.h"
#include "text_corpus_loader.h"
#include "toy_generators.h"

#include <exception>
#include <new>

namespace moe::data {

namespace {

constexpr int kDefaultToySamples = 800;
constexpr int kMaxToySamples = 1'000'000;

struct Toy {
    const char *id;
    const char *name;
    Task task;
    int classes;  // 0 = data.classes
    Dataset (*make)(const ToyParams &);
};

const Toy kToys[] = {
    {"blobs", "Gaussian blobs", Task::Classification, 0, &makeBlobs},
    {"xor", "XOR", Task::Classification, 2, &makeXor},
    {"spirals", "Spirals", Task::Classification, 0, &makeSpirals},
    {"circles", "Concentric circles", Task::Classification, 2, &makeCircles},
    {"moons", "Two moons", Task::Classification, 2, &makeMoons},
    {"checkerboard", "Checkerboard", Task::Classification, 2, &makeCheckerboard},
    {"piecewise", "Piecewise function (1-D regression)", Task::Regression, 0, &makePiecewise},
};

LoadResult loadToy(const Toy &toy, const DataConfig &config)
{
    const int samples = config.samples == 0 ? kDefaultToySamples : config.samples;
    if (samples < 4 || samples > kMaxToySamples)
        return LoadResult::failure(
            {toy.id, 0, 0, "data.samples must be between 4 and " + std::to_string(kMaxToySamples)});
    if (!(config.noise >= 0.0 && config.noise <= 10.0))
        return LoadResult::failure({toy.id, 0, 0, "data.noise must be between 0 and 10"});
    if (toy.classes == 0 && toy.task == Task::Classification && (config.classes < 2 || config.classes > 32))
        return LoadResult::failure({toy.id, 0, 0, "data.classes must be between 2 and 32"});
    ToyParams p;
    p.samples = samples;
    p.noise = config.noise;
    p.seed = config.seed;
    p.classes = config.classes;
    return LoadResult::success(std::make_shared<Dataset>(toy.make(p)));
}

constexpr int kDefaultMmoeSamples = 10000;

LoadResult loadMmoeSynthetic(const DataConfig &config)
{
    const int samples = config.samples == 0 ? kDefaultMmoeSamples : config.samples;
    if (samples < 4 || samples > kMaxToySamples)
        return LoadResult::failure(
            {"mmoe_synthetic", 0, 0, "data.samples must be between 4 and " + std::to_string(kMaxToySamples)});
    if (!(config.noise >= 0.0 && config.noise <= 10.0))
        return LoadResult::failure({"mmoe_synthetic", 0, 0, "data.noise must be between 0 and 10"});
    if (!(config.taskCorrelation >= -1.0 && config.taskCorrelation <= 1.0))
        return LoadResult::failure({"mmoe_synthetic", 0, 0, "data.task_correlation must be between -1 and 1"});
    MmoeSyntheticParams p;
    p.samples = samples;
    p.correlation = config.taskCorrelation;
    p.noise = config.noise;
    p.seed = config.seed;
    return LoadResult::success(std::make_shared<Dataset>(makeMmoeSynthetic(p).data));
}

LoadResult loadUnchecked(const DataConfig &config, const ProgressFn &progress)
{
    if (isTextDataset(config.name))
        return LoadResult::failure({config.name, 0, 0,
                                    "\"" + config.name
                                        + "\" is a text corpus for the language model (loadTextCorpus), not a data "
                                          "set of samples and labels"});
    for (const Toy &toy : kToys)
        if (config.name == toy.id)
            return loadToy(toy, config);
    if (config.name == "mmoe_synthetic")
        return loadMmoeSynthetic(config);
    if (config.samples < 0)
        return LoadResult::failure({config.name, 0, 0, "data.samples must not be negative"});
    if (const ShippedFile *file = findShipped(config.name))
        return loadShipped(*file);
    if (config.name == "fashion_mnist")
        return loadIdxDataset(config.name, config.path.empty() ? std::string(kFashionMnistDir) : config.path, progress);
    if (config.name == "mnist")
        return loadIdxDataset(config.name, config.path, progress);
    if (config.name == "csv") {
        if (config.path.empty())
            return LoadResult::failure({"csv", 0, 0, "no file given (set data.path)"});
        return loadCsvDataset(config.path, config.labelColumn, progress);
    }
    return LoadResult::failure({config.name, 0, 0, "unknown dataset id \"" + config.name + "\""});
}

}  // namespace

std::vector<DatasetInfo> listDatasets()
{
    std::vector<DatasetInfo> list;
    for (const Toy &toy : kToys) {
        DatasetInfo info;
        info.id = toy.id;
        info.displayName = toy.name;
        info.task = toy.task;
        info.kind = DatasetKind::Toy;
        info.features = toy.task == Task::Regression ? 1 : 2;
        info.classes = toy.classes;
        info.note = "generated; size from data.samples";
        list.push_back(info);
    }
    list.push_back({"mmoe_synthetic", "MMoE synthetic (two tasks, correlation ρ)", Task::Regression, DatasetKind::Toy,
                    0, 100, 0, 0, 0, true,
                    "generated; two regression tasks with correlation data.task_correlation (Ma et al. 2018)"});
    const bool haveDir = !dataDirectory().empty();
    for (const ShippedFile &f : shippedFiles()) {
        DatasetInfo info;
        info.id = f.id;
        info.displayName = f.displayName;
        info.kind = DatasetKind::Shipped;
        info.rows = f.rows;
        info.features = f.features;
        info.classes = f.classes;
        info.imageRows = f.imageRows;
        info.imageCols = f.imageCols;
        info.available = haveDir;
        info.note = haveDir ? "shipped with MoE Lab" : "data directory not found (set MOELAB_DATA_DIR)";
        list.push_back(info);
    }
    const bool fashion = hasIdxPair(kFashionMnistDir);
    list.push_back({"fashion_mnist", "Fashion-MNIST", Task::Classification, DatasetKind::Installed, 70000, 784, 10, 28,
                    28, fashion,
                    fashion ? std::string("installed in ") + kFashionMnistDir
                            : "not installed: apt-get install dataset-fashion-mnist"});
    list.push_back({"mnist", "MNIST", Task::Classification, DatasetKind::File, 70000, 784, 10, 28, 28, true,
                    "set data.path to a folder with the IDX files, or to an images file"});
    list.push_back({"csv", "CSV file", Task::Classification, DatasetKind::File, 0, 0, 0, 0, 0, true,
                    "set data.path to a CSV file (',' ';' or tab; label column data.label_column)"});
    for (DatasetInfo &info : listTextDatasets())
        list.push_back(std::move(info));
    return list;
}

LoadResult loadDataset(const DataConfig &config, const ProgressFn &progress)
{
    try {
        LoadResult result = loadUnchecked(config, progress);
        if (!result.ok())
            return result;
        Dataset &d = *result.dataset;
        const bool toy = d.source.rfind("generated:", 0) == 0;
        if (!toy)
            subsample(d, config.samples, config.seed);
        if (!config.labelColumns.empty())
            if (const std::string error = selectTaskColumns(d, config.labelColumns, config.standardize);
                !error.empty())
                return LoadResult::failure({config.name, 0, 0, error});
        if (!d.bytes.empty())
            setByteScaling(d, config.standardize, d.id == "digits" ? 16.0f : 255.0f);
        else if (config.standardize)
            standardizeColumns(d.features);
        if (progress)
            progress(1.0);
        return result;
    } catch (const std::bad_alloc &) {
        return LoadResult::failure({config.name, 0, 0, "out of memory"});
    } catch (const std::exception &e) {
        return LoadResult::failure({config.name, 0, 0, std::string("internal error: ") + e.what()});
    } catch (...) {
        return LoadResult::failure({config.name, 0, 0, "internal error"});
    }
}

}  // namespace moe::data
