// MultiTaskModel: shared experts, gates and one tower per task (Ma et al., KDD 2018), and the
// shared-bottom baseline. T tasks, each a regression onto one target column.
//
//   experts     f_e(x) = ReLU(x W_e + b_e)                  e = 1..E,  each n × h
//   gates       z^g = gate_g(x)  (router.h: linear or MLP)  g = 1..G,  n × E
//               G = T (model.gates = per_task: MMoE) or G = 1 (shared: OMoE); the gate's
//               routing strategy turns z^g into kept combine weights w^g (n × E)
//   task input  u^k = Σ_e w^{g(k)}_{·,e} ⊙ f_e(x)             n × h      (g(k) = k or 1)
//   shared bottom (model.gates = none): u^k = ReLU(x W + b)  for every k, n × (E·h)
//   towers      y^k = ReLU(u^k V1_k + c1_k) V2_k + c2_k      n × 1  (hidden model.tower_hidden)
//   loss        L = Σ_k λ_k · mean_t (y^k_t − t^k_t)² + Σ_g aux_g   (λ = train.task_weights)
//
// Every expert runs on every sample (the problems are small); sparse strategies still decide
// which weights are non-zero. Backward (given dY = ∂L/∂y, n × T):
//   tower k: dU^k (dense_layer.h);   ω^g_{t,e} = Σ_{k: g(k)=g} ⟨dU^k_t, f_e(x_t)⟩ on kept pairs
//   dF_e = Σ_k w^{g(k)}_{·,e} ⊙ dU^k;   dZ^g = strategy map(ω^g) + aux gradients;  gate backward
// Strategies that mix tokens into slots (Soft MoE) cannot be a gate here: the constructor
// throws std::invalid_argument naming routing.strategy.
// A knocked-out expert gets a logit of −∞ in every gate (weight 0, no gradient), as in
// MoeLayer; a shared bottom has no experts to knock out.
#pragma once

#include "dense_layer.h"

#include "core/moe_layer.h"
#include "core/router.h"
#include "core/routing/strategy.h"

#include <memory>
#include <string>
#include <vector>

namespace moe {

struct MultiTaskSpec {
    int inputs = 2;
    int tasks = 2;
    int experts = 8;
    int hidden = 16;  // each expert's width h (the bottom: experts · hidden)
    int towerHidden = 8;
    int routerHidden = 0;  // > 0: MLP gates
    bool routerBias = false;
    TaskGates gates = TaskGates::PerTask;
    std::string strategy = "dense";
};

template <class S>
struct MultiTaskForward {
    const Matrix<S> *input = nullptr;
    std::vector<Matrix<S>> experts;  // E × (n × h), or one n × (E·h) shared bottom
    std::vector<Routing> routing;  // per gate
    std::vector<MatrixD> noiseLogits;  // per gate
    std::vector<MatrixD> combine;  // per gate, n × E kept weights
    std::vector<MatrixD> auxLogitGrad;  // per gate (empty: none)
    std::vector<Matrix<S>> towerInput, towerHidden;  // per task
    Matrix<S> output;  // n × T
    std::vector<NamedValue> auxTerms;
    double auxTotal = 0;
};

struct MultiTaskLoss {
    std::vector<double> task;  // mean squared error per task
    double weighted = 0;  // Σ λ_k task_k
};

template <class S>
class MultiTaskModel {
public:
    explicit MultiTaskModel(const MultiTaskSpec &spec);

    void initialize(Rng &rng, double routerInitStd);
    void forward(const Matrix<S> &x, const LayerOptions &opt, bool training, const Rng &stream,
                 MultiTaskForward<S> &f) const;
    // targets n × T; weights one per task; dOutput (n × T, ∂L/∂y) filled when non-null.
    MultiTaskLoss loss(const MultiTaskForward<S> &f, const Matrix<S> &targets, const std::vector<double> &weights,
                       Matrix<S> *dOutput) const;
    // Writes every parameter's gradient.
    void backward(const MultiTaskForward<S> &f, const Matrix<S> &dOutput, const LayerOptions &opt);

    [[nodiscard]] const MultiTaskSpec &spec() const { return m_spec; }
    [[nodiscard]] int gateCount() const { return int(m_gates.size()); }
    [[nodiscard]] int gateOf(int task) const { return m_spec.gates == TaskGates::PerTask ? task : 0; }
    [[nodiscard]] const RoutingStrategy *strategy() const { return m_strategy.get(); }
    [[nodiscard]] Router<S> &gate(int g) { return m_gates[std::size_t(g)]; }
    [[nodiscard]] const Router<S> &gate(int g) const { return m_gates[std::size_t(g)]; }
    // Experts behind the gates (0 for a shared bottom).
    [[nodiscard]] int expertCount() const { return m_spec.gates == TaskGates::None ? 0 : m_spec.experts; }
    void setKnockedOut(int expert, bool out) { m_knockedOut[std::size_t(expert)] = out; }
    [[nodiscard]] bool knockedOut(int expert) const { return m_knockedOut[std::size_t(expert)]; }
    [[nodiscard]] int activeExperts() const;
    std::vector<Parameter<S> *> parameters();
    std::vector<const Parameter<S> *> parameters() const;
    [[nodiscard]] long long parameterCount() const;

private:
    RouteContext routeContext(const LayerOptions &opt, bool training) const;

    MultiTaskSpec m_spec;
    std::vector<DenseLayer<S>> m_experts;  // or the one shared bottom
    std::vector<Router<S>> m_gates;
    std::vector<DenseLayer<S>> m_towerHidden, m_towerOut;
    std::unique_ptr<RoutingStrategy> m_strategy;
    std::vector<bool> m_knockedOut;  // per expert (empty for a shared bottom)
};

}  // namespace moe
