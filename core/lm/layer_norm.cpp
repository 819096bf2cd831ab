#include "layer_norm.h"

#include <cmath>

namespace moe {

template <class S>
LayerNorm<S>::LayerNorm(int width, const std::string &prefix)
    : m_gamma(prefix + ".weight", 1, width, false), m_beta(prefix + ".bias", 1, width, false)
{
    reset();
}

template <class S>
void LayerNorm<S>::reset()
{
    m_gamma.value.setOnes();
    m_beta.value.setZero();
    m_gamma.resetState();
    m_beta.resetState();
}

template <class S>
void LayerNorm<S>::forward(const Matrix<S> &x, Matrix<S> &y, LayerNormCache<S> &cache) const
{
    const Eigen::Index n = x.rows(), d = x.cols();
    cache.normalized.resize(n, d);
    cache.inverseStd.resize(n);
    y.resize(n, d);
    const auto gamma = m_gamma.value.row(0).array();
    const auto beta = m_beta.value.row(0).array();
    for (Eigen::Index r = 0; r < n; ++r) {
        const auto row = x.row(r).array();
        const S mean = row.mean();
        const S var = (row - mean).square().mean();
        const S s = S(1) / std::sqrt(var + S(kEpsilon));
        cache.inverseStd(r) = s;
        cache.normalized.row(r).array() = (row - mean) * s;
        y.row(r).array() = cache.normalized.row(r).array() * gamma + beta;
    }
}

template <class S>
void LayerNorm<S>::backward(const Matrix<S> &dy, const LayerNormCache<S> &cache, Matrix<S> &dx)
{
    const Eigen::Index n = dy.rows(), d = dy.cols();
    if (!m_gamma.frozen) {
        m_gamma.grad.noalias() = (dy.array() * cache.normalized.array()).colwise().sum().matrix();
        m_beta.grad.noalias() = dy.colwise().sum();
    }
    dx.resize(n, d);
    const auto gamma = m_gamma.value.row(0).array();
    for (Eigen::Index r = 0; r < n; ++r) {
        const auto g = (dy.row(r).array() * gamma).eval();
        const auto xh = cache.normalized.row(r).array();
        const S meanG = g.mean();
        const S meanGX = (g * xh).mean();
        dx.row(r).array() = cache.inverseStd(r) * (g - meanG - xh * meanGX);
    }
}

template class LayerNorm<float>;
template class LayerNorm<double>;

}  // namespace moe
