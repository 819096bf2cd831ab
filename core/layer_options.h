// LayerOptions from an experiment's configuration: what route() and the MoE layer read at a
// step or an evaluation. The routing context (k, capacity and its rule, priority, renormalising,
// GShard's threshold, temperature, noisy top-k's importance and load coefficients), the balance
// settings (auxiliary loss α and its convention, router z-loss), jitter and dropout.
// Evaluation (training = false) uses routing.eval_capacity_factor where it is > 0.
#pragma once

#include "config.h"
#include "moe_layer.h"

namespace moe {

// `k` is the model's effective k: the vector model counts its shared experts inside k·m
// (k·m − S), the language model routes k·m beside them. Each trainer passes its own.
LayerOptions layerOptionsFor(const ExperimentConfig &config, bool training, int k);

}  // namespace moe
