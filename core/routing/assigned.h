// Assigned routing (internal, for stage A of staged training, MOE_SPEC §13): every token
// goes to the expert its partition names, with weight 1. Not learned, not in the registry.
#pragma once

#include "strategy.h"
#include "core/text_marker.h"

namespace moe {

class AssignedStrategy : public RoutingStrategy {
public:
    explicit AssignedStrategy(const std::vector<int> *assignment) : m_assignment(assignment)
    {
        m_info.id = "assigned";
        m_info.displayName = MOE_TR_NOOP("Strategies", "Assigned subsets (staged training)");
        m_info.usesAuxLoss = false;
        m_info.usesK = false;
        m_info.fixedK = 1;
    }
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &, const RouteContext &) const override
    {
        Routing r;
        r.tokens = int(logits.rows());
        r.experts = int(logits.cols());
        r.logits = logits;
        r.probs = softmaxRows(logits);
        for (int t = 0; t < r.tokens; ++t) {
            const int e = m_assignment && std::size_t(t) < m_assignment->size() ? (*m_assignment)[std::size_t(t)] : 0;
            r.assignments.push_back({t, std::clamp(e, 0, r.experts - 1), 0, 1.0, true, false});
        }
        placeWithCapacity(r, -1, Priority::Index);
        return r;
    }
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &, const RouteContext &) const override
    {
        return {MatrixD::Zero(r.tokens, r.experts), {}};
    }
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &, int) const override { return 1; }

private:
    const std::vector<int> *m_assignment;
    StrategyInfo m_info;
};

}  // namespace moe
