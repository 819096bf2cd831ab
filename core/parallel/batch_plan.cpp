// BatchPlan: the one-process Trainer's split and batch order, for every rank (see the header).
#include "batch_plan.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace moe::parallel {

BatchPlan::BatchPlan(const ExperimentConfig &cfg, const Dataset &data)
{
    const int n = data.size();
    std::vector<int> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    if (data.fixedTrainCount && *data.fixedTrainCount > 0 && *data.fixedTrainCount < n) {
        m_train.assign(rows.begin(), rows.begin() + *data.fixedTrainCount);
        m_test.assign(rows.begin() + *data.fixedTrainCount, rows.end());
    } else {
        Rng splitRng(cfg.data.seed * 7919 + 17);
        splitRng.shuffle(rows);
        const int test = std::clamp(int(std::lround(n * cfg.data.testFraction)), 1, n - 1);
        m_test.assign(rows.begin(), rows.begin() + test);
        m_train.assign(rows.begin() + test, rows.end());
        std::sort(m_test.begin(), m_test.end());
    }
    m_order = m_train;
    m_rng.reseed(cfg.train.seed * 2654435761ULL + 1);
    m_rng.shuffle(m_order);
    m_batch = std::max(1, std::min<int>(cfg.train.batch, int(m_order.size())));
}

std::vector<int> BatchPlan::next()
{
    std::vector<int> rows(static_cast<std::size_t>(m_batch));
    for (int i = 0; i < m_batch; ++i) {
        if (m_cursor >= m_order.size()) {
            m_rng.shuffle(m_order);
            m_cursor = 0;
            ++m_epoch;
        }
        rows[std::size_t(i)] = m_order[m_cursor++];
    }
    return rows;
}

std::vector<int> shardOf(const std::vector<int> &global, int rank, int ranks)
{
    const std::size_t n = global.size();
    const std::size_t begin = n * std::size_t(rank) / std::size_t(ranks);
    const std::size_t end = n * std::size_t(rank + 1) / std::size_t(ranks);
    return {global.begin() + std::ptrdiff_t(begin), global.begin() + std::ptrdiff_t(end)};
}

}  // namespace moe::parallel
