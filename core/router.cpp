#include "router.h"

#include "blocked_product.h"
#include "narrow_product.h"

#include <omp.h>

#include <algorithm>
#include <cmath>

namespace moe {

template <class S>
Router<S>::Router(int in, int experts, bool bias, bool noise, int hidden)
    : m_in(hidden > 0 ? hidden : in), m_hidden(std::max(0, hidden)), m_hasBias(bias), m_hasNoise(noise),
      m_w("router.Wg", m_in, experts), m_b("router.bg", 1, experts, false), m_noise("router.Wnoise", m_in, experts),
      m_w1("router.W1", m_hidden > 0 ? in : 0, m_hidden), m_b1("router.b1", m_hidden > 0 ? 1 : 0, m_hidden, false),
      m_selectionBias(VectorD::Zero(experts))
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
    if (m_hidden > 0) {
        const double bound = 1.0 / std::sqrt(double(std::max<Eigen::Index>(1, m_w1.value.rows())));
        for (auto *p : {&m_w1, &m_b1})
            for (Eigen::Index i = 0; i < p->value.size(); ++i)
                p->value.data()[i] = S(rng.uniform(-bound, bound));
    }
    m_selectionBias.setZero();
    for (auto *p : parameters())
        p->resetState();
}

namespace {

// Runs work(begin, end) on one contiguous part of [0, n) per OpenMP thread, the parts cut at
// multiples of `align`. Each element of a product below is computed by one thread in the same
// order whatever the split, so the results do not depend on the thread count (except on the
// Eigen fallback for shapes these kernels do not take, which Eigen may thread itself).
template <class F>
void forEachThreadRange(Eigen::Index n, Eigen::Index align, bool parallel, F &&work)
{
#pragma omp parallel if (parallel)
    {
        const Eigen::Index threads = omp_get_num_threads(), id = omp_get_thread_num();
        const Eigen::Index units = (n + align - 1) / align;
        const Eigen::Index begin = std::min(n, units * id / threads * align);
        const Eigen::Index end = std::min(n, units * (id + 1) / threads * align);
        if (begin < end)
            work(begin, end);
    }
}

// Worth a parallel region (a few µs) only past about a million multiply-adds, and only from
// outside one.
bool splitAcrossThreads(double multiplyAdds)
{
    return multiplyAdds > 1e6 && omp_get_max_threads() > 1 && !omp_in_parallel();
}

// x · w (+ bias) with the kernel that suits the shape: dot products along d for fewer experts
// than a SIMD packet (narrow_product.h), the register-blocked kernel for whole packets of
// experts (blocked_product.h), Eigen otherwise. The rows (tokens) are shared out to threads.
template <class S>
void routerProduct(const Matrix<S> &x, const Matrix<S> &w, const S *bias, Matrix<S> &out)
{
    const Eigen::Index E = w.cols(), d = x.cols();
    out.resize(x.rows(), E);
    if (x.rows() == 0)
        return;
    const bool parallel = splitAcrossThreads(double(x.rows()) * double(d) * double(E));
    if (detail::narrowFits<S>(d, E)) {
        const Matrix<S> wt = w.transpose();  // E × d, a small copy
        forEachThreadRange(x.rows(), 2, parallel, [&](Eigen::Index r0, Eigen::Index r1) {
            detail::narrowProduct<S>(r1 - r0, d, x.data() + r0 * d, wt.data(), E, bias, out.data() + r0 * E);
        });
    } else if (detail::blockedFits<S>(E)) {
        forEachThreadRange(x.rows(), 1, parallel, [&](Eigen::Index r0, Eigen::Index r1) {
            detail::blockedProduct<S>(r1 - r0, E, x.data() + r0 * d, d, 1, w.data(), E, d, bias, out.data() + r0 * E, E,
                                      detail::Store::Cached, detail::Prefetch::AheadB);
        });
    } else {
        out.noalias() = x * w;
        if (bias)
            out.rowwise() += Eigen::Map<const RowVector<S>>(bias, E);
    }
}

// dW = Xᵀ D (d × E). With fewer experts than a packet it is formed transposed, dWᵀ = Dᵀ X
// (E × d: whole packets along d, the blocked kernel at full width) and transposed back
// (E × d elements); each element sums over the rows of X in the same order either way. The
// d inputs are shared out to threads.
template <class S>
void routerWeightGradient(const Matrix<S> &x, const Matrix<S> &dz, Matrix<S> &grad)
{
    const Eigen::Index E = dz.cols(), d = x.cols(), T = x.rows();
    grad.resize(d, E);
    const bool parallel = splitAcrossThreads(double(T) * double(d) * double(E));
    if (T > 0 && detail::narrowFits<S>(d, E) && detail::blockedFits<S>(d)) {
        Matrix<S> gradT(E, d);
        constexpr Eigen::Index kAlign = detail::kFullLanes<S>;
        forEachThreadRange(d, d % kAlign == 0 ? kAlign : d, parallel, [&](Eigen::Index c0, Eigen::Index c1) {
            detail::blockedProduct<S>(E, c1 - c0, dz.data(), 1, E, x.data() + c0, d, T, nullptr, gradT.data() + c0, d);
        });
        grad = gradT.transpose();
    } else if (detail::blockedFits<S>(E) && T > 0) {
        // Written directly (no zero fill, no packing buffers).
        forEachThreadRange(d, 1, parallel, [&](Eigen::Index r0, Eigen::Index r1) {
            detail::blockedProduct<S>(r1 - r0, E, x.data() + r0, 1, d, dz.data(), E, T, nullptr, grad.data() + r0 * E,
                                      E);
        });
    } else {
        grad.noalias() = x.transpose() * dz;
    }
}

}  // namespace

template <class S>
const Matrix<S> &Router<S>::gateFeatures(const Matrix<S> &x, Matrix<S> &scratch) const
{
    if (m_hidden == 0)
        return x;
    routerProduct(x, m_w1.value, m_b1.value.data(), scratch);
    scratch = scratch.cwiseMax(S(0));
    return scratch;
}

template <class S>
void Router<S>::featureGradient(const MatrixD &dz, const MatrixD *dNoise, Matrix<S> &dg) const
{
    dg.noalias() = dz.template cast<S>() * m_w.value.transpose();
    if (m_hasNoise && dNoise && dNoise->size() > 0)
        dg.noalias() += dNoise->template cast<S>() * m_noise.value.transpose();
}

template <class S>
void Router<S>::logits(const Matrix<S> &x, MatrixD &z) const
{
    Matrix<S> zs, hidden;
    routerProduct(gateFeatures(x, hidden), m_w.value, m_hasBias ? m_b.value.data() : nullptr, zs);
    z = zs.template cast<double>();
}

template <class S>
void Router<S>::noiseLogits(const Matrix<S> &x, MatrixD &n) const
{
    if (!m_hasNoise) {
        n.resize(0, 0);
        return;
    }
    Matrix<S> ns, hidden;
    routerProduct(gateFeatures(x, hidden), m_noise.value, static_cast<const S *>(nullptr), ns);
    n = ns.template cast<double>();
}

template <class S>
void Router<S>::backward(const Matrix<S> &x, const MatrixD &dz, const MatrixD *dNoise)
{
    if (frozen())
        return;
    Matrix<S> hidden;
    const Matrix<S> &g = gateFeatures(x, hidden);
    auto weightGradient = [&g](const Matrix<S> &d, Matrix<S> &grad) {
        routerWeightGradient(g, d, grad);
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
    if (m_hidden > 0) {
        Matrix<S> da;
        featureGradient(dz, dNoise, da);
        da.array() *= (g.array() > S(0)).template cast<S>();  // ReLU: G > 0 exactly where A > 0
        routerWeightGradient(x, da, m_w1.grad);
        m_b1.grad = da.colwise().sum();
    }
}

template <class S>
void Router<S>::inputGradient(const Matrix<S> &x, const MatrixD &dz, const MatrixD *dNoise, Matrix<S> &dx) const
{
    if (m_hidden == 0) {
        featureGradient(dz, dNoise, dx);
        return;
    }
    Matrix<S> hidden, da;
    const Matrix<S> &g = gateFeatures(x, hidden);
    featureGradient(dz, dNoise, da);
    da.array() *= (g.array() > S(0)).template cast<S>();
    dx.noalias() = da * m_w1.value.transpose();
}

template <class S>
void Router<S>::setNames(const std::string &prefix)
{
    m_w.name = prefix + ".w_g";
    m_b.name = prefix + ".b_g";
    m_noise.name = prefix + ".w_noise";
    m_w1.name = prefix + ".w_h";
    m_b1.name = prefix + ".b_h";
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
    if (m_hidden > 0)
        out.insert(out.end(), {&m_w1, &m_b1});
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
    if (m_hidden > 0)
        out.insert(out.end(), {&m_w1, &m_b1});
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
