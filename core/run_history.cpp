#include "run_history.h"

#include <algorithm>

namespace moe {

bool RunHistory::onGrid(const HistoryPoint &h, int evalEvery) const
{
    return h.step == 1  // where it started, for the story of the loss curve
        || h.step % m_stride == 0 || (h.testLoss >= 0 && (h.step / evalEvery) % m_evalStride == 0);
}

void RunHistory::record(HistoryPoint point, int evalEvery, int lastStep)
{
    evalEvery = std::max(1, evalEvery);
    if (!onGrid(point, evalEvery) && point.step != lastStep) {
        if (!m_points.empty() && !onGrid(m_points.back(), evalEvery))
            m_points.back() = std::move(point);
        else
            m_points.push_back(std::move(point));
        return;
    }
    if (!m_points.empty() && !onGrid(m_points.back(), evalEvery) && m_points.back().step != lastStep)
        m_points.back() = std::move(point);
    else
        m_points.push_back(std::move(point));
    if (m_points.size() <= std::size_t(m_budget))
        return;
    const auto evaluated =
        std::count_if(m_points.begin(), m_points.end(), [](const HistoryPoint &h) { return h.testLoss >= 0; });
    m_stride *= 2;
    if (evaluated > m_budget / 4)
        m_evalStride *= 2;
    const HistoryPoint newest = m_points.back();
    std::erase_if(m_points, [&](const HistoryPoint &h) { return !onGrid(h, evalEvery); });
    if (m_points.empty() || m_points.back().step != newest.step)
        m_points.push_back(newest);
}

}  // namespace moe
