#include "expert.h"

#include "activation.h"
#include "blocked_product.h"
#include "narrow_product.h"

#include <algorithm>
#include <cmath>

namespace moe {

using detail::blockedFits;
using detail::blockedProduct;

template <class S>
Expert<S>::Expert(ExpertType type, int in, int hidden, int out, Activation act)
    : m_type(type), m_in(in), m_hidden(hidden), m_out(out), m_act(act)
{
    if (type == ExpertType::Mlp) {
        m_w1 = Parameter<S>("W1", in, hidden);
        m_b1 = Parameter<S>("b1", 1, hidden, false);
        m_w2 = Parameter<S>("W2", hidden, out);
        m_b2 = Parameter<S>("b2", 1, out, false);
    } else {
        m_w1 = Parameter<S>("W", in, out);
        m_b1 = Parameter<S>("b", 1, out, false);
    }
}

template <class S>
void Expert<S>::setNames(const std::string &prefix)
{
    if (m_type == ExpertType::Mlp) {
        m_w1.name = prefix + ".W1";
        m_b1.name = prefix + ".b1";
        m_w2.name = prefix + ".W2";
        m_b2.name = prefix + ".b2";
    } else {
        m_w1.name = prefix + ".W";
        m_b1.name = prefix + ".b";
    }
}

template <class S>
void Expert<S>::initialize(Rng &rng)
{
    auto fill = [&rng](Parameter<S> &p, int fanIn) {
        const double bound = 1.0 / std::sqrt(double(std::max(fanIn, 1)));
        for (Eigen::Index i = 0; i < p.value.size(); ++i)
            p.value.data()[i] = S(rng.uniform(-bound, bound));
        p.resetState();
    };
    fill(m_w1, m_in);
    fill(m_b1, m_in);
    if (m_type == ExpertType::Mlp) {
        fill(m_w2, m_hidden);
        fill(m_b2, m_hidden);
    }
}

template <class S>
void Expert<S>::forward(const RowSet<S> &x, Matrix<S> &out, ExpertCache<S> &cache, double dropout, Rng *rng) const
{
    if (m_type == ExpertType::Linear) {
        out.resize(x.rows, m_out);
        out.noalias() = x.gathered() * m_w1.value;
        out.rowwise() += m_b1.value.row(0);
        return;
    }
    cache.a.resize(x.rows, m_hidden);
    if (blockedFits<S>(m_hidden)) {
        detail::pickedRowsProduct<S>(x, m_hidden, m_w1.value.data(), m_hidden, m_b1.value.data(), cache.a.data(),
                                     m_hidden, detail::Store::Cached,
                                     detail::Prefetch::AheadB);  // W1 (d × h) comes from memory
    } else {
        cache.a.noalias() = x.gathered() * m_w1.value;
        cache.a.rowwise() += m_b1.value.row(0);
    }
    activate(m_act, cache.a, cache.h);
    if (dropout > 0 && rng) {
        cache.mask.resize(cache.h.rows(), cache.h.cols());
        const S keepScale = S(1.0 / (1.0 - dropout));
        for (Eigen::Index i = 0; i < cache.mask.size(); ++i)
            cache.mask.data()[i] = rng->uniform() < dropout ? S(0) : keepScale;
        cache.h.array() *= cache.mask.array();
    } else {
        cache.mask.resize(0, 0);
    }
    out.resize(x.rows, m_out);
    // The second layer (h → o, o = 10 on MNIST) is tiny per expert, but with many experts
    // Eigen's per-call cost of a general product (packing, blocking) added up to more than the
    // arithmetic: dot products along h against W2ᵀ instead (narrow_product.h).
    if (detail::narrowFits<S>(m_hidden, m_out) && blockedFits<S>(m_hidden)) {
        cache.w2t = m_w2.value.transpose();
        detail::narrowProduct<S>(x.rows, m_hidden, cache.h.data(), cache.w2t.data(), m_out, m_b2.value.data(),
                                 out.data());
    } else if (blockedFits<S>(m_out)) {
        // A wide second layer (h → d inside a transformer block): O = H W2 + b2 on the blocked
        // kernel, which writes O once (Eigen's product zero-fills it first and packs H and W2).
        cache.w2t.resize(0, 0);
        blockedProduct<S>(x.rows, m_out, cache.h.data(), m_hidden, 1, m_w2.value.data(), m_out, m_hidden,
                          m_b2.value.data(), out.data(), m_out);
    } else {
        cache.w2t.resize(0, 0);
        out.noalias() = cache.h * m_w2.value;
        out.rowwise() += m_b2.value.row(0);
    }
}

template <class S>
void Expert<S>::backward(const RowSet<S> &x, const Matrix<S> &dOut, const ExpertCache<S> &cache, GradientForm form)
{
    if (frozen())
        return;
    m_w1.dropGradFactors();
    if (m_type == ExpertType::Linear) {
        m_w1.grad.noalias() = x.gathered().transpose() * dOut;
        m_b1.grad = dOut.colwise().sum();
        return;
    }
    m_b2.grad = dOut.colwise().sum();
    Matrix<S> &dh = cache.dh;  // scratch kept with the cache: no allocation per step
    Matrix<S> &da = cache.da;
    dh.resize(dOut.rows(), m_hidden);
    const Eigen::Index n = dOut.rows();
    if (cache.w2t.rows() == m_out && cache.w2t.cols() == m_hidden && n > 0) {
        // The narrow second layer's products on the blocked kernel, h = 64 columns wide:
        //   dH = dO W2ᵀ          (n × h; W2ᵀ kept by forward)
        //   dW2ᵀ = dOᵀ H          (o × h), transposed into W2.grad (h × o)
        blockedProduct<S>(n, m_hidden, dOut.data(), m_out, 1, cache.w2t.data(), m_hidden, m_out, nullptr, dh.data(),
                          m_hidden);
        cache.dw2t.resize(m_out, m_hidden);
        blockedProduct<S>(m_out, m_hidden, dOut.data(), 1, m_out, cache.h.data(), m_hidden, n, nullptr,
                          cache.dw2t.data(), m_hidden);
        m_w2.grad = cache.dw2t.transpose();
    } else if (blockedFits<S>(m_out) && n > 0) {
        // dW2 = Hᵀ dO (h × o) on the blocked kernel, reading H down its columns; dH = dO W2ᵀ
        // stays with Eigen (W2ᵀ is not row-major, and a transposed copy cost more than it saved).
        m_w2.grad.resize(m_hidden, m_out);
        blockedProduct<S>(m_hidden, m_out, cache.h.data(), 1, m_hidden, dOut.data(), m_out, n, nullptr,
                          m_w2.grad.data(), m_out);
        dh.noalias() = dOut * m_w2.value.transpose();
    } else {
        m_w2.grad.noalias() = cache.h.transpose() * dOut;
        dh.noalias() = dOut * m_w2.value.transpose();
    }
    if (cache.mask.size() > 0)
        dh.array() *= cache.mask.array();
    // With dropout, H = act(A)·mask; act' needs the un-masked activation only for tanh.
    if (m_act == Activation::Tanh && cache.mask.size() > 0) {
        Matrix<S> hRaw = cache.a.array().tanh();
        activationBackward(m_act, cache.a, hRaw, dh, da);
    } else {
        activationBackward(m_act, cache.a, cache.h, dh, da);
    }
    if (form == GradientForm::Factored) {
        m_w1.setGradFactors(x, da);  // dW1 = Xᵀ dA, formed by the optimizer
    } else if (blockedFits<S>(m_hidden) && x.rows > 0) {
        // dW1 = Xᵀ dA written directly (no zero fill, no packing of X).
        detail::pickedColumnsProduct<S>(x, 0, m_in, m_hidden, da.data(), m_hidden, m_w1.grad.data(), m_hidden,
                                        form == GradientForm::Streamed ? detail::Store::Streaming
                                                                       : detail::Store::Cached);
    } else {
        m_w1.grad.noalias() = x.gathered().transpose() * da;
    }
    m_b1.grad = da.colwise().sum();
}

template <class S>
void Expert<S>::inputGradient(const Matrix<S> &dOut, const ExpertCache<S> &cache, bool dAReady, Matrix<S> &dX) const
{
    if (m_type == ExpertType::Linear) {
        dX.noalias() = dOut * m_w1.value.transpose();
        return;
    }
    if (!dAReady || frozen()) {
        cache.dh.noalias() = dOut * m_w2.value.transpose();
        if (cache.mask.size() > 0)
            cache.dh.array() *= cache.mask.array();
        if (m_act == Activation::Tanh && cache.mask.size() > 0) {
            const Matrix<S> hRaw = cache.a.array().tanh();
            activationBackward(m_act, cache.a, hRaw, cache.dh, cache.da);
        } else {
            activationBackward(m_act, cache.a, cache.h, cache.dh, cache.da);
        }
    }
    dX.noalias() = cache.da * m_w1.value.transpose();
}

template <class S>
void Expert<S>::zeroGrad()
{
    for (auto *p : parameters()) {
        p->dropGradFactors();
        p->grad.setZero();
    }
}

template <class S>
std::vector<Parameter<S> *> Expert<S>::parameters()
{
    if (m_type == ExpertType::Mlp)
        return {&m_w1, &m_b1, &m_w2, &m_b2};
    return {&m_w1, &m_b1};
}

template <class S>
std::vector<const Parameter<S> *> Expert<S>::parameters() const
{
    if (m_type == ExpertType::Mlp)
        return {&m_w1, &m_b1, &m_w2, &m_b2};
    return {&m_w1, &m_b1};
}

template <class S>
long long Expert<S>::parameterCount() const
{
    // Counted from the tensors themselves (parameters() would build a vector: the engine asks
    // for every expert on every step).
    return (long long)(m_w1.size() + m_b1.size() + m_w2.size() + m_b2.size());
}

template <class S>
double Expert<S>::flopsPerToken() const
{
    if (m_type == ExpertType::Linear)
        return 2.0 * m_in * m_out;
    return 2.0 * (double(m_in) * m_hidden + double(m_hidden) * m_out);
}

template <class S>
void Expert<S>::setFrozen(bool f)
{
    for (auto *p : parameters())
        p->setFrozen(f);
}

template class Expert<float>;
template class Expert<double>;

}  // namespace moe
