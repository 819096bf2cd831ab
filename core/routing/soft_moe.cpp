#include "soft_moe.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace moe {

SoftMoeStrategy::SoftMoeStrategy()
{
    m_info.id = "soft_moe";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Soft MoE (slots)");
    m_info.description =
        MOE_TR_NOOP("Strategies",
                    "Each expert works on a blend of all tokens (a slot), and each token blends all slot "
                    "outputs: nothing is discrete, nothing is dropped.");
    m_info.usesK = false;
    m_info.usesAuxLoss = false;
    m_info.batchDependent = true;
    m_info.softDispatch = true;
}

void SoftMoeStrategy::dispatchCombine(const MatrixD &z, MatrixD &dispatch, MatrixD &combine)
{
    combine = softmaxRows(z);
    dispatch = MatrixD::Zero(z.rows(), z.cols());
    for (Eigen::Index s = 0; s < z.cols(); ++s) {
        const double m = z.rows() > 0 ? z.col(s).maxCoeff() : 0.0;
        if (!std::isfinite(m))
            continue;  // a knocked-out expert: no slot
        double sum = 0;
        for (Eigen::Index t = 0; t < z.rows(); ++t)
            sum += dispatch(t, s) = std::exp(z(t, s) - m);
        dispatch.col(s) /= sum;
    }
}

MatrixD SoftMoeStrategy::logitGradient(const MatrixD &D, const MatrixD &Cw, const MatrixD &dCw, const MatrixD &dD)
{
    MatrixD g(Cw.rows(), Cw.cols());
    for (Eigen::Index t = 0; t < Cw.rows(); ++t) {
        const double dot = Cw.row(t).dot(dCw.row(t));
        g.row(t) = Cw.row(t).array() * (dCw.row(t).array() - dot);
    }
    if (dD.size() > 0)
        for (Eigen::Index s = 0; s < D.cols(); ++s) {
            const double dot = D.col(s).dot(dD.col(s));
            g.col(s).array() += D.col(s).array() * (dD.col(s).array() - dot);
        }
    return g;
}

MatrixD SoftMoeStrategy::normalizedLogits(const MatrixD &x, const MatrixD &phi, double scale)
{
    MatrixD xh = x, ph = phi;
    for (Eigen::Index t = 0; t < xh.rows(); ++t)
        xh.row(t) /= std::sqrt(x.row(t).squaredNorm() + 1e-6);
    for (Eigen::Index s = 0; s < ph.cols(); ++s)
        ph.col(s) /= std::sqrt(phi.col(s).squaredNorm() + 1e-6);
    return scale * xh * ph;
}

void SoftMoeStrategy::normalizedLogitsBackward(const MatrixD &x, const MatrixD &phi, double scale,
                                               const MatrixD &dLogits, MatrixD &dPhi, double &dScale)
{
    MatrixD xh = x, ph = phi;
    for (Eigen::Index t = 0; t < xh.rows(); ++t)
        xh.row(t) /= std::sqrt(x.row(t).squaredNorm() + 1e-6);
    VectorD norms(phi.cols());
    for (Eigen::Index s = 0; s < ph.cols(); ++s) {
        norms(s) = std::sqrt(phi.col(s).squaredNorm() + 1e-6);
        ph.col(s) /= norms(s);
    }
    dScale = (dLogits.array() * (xh * ph).array()).sum();
    const MatrixD dPh = scale * xh.transpose() * dLogits;  // d×M
    dPhi.resize(phi.rows(), phi.cols());
    // v̂ = v/n, n = √(‖v‖² + ε):  dv = dv̂/n − v ⟨v, dv̂⟩/n³   (exact, ε included)
    for (Eigen::Index s = 0; s < phi.cols(); ++s) {
        const double n = norms(s);
        const double dot = phi.col(s).dot(dPh.col(s));
        dPhi.col(s) = dPh.col(s) / n - phi.col(s) * (dot / (n * n * n));
    }
}

Routing SoftMoeStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    dispatchCombine(logits, r.stateA, r.probs);
    r.assignments.reserve(std::size_t(r.tokens) * std::size_t(r.experts));
    std::vector<int> order(static_cast<std::size_t>(r.experts));
    for (int t = 0; t < r.tokens; ++t) {
        for (int e = 0; e < r.experts; ++e)
            order[std::size_t(e)] = e;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return r.probs(t, a) > r.probs(t, b); });
        int rank = 0;
        for (int e : order)
            if (std::isfinite(logits(t, e)))
                r.assignments.push_back({t, e, rank++, r.probs(t, e), true, false});
    }
    placeWithCapacity(r, -1, Priority::Index);
    return r;
}

RouterGrad SoftMoeStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &) const
{
    return {logitGradient(r.stateA, r.probs, omega, MatrixD()), {}};
}

}  // namespace moe
