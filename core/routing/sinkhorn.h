// Sinkhorn-balanced routing (S-BASE; MOE_SPEC §9c, Clark et al. 2022, Megatron-LM's
// sinkhorn_load_balancing): balance a soft plan by Sinkhorn scaling, then take its top-k.
//
//   K = exp(Z − max Z)                                      (T×E; any shift cancels)
//   u = 1_T, v = 1_E;  repeat  u_t = 1 / (T Σ_e K_{t,e} v_e),   v_e = 1 / (E Σ_t u_t K_{t,e})
//   until mean_e |v_e − v_e^prev| < tol (1e-4) or 100 iterations
//   Π = diag(u) K diag(v):  rows sum to 1/T, columns to 1/E
//   train: S_t = topk_stable(Π_t, k)       eval: S_t = topk_stable(z_t, k)
//   w_{t,e} = σ(z_{t,e}) (k = 1)   or   p_{t,e} = softmax(z_t)_e (k > 1)
//   y_t = Σ_{e∈S_t} w_{t,e} f_e(x_t)
//
// Backward: Π and S_t are constants (computed without gradient); the router learns only
// through w:  k = 1: dz_{t,e} = ω_{t,e} σ(1 − σ) on S_t;  k > 1: the §2 (B) map
//   dz_t = p_t ⊙ (ω̃_t − ⟨p_t, ω̃_t⟩), ω̃ = ω on S_t and 0 elsewhere.
// Balancing: the plan balances; the f·P aux loss is not combined with it (Megatron forbids
// it; usesAuxLoss = false); the z-loss applies. With small T the top-k of a balanced soft
// plan need not be balanced exactly. Cost O(iterations · T·E) per batch, linear in E.
// Knocked-out experts (−∞) are left out of the plan (their column is 0).
#pragma once

#include "strategy.h"

namespace moe {

class SinkhornStrategy : public RoutingStrategy {
public:
    SinkhornStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;

    // The balanced plan Π (T×E). tol ≤ 0 runs exactly maxIterations; iterations (optional)
    // receives the number run.
    static MatrixD plan(const MatrixD &logits, int maxIterations = 100, double tol = 1e-4, int *iterations = nullptr);

private:
    StrategyInfo m_info;
};

}  // namespace moe
