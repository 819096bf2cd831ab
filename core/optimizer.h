// Optimizers over a list of parameters, skipping frozen ones entirely (MOE_SPEC §13.1).
//
//   SGD + momentum:  g ← g + λ p (L2);  m ← μ m + g;  p ← p − η m
//   Adam:            g ← g + λ p (L2);  m ← β1 m + (1−β1) g;  v ← β2 v + (1−β2) g²
//                    p ← p − (η / (1−β1ᵗ)) · m / (√v / √(1−β2ᵗ) + ε)        (as torch.optim.Adam)
//   AdamW:           as Adam without the L2 term, plus decoupled decay p ← p − η λ p
// Biases are not decayed. Each tensor counts its own steps t, so a tensor unfrozen later
// starts with fresh moments. One fused, vectorised pass per tensor; tensors in parallel, an
// expert's tensors on the thread that owns the expert when `homes` says which they are
// (expert_threads.h: the thread whose backward pass wrote their gradients).
#pragma once

#include "config.h"
#include "expert_threads.h"
#include "parameter.h"

#include <vector>

namespace moe {

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::Adam;
    double lr = 1e-3;
    double momentum = 0.9;
    double weightDecay = 0;
    double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
};

template <class S>
void optimizerStep(const OptimizerSettings &settings, const std::vector<Parameter<S> *> &params,
                   const ParameterHomes *homes = nullptr);

// Σ‖∂L/∂θ‖² over the unfrozen tensors of `params` (factored gradients included), each tensor's
// term on its expert's owner thread as in optimizerStep; summed in list order, so the result
// does not depend on the threads.
template <class S>
double gradSquaredNorm(const std::vector<Parameter<S> *> &params, const ParameterHomes *homes = nullptr);

// Gradient clipping (train.clip), as PyTorch's clip_grad_norm_: with the global norm
// n = √sumSquares above clip > 0, every unfrozen gradient is scaled by clip / (n + 10⁻⁶).
template <class S>
void clipGradientNorm(const std::vector<Parameter<S> *> &params, double sumSquares, double clip);

// The optimiser settings of train.* at a step (train.lr_schedule's learning rate).
OptimizerSettings optimizerSettingsAt(const TrainConfig &train, long long step);

}  // namespace moe
