#include "sinkhorn.h"

#include "core/text_marker.h"

#include "dense.h"

#include <cmath>
#include <limits>

namespace moe {

namespace {

double sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

}  // namespace

SinkhornStrategy::SinkhornStrategy()
{
    m_info.id = "sinkhorn";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Sinkhorn balanced (S-BASE)");
    m_info.description =
        MOE_TR_NOOP("Strategies",
                    "The router's scores are rescaled until every expert gets the same share, then each token "
                    "takes its top-k of the balanced plan.");
    m_info.usesK = true;
    m_info.usesAuxLoss = false;
    m_info.batchDependent = true;
}

MatrixD SinkhornStrategy::plan(const MatrixD &z, int maxIterations, double tol, int *iterations)
{
    const Eigen::Index T = z.rows(), E = z.cols();
    MatrixD K = MatrixD::Zero(T, E);
    if (T == 0 || E == 0)
        return K;
    double m = -std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < z.size(); ++i)
        m = std::max(m, z.data()[i]);
    if (!std::isfinite(m))
        return K;
    std::vector<bool> live(static_cast<std::size_t>(E), false);
    int active = 0;
    for (Eigen::Index e = 0; e < E; ++e) {
        live[std::size_t(e)] = std::isfinite(z(0, e));
        active += live[std::size_t(e)] ? 1 : 0;
    }
    for (Eigen::Index t = 0; t < T; ++t)
        for (Eigen::Index e = 0; e < E; ++e)
            K(t, e) = live[std::size_t(e)] ? std::exp(z(t, e) - m) : 0.0;
    VectorD u = VectorD::Ones(T), v = VectorD::Zero(E);
    for (Eigen::Index e = 0; e < E; ++e)
        v(e) = live[std::size_t(e)] ? 1.0 : 0.0;
    const double tiny = std::numeric_limits<double>::min();
    int it = 0;
    while (it < maxIterations) {
        ++it;
        const VectorD rows = K * v;
        for (Eigen::Index t = 0; t < T; ++t)
            u(t) = 1.0 / (double(T) * std::max(rows(t), tiny));
        const VectorD cols = K.transpose() * u;
        double change = 0;
        for (Eigen::Index e = 0; e < E; ++e) {
            const double nv = live[std::size_t(e)] ? 1.0 / (double(active) * std::max(cols(e), tiny)) : 0.0;
            change += std::abs(nv - v(e));
            v(e) = nv;
        }
        if (tol > 0 && change / double(active) < tol)
            break;
    }
    if (iterations)
        *iterations = it;
    return u.asDiagonal() * K * v.asDiagonal();
}

Routing SinkhornStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &ctx) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    r.probs = softmaxRows(logits);
    const int active = activeExpertCount(logits);
    const int k = std::max(1, std::min(ctx.k, active));
    const MatrixD score = ctx.training ? plan(logits) : logits;
    MatrixD masked = score;  // knocked-out experts are never picked
    for (int e = 0; e < r.experts; ++e)
        if (r.tokens > 0 && !std::isfinite(logits(0, e)))
            masked.col(e).setConstant(-std::numeric_limits<double>::infinity());
    std::vector<int> sel(static_cast<std::size_t>(k));
    for (int t = 0; t < r.tokens; ++t) {
        const int picked = topKStableInto(masked.row(t).data(), r.experts, k, sel.data());
        for (int rank = 0; rank < picked; ++rank) {
            const int e = sel[std::size_t(rank)];
            const double w = k == 1 ? sigmoid(logits(t, e)) : r.probs(t, e);
            r.assignments.push_back({t, e, rank, w, true, false});
        }
    }
    placeWithCapacity(r, -1, Priority::Index);
    r.stateI = {k};
    return r;
}

RouterGrad SinkhornStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const
{
    const int k = r.stateI.empty() ? std::max(1, ctx.k) : r.stateI.front();
    MatrixD w = MatrixD::Zero(r.tokens, r.experts);  // ω on S_t, 0 elsewhere
    for (const auto &s : r.assignments)
        if (s.kept)
            w(s.token, s.expert) = omega(s.token, s.expert);
    if (k > 1)
        return {unnormalizedSoftmaxBackward(r.probs, w), {}};
    RouterGrad g;
    g.dLogits = MatrixD::Zero(r.tokens, r.experts);
    for (const auto &s : r.assignments)
        if (s.kept)
            g.dLogits(s.token, s.expert) = w(s.token, s.expert) * s.weight * (1.0 - s.weight);
    return g;
}

}  // namespace moe
