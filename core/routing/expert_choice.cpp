#include "expert_choice.h"

#include "core/text_marker.h"

#include "dense.h"

#include <algorithm>
#include <cmath>

namespace moe {

ExpertChoiceStrategy::ExpertChoiceStrategy()
{
    m_info.id = "expert_choice";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Expert choice");
    m_info.description = MOE_TR_NOOP(
        "Strategies", "Each expert picks the tokens it is most confident about, so every expert is exactly full.");
    m_info.usesK = true;
    m_info.usesCapacity = true;
    m_info.usesAuxLoss = false;
    m_info.batchDependent = true;
    m_info.routesGlobalBatch = true;
}

int ExpertChoiceStrategy::quota(double cf, int k, int tokens, int experts)
{
    if (cf <= 0)
        cf = 1.0;
    const double raw = cf * k * double(tokens) / double(std::max(experts, 1));
    return int(std::clamp(std::floor(raw + 0.5), 1.0, double(std::max(tokens, 1))));
}

double ExpertChoiceStrategy::activeExpertsPerToken(const RouteContext &ctx, int) const
{
    return (ctx.capacityFactor > 0 ? ctx.capacityFactor : 1.0) * ctx.k;
}

Routing ExpertChoiceStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &ctx) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    r.probs = softmaxRows(logits);
    const int active = activeExpertCount(logits);
    const int q = quota(ctx.capacityFactor, ctx.k, r.tokens, active);
    r.expertSlots.assign(std::size_t(r.experts), {});
    r.countPre.assign(std::size_t(r.experts), 0);
    std::vector<double> column(std::size_t(r.tokens));
    for (int e = 0; e < r.experts; ++e) {
        if (r.tokens == 0 || !std::isfinite(logits(0, e)))
            continue;  // knocked out
        for (int t = 0; t < r.tokens; ++t)
            column[std::size_t(t)] = r.probs(t, e);
        const auto picked = topKStable(column.data(), r.tokens, q);
        for (int rank = 0; rank < int(picked.size()); ++rank) {
            const int t = picked[std::size_t(rank)];
            r.expertSlots[std::size_t(e)].push_back(int(r.assignments.size()));
            r.assignments.push_back({t, e, rank, r.probs(t, e), true, false});
        }
        r.countPre[std::size_t(e)] = int(picked.size());
    }
    r.capacity = q;
    return r;
}

RouterGrad ExpertChoiceStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &) const
{
    return {unnormalizedSoftmaxBackward(r.probs, omega), {}};
}

}  // namespace moe
