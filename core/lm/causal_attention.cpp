#include "causal_attention.h"

#include "attention_head.h"

#include "core/blocked_product.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace moe {

template <class S>
CausalSelfAttention<S>::CausalSelfAttention(int width, int heads, const std::string &prefix)
    : m_width(width), m_heads(heads), m_wqkv(prefix + ".w_qkv", width, 3 * width),
      m_bqkv(prefix + ".b_qkv", 1, 3 * width, false), m_wo(prefix + ".w_o", width, width),
      m_bo(prefix + ".b_o", 1, width, false)
{ }

template <class S>
void CausalSelfAttention<S>::initialize(Rng &rng, double std, double outStd)
{
    for (Eigen::Index i = 0; i < m_wqkv.value.size(); ++i)
        m_wqkv.value.data()[i] = S(rng.normal(0.0, std));
    for (Eigen::Index i = 0; i < m_wo.value.size(); ++i)
        m_wo.value.data()[i] = S(rng.normal(0.0, outStd));
    m_bqkv.value.setZero();
    m_bo.value.setZero();
    for (auto *p : parameters())
        p->resetState();
}

namespace {

// Parallel over (sequence, head) pairs when there is enough work and we are not inside a
// parallel region already.
bool pairsInParallel(int pairs, int length, int headWidth)
{
    return pairs > 1 && double(pairs) * length * length * headWidth > 1e5 && omp_get_max_threads() > 1
        && !omp_in_parallel();
}

// Y (N × out) = X W + 1 bᵀ, on the blocked kernel where W's width allows: it writes Y once
// with the bias (Eigen zero-fills Y, packs both operands, then adds b in a second pass).
template <class S>
void projection(const Matrix<S> &x, const Parameter<S> &w, const Parameter<S> &b, Matrix<S> &y)
{
    const Eigen::Index cols = w.value.cols();
    if (!detail::blockedFits<S>(cols) || x.rows() == 0) {
        y.noalias() = x * w.value;
        y.rowwise() += b.value.row(0);
        return;
    }
    y.resize(x.rows(), cols);
    detail::blockedProductOnThreads<S>(x.rows(), cols, x.data(), x.cols(), 1, w.value.data(), cols, x.cols(),
                                       b.value.data(), y.data(), cols);
}

// dW (in × out) = Xᵀ D over all N rows: the blocked kernel reads X down its columns and D as
// it lies (no packing, no zero fill), its rows of dW shared among the threads.
template <class S>
void weightGradient(const Matrix<S> &x, const Matrix<S> &d, Matrix<S> &dW)
{
    if (!detail::blockedFits<S>(d.cols()) || x.rows() == 0) {
        dW.noalias() = x.transpose() * d;
        return;
    }
    dW.resize(x.cols(), d.cols());
    detail::blockedProductOnThreads<S>(x.cols(), d.cols(), x.data(), 1, x.cols(), d.data(), d.cols(), x.rows(), nullptr,
                                       dW.data(), d.cols());
}

}  // namespace

template <class S>
void CausalSelfAttention<S>::forward(const Matrix<S> &u, int sequences, int length, Matrix<S> &out,
                                     AttentionCache<S> &cache) const
{
    const int d = m_width, H = m_heads, dh = d / H, T = length;
    const Eigen::Index N = Eigen::Index(sequences) * T;
    cache.input = &u;
    cache.sequences = sequences;
    cache.length = length;
    projection(u, m_wqkv, m_bqkv, cache.qkv);
    cache.probs.resize(Eigen::Index(sequences) * H * T, T);
    cache.context.resize(N, d);
    const S scale = S(1.0 / std::sqrt(double(dh)));
    const int pairs = sequences * H;
    const Eigen::Index ld = 3 * d;
#pragma omp parallel for schedule(static) if (pairsInParallel(pairs, T, dh))
    for (int p = 0; p < pairs; ++p) {
        const int b = p / H, j = p % H;
        const S *rows = cache.qkv.data() + Eigen::Index(b) * T * ld;
        const detail::HeadOperands<S> head {rows + j * dh, rows + d + j * dh, rows + 2 * d + j * dh, ld, T, dh, scale};
        detail::attentionHeadForward(head, cache.probs.data() + Eigen::Index(p) * T * T,
                                     cache.context.data() + Eigen::Index(b) * T * d + j * dh, d);
    }
    projection(cache.context, m_wo, m_bo, out);
}

template <class S>
void CausalSelfAttention<S>::backward(const Matrix<S> &dOut, const AttentionCache<S> &cache, Matrix<S> &dU)
{
    const int d = m_width, H = m_heads, dh = d / H, T = cache.length;
    const bool trainable = !m_wqkv.frozen;
    if (trainable) {
        weightGradient(cache.context, dOut, m_wo.grad);  // dWo = Cᵀ dOut
        m_bo.grad = dOut.colwise().sum();
    }
    m_dContext.noalias() = dOut * m_wo.value.transpose();
    m_dqkv.resize(cache.qkv.rows(), 3 * d);
    const S scale = S(1.0 / std::sqrt(double(dh)));
    const int pairs = cache.sequences * H;
    const Eigen::Index ld = 3 * d;
#pragma omp parallel for schedule(static) if (pairsInParallel(pairs, T, dh))
    for (int p = 0; p < pairs; ++p) {
        const int b = p / H, j = p % H;
        const Eigen::Index r0 = Eigen::Index(b) * T;
        const S *rows = cache.qkv.data() + r0 * ld;
        const detail::HeadOperands<S> head {rows + j * dh, rows + d + j * dh, rows + 2 * d + j * dh, ld, T, dh, scale};
        S *grads = m_dqkv.data() + r0 * ld;
        detail::attentionHeadBackward(head, cache.probs.data() + Eigen::Index(p) * T * T,
                                      m_dContext.data() + r0 * d + j * dh, d, grads + j * dh, grads + d + j * dh,
                                      grads + 2 * d + j * dh, ld);
    }
    if (trainable) {
        weightGradient(*cache.input, m_dqkv, m_wqkv.grad);  // dWqkv = Uᵀ dQKV
        m_bqkv.grad = m_dqkv.colwise().sum();
    }
    dU.noalias() = m_dqkv * m_wqkv.value.transpose();
}

template <class S>
Matrix<S> CausalSelfAttention<S>::headProbabilities(const AttentionCache<S> &cache, int sequence, int head) const
{
    const int T = cache.length;
    return cache.probs.block((Eigen::Index(sequence) * m_heads + head) * T, 0, T, T);
}

template <class S>
long long CausalSelfAttention<S>::parameterCount() const
{
    return (long long)(m_wqkv.size() + m_bqkv.size() + m_wo.size() + m_bo.size());
}

template <class S>
double CausalSelfAttention<S>::flopsPerToken(double meanAttended) const
{
    const double d = m_width;
    // QKV and output projections, then scores and weighted values over the attended positions.
    return 2.0 * (d * 3 * d + d * d) + 2.0 * 2.0 * d * meanAttended;
}

template class CausalSelfAttention<float>;
template class CausalSelfAttention<double>;

}  // namespace moe
