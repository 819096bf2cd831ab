// Products with fewer output columns than one SIMD packet holds: the router's logits when
// there are fewer experts than float lanes (E = 8 on AVX-512, MNIST's usual router).
//
//   Z (T × E) = X (T × d) · W (d × E) + 1 bᵀ,   computed as dot products   Z[t, e] = X[t, :] · Wᵀ[e, :]
//
// blockedProduct (blocked_product.h) puts the E columns of a result row in one half-filled
// packet and broadcasts each element of X: one load per multiply-add, half of every register
// idle. Here the packets run along d instead: each step loads a packet of R rows of X and of
// the E rows of Wᵀ (the transposed weights, E × d, a small copy) and does R·E full-width
// multiply-adds; the E·R sums are reduced across lanes once at the end (tests/bench/bench_gemm
// times both on the MNIST router).
// Each result is summed in a fixed order (lane by lane along d, then across lanes), so it
// does not depend on threads; it differs from blockedProduct's order in the last bits.
#pragma once

#include <Eigen/Core>

#include <algorithm>

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes"  // packet types as template arguments
// GCC 12 flags the _mm256_undefined_pd() inside its own _mm512_extractf64x4_pd, which the
// lane reduction (predux) uses: a false positive in the compiler's header.
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

namespace moe::detail {

// R rows of X against EC rows of Wᵀ (EC ≤ 8): R·EC accumulators.
template <class S, int R, int EC>
inline void narrowBlock(const S *x, Eigen::Index d, const S *wt, Eigen::Index E, const S *bias, S *z)
{
    using namespace Eigen::internal;
    using P = typename packet_traits<S>::type;
    constexpr int W = unpacket_traits<P>::size;
    P acc[R][EC];
    for (int r = 0; r < R; ++r)
        for (int e = 0; e < EC; ++e)
            acc[r][e] = pset1<P>(S(0));
    Eigen::Index s = 0;
    for (; s + W <= d; s += W) {
        P xv[R];
        for (int r = 0; r < R; ++r) {
            xv[r] = ploadu<P>(x + r * d + s);
            prefetch(x + (R + r) * d + s);  // the next block's rows: X streams in from L2/L3
        }
        for (int e = 0; e < EC; ++e) {
            const P w = ploadu<P>(wt + e * d + s);
            for (int r = 0; r < R; ++r)
                acc[r][e] = pmadd(xv[r], w, acc[r][e]);
        }
    }
    for (int r = 0; r < R; ++r)
        for (int e = 0; e < EC; ++e) {
            S sum = predux(acc[r][e]);
            for (Eigen::Index k = s; k < d; ++k)  // the tail of d, element by element
                sum += x[r * d + k] * wt[e * d + k];
            z[r * E + e] = bias ? sum + bias[e] : sum;
        }
}

template <class S, int EC>
inline void narrowRows(Eigen::Index rows, const S *x, Eigen::Index d, const S *wt, Eigen::Index E, const S *bias,
                       S *z)
{
    Eigen::Index t = 0;
    for (; t + 2 <= rows; t += 2)
        narrowBlock<S, 2, EC>(x + t * d, d, wt, E, bias, z + t * E);
    if (t < rows)
        narrowBlock<S, 1, EC>(x + t * d, d, wt, E, bias, z + t * E);
}

// True when narrowProduct is the better kernel: fewer columns than a packet, and a d long
// enough for the packets along it (the toy sets' d = 2 stay with blockedProduct / Eigen).
template <class S>
inline bool narrowFits(Eigen::Index d, Eigen::Index E)
{
    constexpr int W = Eigen::internal::unpacket_traits<typename Eigen::internal::packet_traits<S>::type>::size;
    return E > 0 && E < W && d >= 4 * W;
}

// Z (rows × E, row-major, ld E) = X (rows × d, row-major) · Wᵀᵀ + bias; wt is E × d row-major.
template <class S>
inline void narrowProduct(Eigen::Index rows, Eigen::Index d, const S *x, const S *wt, Eigen::Index E, const S *bias,
                          S *z)
{
    for (Eigen::Index e0 = 0; e0 < E; e0 += 8) {
        const S *w = wt + e0 * d;
        const S *b = bias ? bias + e0 : nullptr;
        S *out = z + e0;
        switch (std::min<Eigen::Index>(8, E - e0)) {
        case 8: narrowRows<S, 8>(rows, x, d, w, E, b, out); break;
        case 7: narrowRows<S, 7>(rows, x, d, w, E, b, out); break;
        case 6: narrowRows<S, 6>(rows, x, d, w, E, b, out); break;
        case 5: narrowRows<S, 5>(rows, x, d, w, E, b, out); break;
        case 4: narrowRows<S, 4>(rows, x, d, w, E, b, out); break;
        case 3: narrowRows<S, 3>(rows, x, d, w, E, b, out); break;
        case 2: narrowRows<S, 2>(rows, x, d, w, E, b, out); break;
        default: narrowRows<S, 1>(rows, x, d, w, E, b, out); break;
        }
    }
}

}  // namespace moe::detail

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
