// The one place the GUI asks the datasets catalogue for data (on the worker thread).
#pragma once

#include "core/config.h"
#include "core/dataset.h"

#include <QString>

#include <functional>
#include <memory>

namespace moe::gui {

struct DatasetLoad {
    std::shared_ptr<const Dataset> dataset;  // set on success
    QString error;  // English (from the catalogue) on failure
};

// progress(fraction in [0, 1]) is called now and then; returning false cancels the load.
DatasetLoad loadDatasetFor(const DataConfig &config, const std::function<bool(double)> &progress);

// Which data options matter for a dataset id (the others are greyed out in the panel).
struct DatasetTraits {
    bool generated = false;  // toy generator: noise and classes apply
    bool fromFile = false;  // csv / mnist: path (and label column) apply
};
DatasetTraits datasetTraits(const QString &id);

// Stable ids of the datasets the catalogue offers, in its order (for the Data group).
QStringList datasetIds();

}  // namespace moe::gui
