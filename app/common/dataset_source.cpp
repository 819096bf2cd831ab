// Loading datasets through the catalogue, their translated names and their defaults.
#include "dataset_source.h"

#include "core_strings.h"

#include "core/lm/lm_spec.h"
#include "datasets/catalog.h"
#include "datasets/text_corpus_loader.h"

#include <QCoreApplication>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatasetSource)
};

// The context MOE_TR_NOOP marks the names with in datasets/catalog.cpp.
constexpr char kDatasetsContext[] = "Datasets";
// The context the loaders' fixed problem texts are marked with (datasets/*.cpp).
constexpr char kLoadErrorsContext[] = "LoadErrors";

// The keys a dataset's defaults may change in the window: not the dataset itself, nor the
// engine threads (the window's share of the machine).
bool isDefaultKey(const std::string &key)
{
    return key != "data.name" && key != "train.threads";
}

// The data keys dataset `id` sets (e.g. data.samples 0: every image), written over `config`.
void applyDataDefaults(ExperimentConfig &config, const std::string &id)
{
    if (const data::DatasetInfo *info = data::findDataset(id))
        for (const data::ConfigDefault &d : info->defaults)
            if (d.key.rfind("data.", 0) == 0 && isDefaultKey(d.key))
                setConfigValue(config, d.key, d.value);
}

}  // namespace

QString loadErrorText(const data::LoadError &error)
{
    // The place keeps the compiler convention (file:line:column), which reads in any language.
    data::LoadError place = error;
    place.message.clear();
    QString where = QString::fromStdString(place.text());
    where.chop(2);  // ": "
    const QString problem = error.problem.empty()
        ? QCoreApplication::translate(kLoadErrorsContext, error.message.c_str())
        : problemText(error.problem);
    return Text::tr("%1: %2").arg(where, problem);
}

DatasetLoad loadDatasetFor(const DataConfig &config, const data::ProgressFn &progress)
{
    DatasetLoad load;
    if (!data::findDataset(config.name)) {
        QStringList ids;
        for (const data::DatasetInfo &info : data::listDatasets())
            ids << QString::fromStdString(info.id);
        load.error = Text::tr("data.name: unknown dataset '%1' (one of: %2)")
                         .arg(QString::fromStdString(config.name), ids.join(QStringLiteral(", ")));
        return load;
    }
    const data::LoadResult result = data::loadDataset(config, progress);
    if (!result.ok()) {
        load.error =
            Text::tr("cannot load the dataset '%1': %2")
                .arg(QString::fromStdString(config.name), result.error ? loadErrorText(*result.error) : QString());
        return load;
    }
    load.dataset = result.dataset;
    return load;
}

bool isTextData(const DataConfig &config)
{
    return data::isTextDataset(config.name);
}

TextCorpusLoad loadTextCorpusFor(const DataConfig &config, const data::ProgressFn &progress)
{
    TextCorpusLoad load;
    const data::TextLoadResult result = data::loadTextCorpus(config, progress);
    if (!result.ok()) {
        load.error =
            Text::tr("cannot load the text corpus '%1': %2")
                .arg(QString::fromStdString(config.name), result.error ? loadErrorText(*result.error) : QString());
        return load;
    }
    load.corpus = result.corpus;
    return load;
}

QString datasetDisplayName(const std::string &id)
{
    const data::DatasetInfo *info = data::findDataset(id);
    return info ? QCoreApplication::translate(kDatasetsContext, info->displayName.c_str()) : QString::fromStdString(id);
}

QStringList datasetIds()
{
    QStringList ids;
    for (const data::DatasetInfo &info : data::listDatasets())
        if (info.available || info.id == "fashion_mnist")
            ids << QString::fromStdString(info.id);
    return ids;
}

ExperimentConfig defaultsForDataset(const std::string &id, const ExperimentConfig &vectorBase)
{
    if (data::isTextDataset(id))
        return languageModelDefaults(ExperimentConfig());
    ExperimentConfig config = vectorBase;
    data::applyDatasetDefaults(config, id);
    return config;
}

bool hasDatasetDefaults(const std::string &id)
{
    const data::DatasetInfo *info = data::findDataset(id);
    return info && (info->textCorpus || !info->defaults.empty());
}

ExperimentConfig withDefaultsForData(const ExperimentConfig &before, ExperimentConfig next,
                                     const ExperimentConfig &vectorBase)
{
    const bool wasText = isTextData(before.data), isText = isTextData(next.data);
    if (wasText == isText && isText)
        return next;
    ExperimentConfig fresh;
    if (wasText != isText) {
        fresh = isText ? languageModelDefaults(next) : defaultsForDataset(next.data.name, vectorBase);
        fresh.data = next.data;
        applyDataDefaults(fresh, next.data.name);
    } else {
        // Between vector datasets: only the keys the two datasets' defaults name change.
        fresh = next;
        ExperimentConfig target = defaultsForDataset(next.data.name, vectorBase);
        target.data.name = next.data.name;
        for (const std::string &id : {before.data.name, next.data.name})
            if (const data::DatasetInfo *info = data::findDataset(id))
                for (const data::ConfigDefault &d : info->defaults)
                    if (isDefaultKey(d.key))
                        setConfigValue(fresh, d.key, configValue(target, d.key));
    }
    fresh.train.threads = next.train.threads;
    return fresh;
}

QStringList datasetDefaultKeys(const std::string &id)
{
    QStringList keys;
    if (const data::DatasetInfo *info = data::findDataset(id))
        for (const data::ConfigDefault &d : info->defaults)
            keys << QString::fromStdString(d.key);
    return keys;
}

QString datasetCacheKey(const DataConfig &c)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
               .arg(QString::fromStdString(c.name))
               .arg(c.samples)
               .arg(c.noise, 0, 'g', 17)
               .arg(qulonglong(c.seed))
               .arg(QString::fromStdString(c.path))
               .arg(c.labelColumn)
               .arg(c.standardize ? 1 : 0)
               .arg(c.classes)
               .arg(c.testFraction, 0, 'g', 17)
        + QStringLiteral("|%1|%2").arg(c.taskCorrelation, 0, 'g', 17).arg(QString::fromStdString(c.labelColumns));
}

}  // namespace moe::app
