#include "lm_block.h"

#include "core/engine.h"

#include <cmath>
#include <string>

namespace moe {

namespace {

std::string blockPrefix(int index)
{
    return "blocks." + std::to_string(index);
}

template <class S>
void fillNormal(Parameter<S> &p, Rng &rng, double std)
{
    for (Eigen::Index i = 0; i < p.value.size(); ++i)
        p.value.data()[i] = S(std > 0 ? rng.normal(0.0, std) : 0.0);
    p.resetState();
}

// nanoGPT's init of an MLP expert: W₁ ~ N(0, σ²), W₂ ~ N(0, (σ/√(2L))²), biases 0.
template <class S>
void initializeMlp(Expert<S> &expert, Rng &rng, const LmSpec &spec)
{
    const auto params = expert.parameters();  // W1, b1, W2, b2
    fillNormal(*params[0], rng, spec.initStd);
    params[1]->value.setZero();
    params[1]->resetState();
    fillNormal(*params[2], rng, spec.initStd / std::sqrt(2.0 * spec.layers));
    params[3]->value.setZero();
    params[3]->resetState();
}

}  // namespace

template <class S>
LmBlock<S>::LmBlock(const LmSpec &spec, int index)
    : m_index(index), m_ln1(spec.width, blockPrefix(index) + ".ln1"), m_ln2(spec.width, blockPrefix(index) + ".ln2"),
      m_attn(spec.width, spec.heads, blockPrefix(index) + ".attn"),
      m_moe(spec.width, spec.width, spec.experts, spec.hidden, ExpertType::Mlp, spec.activation, spec.routerBias)
{
    // The input gradient reads dA from the experts' caches: the language model computes on the CPU.
    m_moe.setEngine(std::make_unique<CpuEngine<S>>());
    m_moe.router().setNames(blockPrefix(index) + ".moe");
    m_shared.reserve(std::size_t(spec.sharedExperts));
    for (int s = 0; s < spec.sharedExperts; ++s) {
        m_shared.emplace_back(ExpertType::Mlp, spec.width, spec.hidden, spec.width, spec.activation);
        m_shared.back().setNames(blockPrefix(index) + ".moe.shared" + std::to_string(s));
    }
    nameExperts();
}

template <class S>
void LmBlock<S>::nameExperts()
{
    for (int e = 0; e < m_moe.expertCount(); ++e)
        m_moe.experts()[std::size_t(e)].setNames(blockPrefix(m_index) + ".moe.expert" + std::to_string(e));
}

template <class S>
void LmBlock<S>::initialize(Rng &rng, const LmSpec &spec)
{
    m_ln1.reset();
    m_ln2.reset();
    m_attn.initialize(rng, spec.initStd, spec.initStd / std::sqrt(2.0 * spec.layers));
    m_moe.router().initialize(rng, spec.routerInitStd);
    initializeExperts(rng, spec, 0);
    for (auto &s : m_shared)
        initializeMlp(s, rng, spec);
}

template <class S>
void LmBlock<S>::initializeExperts(Rng &rng, const LmSpec &spec, int firstExpert)
{
    for (int e = firstExpert; e < m_moe.expertCount(); ++e)
        initializeMlp(m_moe.experts()[std::size_t(e)], rng, spec);
}

template <class S>
void LmBlock<S>::forward(const Matrix<S> &x, int sequences, int length, const LayerOptions &opt, bool training,
                         const Rng &stream, BlockForward<S> &f)
{
    m_ln1.forward(x, f.attnInput, f.ln1);
    m_attn.forward(f.attnInput, sequences, length, f.attnOut, f.attn);
    f.residual = x + f.attnOut;
    m_ln2.forward(f.residual, f.moeInput, f.ln2);
    m_moe.forward(f.moeInput, opt, training, stream, f.moe);
    f.output = f.residual + f.moe.routed;
    f.sharedOut.resize(m_shared.size());
    f.sharedCache.resize(m_shared.size());
    for (std::size_t s = 0; s < m_shared.size(); ++s) {
        m_shared[s].forward(f.moeInput, f.sharedOut[s], f.sharedCache[s], 0.0, nullptr);
        f.output += f.sharedOut[s];
    }
}

template <class S>
void LmBlock<S>::backward(const Matrix<S> &dOut, BlockForward<S> &f, const LayerOptions &opt, Matrix<S> &dX)
{
    const int E = m_moe.expertCount();
    const Routing &routing = f.moe.routing;
    // Routed experts: dO_e[i] = w dOut_r and ω_{r,e} = dOut_r · f_e(u_r) for each kept row.
    m_dExpertOut.resize(std::size_t(E));
    MatrixD omega = MatrixD::Zero(dOut.rows(), E);
    for (int e = 0; e < E; ++e) {
        const auto &b = f.moe.batches[std::size_t(e)];
        auto &dO = m_dExpertOut[std::size_t(e)];
        dO.resize(Eigen::Index(b.token.size()), dOut.cols());
        for (std::size_t i = 0; i < b.token.size(); ++i) {
            const int r = b.token[i];
            const double w = routing.assignments[std::size_t(b.slot[i])].weight;
            dO.row(Eigen::Index(i)) = S(w) * dOut.row(r);
            omega(r, e) += double(dOut.row(r).dot(b.out.row(Eigen::Index(i))));
        }
    }
    m_moe.backward(f.moe, m_dExpertOut, omega, opt, &m_dMoeInput);
    for (std::size_t s = 0; s < m_shared.size(); ++s) {
        m_shared[s].backward(f.moeInput, dOut, f.sharedCache[s]);
        m_shared[s].inputGradient(dOut, f.sharedCache[s], !m_shared[s].frozen(), m_dShared);
        m_dMoeInput += m_dShared;
    }
    m_ln2.backward(m_dMoeInput, f.ln2, m_dLn);
    m_dResidual = dOut + m_dLn;
    m_attn.backward(m_dResidual, f.attn, m_dAttnInput);
    m_ln1.backward(m_dAttnInput, f.ln1, m_dLn);
    dX = m_dResidual + m_dLn;
}

// Every tensor of the block in a fixed order (ln1, attention, ln2, router, experts, shared
// experts); Block is LmBlock or const LmBlock, Out the matching vector of pointers.
template <class S>
template <class Block, class Out>
void LmBlock<S>::collectParameters(Block &block, Out &out)
{
    auto add = [&out](const auto &list) {
        out.insert(out.end(), list.begin(), list.end());
    };
    add(block.m_ln1.parameters());
    add(block.m_attn.parameters());
    add(block.m_ln2.parameters());
    add(block.m_moe.router().parameters());
    for (auto &e : block.m_moe.experts())
        add(e.parameters());
    for (auto &e : block.m_shared)
        add(e.parameters());
}

template <class S>
std::vector<Parameter<S> *> LmBlock<S>::parameters()
{
    std::vector<Parameter<S> *> out;
    collectParameters(*this, out);
    return out;
}

template <class S>
std::vector<const Parameter<S> *> LmBlock<S>::parameters() const
{
    std::vector<const Parameter<S> *> out;
    collectParameters(*this, out);
    return out;
}

template class LmBlock<float>;
template class LmBlock<double>;

}  // namespace moe
