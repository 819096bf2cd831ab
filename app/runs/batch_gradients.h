// Gradients of one batch for `moelab-cli grad`: the loss (task + auxiliary terms) of a given
// batch under the current weights, and ∂loss/∂θ for every parameter tensor, without
// changing the weights. The engine computation is the core's; this is the app-side shape.
#pragma once

#include "core/dataset.h"
#include "core/trainer.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace moe::app {

struct ParameterGradient {
    QString name;  // "expert3.W1", "router.Wg", ...
    int rows = 0, cols = 0;
    std::vector<double> value;  // row-major
    std::vector<double> grad;  // row-major, same shape
};

struct BatchGradients {
    double loss = 0;
    double taskLoss = 0;
    double auxLoss = 0;
    std::vector<NamedValue> auxTerms;
    std::vector<ParameterGradient> parameters;
    QString error;  // translated; set when they could not be computed
};

// The rows of `batch` (all of them, in order) through `trainer`'s model in training mode
// without noise, dropout or weight update.
BatchGradients computeBatchGradients(Trainer &trainer, const Dataset &batch);

QJsonObject batchGradientsToJson(const BatchGradients &gradients);

}  // namespace moe::app
