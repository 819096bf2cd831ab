#include "multitask_model.h"

#include "core/balancer.h"
#include "core/routing/registry.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace moe {

template <class S>
MultiTaskModel<S>::MultiTaskModel(const MultiTaskSpec &spec) : m_spec(spec)
{
    if (spec.tasks < 1 || spec.inputs < 1 || spec.experts < 1 || spec.hidden < 1 || spec.towerHidden < 1)
        throw std::invalid_argument("multi-task model: tasks, inputs, experts, hidden and tower_hidden must be >= 1");
    const bool bottom = spec.gates == TaskGates::None;
    if (bottom) {
        m_experts.emplace_back("bottom", spec.inputs, spec.experts * spec.hidden, true);
    } else {
        m_strategy = makeStrategy(spec.strategy);
        if (!m_strategy)
            throw std::invalid_argument("routing.strategy: unknown strategy '" + spec.strategy + "'");
        if (m_strategy->info().softDispatch)
            throw std::invalid_argument("routing.strategy: " + spec.strategy
                                        + " mixes samples into slots and cannot be a multi-task gate; choose a "
                                          "strategy that routes each sample (dense, topk, ...)");
        for (int e = 0; e < spec.experts; ++e)
            m_experts.emplace_back("expert" + std::to_string(e), spec.inputs, spec.hidden, true);
        m_knockedOut.assign(std::size_t(spec.experts), false);
        const int gates = spec.gates == TaskGates::PerTask ? spec.tasks : 1;
        for (int g = 0; g < gates; ++g) {
            m_gates.emplace_back(spec.inputs, spec.experts, spec.routerBias, m_strategy->info().usesNoise,
                                 spec.routerHidden);
            m_gates.back().setNames("gate" + std::to_string(g));
        }
    }
    const int towerIn = bottom ? spec.experts * spec.hidden : spec.hidden;
    for (int k = 0; k < spec.tasks; ++k) {
        m_towerHidden.emplace_back("tower" + std::to_string(k) + ".hidden", towerIn, spec.towerHidden, true);
        m_towerOut.emplace_back("tower" + std::to_string(k) + ".out", spec.towerHidden, 1, false);
    }
}

template <class S>
void MultiTaskModel<S>::initialize(Rng &rng, double routerInitStd)
{
    for (auto &e : m_experts)
        e.initialize(rng);
    for (auto &g : m_gates)
        g.initialize(rng, routerInitStd);
    for (int k = 0; k < m_spec.tasks; ++k) {
        m_towerHidden[std::size_t(k)].initialize(rng);
        m_towerOut[std::size_t(k)].initialize(rng);
    }
}

template <class S>
RouteContext MultiTaskModel<S>::routeContext(const LayerOptions &opt, bool training) const
{
    RouteContext ctx = opt.route;
    ctx.training = training;
    return ctx;
}

template <class S>
void MultiTaskModel<S>::forward(const Matrix<S> &x, const LayerOptions &opt, bool training, const Rng &stream,
                                MultiTaskForward<S> &f) const
{
    const Eigen::Index n = x.rows();
    const int T = m_spec.tasks, E = m_spec.experts;
    f.input = &x;
    f.experts.resize(m_experts.size());
    for (std::size_t e = 0; e < m_experts.size(); ++e)
        m_experts[e].forward(x, f.experts[e]);

    const int G = gateCount();
    f.routing.resize(std::size_t(G));
    f.noiseLogits.resize(std::size_t(G));
    f.combine.resize(std::size_t(G));
    f.auxLogitGrad.assign(std::size_t(G), MatrixD());
    f.auxTerms.clear();
    MatrixD inputs;
    if (m_strategy && m_strategy->info().needsInputs)
        inputs = x.template cast<double>();
    for (int g = 0; g < G; ++g) {
        const Router<S> &gate = m_gates[std::size_t(g)];
        MatrixD z;
        gate.logits(x, z);
        gate.noiseLogits(x, f.noiseLogits[std::size_t(g)]);
        for (int e = 0; e < E; ++e)
            if (m_knockedOut[std::size_t(e)])
                z.col(e).setConstant(-std::numeric_limits<double>::infinity());
        RouteContext ctx = routeContext(opt, training);
        Rng routeRng = stream.fork(0xB0B + std::uint64_t(g));
        ctx.rng = &routeRng;
        ctx.selectionBias = &gate.selectionBias();
        if (inputs.size() > 0)
            ctx.inputs = &inputs;
        Routing &r = f.routing[std::size_t(g)];
        r = m_strategy->route(z, f.noiseLogits[std::size_t(g)], ctx);
        f.combine[std::size_t(g)] = r.combineMatrix();
        const std::string prefix = "gate" + std::to_string(g) + ".";
        for (const NamedValue &a : r.auxTerms)
            f.auxTerms.push_back({prefix + a.name, a.value});
        if (!training)
            continue;
        const int k = std::max(1, m_strategy->info().fixedK > 0 ? m_strategy->info().fixedK : ctx.k);
        auto addAux = [&](const char *name, AuxResult a) {
            if (a.dLogits.size() == 0)
                return;
            f.auxTerms.push_back({prefix + name, a.value});
            MatrixD &grad = f.auxLogitGrad[std::size_t(g)];
            if (grad.size() == 0)
                grad = std::move(a.dLogits);
            else
                grad += a.dLogits;
        };
        if (m_strategy->info().usesAuxLoss)
            addAux("switch_aux", switchAuxLoss(r, opt.auxAlpha, opt.auxConvention, k));
        addAux("z_loss", routerZLoss(r, opt.zLoss));
    }
    f.auxTotal = 0;
    for (const NamedValue &a : f.auxTerms)
        f.auxTotal += a.value;

    f.towerInput.resize(std::size_t(T));
    f.towerHidden.resize(std::size_t(T));
    f.output.resize(n, T);
    Matrix<S> y;
    for (int k = 0; k < T; ++k) {
        Matrix<S> &u = f.towerInput[std::size_t(k)];
        if (G == 0) {
            u = f.experts.front();
        } else {
            const MatrixD &w = f.combine[std::size_t(gateOf(k))];
            u.setZero(n, m_spec.hidden);
            for (int e = 0; e < E; ++e)
                u.array() += f.experts[std::size_t(e)].array().colwise() * w.col(e).template cast<S>().array();
        }
        m_towerHidden[std::size_t(k)].forward(u, f.towerHidden[std::size_t(k)]);
        m_towerOut[std::size_t(k)].forward(f.towerHidden[std::size_t(k)], y);
        f.output.col(k) = y.col(0);
    }
}

template <class S>
MultiTaskLoss MultiTaskModel<S>::loss(const MultiTaskForward<S> &f, const Matrix<S> &targets,
                                      const std::vector<double> &weights, Matrix<S> *dOutput) const
{
    const Eigen::Index n = f.output.rows();
    const int T = m_spec.tasks;
    if (targets.rows() != n || targets.cols() != T)
        throw std::invalid_argument("multi-task loss: targets are " + std::to_string(targets.rows()) + " × "
                                    + std::to_string(targets.cols()) + ", the model predicts "
                                    + std::to_string(n) + " × " + std::to_string(T));
    MultiTaskLoss out;
    out.task.assign(std::size_t(T), 0.0);
    if (dOutput)
        dOutput->resize(n, T);
    for (int k = 0; k < T; ++k) {
        const double lambda = std::size_t(k) < weights.size() ? weights[std::size_t(k)] : 1.0;
        double sum = 0;
        for (Eigen::Index t = 0; t < n; ++t) {
            const double r = double(f.output(t, k)) - double(targets(t, k));
            sum += r * r;
            if (dOutput)
                (*dOutput)(t, k) = S(lambda * 2.0 * r / double(std::max<Eigen::Index>(1, n)));
        }
        out.task[std::size_t(k)] = n > 0 ? sum / double(n) : 0.0;
        out.weighted += lambda * out.task[std::size_t(k)];
    }
    return out;
}

template <class S>
void MultiTaskModel<S>::backward(const MultiTaskForward<S> &f, const Matrix<S> &dOutput, const LayerOptions &opt)
{
    const Eigen::Index n = f.output.rows();
    const int T = m_spec.tasks, E = m_spec.experts, G = gateCount();
    for (auto *layers : {&m_experts, &m_towerHidden, &m_towerOut})
        for (auto &l : *layers)
            l.zeroGrad();

    std::vector<Matrix<S>> dU(static_cast<std::size_t>(T));
    Matrix<S> dHidden;
    for (int k = 0; k < T; ++k) {
        const Matrix<S> y = f.output.col(k);
        const Matrix<S> dy = dOutput.col(k);
        m_towerOut[std::size_t(k)].backward(f.towerHidden[std::size_t(k)], y, dy, &dHidden);
        m_towerHidden[std::size_t(k)].backward(f.towerInput[std::size_t(k)], f.towerHidden[std::size_t(k)], dHidden,
                                               &dU[std::size_t(k)]);
    }
    if (G == 0) {
        Matrix<S> dBottom = Matrix<S>::Zero(n, f.experts.front().cols());
        for (const auto &d : dU)
            dBottom += d;
        m_experts.front().backward(*f.input, f.experts.front(), dBottom, nullptr);
        return;
    }

    std::vector<Matrix<S>> dF(std::size_t(E), Matrix<S>::Zero(n, m_spec.hidden));
    std::vector<MatrixD> omega(std::size_t(G), MatrixD::Zero(n, E));
    for (int k = 0; k < T; ++k) {
        const int g = gateOf(k);
        const MatrixD &w = f.combine[std::size_t(g)];
        for (int e = 0; e < E; ++e) {
            const Matrix<S> &fe = f.experts[std::size_t(e)];
            omega[std::size_t(g)].col(e) += (dU[std::size_t(k)].cwiseProduct(fe)).rowwise().sum().template cast<double>();
            dF[std::size_t(e)].array() += dU[std::size_t(k)].array().colwise() * w.col(e).template cast<S>().array();
        }
    }
    for (int e = 0; e < E; ++e)
        m_experts[std::size_t(e)].backward(*f.input, f.experts[std::size_t(e)], dF[std::size_t(e)], nullptr);

    for (int g = 0; g < G; ++g) {
        const Routing &r = f.routing[std::size_t(g)];
        MatrixD kept = MatrixD::Zero(n, E);  // ω is ∂L/∂w on kept pairs only (MOE_SPEC §0.6)
        for (const RouteSlot &a : r.assignments)
            if (a.kept)
                kept(a.token, a.expert) = 1.0;
        omega[std::size_t(g)].array() *= kept.array();
        Router<S> &gate = m_gates[std::size_t(g)];
        RouteContext ctx = routeContext(opt, true);
        ctx.selectionBias = &gate.selectionBias();
        RouterGrad grad = m_strategy->backward(r, omega[std::size_t(g)], ctx);
        if (f.auxLogitGrad[std::size_t(g)].size() > 0)
            grad.dLogits += f.auxLogitGrad[std::size_t(g)];
        for (int e = 0; e < E; ++e)
            if (m_knockedOut[std::size_t(e)]) {
                grad.dLogits.col(e).setZero();
                if (grad.dNoiseLogits.size() > 0)
                    grad.dNoiseLogits.col(e).setZero();
            }
        gate.backward(*f.input, grad.dLogits, grad.dNoiseLogits.size() > 0 ? &grad.dNoiseLogits : nullptr);
    }
}

template <class S>
std::vector<Parameter<S> *> MultiTaskModel<S>::parameters()
{
    std::vector<Parameter<S> *> out;
    for (auto &g : m_gates)
        for (auto *p : g.parameters())
            out.push_back(p);
    for (auto *layers : {&m_experts, &m_towerHidden, &m_towerOut})
        for (auto &l : *layers)
            for (auto *p : l.parameters())
                out.push_back(p);
    return out;
}

template <class S>
std::vector<const Parameter<S> *> MultiTaskModel<S>::parameters() const
{
    std::vector<const Parameter<S> *> out;
    for (auto *p : const_cast<MultiTaskModel<S> *>(this)->parameters())
        out.push_back(p);
    return out;
}

template <class S>
int MultiTaskModel<S>::activeExperts() const
{
    return int(std::count(m_knockedOut.begin(), m_knockedOut.end(), false));
}

template <class S>
long long MultiTaskModel<S>::parameterCount() const
{
    long long count = 0;
    for (const auto *p : parameters())
        count += p->size();
    return count;
}

template class MultiTaskModel<float>;
template class MultiTaskModel<double>;

}  // namespace moe
