#include "divergence.h"

namespace moe {

std::string describeDivergence(const Divergence &d)
{
    const std::string at = " at step " + std::to_string(d.step) + ".";
    std::string what;
    switch (d.kind) {
    case DivergenceKind::None: return {};
    case DivergenceKind::LossNaN: what = "The loss became NaN" + at; break;
    case DivergenceKind::LossInfinite: what = "The loss became infinite" + at; break;
    case DivergenceKind::LossExploded:
        what = "The loss exploded to " + std::to_string(d.loss) + " at step " + std::to_string(d.step)
            + " (it started at " + std::to_string(d.initialLoss) + ").";
        break;
    case DivergenceKind::GradientNonFinite: what = "A gradient became non-finite" + at; break;
    }
    if (d.restoredStep >= 0)
        return what + " Training was paused and the weights of step " + std::to_string(d.restoredStep)
            + " were restored. Lower the learning rate (train.lr) and continue.";
    return what + " Training was paused. Lower the learning rate (train.lr) and start again.";
}

}  // namespace moe
