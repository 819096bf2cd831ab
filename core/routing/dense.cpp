#include "dense.h"

#include "core/text_marker.h"

#include <cmath>

namespace moe {

DenseStrategy::DenseStrategy()
{
    m_info.id = "dense";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Dense (soft) gating");
    m_info.description =
        MOE_TR_NOOP("Strategies", "Every expert processes every input; the gate's probabilities weight their outputs.");
    m_info.usesK = false;
    m_info.usesAuxLoss = false;
}

Routing DenseStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    r.probs = softmaxRows(logits);
    for (int t = 0; t < r.tokens; ++t) {
        const auto order = topKStable(logits.row(t).data(), r.experts, r.experts);
        for (int rank = 0; rank < int(order.size()); ++rank)
            r.assignments.push_back(
                {t, order[std::size_t(rank)], rank, r.probs(t, order[std::size_t(rank)]), true, false});
    }
    placeWithCapacity(r, -1, Priority::Index);
    return r;
}

MatrixD unnormalizedSoftmaxBackward(const MatrixD &probs, const MatrixD &omega)
{
    MatrixD dz(probs.rows(), probs.cols());
    for (Eigen::Index t = 0; t < probs.rows(); ++t) {
        const double dot = probs.row(t).dot(omega.row(t));
        dz.row(t) = probs.row(t).array() * (omega.row(t).array() - dot);
    }
    return dz;
}

RouterGrad DenseStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &) const
{
    return {unnormalizedSoftmaxBackward(r.probs, omega), {}};
}

}  // namespace moe
