// The experiment moelab opens with: a small MoE already training on a 2-D toy set, so every
// view moves from the first second.
#pragma once

#include "core/config.h"

namespace moe::gui {

ExperimentConfig defaultExperiment();

}  // namespace moe::gui
