// Optimizers over a list of parameters, skipping frozen ones entirely (MOE_SPEC §13.1).
//
//   SGD + momentum:  g ← g + λ p (L2);  m ← μ m + g;  p ← p − η m
//   Adam:            g ← g + λ p (L2);  m ← β1 m + (1−β1) g;  v ← β2 v + (1−β2) g²
//                    p ← p − (η / (1−β1ᵗ)) · m / (√v / √(1−β2ᵗ) + ε)        (as torch.optim.Adam)
//   AdamW:           as Adam without the L2 term, plus decoupled decay p ← p − η λ p
// Biases are not decayed. Each tensor counts its own steps t, so a tensor unfrozen later
// starts with fresh moments. One fused, vectorised pass per tensor; tensors in parallel.
#pragma once

#include "config.h"
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
void optimizerStep(const OptimizerSettings &settings, const std::vector<Parameter<S> *> &params);

}  // namespace moe
