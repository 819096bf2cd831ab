#include "dataset_source.h"

#include "datasets/catalog.h"

#include <QStringList>

namespace moe::gui {

DatasetLoad loadDatasetFor(const DataConfig &config, const std::function<bool(double)> &progress)
{
    auto result = moe::data::loadDataset(config, progress);
    if (!result.ok())
        return {nullptr, QString::fromStdString(result.error ? result.error->text() : std::string("no data"))};
    return {std::move(result.dataset), {}};
}

DatasetTraits datasetTraits(const QString &id)
{
    static const std::vector<moe::data::DatasetInfo> infos = moe::data::listDatasets();
    for (const auto &info : infos) {
        if (QString::fromStdString(info.id) == id)
            return {info.kind == moe::data::DatasetKind::Toy, info.kind == moe::data::DatasetKind::File};
    }
    return {};
}

QStringList datasetIds()
{
    QStringList ids;
    for (const auto &info : moe::data::listDatasets())
        if (info.available || info.id == "fashion_mnist")
            ids << QString::fromStdString(info.id);
    return ids;
}

}  // namespace moe::gui
