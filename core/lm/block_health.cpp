#include "block_health.h"

#include <algorithm>
#include <cmath>

namespace moe {

BlockHealthCounter::BlockHealthCounter(int experts, int context)
    : m_tokens(std::size_t(experts), 0), m_assignedAt(std::size_t(context), 0), m_droppedAt(std::size_t(context), 0)
{ }

void BlockHealthCounter::add(const Routing &routing, int length)
{
    for (int e = 0; e < routing.experts && e < int(m_tokens.size()); ++e)
        m_tokens[std::size_t(e)] += routing.keptCount(e);
    for (const RouteSlot &a : routing.assignments) {
        if (a.sampledOut)
            continue;
        const std::size_t t = std::size_t(a.token % std::max(length, 1));
        const bool dropped = !a.kept;
        ++m_assigned;
        m_dropped += dropped ? 1 : 0;
        if (t < m_assignedAt.size()) {
            ++m_assignedAt[t];
            m_droppedAt[t] += dropped ? 1 : 0;
        }
    }
}

BlockHealth BlockHealthCounter::finish(const std::vector<bool> &knockedOut) const
{
    BlockHealth h;
    h.tokens = m_tokens;
    const std::size_t E = m_tokens.size();
    double total = 0, active = 0, maxTokens = 0;
    for (std::size_t e = 0; e < E; ++e) {
        if (e < knockedOut.size() && knockedOut[e])
            continue;
        total += double(m_tokens[e]);
        active += 1;
        maxTokens = std::max(maxTokens, double(m_tokens[e]));
        h.deadExperts += m_tokens[e] == 0 ? 1 : 0;
    }
    h.load.assign(E, 0.0);
    if (total > 0 && active > 0) {
        const double mean = total / active;
        double var = 0, entropy = 0;
        for (std::size_t e = 0; e < E; ++e) {
            h.load[e] = double(m_tokens[e]) / total;
            if (e < knockedOut.size() && knockedOut[e])
                continue;
            var += (double(m_tokens[e]) - mean) * (double(m_tokens[e]) - mean);
            if (h.load[e] > 0)
                entropy -= h.load[e] * std::log(h.load[e]);
        }
        h.maxOverMean = maxTokens / mean;
        h.cv = std::sqrt(var / active) / mean;
        h.entropyRatio = std::exp(entropy) / active;
    }
    h.droppedFraction = m_assigned > 0 ? double(m_dropped) / double(m_assigned) : 0.0;
    h.droppedByPosition.resize(m_assignedAt.size());
    for (std::size_t t = 0; t < m_assignedAt.size(); ++t)
        h.droppedByPosition[t] = m_assignedAt[t] > 0 ? double(m_droppedAt[t]) / double(m_assignedAt[t]) : 0.0;
    return h;
}

}  // namespace moe
