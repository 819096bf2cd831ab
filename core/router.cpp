#include "router.h"

#include "blocked_product.h"

namespace moe {

template <class S>
Router<S>::Router(int in, int experts, bool bias, bool noise)
    : m_in(in), m_hasBias(bias), m_hasNoise(noise), m_w("router.Wg", in, experts), m_b("router.bg", 1, experts, false),
      m_noise("router.Wnoise", in, experts), m_selectionBias(VectorD::Zero(experts))
{
    if (!noise)
        m_noise.value.resize(0, 0), m_noise.grad.resize(0, 0);
}

template <class S>
void Router<S>::initialize(Rng &rng, double initStd)
{
    for (Eigen::Index i = 0; i < m_w.value.size(); ++i)
        m_w.value.data()[i] = S(initStd > 0 ? rng.normal(0.0, initStd) : 0.0);
    m_b.value.setZero();
    if (m_hasNoise)
        m_noise.value.setZero();
    m_selectionBias.setZero();
    for (auto *p : parameters())
        p->resetState();
}

template <class S>
void Router<S>::logits(const Matrix<S> &x, MatrixD &z) const
{
    const Eigen::Index E = m_w.value.cols();
    Matrix<S> zs(x.rows(), E);
    if (detail::blockedFits<S>(E) && x.rows() > 0) {
        detail::blockedProduct<S>(x.rows(), E, x.data(), x.cols(), 1, m_w.value.data(), E, x.cols(),
                                  m_hasBias ? m_b.value.data() : nullptr, zs.data(), E);
    } else {
        zs.noalias() = x * m_w.value;
        if (m_hasBias)
            zs.rowwise() += m_b.value.row(0);
    }
    z = zs.template cast<double>();
}

template <class S>
void Router<S>::noiseLogits(const Matrix<S> &x, MatrixD &n) const
{
    if (!m_hasNoise) {
        n.resize(0, 0);
        return;
    }
    const Eigen::Index E = m_noise.value.cols();
    Matrix<S> ns(x.rows(), E);
    if (detail::blockedFits<S>(E) && x.rows() > 0)
        detail::blockedProduct<S>(x.rows(), E, x.data(), x.cols(), 1, m_noise.value.data(), E, x.cols(), nullptr,
                                  ns.data(), E);
    else
        ns.noalias() = x * m_noise.value;
    n = ns.template cast<double>();
}

template <class S>
void Router<S>::backward(const Matrix<S> &x, const MatrixD &dz, const MatrixD *dNoise)
{
    if (frozen())
        return;
    // dW = Xᵀ D written directly (no zero fill, no packing buffers) where the kernel fits.
    auto weightGradient = [&x](const Matrix<S> &d, Matrix<S> &grad) {
        grad.resize(x.cols(), d.cols());
        if (detail::blockedFits<S>(d.cols()) && x.rows() > 0)
            detail::blockedProduct<S>(x.cols(), d.cols(), x.data(), 1, x.cols(), d.data(), d.cols(), x.rows(), nullptr,
                                      grad.data(), grad.cols());
        else
            grad.noalias() = x.transpose() * d;
    };
    const Matrix<S> dzs = dz.template cast<S>();
    weightGradient(dzs, m_w.grad);
    if (m_hasBias)
        m_b.grad = dzs.colwise().sum();
    if (m_hasNoise) {
        if (dNoise && dNoise->size() > 0)
            weightGradient(dNoise->template cast<S>(), m_noise.grad);
        else
            m_noise.grad.setZero(m_noise.value.rows(), m_noise.value.cols());
    }
}

template <class S>
void Router<S>::resize(int experts, Rng &rng, double initStd)
{
    const int old = int(m_w.value.cols());
    auto grow = [&](Parameter<S> &p, bool random) {
        if (p.value.size() == 0 && &p == &m_noise && !m_hasNoise)
            return;
        Matrix<S> nv(p.value.rows(), experts);
        const int keep = std::min(old, experts);
        nv.leftCols(keep) = p.value.leftCols(keep);
        for (Eigen::Index r = 0; r < nv.rows(); ++r)
            for (int c = keep; c < experts; ++c)
                nv(r, c) = S(random && initStd > 0 ? rng.normal(0.0, initStd) : 0.0);
        auto resizeState = [&](Matrix<S> &s) {
            if (s.size() == 0)
                return;
            Matrix<S> ns = Matrix<S>::Zero(s.rows(), experts);
            ns.leftCols(keep) = s.leftCols(keep);
            s = ns;
        };
        resizeState(p.m);
        resizeState(p.v);
        p.value = nv;
        p.grad.setZero(p.value.rows(), experts);
    };
    grow(m_w, true);
    grow(m_b, false);
    grow(m_noise, false);
    VectorD nb = VectorD::Zero(experts);
    nb.head(std::min(old, experts)) = m_selectionBias.head(std::min(old, experts));
    m_selectionBias = nb;
}

template <class S>
void Router<S>::removeColumn(int e)
{
    auto drop = [e](Matrix<S> &m) {
        if (m.size() == 0 || e >= m.cols())
            return;
        Matrix<S> out(m.rows(), m.cols() - 1);
        out.leftCols(e) = m.leftCols(e);
        out.rightCols(m.cols() - 1 - e) = m.rightCols(m.cols() - 1 - e);
        m = out;
    };
    for (auto *p : {&m_w, &m_b, &m_noise}) {
        drop(p->value);
        drop(p->grad);
        drop(p->m);
        drop(p->v);
    }
    VectorD nb(m_selectionBias.size() - 1);
    nb.head(e) = m_selectionBias.head(e);
    nb.tail(nb.size() - e) = m_selectionBias.tail(m_selectionBias.size() - 1 - e);
    m_selectionBias = nb;
}

template <class S>
void Router<S>::setNoise(bool on)
{
    if (on == m_hasNoise)
        return;
    m_hasNoise = on;
    if (on) {
        m_noise.value.setZero(m_in, m_w.value.cols());
        m_noise.grad.setZero(m_in, m_w.value.cols());
        m_noise.resetState();
        m_noise.frozen = m_w.frozen;
    } else {
        m_noise.value.resize(0, 0);
        m_noise.grad.resize(0, 0);
        m_noise.resetState();
    }
}

template <class S>
void Router<S>::setFrozen(bool f)
{
    for (auto *p : parameters())
        p->setFrozen(f);
}

template <class S>
std::vector<Parameter<S> *> Router<S>::parameters()
{
    std::vector<Parameter<S> *> out {&m_w};
    if (m_hasBias)
        out.push_back(&m_b);
    if (m_hasNoise)
        out.push_back(&m_noise);
    return out;
}

template <class S>
std::vector<const Parameter<S> *> Router<S>::parameters() const
{
    std::vector<const Parameter<S> *> out {&m_w};
    if (m_hasBias)
        out.push_back(&m_b);
    if (m_hasNoise)
        out.push_back(&m_noise);
    return out;
}

template <class S>
long long Router<S>::parameterCount() const
{
    long long n = 0;
    for (const auto *p : parameters())
        n += p->size();
    return n;
}

template class Router<float>;
template class Router<double>;

}  // namespace moe
