#include "top_k.h"

#include "core/text_marker.h"

#include <cmath>

namespace moe {

TopKStrategy::TopKStrategy()
{
    m_info.id = "topk";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Top-k token choice");
    m_info.description = MOE_TR_NOOP(
        "Strategies", "Each token picks its k most probable experts; their outputs are mixed by the gate weights.");
    m_info.usesK = true;
    m_info.usesCapacity = true;
    m_info.usesNormalize = true;
    m_info.usesSelectionBias = true;
    m_info.pickedWeightsSumToOne = true;
}

Routing TopKStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &ctx) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    r.probs = softmaxRows(logits);
    const int active = activeExpertCount(logits);
    const int k = std::max(1, std::min(effectiveK(ctx), active));
    const bool norm = normalized(ctx);

    std::vector<double> score(std::size_t(r.experts));
    std::vector<int> sel(static_cast<std::size_t>(k));
    const bool biased = ctx.selectionBias && ctx.selectionBias->size() == r.experts;
    r.assignments.reserve(std::size_t(r.tokens) * std::size_t(k));
    constexpr double kMasked = -std::numeric_limits<double>::infinity();
    for (int t = 0; t < r.tokens; ++t) {
        // Rows are contiguous (row-major): plain loops the compiler vectorises.
        // (Two loops, not one with a test of `bias` inside: GCC vectorises that one with masked
        // loads whose stack spills stall it.)
        const double *z = logits.row(t).data(), *p = r.probs.row(t).data();
        for (int e = 0; e < r.experts; ++e)
            score[std::size_t(e)] = std::isfinite(z[e]) ? p[e] : kMasked;
        if (biased) {
            const double *bias = ctx.selectionBias->data();
            for (int e = 0; e < r.experts; ++e)
                score[std::size_t(e)] += bias[e];  // −∞ stays −∞
        }
        const int picked = topKStableInto(score.data(), r.experts, k, sel.data());
        double sum = 0;
        for (int rank = 0; rank < picked; ++rank)
            sum += r.probs(t, sel[std::size_t(rank)]);
        for (int rank = 0; rank < picked; ++rank) {
            const int e = sel[std::size_t(rank)];
            const double w = norm ? (sum > 0 ? r.probs(t, e) / sum : 0.0) : r.probs(t, e);
            r.assignments.push_back({t, e, rank, w, true, false});
        }
    }
    sampleSecondChoices(r, ctx);
    const double cf = ctx.capacityFactor;
    placeWithCapacity(r, expertCapacity(cf, k, r.tokens, active, ctx.capacityRule), ctx.priority);

    // Dropped (or unsampled) assignments contribute nothing; optionally renormalise the rest.
    if (norm && ctx.renormAfterDrop) {
        std::vector<double> keptSum(std::size_t(r.tokens), 0.0);
        for (const auto &s : r.assignments)
            if (s.kept)
                keptSum[std::size_t(s.token)] += r.probs(s.token, s.expert);
        for (auto &s : r.assignments)
            if (s.kept)
                s.weight = r.probs(s.token, s.expert) / keptSum[std::size_t(s.token)];
    }
    for (auto &s : r.assignments)
        if (!s.kept)
            s.weight = 0;
    return r;
}

RouterGrad TopKStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const
{
    RouterGrad g;
    g.dLogits = MatrixD::Zero(r.tokens, r.experts);
    const bool norm = normalized(ctx);
    std::vector<double> q(std::size_t(r.experts)), u(std::size_t(r.experts)), dz(std::size_t(r.experts));
    std::vector<int> set;
    set.reserve(std::size_t(r.experts));
    std::size_t i = 0;
    while (i < r.assignments.size()) {
        const int t = r.assignments[i].token;
        set.clear();
        std::fill(u.begin(), u.end(), 0.0);
        std::size_t j = i;
        for (; j < r.assignments.size() && r.assignments[j].token == t; ++j) {
            const auto &s = r.assignments[j];
            if (s.kept)
                u[std::size_t(s.expert)] = omega(t, s.expert);
            if (!norm || !ctx.renormAfterDrop || s.kept)
                set.push_back(s.expert);
        }
        i = j;
        if (norm) {
            double sum = 0;
            for (int e : set)
                sum += r.probs(t, e);
            if (sum <= 0)
                continue;
            for (int e : set)
                q[std::size_t(e)] = r.probs(t, e) / sum;
            softmaxJvp(q.data(), u.data(), set, dz.data());
            for (int e : set)
                g.dLogits(t, e) = dz[std::size_t(e)];
        } else {
            double dot = 0;
            for (int e = 0; e < r.experts; ++e)
                dot += r.probs(t, e) * u[std::size_t(e)];
            for (int e = 0; e < r.experts; ++e)
                g.dLogits(t, e) = r.probs(t, e) * (u[std::size_t(e)] - dot);
        }
    }
    return g;
}

}  // namespace moe
