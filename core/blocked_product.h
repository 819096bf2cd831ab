// Register-blocked matrix products for the engine's big, skinny shapes: the experts' first
// layer (d × h with d = 784 on MNIST) and the router (d × E). Eigen packs both operands of
// every product; with few rows per expert (k·T/E ≈ 8 on MNIST with 64 experts) packing the
// weight matrix costs more than the arithmetic, and its packing buffers are fresh pages every
// call. These kernels stream the row-major right operand as it lies and keep an R × (NV·packet)
// block of the result in registers: one broadcast and NV fused multiply-adds per element of
// the left operand.
//
//   C = Σ_s a(r, s) · B[s, :]  (+ bias)   for the R rows r of a block, s = 0 … steps−1
//   a(r, s) = A[r·aRow + s·aStep]
//     forward  X·W   (X: rows × d row-major):          aRow = d, aStep = 1, steps = d
//     gradient Xᵀ·D  (dW = Xᵀ dA, X: T × d row-major): aRow = 1, aStep = d, steps = T
// or the same two over the rows of X that a RowSet picks, read where they lie (an expert's
// tokens: pickedRowsProduct, pickedColumnsProduct), with no gathered copy.
// The sum runs in a fixed order (s ascending), so results do not depend on threads.
// Columns are covered by full SIMD packets, then half packets (E = 8 on AVX-512); shapes with
// other column counts go to Eigen (blockedFits says which).
//
// Store::Streaming writes the result with non-temporal stores, for weight gradients too big
// to stay cached until the optimizer reads them: it saves the read-for-ownership of every line
// and leaves the caches to the weights. That pays when the gradients are much bigger than the
// caches (64 MNIST experts: 12.8 MB of W1 and as much dW1); for small ones it only makes the
// optimizer read them from memory, so the engine streams only above a size
// (CpuEngine::backwardExperts; tests/bench/bench_expert_kernels compares both).
#pragma once

#include "row_set.h"

#include <Eigen/Core>
#include <omp.h>

#include <algorithm>
#include <cstdint>
#ifdef __SSE2__
#include <immintrin.h>
#endif

// SIMD packet types (__m512 …) carry alignment attributes that GCC drops when they become
// template arguments; harmless here (Eigen silences the same warning inside its own headers).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes"
#endif

// The micro-kernel is forced inline: as a call of its own, GCC builds its 24 accumulators in
// a stack array (a memset and 24 stores and loads per call), which cost as much as the
// arithmetic where a call has few steps (dW1 = Xᵀ dA with 8 rows per expert).
#if defined(__GNUC__)
#define MOE_KERNEL_INLINE inline __attribute__((always_inline))
#else
#define MOE_KERNEL_INLINE inline
#endif

namespace moe::detail {

template <class P>
constexpr int kLanes = Eigen::internal::unpacket_traits<P>::size;
template <class S>
using FullPacket = typename Eigen::internal::packet_traits<S>::type;
template <class S>
using HalfPacket = typename Eigen::internal::unpacket_traits<FullPacket<S>>::half;
template <class S>
constexpr int kFullLanes = kLanes<FullPacket<S>>;  // scalars in one full SIMD packet
// Rows per block: 6 × 4 accumulators use 24 of 32 zmm registers; 3 × 4 use 12 of 16 ymm.
template <class S>
constexpr int kRows = kLanes<FullPacket<S>> *int(sizeof(S)) >= 64 ? 6 : 3;
constexpr int kVecs = 4;

// A packet stored past the caches (the address is aligned to the packet: blockedProduct checks);
// a plain store where the instruction set has no streaming store for it.
template <class S, class P>
inline void streamStore(S *p, const P &v)
{
    Eigen::internal::pstoreu(p, v);
}
#ifdef __SSE2__
inline void streamStore(float *p, const Eigen::internal::Packet4f &v)
{
    _mm_stream_ps(p, v);
}
inline void streamStore(double *p, const Eigen::internal::Packet2d &v)
{
    _mm_stream_pd(p, v);
}
#endif
#ifdef __AVX__
inline void streamStore(float *p, const Eigen::internal::Packet8f &v)
{
    _mm256_stream_ps(p, v);
}
inline void streamStore(double *p, const Eigen::internal::Packet4d &v)
{
    _mm256_stream_pd(p, v);
}
#endif
#ifdef __AVX512F__
inline void streamStore(float *p, const Eigen::internal::Packet16f &v)
{
    _mm512_stream_ps(p, v);
}
inline void streamStore(double *p, const Eigen::internal::Packet8d &v)
{
    _mm512_stream_pd(p, v);
}
#endif

// Rows of B asked for ahead of use when B streams from memory (Prefetch::AheadB): a weight
// matrix read once per call, such as an expert's W1 (200 KB) after the optimizer's stream
// has evicted it. The hardware prefetcher alone kept too few lines in flight. The hint is T0
// (into every cache level): each block of R rows reads the same B panel again, and with the
// non-temporal hint the lines lived in L1 only, so every later block fetched them once more
// from the last-level cache (several times slower on an expert with many rows).
constexpr Eigen::Index kPrefetchSteps = 16;

// The left operand a(r, s), r the row of the block, s the step of the sum. Each gives the
// operand of the rows from r on (at) and, for a block of R rows, what the kernel's loop reads
// (block<R>: the per-row addresses are worked out once, before the loop).
//   Strided        a(r, s) = a[r·aRow + s·aStep]   (X·W: aRow = d, aStep = 1; Xᵀ·D: aRow = 1, aStep = d)
//   PickedRows     a(r, s) = X[index[r], s]        (X·W over the rows of X a RowSet picks)
//   PickedColumns  a(r, s) = X[index[s], c0 + r]   (Xᵀ·D over the rows of X a RowSet picks)
template <class S>
struct StridedOperand {
    const S *a;
    Eigen::Index aRow, aStep;
    [[nodiscard]] StridedOperand at(Eigen::Index r) const { return {a + r * aRow, aRow, aStep}; }
    template <int R>
    [[nodiscard]] const StridedOperand &block() const
    {
        return *this;
    }
    S operator()(int r, Eigen::Index s) const { return a[r * aRow + s * aStep]; }
};
template <class S, int R>
struct RowPointers {
    const S *row[R];
    S operator()(int r, Eigen::Index s) const { return row[r][s]; }
};
template <class S>
struct PickedRowsOperand {
    const S *base;
    const int *index;  // never null here (consecutive rows take the strided form)
    Eigen::Index stride;
    [[nodiscard]] PickedRowsOperand at(Eigen::Index r) const { return {base, index + r, stride}; }
    template <int R>
    [[nodiscard]] RowPointers<S, R> block() const
    {
        RowPointers<S, R> p;
        for (int r = 0; r < R; ++r)
            p.row[r] = base + Eigen::Index(index[r]) * stride;
        return p;
    }
};
template <class S>
struct PickedColumnsOperand {
    const S *base;  // X's column c0
    const int *index;  // never null here
    Eigen::Index stride;
    [[nodiscard]] PickedColumnsOperand at(Eigen::Index r) const { return {base + r, index, stride}; }
    template <int R>
    [[nodiscard]] const PickedColumnsOperand &block() const
    {
        return *this;
    }
    S operator()(int r, Eigen::Index s) const { return base[Eigen::Index(index[s]) * stride + r]; }
};

template <class S, class P, int R, int NV, class A>
MOE_KERNEL_INLINE void microKernel(const A &operand, const S *b, Eigen::Index ldb, Eigen::Index steps, const S *bias,
                                   S *c, Eigen::Index ldc, bool stream, bool prefetchB)
{
    using namespace Eigen::internal;
    constexpr int W = kLanes<P>;
    const auto a = operand.template block<R>();
    P acc[R][NV];
    for (int v = 0; v < NV; ++v) {
        const P init = bias ? ploadu<P>(bias + v * W) : pset1<P>(S(0));
        for (int r = 0; r < R; ++r)
            acc[r][v] = init;
    }
    for (Eigen::Index s = 0; s < steps; ++s) {
        P bv[NV];
        for (int v = 0; v < NV; ++v)
            bv[v] = ploadu<P>(b + s * ldb + v * W);
#ifdef __SSE__
        if (prefetchB)  // past the end of B it is only a hint: prefetches never fault
            for (int v = 0; v < NV; ++v)
                _mm_prefetch(reinterpret_cast<const char *>(b + (s + kPrefetchSteps) * ldb + v * W), _MM_HINT_T0);
#endif
        for (int r = 0; r < R; ++r) {
            const P x = pset1<P>(a(r, s));
            for (int v = 0; v < NV; ++v)
                acc[r][v] = pmadd(x, bv[v], acc[r][v]);
        }
    }
    if (stream) {
        for (int r = 0; r < R; ++r)
            for (int v = 0; v < NV; ++v)
                streamStore(c + r * ldc + v * W, acc[r][v]);
        return;
    }
    for (int r = 0; r < R; ++r)
        for (int v = 0; v < NV; ++v)
            pstoreu(c + r * ldc + v * W, acc[r][v]);
}

template <class S, class P, int NV, class A>
inline void rowBlocks(Eigen::Index rows, const A &a, const S *b, Eigen::Index ldb, Eigen::Index steps, const S *bias,
                      S *c, Eigen::Index ldc, bool stream, bool prefetchB)
{
    constexpr int R = kRows<S>;
    Eigen::Index r = 0;
    if constexpr (NV == 1) {
        // One packet per row (8 router columns, a 16-wide hidden layer): R accumulators would
        // wait on the multiply-add latency, so take twice the rows per block.
        for (; r + 2 * R <= rows; r += 2 * R)
            microKernel<S, P, 2 * R, 1>(a.at(r), b, ldb, steps, bias, c + r * ldc, ldc, stream, prefetchB);
    }
    for (; r + R <= rows; r += R)
        microKernel<S, P, R, NV>(a.at(r), b, ldb, steps, bias, c + r * ldc, ldc, stream, prefetchB);
    // The remainder (< R rows) in one block sized to it. Each is written as a loop that runs at
    // most once: called outside a loop, GCC kept a kernel's accumulators in a stack array.
    if constexpr (R > 5)
        for (; r + 5 <= rows; r += 5)
            microKernel<S, P, 5, NV>(a.at(r), b, ldb, steps, bias, c + r * ldc, ldc, stream, prefetchB);
    if constexpr (R > 4)
        for (; r + 4 <= rows; r += 4)
            microKernel<S, P, 4, NV>(a.at(r), b, ldb, steps, bias, c + r * ldc, ldc, stream, prefetchB);
    for (; r + 3 <= rows; r += 3)
        microKernel<S, P, 3, NV>(a.at(r), b, ldb, steps, bias, c + r * ldc, ldc, stream, prefetchB);
    for (; r + 2 <= rows; r += 2)
        microKernel<S, P, 2, NV>(a.at(r), b, ldb, steps, bias, c + r * ldc, ldc, stream, prefetchB);
    for (; r < rows; ++r)
        microKernel<S, P, 1, NV>(a.at(r), b, ldb, steps, bias, c + r * ldc, ldc, stream, prefetchB);
}

// True when blockedProduct handles `cols` columns (a whole number of half packets).
template <class S>
inline bool blockedFits(Eigen::Index cols)
{
    return cols > 0 && cols % kLanes<HalfPacket<S>> == 0;
}

enum class Store { Cached, Streaming };
enum class Prefetch { None, AheadB };

// C (rows × cols) = Σ_s a(·, s) B[s, :] (+ bias) for any left operand above, B and C
// row-major, blockedFits(cols). Store::Streaming is honoured where C and its rows are aligned
// to a full packet.
template <class S, class A>
inline void blockedProductOf(Eigen::Index rows, Eigen::Index cols, const A &a, const S *b, Eigen::Index ldb,
                             Eigen::Index steps, const S *bias, S *c, Eigen::Index ldc, Store store = Store::Cached,
                             Prefetch prefetch = Prefetch::None)
{
    using Full = FullPacket<S>;
    using Half = HalfPacket<S>;
    constexpr int W = kLanes<Full>;
    constexpr std::size_t kAlign = sizeof(S) * W;
    const bool stream = store == Store::Streaming && reinterpret_cast<std::uintptr_t>(c) % kAlign == 0
        && (std::size_t(ldc) * sizeof(S)) % kAlign == 0 && cols % W == 0;
    const bool prefetchB = prefetch == Prefetch::AheadB;
    Eigen::Index c0 = 0;
    auto at = [&](const S *p) {
        return p ? p + c0 : nullptr;
    };
    for (; c0 + kVecs * W <= cols; c0 += kVecs * W)
        rowBlocks<S, Full, kVecs>(rows, a, b + c0, ldb, steps, at(bias), c + c0, ldc, stream, prefetchB);
    for (; c0 + W <= cols; c0 += W)
        rowBlocks<S, Full, 1>(rows, a, b + c0, ldb, steps, at(bias), c + c0, ldc, stream, prefetchB);
    if constexpr (kLanes<Half> < W) {
        constexpr int H = kLanes<Half>;
        for (; c0 + H <= cols; c0 += H)
            rowBlocks<S, Half, 1>(rows, a, b + c0, ldb, steps, at(bias), c + c0, ldc, stream, prefetchB);
    }
#ifdef __SSE2__
    if (stream)
        _mm_sfence();
#endif  // streaming stores are weakly ordered: publish them before returning
}

// The strided form: a(r, s) = a[r·aRow + s·aStep].
template <class S>
inline void blockedProduct(Eigen::Index rows, Eigen::Index cols, const S *a, Eigen::Index aRow, Eigen::Index aStep,
                           const S *b, Eigen::Index ldb, Eigen::Index steps, const S *bias, S *c, Eigen::Index ldc,
                           Store store = Store::Cached, Prefetch prefetch = Prefetch::None)
{
    blockedProductOf<S>(rows, cols, StridedOperand<S> {a, aRow, aStep}, b, ldb, steps, bias, c, ldc, store, prefetch);
}

// The strided form with the rows of C shared among the OpenMP threads, in bands of whole
// micro-kernel blocks, for one product big enough to be worth a parallel region (a layer over
// all tokens of a batch: attention's projections, the unembedding). Every element is summed
// by one thread in the same order, so C does not depend on the number of threads.
template <class S>
inline void blockedProductOnThreads(Eigen::Index rows, Eigen::Index cols, const S *a, Eigen::Index aRow,
                                    Eigen::Index aStep, const S *b, Eigen::Index ldb, Eigen::Index steps, const S *bias,
                                    S *c, Eigen::Index ldc)
{
    constexpr double kParallelMultiplyAdds = 1e6;
    const int threads = omp_in_parallel() || double(rows) * double(cols) * double(steps) < kParallelMultiplyAdds
        ? 1
        : std::min<int>(omp_get_max_threads(), int((rows + kRows<S> - 1) / kRows<S>));
    if (threads <= 1) {
        blockedProduct<S>(rows, cols, a, aRow, aStep, b, ldb, steps, bias, c, ldc);
        return;
    }
    const Eigen::Index band = (rows + threads * kRows<S> - 1) / (threads * kRows<S>)*kRows<S>;
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int t = 0; t < threads; ++t) {
        const Eigen::Index r0 = t * band, n = std::min(band, rows - r0);
        if (n > 0)
            blockedProduct<S>(n, cols, a + r0 * aRow, aRow, aStep, b, ldb, steps, bias, c + r0 * ldc, ldc);
    }
}

// C (x.rows × cols) = X·B (+ bias) over the rows a RowSet picks (B: x.cols × cols).
template <class S>
inline void pickedRowsProduct(const RowSet<S> &x, Eigen::Index cols, const S *b, Eigen::Index ldb, const S *bias, S *c,
                              Eigen::Index ldc, Store store = Store::Cached, Prefetch prefetch = Prefetch::None)
{
    if (x.index)
        blockedProductOf<S>(x.rows, cols, PickedRowsOperand<S> {x.base, x.index, x.stride}, b, ldb, x.cols, bias, c,
                            ldc, store, prefetch);
    else
        blockedProduct<S>(x.rows, cols, x.base, x.stride, 1, b, ldb, x.cols, bias, c, ldc, store, prefetch);
}

// C (n × cols) = X[:, c0 : c0 + n]ᵀ·D over the rows a RowSet picks (D: x.rows × cols): the
// weight gradient Xᵀ·D of a layer, n of its input rows at a time.
template <class S>
inline void pickedColumnsProduct(const RowSet<S> &x, Eigen::Index c0, Eigen::Index n, Eigen::Index cols, const S *d,
                                 Eigen::Index ldd, S *c, Eigen::Index ldc, Store store = Store::Cached)
{
    if (x.index)
        blockedProductOf<S>(n, cols, PickedColumnsOperand<S> {x.base + c0, x.index, x.stride}, d, ldd, x.rows, nullptr,
                            c, ldc, store);
    else
        blockedProduct<S>(n, cols, x.base + c0, 1, x.stride, d, ldd, x.rows, nullptr, c, ldc, store);
}

}  // namespace moe::detail

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
