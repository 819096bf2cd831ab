// The experiment moelab opens with: a small MoE already training on a 2-D toy set, so every
// view moves from the first second.
#pragma once

#include "core/config.h"

namespace moe::gui {

ExperimentConfig defaultExperiment();

// The training threads the window starts a model with. Vector data: every core but one, which
// is left to the window (ARCHITECTURE.md, "Threads and speed": its steps are short and its
// views redraw often). The language model: every core, since its steps are long and its views
// cheap (on 2 cores the token view then keeps up with a snapshot a step).
int windowTrainingThreads(bool textData);

// The experiment the window trains once the user picks other data: `next` is `current` with
// the user's change (data.name and whatever else they set). The new dataset's defaults apply
// (app::withDefaultsForData), and between vector data and a text corpus the thread count
// follows windowTrainingThreads unless the user had chosen another.
ExperimentConfig windowDefaultsForData(const ExperimentConfig &current, ExperimentConfig next);

}  // namespace moe::gui
