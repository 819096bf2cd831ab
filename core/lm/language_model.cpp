#include "language_model.h"

#include "core/blocked_product.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace moe {

template <class S>
LanguageModel<S>::LanguageModel(const LmSpec &spec)
    : m_spec(spec), m_wte("wte", spec.vocab, spec.width, true), m_wpe("wpe", spec.context, spec.width, false),
      m_lnFinal(spec.width, "ln_f")
{
    m_blocks.reserve(std::size_t(spec.layers));
    for (int l = 0; l < spec.layers; ++l)
        m_blocks.emplace_back(spec, l);
}

template <class S>
void LanguageModel<S>::initialize(Rng &rng)
{
    for (auto *p : {&m_wte, &m_wpe}) {
        for (Eigen::Index i = 0; i < p->value.size(); ++i)
            p->value.data()[i] = S(rng.normal(0.0, m_spec.initStd));
        p->resetState();
    }
    for (auto &b : m_blocks)
        b.initialize(rng, m_spec);
    m_lnFinal.reset();
}

template <class S>
void LanguageModel<S>::forward(const std::vector<int> &tokens, int sequences, int length, const LayerOptions &opt,
                               bool training, const Rng &stream, LmForward<S> &f)
{
    if (length > m_spec.context || std::size_t(sequences) * std::size_t(length) != tokens.size())
        throw std::invalid_argument("LanguageModel::forward: tokens do not fit B × T within the context");
    const Eigen::Index N = Eigen::Index(tokens.size());
    const int d = m_spec.width;
    f.sequences = sequences;
    f.length = length;
    f.tokens = tokens;
    f.embedded.resize(N, d);
    for (Eigen::Index r = 0; r < N; ++r)
        f.embedded.row(r) = m_wte.value.row(tokens[std::size_t(r)]) + m_wpe.value.row(r % length);
    f.blocks.resize(m_blocks.size());
    const Matrix<S> *x = &f.embedded;
    for (std::size_t l = 0; l < m_blocks.size(); ++l) {
        m_blocks[l].forward(*x, sequences, length, opt, training, stream.fork(0x8000 + l), f.blocks[l]);
        x = &f.blocks[l].output;
    }
    m_lnFinal.forward(*x, f.final, f.lnFinal);
    f.logits.noalias() = f.final * m_wte.value.transpose();
}

template <class S>
LmLoss LanguageModel<S>::loss(const LmForward<S> &f, const std::vector<int> &targets, Matrix<S> *dLogits) const
{
    const Eigen::Index N = f.logits.rows(), V = f.logits.cols();
    if (std::size_t(N) != targets.size())
        throw std::invalid_argument("LanguageModel::loss: one target per row");
    LmLoss out;
    if (dLogits)
        dLogits->resize(N, V);
    double sum = 0;
    const S invN = S(1.0 / double(N));
    for (Eigen::Index r = 0; r < N; ++r) {
        const auto row = f.logits.row(r);
        const S m = row.maxCoeff();
        const double lse = double(m) + std::log(double((row.array() - m).exp().sum()));
        const int y = targets[std::size_t(r)];
        sum += lse - double(row(y));
        if (dLogits) {
            dLogits->row(r).array() = (row.array() - S(lse)).exp() * invN;
            (*dLogits)(r, y) -= invN;
        }
    }
    out.task = sum / double(N);
    for (const auto &b : f.blocks)
        out.aux += b.moe.auxTotal;
    return out;
}

template <class S>
void LanguageModel<S>::backward(LmForward<S> &f, const Matrix<S> &dLogits, const LayerOptions &opt)
{
    const int d = m_spec.width;
    const bool embeddingsTrain = !m_wte.frozen;
    // Unembedding (tied): dWte = dlogitsᵀ LN_f(x), dLN_f(x) = dlogits Wte.
    const Eigen::Index N = dLogits.rows(), V = dLogits.cols();
    if (detail::blockedFits<S>(d) && N > 0) {
        // Both on the blocked kernel (B = LN_f(x) and Wte read as they lie), rows shared among threads.
        if (embeddingsTrain) {
            m_wte.grad.resize(V, d);
            detail::blockedProductOnThreads<S>(V, d, dLogits.data(), 1, V, f.final.data(), d, N, nullptr,
                                               m_wte.grad.data(), d);
        }
        m_dFinal.resize(N, d);
        detail::blockedProductOnThreads<S>(N, d, dLogits.data(), V, 1, m_wte.value.data(), d, V, nullptr,
                                           m_dFinal.data(), d);
    } else {
        if (embeddingsTrain)
            m_wte.grad.noalias() = dLogits.transpose() * f.final;
        m_dFinal.noalias() = dLogits * m_wte.value;
    }
    m_lnFinal.backward(m_dFinal, f.lnFinal, m_dx);
    for (std::size_t l = m_blocks.size(); l-- > 0;) {
        m_blocks[l].backward(m_dx, f.blocks[l], opt, m_dxNext);
        std::swap(m_dx, m_dxNext);
    }
    // Embeddings: scatter dx⁰ to the rows of the bytes and positions used.
    if (embeddingsTrain) {
        m_wpe.grad.setZero(m_wpe.value.rows(), d);
        for (Eigen::Index r = 0; r < m_dx.rows(); ++r) {
            m_wte.grad.row(f.tokens[std::size_t(r)]) += m_dx.row(r);
            m_wpe.grad.row(r % f.length) += m_dx.row(r);
        }
    }
}

template <class S>
std::vector<Parameter<S> *> LanguageModel<S>::parameters()
{
    std::vector<Parameter<S> *> out {&m_wte, &m_wpe};
    for (auto &b : m_blocks)
        for (auto *p : b.parameters())
            out.push_back(p);
    for (auto *p : m_lnFinal.parameters())
        out.push_back(p);
    return out;
}

template <class S>
std::vector<const Parameter<S> *> LanguageModel<S>::parameters() const
{
    std::vector<const Parameter<S> *> out {&m_wte, &m_wpe};
    for (const auto &b : m_blocks)
        for (auto *p : b.parameters())
            out.push_back(p);
    for (auto *p : m_lnFinal.parameters())
        out.push_back(p);
    return out;
}

template <class S>
Parameter<S> *LanguageModel<S>::findParameter(const std::string &name)
{
    for (auto *p : parameters())
        if (p->name == name)
            return p;
    return nullptr;
}

template <class S>
long long LanguageModel<S>::parameterCount() const
{
    long long n = 0;
    for (const auto *p : parameters())
        n += (long long)p->size();
    return n;
}

template <class S>
long long LanguageModel<S>::activeParameterCount(double expertsPerToken) const
{
    long long routed = 0;
    for (const auto &b : m_blocks)
        for (const auto &e : b.moe().experts())
            routed += e.parameterCount();
    const double perExpert = m_blocks.empty() || m_blocks.front().moe().expertCount() == 0
        ? 0.0
        : double(routed) / double(m_blocks.size()) / double(m_blocks.front().moe().expertCount());
    return parameterCount() - routed + (long long)std::llround(perExpert * expertsPerToken * double(m_blocks.size()));
}

template <class S>
double LanguageModel<S>::flopsPerToken(double expertsPerToken) const
{
    const double d = m_spec.width, meanAttended = (m_spec.context + 1) / 2.0;
    double flops = 2.0 * d * m_spec.vocab;  // unembedding
    for (const auto &b : m_blocks) {
        flops += b.attention().flopsPerToken(meanAttended);
        flops += 2.0 * d * b.moe().expertCount();  // router
        if (b.moe().expertCount() > 0)
            flops += expertsPerToken * b.moe().experts().front().flopsPerToken();
        for (const auto &s : b.sharedExperts())
            flops += s.flopsPerToken();
    }
    return flops;
}

template class LanguageModel<float>;
template class LanguageModel<double>;

}  // namespace moe
