// The learning rate at a step (train.lr_schedule; nanoGPT's get_lr for cosine):
//
//   constant   η_t = η
//   cosine     η_t = η (t + 1) / (w + 1)                                  for t < w (warm-up)
//              η_t = η_min + ½ (1 + cos(π (t − w) / (S − w))) (η − η_min)   for w ≤ t < S
//              η_t = η_min                                                 for t ≥ S
//   t: steps taken before this one (0-based), w = train.warmup, S = train.steps, η = train.lr,
//   η_min = train.lr_min.
#pragma once

#include "config.h"

#include <cmath>
#include <numbers>

namespace moe {

inline double scheduledLearningRate(const TrainConfig &train, long long step)
{
    if (train.lrSchedule == LrSchedule::Constant)
        return train.lr;
    const double t = double(step), w = double(train.warmup), total = double(train.steps);
    if (t < w)
        return train.lr * (t + 1.0) / (w + 1.0);
    if (t >= total || total <= w)
        return train.lrMin;
    const double progress = (t - w) / (total - w);
    return train.lrMin + 0.5 * (1.0 + std::cos(std::numbers::pi * progress)) * (train.lr - train.lrMin);
}

}  // namespace moe
