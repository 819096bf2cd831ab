#include "moe_layer.h"

#include "activation.h"
#include "routing/registry.h"
#include "routing/soft_moe.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace moe {

template <class S>
MoeLayer<S>::MoeLayer(int in, int out, int experts, int hidden, ExpertType type, Activation act, bool routerBias,
                      int routerHidden)
    : m_in(in), m_out(out), m_hidden(hidden), m_type(type), m_act(act),
      m_router(in, experts, routerBias, false, routerHidden),
      m_knockedOut(std::size_t(experts), false), m_strategy(makeStrategy("topk")), m_engine(makeDefaultEngine<S>())
{
    m_experts.reserve(std::size_t(experts));
    for (int e = 0; e < experts; ++e) {
        m_experts.emplace_back(type, in, hidden, out, act);
        m_experts.back().setNames("expert" + std::to_string(e));
    }
}

template <class S>
void MoeLayer<S>::initialize(Rng &rng, double routerInitStd)
{
    m_router.initialize(rng, routerInitStd);
    for (auto &e : m_experts)
        e.initialize(rng);
}

template <class S>
void MoeLayer<S>::setStrategy(std::unique_ptr<RoutingStrategy> strategy)
{
    m_strategy = std::move(strategy);
    m_router.setNoise(m_strategy->info().usesNoise);
}

template <class S>
int MoeLayer<S>::activeExperts() const
{
    int n = 0;
    for (bool k : m_knockedOut)
        n += k ? 0 : 1;
    return n;
}

template <class S>
void MoeLayer<S>::forward(const Matrix<S> &x, const LayerOptions &opt, bool training, const Rng &stream,
                          LayerForward<S> &f)
{
    const int T = int(x.rows()), E = expertCount();
    f.input = &x;
    // Router input: multiplicative jitter x ⊙ U(1−ε, 1+ε) while training (HF Switch).
    const Matrix<S> *routerX = &x;
    if (training && opt.jitter > 0) {
        Rng jr = stream.fork(0xA11CE);
        f.routerInput.resize(x.rows(), x.cols());
        f.jitterFactors.resize(x.rows(), x.cols());
        for (Eigen::Index i = 0; i < x.size(); ++i) {
            f.jitterFactors.data()[i] = S(jr.uniform(1.0 - opt.jitter, 1.0 + opt.jitter));
            f.routerInput.data()[i] = x.data()[i] * f.jitterFactors.data()[i];
        }
        routerX = &f.routerInput;
    } else {
        f.routerInput.resize(0, 0);
        f.jitterFactors.resize(0, 0);
    }
    MatrixD z;
    m_router.logits(*routerX, z);
    m_router.noiseLogits(*routerX, f.noiseLogits);
    for (int e = 0; e < E; ++e)
        if (m_knockedOut[std::size_t(e)])
            z.col(e).setConstant(-std::numeric_limits<double>::infinity());

    RouteContext ctx = opt.route;
    ctx.training = training;
    Rng routeRng = stream.fork(0xB0B);
    ctx.rng = &routeRng;
    ctx.selectionBias = &m_router.selectionBias();
    MatrixD inputs;
    if (m_strategy->info().needsInputs) {
        inputs = x.template cast<double>();
        ctx.inputs = &inputs;
    }
    f.routing = m_strategy->route(z, f.noiseLogits, ctx);

    // Auxiliary losses (values now, gradients kept for backward).
    f.auxTerms = f.routing.auxTerms;
    f.auxLogitGrad.resize(0, 0);
    const int k = std::max(1, m_strategy->info().fixedK > 0 ? m_strategy->info().fixedK : ctx.k);
    if (training) {
        auto addAux = [&f](const char *name, AuxResult r) {
            if (r.dLogits.size() == 0)
                return;
            f.auxTerms.push_back({name, r.value});
            if (f.auxLogitGrad.size() == 0)
                f.auxLogitGrad = std::move(r.dLogits);
            else
                f.auxLogitGrad += r.dLogits;
        };
        if (m_strategy->info().usesAuxLoss)
            addAux("switch_aux", switchAuxLoss(f.routing, opt.auxAlpha, opt.auxConvention, k));
        addAux("z_loss", routerZLoss(f.routing, opt.zLoss));
    }
    f.auxTotal = 0;
    for (const auto &a : f.auxTerms)
        f.auxTotal += a.value;

    if (m_strategy->info().softDispatch) {
        forwardSlots(x, opt.dropout, training, stream, f);
        return;
    }
    f.slotBatches.clear();
    f.slotInput.resize(0, 0);

    // Dispatch: gather rows per expert in buffer order, run the experts.
    f.batches.resize(std::size_t(E));
    for (int e = 0; e < E; ++e) {
        auto &b = f.batches[std::size_t(e)];
        const auto &assignments = f.routing.expertSlots[std::size_t(e)];
        b.slot = assignments;
        b.token.resize(assignments.size());
        for (std::size_t i = 0; i < assignments.size(); ++i)
            b.token[i] = f.routing.assignments[std::size_t(assignments[i])].token;
    }
    m_engine->forwardExperts(x, m_experts, f.batches, opt.dropout, stream, training);

    // Combine: y_t = Σ w O_e[row], accumulated per token in a fixed order (deterministic).
    f.routed.setZero(T, m_out);
    for (int e = 0; e < E; ++e) {
        const auto &b = f.batches[std::size_t(e)];
        for (std::size_t i = 0; i < b.token.size(); ++i) {
            const double w = f.routing.assignments[std::size_t(b.slot[i])].weight;
            f.routed.row(b.token[i]) += S(w) * b.out.row(Eigen::Index(i));
        }
    }
}

template <class S>
void MoeLayer<S>::forwardSlots(const Matrix<S> &x, double dropout, bool training, const Rng &stream, LayerForward<S> &f)
{
    const int T = int(x.rows()), E = expertCount();
    const MatrixD &D = f.routing.stateA;  // T×E dispatch
    f.slotInput.noalias() = D.cast<S>().transpose() * x;
    f.slotBatches.resize(std::size_t(E));
    for (int e = 0; e < E; ++e) {
        auto &b = f.slotBatches[std::size_t(e)];
        b.slot.clear();
        b.token.clear();
        if (!m_knockedOut[std::size_t(e)])
            b.token.push_back(e);  // row e of X̃
    }
    m_engine->forwardExperts(f.slotInput, m_experts, f.slotBatches, dropout, stream, training);

    // The per-token view of the slots for the losses: expert e "holds" every token it
    // combines into, with its one slot output repeated.
    f.batches.resize(std::size_t(E));
    f.routed.setZero(T, m_out);
    for (int e = 0; e < E; ++e) {
        auto &b = f.batches[std::size_t(e)];
        b.slot = f.routing.expertSlots[std::size_t(e)];
        b.token.resize(b.slot.size());
        b.x.resize(0, 0);
        const auto &slotOut = f.slotBatches[std::size_t(e)].out;
        b.out.resize(Eigen::Index(b.slot.size()), m_out);
        for (std::size_t i = 0; i < b.slot.size(); ++i) {
            const auto &a = f.routing.assignments[std::size_t(b.slot[i])];
            b.token[i] = a.token;
            b.out.row(Eigen::Index(i)) = slotOut.row(0);
            f.routed.row(a.token) += S(a.weight) * slotOut.row(0);
        }
    }
}

template <class S>
MatrixD MoeLayer<S>::slotDispatchGradient(const LayerForward<S> &f, const std::vector<Matrix<S>> &dSlot,
                                          Matrix<S> &dXs) const
{
    const int E = expertCount();
    dXs = Matrix<S>::Zero(E, m_in);  // dX̃, one row per slot
    for (int e = 0; e < E; ++e) {
        const auto &b = f.slotBatches[std::size_t(e)];
        if (b.token.empty())
            continue;
        const auto params = m_experts[std::size_t(e)].parameters();  // W1, b1 (, W2, b2)
        const Matrix<S> &dO = dSlot[std::size_t(e)];
        if (m_type == ExpertType::Linear) {
            dXs.row(e) = dO * params[0]->value.transpose();
            continue;
        }
        Matrix<S> dh = dO * params[2]->value.transpose();
        if (b.cache.mask.size() > 0)
            dh.array() *= b.cache.mask.array();
        Matrix<S> da;
        if (m_act == Activation::Tanh && b.cache.mask.size() > 0) {
            const Matrix<S> hRaw = b.cache.a.array().tanh();
            activationBackward(m_act, b.cache.a, hRaw, dh, da);
        } else {
            activationBackward(m_act, b.cache.a, b.cache.h, dh, da);
        }
        dXs.row(e) = da * params[0]->value.transpose();
    }
    return (*f.input * dXs.transpose()).template cast<double>();  // dD = X dX̃ᵀ
}

template <class S>
void MoeLayer<S>::addExpertInputGradients(const LayerForward<S> &f, const std::vector<Matrix<S>> &dOut,
                                          Matrix<S> &dInput)
{
    if (!dynamic_cast<const CpuEngine<S> *>(m_engine.get()))
        throw std::logic_error("MoeLayer: the input gradient needs the CPU engine");
    const int E = expertCount();
    m_expertInputGrad.resize(std::size_t(E));
    long long rows = 0;
    for (const auto &b : f.batches)
        rows += (long long)b.token.size();
#pragma omp parallel for schedule(dynamic, 1) if (rows * m_in * m_hidden > 200000 && !omp_in_parallel())
    for (int e = 0; e < E; ++e) {
        const auto &b = f.batches[std::size_t(e)];
        if (b.token.empty())
            continue;
        m_experts[std::size_t(e)].inputGradient(dOut[std::size_t(e)], b.cache, true, m_expertInputGrad[std::size_t(e)]);
    }
    // Scatter-add in a fixed order (experts, then rows): the result does not depend on threads.
    for (int e = 0; e < E; ++e) {
        const auto &b = f.batches[std::size_t(e)];
        for (std::size_t i = 0; i < b.token.size(); ++i)
            dInput.row(b.token[i]) += m_expertInputGrad[std::size_t(e)].row(Eigen::Index(i));
    }
}

template <class S>
void MoeLayer<S>::backward(const LayerForward<S> &f, const std::vector<Matrix<S>> &dOut, const MatrixD &omega,
                           const LayerOptions &opt, Matrix<S> *dInput)
{
    const bool soft = m_strategy->info().softDispatch && f.slotBatches.size() == std::size_t(expertCount());
    std::vector<Matrix<S>> dSlot;
    if (soft) {  // dỸ_e = Σ over the repeated rows
        dSlot.resize(dOut.size());
        for (std::size_t e = 0; e < dOut.size(); ++e)
            dSlot[e] = f.slotBatches[e].token.empty() ? Matrix<S>(0, m_out) : Matrix<S>(dOut[e].colwise().sum());
        m_engine->backwardExperts(f.slotInput, m_experts, f.slotBatches, dSlot, opt.factorGradients);
    } else {
        m_engine->backwardExperts(*f.input, m_experts, f.batches, dOut, opt.factorGradients);
    }
    if (dInput) {
        dInput->setZero(f.input->rows(), m_in);
        if (!soft)
            addExpertInputGradients(f, dOut, *dInput);
    }
    if (m_router.frozen() && !dInput)
        return;
    RouteContext ctx = opt.route;
    ctx.training = true;
    ctx.selectionBias = &m_router.selectionBias();
    RouterGrad g;
    if (soft) {
        // The slots' input gradients dX̃ through the experts (CPU caches), then dX += D dX̃.
        Matrix<S> dSlotInput;
        const MatrixD dDispatch = slotDispatchGradient(f, dSlot, dSlotInput);
        g = {SoftMoeStrategy::logitGradient(f.routing.stateA, f.routing.probs, omega, dDispatch), {}};
        if (dInput)
            dInput->noalias() += f.routing.stateA.template cast<S>() * dSlotInput;
    } else {
        g = m_strategy->backward(f.routing, omega, ctx);
    }
    if (f.auxLogitGrad.size() > 0)
        g.dLogits += f.auxLogitGrad;
    for (int e = 0; e < expertCount(); ++e)
        if (m_knockedOut[std::size_t(e)]) {
            g.dLogits.col(e).setZero();
            if (g.dNoiseLogits.size() > 0)
                g.dNoiseLogits.col(e).setZero();
        }
    const MatrixD *dNoise = g.dNoiseLogits.size() > 0 ? &g.dNoiseLogits : nullptr;
    const Matrix<S> &routerX = f.routerInput.size() > 0 ? f.routerInput : *f.input;
    if (!m_router.frozen())
        m_router.backward(routerX, g.dLogits, dNoise);
    if (dInput) {
        Matrix<S> dRouterX;
        m_router.inputGradient(routerX, g.dLogits, dNoise, dRouterX);
        if (f.jitterFactors.size() > 0)
            dRouterX.array() *= f.jitterFactors.array();
        *dInput += dRouterX;
    }
}

template <class S>
void MoeLayer<S>::resizeExperts(int experts, Rng &rng, double routerInitStd)
{
    const int old = expertCount();
    if (experts < old) {
        m_experts.erase(m_experts.begin() + experts, m_experts.end());
    } else {
        for (int e = old; e < experts; ++e) {
            m_experts.emplace_back(m_type, m_in, m_hidden, m_out, m_act);
            m_experts.back().initialize(rng);
            if (old > 0 && m_experts.front().frozen())
                m_experts.back().setFrozen(false);
        }
    }
    for (int e = 0; e < experts; ++e)
        m_experts[std::size_t(e)].setNames("expert" + std::to_string(e));
    m_knockedOut.resize(std::size_t(experts), false);
    if (activeExperts() == 0)  // shrinking removed every working expert: bring the rest back
        std::fill(m_knockedOut.begin(), m_knockedOut.end(), false);
    m_router.resize(experts, rng, routerInitStd);
}

template <class S>
void MoeLayer<S>::removeExpert(int e)
{
    m_experts.erase(m_experts.begin() + e);
    m_knockedOut.erase(m_knockedOut.begin() + e);
    m_router.removeColumn(e);
    for (int i = 0; i < expertCount(); ++i)
        m_experts[std::size_t(i)].setNames("expert" + std::to_string(i));
}

template <class S>
void MoeLayer<S>::setKnockedOut(int e, bool out)
{
    m_knockedOut[std::size_t(e)] = out;
}

template class MoeLayer<float>;
template class MoeLayer<double>;

}  // namespace moe
