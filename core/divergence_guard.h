// DivergenceGuard: notices that training went wrong and brings back the last good weights.
//
// A step diverged when
//     its loss L is not finite,
//     L > 50·L₀ + 10, with L₀ = max(the first checked loss, 10⁻³)  ("the loss exploded"), or
//     its squared gradient norm ‖g‖² is not finite.
// The guard also keeps a copy of the weights from a good point (the trainer says when: every
// few steps, after a finite evaluation) and writes it back after a divergence, resetting the
// optimiser state of each tensor so the bad moments go with the bad weights. Every trainer
// (vector, language model, multi-task, expert-parallel) uses this one rule.
#pragma once

#include "divergence.h"
#include "parameter.h"

#include <cmath>
#include <vector>

namespace moe {

template <class S>
class DivergenceGuard {
public:
    // How often the step-based trainers keep a copy of their weights.
    static constexpr int kRememberEvery = 25;

    // The loss of step `step` (1-based): a divergence when it is not finite or exploded.
    Divergence checkLoss(double loss, int step)
    {
        Divergence d;
        d.step = step;
        if (std::isnan(loss))
            d.kind = DivergenceKind::LossNaN;
        else if (!std::isfinite(loss))
            d.kind = DivergenceKind::LossInfinite;
        else {
            if (m_initialLoss < 0)
                m_initialLoss = std::max(loss, 1e-3);
            if (loss > 50.0 * m_initialLoss + 10.0) {
                d.kind = DivergenceKind::LossExploded;
                d.loss = loss;
                d.initialLoss = m_initialLoss;
            }
        }
        return d;
    }

    Divergence checkGradient(double squaredNorm, int step) const
    {
        Divergence d;
        d.step = step;
        if (!std::isfinite(squaredNorm))
            d.kind = DivergenceKind::GradientNonFinite;
        return d;
    }

    void rememberWeights(const std::vector<Parameter<S> *> &params, int step)
    {
        m_weights.resize(params.size());
        for (std::size_t i = 0; i < params.size(); ++i)
            m_weights[i] = params[i]->value;
        m_step = step;
    }

    // Writes the remembered weights back into the tensors whose shape still matches (a live
    // change may have added experts since) and resets their optimiser state. Returns the step
    // they are from, −1 when none were kept (the list of tensors changed).
    int restoreWeights(const std::vector<Parameter<S> *> &params) const
    {
        if (m_weights.size() != params.size())
            return -1;
        for (std::size_t i = 0; i < params.size(); ++i)
            if (m_weights[i].rows() == params[i]->value.rows() && m_weights[i].cols() == params[i]->value.cols()) {
                params[i]->value = m_weights[i];
                params[i]->resetState();
            }
        return m_step;
    }

    // A run that goes on after a divergence (or from a checkpoint) measures L₀ afresh.
    void forgetInitialLoss() { m_initialLoss = -1; }
    [[nodiscard]] int rememberedStep() const { return m_step; }

private:
    double m_initialLoss = -1;
    std::vector<Matrix<S>> m_weights;
    int m_step = -1;
};

}  // namespace moe
