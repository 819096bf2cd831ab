// One head of causal self-attention for one sequence (causal_attention.h has the whole layer):
//
//   S = Q Kᵀ · scale    P = softmax_row(S) over columns s ≤ t, 0 above the diagonal
//   C = P V                                                  Q, K, V, C: T × dh; P: T × T
//
//   Backward:  dP = dC Vᵀ    dS = P ⊙ (dP − rowsum(dP ⊙ P)) · scale
//              dV = Pᵀ dC    dQ = dS K    dK = dSᵀ Q
//
// Two implementations with the same results (up to rounding): the reference one on Eigen's
// products, and one on the register-blocked kernel (blocked_product.h) for the shapes it takes
// (attentionBlockedFits). The blocked one reads Q, K, V and dC where they lie in the N × 3d
// and N × d matrices (no copies but Kᵀ and Vᵀ, dh × T each), writes every result once, and
// works in bands of kAttentionBand query rows so that the zeros above the diagonal are skipped:
// band [t0, t0 + G) needs score columns s < t0 + G only, and dV, dK of key rows s ≥ s0 need
// query rows t ≥ s0 only. At T = 64 that is 5/8 of the full square's arithmetic.
// Matrices are row-major; ld* are their row strides (elements).
#pragma once

#include "core/blocked_product.h"

#include <Eigen/Core>

namespace moe::detail {

constexpr int kAttentionBand = 16;

template <class S>
inline bool attentionBlockedFits(int length, int headWidth)
{
    return length > 0 && length % kAttentionBand == 0 && blockedFits<S>(kAttentionBand) && blockedFits<S>(headWidth);
}

// Pointers of one head's operands; q, k and v share the row stride ld (columns of QKV).
template <class S>
struct HeadOperands {
    const S *q, *k, *v;
    Eigen::Index ld;
    int length, headWidth;
    S scale;
};

// Fills P (T × T, ld T) and C (T × dh, ld ldc).
template <class S>
void attentionHeadForward(const HeadOperands<S> &h, S *probs, S *context, Eigen::Index ldc);
template <class S>
void attentionHeadForwardReference(const HeadOperands<S> &h, S *probs, S *context, Eigen::Index ldc);

// From P and dC (T × dh, ld ldd) writes dQ, dK, dV (T × dh each, row stride ldg).
template <class S>
void attentionHeadBackward(const HeadOperands<S> &h, const S *probs, const S *dContext, Eigen::Index ldd, S *dq,
                           S *dk, S *dv, Eigen::Index ldg);
template <class S>
void attentionHeadBackwardReference(const HeadOperands<S> &h, const S *probs, const S *dContext, Eigen::Index ldd,
                                    S *dq, S *dk, S *dv, Eigen::Index ldg);

}  // namespace moe::detail
