#include "attention_head.h"

#include <algorithm>
#include <vector>

namespace moe::detail {

namespace {

template <class S>
using RowMajorMap = Eigen::Map<Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>, 0,
                               Eigen::OuterStride<>>;
template <class S>
using ConstRowMajorMap = Eigen::Map<const Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>, 0,
                                    Eigen::OuterStride<>>;
template <class S>
using RowArray = Eigen::Map<Eigen::Array<S, 1, Eigen::Dynamic>>;

// Per-thread scratch: the heads of a layer run in parallel, each thread reuses its buffer.
template <class S>
S *scratch(std::size_t size)
{
    thread_local std::vector<S> buffer;
    if (buffer.size() < size)
        buffer.resize(size);
    return buffer.data();
}

// Xᵀ (cols × rows, ld rows) of a rows × cols block with row stride ld.
template <class S>
void transposeInto(const S *x, Eigen::Index ld, int rows, int cols, S *out)
{
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            out[Eigen::Index(c) * rows + r] = x[Eigen::Index(r) * ld + c];
}

// Row t of S·scale → softmax over s ≤ t, zeros after.
template <class S>
void causalSoftmaxRows(S *probs, int T, S scale)
{
    for (int t = 0; t < T; ++t) {
        RowArray<S> seen(probs + Eigen::Index(t) * T, t + 1);
        const S m = seen.maxCoeff();
        seen = ((seen - m) * scale).exp();
        seen /= seen.sum();
        std::fill(probs + Eigen::Index(t) * T + t + 1, probs + Eigen::Index(t + 1) * T, S(0));
    }
}

// dS = P ⊙ (dP − rowsum(dP ⊙ P)) · scale in place of dP, zeros above the diagonal.
template <class S>
void softmaxBackwardRows(const S *probs, S *dS, int T, S scale)
{
    for (int t = 0; t < T; ++t) {
        const Eigen::Map<const Eigen::Array<S, 1, Eigen::Dynamic>> p(probs + Eigen::Index(t) * T, t + 1);
        RowArray<S> d(dS + Eigen::Index(t) * T, t + 1);
        const S dot = (d * p).sum();
        d = p * (d - dot) * scale;
        std::fill(dS + Eigen::Index(t) * T + t + 1, dS + Eigen::Index(t + 1) * T, S(0));
    }
}

}  // namespace

template <class S>
void attentionHeadForwardReference(const HeadOperands<S> &h, S *probs, S *context, Eigen::Index ldc)
{
    const int T = h.length, dh = h.headWidth;
    const ConstRowMajorMap<S> q(h.q, T, dh, Eigen::OuterStride<>(h.ld));
    const ConstRowMajorMap<S> k(h.k, T, dh, Eigen::OuterStride<>(h.ld));
    const ConstRowMajorMap<S> v(h.v, T, dh, Eigen::OuterStride<>(h.ld));
    RowMajorMap<S> P(probs, T, T, Eigen::OuterStride<>(T));
    RowMajorMap<S> C(context, T, dh, Eigen::OuterStride<>(ldc));
    P.noalias() = q * k.transpose();
    causalSoftmaxRows(probs, T, h.scale);
    C.noalias() = P * v;
}

template <class S>
void attentionHeadForward(const HeadOperands<S> &h, S *probs, S *context, Eigen::Index ldc)
{
    const int T = h.length, dh = h.headWidth, G = kAttentionBand;
    if (!attentionBlockedFits<S>(T, dh)) {
        attentionHeadForwardReference(h, probs, context, ldc);
        return;
    }
    S *kt = scratch<S>(std::size_t(dh) * T);
    transposeInto(h.k, h.ld, T, dh, kt);
    for (int t0 = 0; t0 < T; t0 += G)  // scores of band [t0, t0 + G) against keys s < t0 + G
        blockedProduct<S>(G, t0 + G, h.q + t0 * h.ld, h.ld, 1, kt, T, dh, nullptr, probs + Eigen::Index(t0) * T, T);
    causalSoftmaxRows(probs, T, h.scale);
    for (int t0 = 0; t0 < T; t0 += G)  // C = P V over the keys the band sees
        blockedProduct<S>(G, dh, probs + Eigen::Index(t0) * T, T, 1, h.v, h.ld, t0 + G, nullptr,
                          context + t0 * ldc, ldc);
}

template <class S>
void attentionHeadBackwardReference(const HeadOperands<S> &h, const S *probs, const S *dContext, Eigen::Index ldd,
                                    S *dq, S *dk, S *dv, Eigen::Index ldg)
{
    const int T = h.length, dh = h.headWidth;
    const ConstRowMajorMap<S> q(h.q, T, dh, Eigen::OuterStride<>(h.ld));
    const ConstRowMajorMap<S> k(h.k, T, dh, Eigen::OuterStride<>(h.ld));
    const ConstRowMajorMap<S> v(h.v, T, dh, Eigen::OuterStride<>(h.ld));
    const ConstRowMajorMap<S> P(probs, T, T, Eigen::OuterStride<>(T));
    const ConstRowMajorMap<S> dC(dContext, T, dh, Eigen::OuterStride<>(ldd));
    S *dSdata = scratch<S>(std::size_t(T) * T);
    RowMajorMap<S> dS(dSdata, T, T, Eigen::OuterStride<>(T));
    dS.noalias() = dC * v.transpose();
    softmaxBackwardRows(probs, dSdata, T, h.scale);
    RowMajorMap<S>(dv, T, dh, Eigen::OuterStride<>(ldg)).noalias() = P.transpose() * dC;
    RowMajorMap<S>(dq, T, dh, Eigen::OuterStride<>(ldg)).noalias() = dS * k;
    RowMajorMap<S>(dk, T, dh, Eigen::OuterStride<>(ldg)).noalias() = dS.transpose() * q;
}

template <class S>
void attentionHeadBackward(const HeadOperands<S> &h, const S *probs, const S *dContext, Eigen::Index ldd, S *dq,
                           S *dk, S *dv, Eigen::Index ldg)
{
    const int T = h.length, dh = h.headWidth, G = kAttentionBand;
    if (!attentionBlockedFits<S>(T, dh)) {
        attentionHeadBackwardReference(h, probs, dContext, ldd, dq, dk, dv, ldg);
        return;
    }
    S *vt = scratch<S>(std::size_t(dh) * T + std::size_t(T) * T);
    S *dS = vt + std::size_t(dh) * T;
    transposeInto(h.v, h.ld, T, dh, vt);
    for (int t0 = 0; t0 < T; t0 += G)  // dP = dC Vᵀ, band by band
        blockedProduct<S>(G, t0 + G, dContext + t0 * ldd, ldd, 1, vt, T, dh, nullptr, dS + Eigen::Index(t0) * T, T);
    softmaxBackwardRows(probs, dS, T, h.scale);
    for (int t0 = 0; t0 < T; t0 += G)  // dQ[t] = Σ_{s ≤ t} dS[t, s] K[s]
        blockedProduct<S>(G, dh, dS + Eigen::Index(t0) * T, T, 1, h.k, h.ld, t0 + G, nullptr, dq + t0 * ldg, ldg);
    for (int s0 = 0; s0 < T; s0 += G) {
        // Key rows [s0, s0 + G) from query rows t ≥ s0: a(r, i) = M[(s0 + i)·T + s0 + r].
        const Eigen::Index corner = Eigen::Index(s0) * T + s0;
        blockedProduct<S>(G, dh, probs + corner, 1, T, dContext + s0 * ldd, ldd, T - s0, nullptr, dv + s0 * ldg,
                          ldg);  // dV[s] = Σ_{t ≥ s} P[t, s] dC[t]
        blockedProduct<S>(G, dh, dS + corner, 1, T, h.q + s0 * h.ld, h.ld, T - s0, nullptr, dk + s0 * ldg,
                          ldg);  // dK[s] = Σ_{t ≥ s} dS[t, s] Q[t]
    }
}

template void attentionHeadForward<float>(const HeadOperands<float> &, float *, float *, Eigen::Index);
template void attentionHeadForward<double>(const HeadOperands<double> &, double *, double *, Eigen::Index);
template void attentionHeadForwardReference<float>(const HeadOperands<float> &, float *, float *, Eigen::Index);
template void attentionHeadForwardReference<double>(const HeadOperands<double> &, double *, double *, Eigen::Index);
template void attentionHeadBackward<float>(const HeadOperands<float> &, const float *, const float *, Eigen::Index,
                                           float *, float *, float *, Eigen::Index);
template void attentionHeadBackward<double>(const HeadOperands<double> &, const double *, const double *,
                                            Eigen::Index, double *, double *, double *, Eigen::Index);
template void attentionHeadBackwardReference<float>(const HeadOperands<float> &, const float *, const float *,
                                                    Eigen::Index, float *, float *, float *, Eigen::Index);
template void attentionHeadBackwardReference<double>(const HeadOperands<double> &, const double *, const double *,
                                                     Eigen::Index, double *, double *, double *, Eigen::Index);

}  // namespace moe::detail
