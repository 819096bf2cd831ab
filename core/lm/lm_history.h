// LmHistory: what the language model's views plot over time, recorded between steps (no Qt).
//
//   loss          per recorded step: task loss, balance loss, validation loss when evaluated
//   load history  per block and recorded step, kept tokens per expert (LmLoadHistory)
//   drops         per block and context position t, the dropped fraction as a moving average
//                 over the steps: d_t ← (1 − α) d_t + α d_t(step), α = 0.05 (about 20 steps)
//
// Long runs are thinned: past kMaxPoints points every second one is dropped and the recording
// stride doubles, so memory stays bounded and the whole run stays visible.
#pragma once

#include "block_health.h"

#include <vector>

namespace moe {

struct LmLossPoint {
    int step = 0;
    double trainLoss = 0;  // task loss, nats per byte
    double auxLoss = 0;
    double validationLoss = -1;  // < 0 when not evaluated at this step
};

struct LmLoadHistory {
    std::vector<int> steps;  // recorded steps
    // [block][point][expert] kept tokens in that step
    std::vector<std::vector<std::vector<long long>>> tokens;
};

class LmHistory {
public:
    static constexpr int kMaxPoints = 600;
    static constexpr double kDropSmoothing = 0.05;

    void clear();
    // After a training step (its per-block health).
    void addStep(int step, double trainLoss, double auxLoss, const std::vector<BlockHealth> &blocks);
    // After an evaluation at `step`.
    void addEvaluation(int step, double validationLoss);

    [[nodiscard]] const std::vector<LmLossPoint> &loss() const { return m_loss; }
    [[nodiscard]] const LmLoadHistory &load() const { return m_load; }
    [[nodiscard]] const std::vector<std::vector<double>> &droppedByPosition() const { return m_drops; }

private:
    void thin();

    std::vector<LmLossPoint> m_loss;
    LmLoadHistory m_load;
    std::vector<std::vector<double>> m_drops;
    int m_stride = 1;
    int m_seen = 0;
};

}  // namespace moe
