#include "causal_attention.h"

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
    cache.qkv.noalias() = u * m_wqkv.value;
    cache.qkv.rowwise() += m_bqkv.value.row(0);
    cache.probs.resize(Eigen::Index(sequences) * H * T, T);
    cache.context.resize(N, d);
    const S scale = S(1.0 / std::sqrt(double(dh)));
    const int pairs = sequences * H;
#pragma omp parallel for schedule(static) if (pairsInParallel(pairs, T, dh))
    for (int p = 0; p < pairs; ++p) {
        const int b = p / H, j = p % H;
        const auto q = cache.qkv.block(Eigen::Index(b) * T, j * dh, T, dh);
        const auto k = cache.qkv.block(Eigen::Index(b) * T, d + j * dh, T, dh);
        const auto v = cache.qkv.block(Eigen::Index(b) * T, 2 * d + j * dh, T, dh);
        auto P = cache.probs.block(Eigen::Index(p) * T, 0, T, T);
        P.noalias() = (q * k.transpose()) * scale;
        for (int t = 0; t < T; ++t) {  // causal softmax of row t over columns 0..t
            auto row = P.row(t);
            const S m = row.head(t + 1).maxCoeff();
            row.head(t + 1) = (row.head(t + 1).array() - m).exp();
            row.head(t + 1) /= row.head(t + 1).sum();
            row.tail(T - t - 1).setZero();
        }
        cache.context.block(Eigen::Index(b) * T, j * dh, T, dh).noalias() = P * v;
    }
    out.noalias() = cache.context * m_wo.value;
    out.rowwise() += m_bo.value.row(0);
}

template <class S>
void CausalSelfAttention<S>::backward(const Matrix<S> &dOut, const AttentionCache<S> &cache, Matrix<S> &dU)
{
    const int d = m_width, H = m_heads, dh = d / H, T = cache.length;
    const bool trainable = !m_wqkv.frozen;
    if (trainable) {
        m_wo.grad.noalias() = cache.context.transpose() * dOut;
        m_bo.grad = dOut.colwise().sum();
    }
    m_dContext.noalias() = dOut * m_wo.value.transpose();
    m_dqkv.resize(cache.qkv.rows(), 3 * d);
    const S scale = S(1.0 / std::sqrt(double(dh)));
    const int pairs = cache.sequences * H;
#pragma omp parallel for schedule(static) if (pairsInParallel(pairs, T, dh))
    for (int p = 0; p < pairs; ++p) {
        const int b = p / H, j = p % H;
        const Eigen::Index r0 = Eigen::Index(b) * T;
        const auto q = cache.qkv.block(r0, j * dh, T, dh);
        const auto k = cache.qkv.block(r0, d + j * dh, T, dh);
        const auto v = cache.qkv.block(r0, 2 * d + j * dh, T, dh);
        const auto P = cache.probs.block(Eigen::Index(p) * T, 0, T, T);
        const auto dC = m_dContext.block(r0, j * dh, T, dh);
        Matrix<S> dS = dC * v.transpose();  // dP, then dS in place
        for (int t = 0; t < T; ++t) {
            const S dot = (dS.row(t).head(t + 1).array() * P.row(t).head(t + 1).array()).sum();
            dS.row(t).head(t + 1).array() = P.row(t).head(t + 1).array() * (dS.row(t).head(t + 1).array() - dot);
            dS.row(t).tail(T - t - 1).setZero();
        }
        m_dqkv.block(r0, 2 * d + j * dh, T, dh).noalias() = P.transpose() * dC;
        m_dqkv.block(r0, j * dh, T, dh).noalias() = (dS * k) * scale;
        m_dqkv.block(r0, d + j * dh, T, dh).noalias() = (dS.transpose() * q) * scale;
    }
    if (trainable) {
        m_wqkv.grad.noalias() = cache.input->transpose() * m_dqkv;
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
