// Warnings the engine reports as values; the GUI turns each kind into translated words and
// shows it next to the control it concerns.
#pragma once

#include <string>

namespace moe {

enum class WarningKind {
    NoRouterGradient,  // renormalised top-1 (or a single selected expert): weights are constant
    BatchDependentOutput,  // expert choice / Soft MoE: a token's output depends on the batch
    CapacityDropping,  // capacity drops more than a threshold of the assignments
    KClamped,  // k was larger than the active experts and was clamped
    LoadEstimatorUndefined,  // noisy top-k with k >= E: smooth load falls back to hard counts
    AuxLossIgnored,  // this strategy does not use the f·P auxiliary loss
    SupportSizeOne,  // sparsemax/entmax tokens with one expert get no router gradient
    ExpertsUnused,  // some experts received no token
};

struct Warning {
    WarningKind kind;
    double value = 0;  // e.g. the dropped fraction, the clamped k
    std::string message;  // English, for the CLI and logs
};

}  // namespace moe
