// Loading datasets through the catalogue.
#include "dataset_source.h"

#include "datasets/catalog.h"
#include "datasets/text_corpus_loader.h"

#include <QCoreApplication>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatasetSource)
};

}  // namespace

DatasetLoad loadDatasetFor(const DataConfig &config)
{
    DatasetLoad load;
    bool known = false;
    QStringList ids;
    for (const data::DatasetInfo &info : data::listDatasets()) {
        ids << QString::fromStdString(info.id);
        known = known || info.id == config.name;
    }
    if (!known) {
        load.error = Text::tr("data.name: unknown dataset '%1' (one of: %2)")
                         .arg(QString::fromStdString(config.name), ids.join(QStringLiteral(", ")));
        return load;
    }
    const data::LoadResult result = data::loadDataset(config);
    if (!result.ok()) {
        load.error = Text::tr("cannot load the dataset '%1': %2")
                         .arg(QString::fromStdString(config.name),
                              result.error ? QString::fromStdString(result.error->text()) : QString());
        return load;
    }
    load.dataset = result.dataset;
    return load;
}

bool isTextData(const DataConfig &config)
{
    return data::isTextDataset(config.name);
}

TextCorpusLoad loadTextCorpusFor(const DataConfig &config)
{
    TextCorpusLoad load;
    const data::TextLoadResult result = data::loadTextCorpus(config);
    if (!result.ok()) {
        load.error = Text::tr("cannot load the text corpus '%1': %2")
                         .arg(QString::fromStdString(config.name),
                              result.error ? QString::fromStdString(result.error->text()) : QString());
        return load;
    }
    load.corpus = result.corpus;
    return load;
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
