// LmHistory: loss, load per block and drops by position over the training steps.
#include "lm_history.h"

#include <algorithm>

namespace moe {

void LmHistory::clear()
{
    *this = LmHistory();
}

void LmHistory::addStep(int step, double trainLoss, double auxLoss, const std::vector<BlockHealth> &blocks)
{
    // Drops by position: every step counts (a moving average), whatever the recording stride.
    if (m_drops.size() != blocks.size())
        m_drops.assign(blocks.size(), {});
    for (std::size_t l = 0; l < blocks.size(); ++l) {
        const std::vector<double> &now = blocks[l].droppedByPosition;
        std::vector<double> &d = m_drops[l];
        if (d.size() != now.size()) {
            d = now;
            continue;
        }
        for (std::size_t t = 0; t < d.size(); ++t)
            d[t] += kDropSmoothing * (now[t] - d[t]);
    }

    if (m_seen++ % m_stride != 0)
        return;
    m_loss.push_back({step, trainLoss, auxLoss, -1});
    if (m_load.tokens.size() != blocks.size()) {
        m_load.tokens.assign(blocks.size(), {});
        m_load.steps.clear();
        // a change of the block count restarts the load history (not the losses)
    }
    m_load.steps.push_back(step);
    for (std::size_t l = 0; l < blocks.size(); ++l)
        m_load.tokens[l].push_back(blocks[l].tokens);
    if (int(m_loss.size()) > kMaxPoints)
        thin();
}

void LmHistory::addEvaluation(int step, double validationLoss)
{
    if (!m_loss.empty() && m_loss.back().step == step) {
        m_loss.back().validationLoss = validationLoss;
        return;
    }
    const double train = m_loss.empty() ? validationLoss : m_loss.back().trainLoss;
    m_loss.push_back({step, train, m_loss.empty() ? 0.0 : m_loss.back().auxLoss, validationLoss});
}

void LmHistory::thin()
{
    // Keep every second point, and every evaluated one.
    std::vector<LmLossPoint> loss;
    for (std::size_t i = 0; i < m_loss.size(); ++i)
        if (i % 2 == 0 || m_loss[i].validationLoss >= 0)
            loss.push_back(m_loss[i]);
    m_loss = std::move(loss);
    std::vector<int> steps;
    for (std::size_t i = 0; i < m_load.steps.size(); i += 2)
        steps.push_back(m_load.steps[i]);
    for (auto &block : m_load.tokens) {
        std::vector<std::vector<long long>> kept;
        for (std::size_t i = 0; i < block.size(); i += 2)
            kept.push_back(std::move(block[i]));
        block = std::move(kept);
    }
    m_load.steps = std::move(steps);
    m_stride *= 2;
}

}  // namespace moe
