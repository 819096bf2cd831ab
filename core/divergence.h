// Divergence: why training stopped by itself, as a kind with its numbers.
//
// The engine words it in English (describeDivergence, for the CLI and logs); the window
// translates it by kind with the same numbers, so no sentence of the engine is parsed.
#pragma once

#include <string>

namespace moe {

enum class DivergenceKind {
    None,
    LossNaN,  // the loss was NaN
    LossInfinite,  // the loss was ±∞
    LossExploded,  // L > 50·L₀ + 10 (L₀: the first step's loss, at least 10⁻³)
    GradientNonFinite,  // ‖g‖² was NaN or ∞
};

struct Divergence {
    DivergenceKind kind = DivergenceKind::None;
    int step = 0;  // the step that diverged (1 = the first)
    double loss = 0;  // LossExploded: the loss it reached
    double initialLoss = 0;  // LossExploded: L₀
    int restoredStep = -1;  // the step whose weights were written back (−1: none were kept)

    [[nodiscard]] bool happened() const { return kind != DivergenceKind::None; }
};

// "The loss became NaN at step 12. Training was paused and the weights of step 10 were
// restored. Lower the learning rate (train.lr) and continue." Empty for kind None.
std::string describeDivergence(const Divergence &d);

}  // namespace moe
