// The task losses of model.h and their gradients with respect to each expert's output rows
// and each combine weight (see model.h for the formulas).
#pragma once

#include "model.h"

namespace moe {

template <class S>
LossResult computeTaskLoss(TaskLoss kind, const ModelForward<S> &f, const std::vector<int> *labels,
                           const Matrix<S> *targets, ModelGrad<S> *grad);

}  // namespace moe
