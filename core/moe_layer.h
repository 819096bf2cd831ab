// MoeLayer: router + routed experts + strategy + balancer (MOE_SPEC §0.5, §0.6).
//
//   forward:  Z = X Wg → Routing (strategy) → gather rows per expert → O_e = f_e(X_e)
//             → y_t = Σ_{kept (t,e)} w_{t,e} O_e[t]          (scatter-add, token-major order)
//   backward: given per-expert dO_e (n_e × o) and ω (T × E, ∂L/∂w for kept pairs):
//             expert gradients (engine) · dZ = strategy map(ω) + aux gradients · dWg = Xᵀ dZ
//
// Soft MoE (StrategyInfo::softDispatch, routing/soft_moe.h): the experts run on the E slot
//   inputs X̃ = Dᵀ X instead of gathered rows. So that the task losses need not know, the
//   per-expert batches then list every token with the expert's slot output repeated
//   (out row = Ỹ_e, weight Cw_{t,e}): y_t = Σ_e Cw_{t,e} Ỹ_e, and the losses hand back
//   dOut rows whose column sum is dỸ_e and ω = dCw. Backward adds the dispatch path
//   dD = X dX̃ᵀ, with dX̃ the experts' input gradient.
//
// Error to the input X (only when asked: the language model's blocks, where X is not data):
//   dX = scatter_e(dX_e) + dZ Wgᵀ (+ dN Wnoiseᵀ)  [⊙ jitter factors on the router path]
//   (through the gate's hidden layer when the gate is an MLP, router.h)
//   with dX_e = the experts' input gradients (expert.h); Soft MoE: D dX̃ instead of the scatter.
//   The router path is followed even when the router is frozen.
//
// Shapes: X T×d, Z T×E, O_e n_e×o, y T×o. Knocked-out experts are masked with −∞ logits.
#pragma once

#include "balancer.h"
#include "engine.h"
#include "router.h"
#include "routing/strategy.h"

#include <memory>
#include <vector>

namespace moe {

template <class S>
struct LayerForward {
    // X (T×d); must outlive backward and the optimizer step (a factored gradient reads its rows)
    const Matrix<S> *input = nullptr;
    Matrix<S> routerInput;  // X ⊙ jitter while training (empty without jitter)
    Matrix<S> jitterFactors;  // the jitter draws U(1−ε, 1+ε) (empty without jitter)
    MatrixD noiseLogits;
    Routing routing;
    std::vector<ExpertBatch<S>> batches;  // one per routed expert
    Matrix<S> routed;  // T×o Σ w·O (routed part only)
    std::vector<NamedValue> auxTerms;  // every auxiliary loss with its coefficient
    double auxTotal = 0;
    MatrixD auxLogitGrad;  // Σ of the aux gradients on Z (T×E), empty if none
    // Soft MoE only: the slot inputs X̃ (E×d) and the experts' real batches (one slot each).
    Matrix<S> slotInput;
    std::vector<ExpertBatch<S>> slotBatches;
};

struct LayerOptions {
    RouteContext route;
    double auxAlpha = 0;
    AuxConvention auxConvention = AuxConvention::Megatron;
    double zLoss = 0;
    double jitter = 0;
    double dropout = 0;
    // The caller reads parameter gradients only through Parameter's functions and the
    // optimizer (Trainer::step, the bench): large expert gradients may stay factored.
    bool factorGradients = false;
};

template <class S>
class MoeLayer {
public:
    // routerHidden > 0: an MLP gate in → routerHidden → experts (router.h).
    MoeLayer(int in, int out, int experts, int hidden, ExpertType type, Activation act, bool routerBias,
             int routerHidden = 0);

    void initialize(Rng &rng, double routerInitStd);
    void setStrategy(std::unique_ptr<RoutingStrategy> strategy);
    [[nodiscard]] const RoutingStrategy &strategy() const { return *m_strategy; }

    void forward(const Matrix<S> &x, const LayerOptions &opt, bool training, const Rng &stream, LayerForward<S> &f);
    // dInput: when non-null, receives dL/dX (T×d); needs the CPU engine (it reads dA from the
    // experts' caches).
    void backward(const LayerForward<S> &f, const std::vector<Matrix<S>> &dOut, const MatrixD &omega,
                  const LayerOptions &opt, Matrix<S> *dInput = nullptr);

    // Live structure changes (surviving experts and their router columns untouched).
    void resizeExperts(int experts, Rng &rng, double routerInitStd);
    void removeExpert(int e);
    void setKnockedOut(int e, bool out);
    [[nodiscard]] bool knockedOut(int e) const { return m_knockedOut[std::size_t(e)]; }
    [[nodiscard]] int activeExperts() const;

    Router<S> &router() { return m_router; }
    const Router<S> &router() const { return m_router; }
    std::vector<Expert<S>> &experts() { return m_experts; }
    const std::vector<Expert<S>> &experts() const { return m_experts; }
    [[nodiscard]] int expertCount() const { return int(m_experts.size()); }
    void setEngine(std::unique_ptr<Engine<S>> engine) { m_engine = std::move(engine); }
    [[nodiscard]] const Engine<S> &engine() const { return *m_engine; }

private:
    void forwardSlots(const Matrix<S> &x, double dropout, bool training, const Rng &stream, LayerForward<S> &f);
    // dD = X dX̃ᵀ (T×E) from the slot outputs' gradients dỸ (one row per expert); dX̃ (E×d) into slotInputGrad.
    MatrixD slotDispatchGradient(const LayerForward<S> &f, const std::vector<Matrix<S>> &dSlot,
                                 Matrix<S> &slotInputGrad) const;
    void addExpertInputGradients(const LayerForward<S> &f, const std::vector<Matrix<S>> &dOut, Matrix<S> &dInput);

    int m_in, m_out, m_hidden;
    ExpertType m_type;
    Activation m_act;
    Router<S> m_router;
    std::vector<Expert<S>> m_experts;
    std::vector<bool> m_knockedOut;
    std::unique_ptr<RoutingStrategy> m_strategy;
    std::unique_ptr<Engine<S>> m_engine;
    std::vector<Matrix<S>> m_expertInputGrad;  // scratch: each expert's dX_e (n_e × d)
};

}  // namespace moe
