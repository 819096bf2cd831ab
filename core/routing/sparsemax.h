// Sparsemax routing (MOE_SPEC §10, Martins & Astudillo 2016): a softmax whose output can be
// exactly zero, so each token activates a variable number of experts.
//
//   z̃_t = z_t / τ_temp                                  (routing.temperature, default 1)
//   p_t = sparsemax(z̃_t) = argmin_{p ∈ Δ} ‖p − z̃_t‖² = max(z̃_t − τ, 0)
//     sort z̃ descending, c_j = Σ_{i≤j} z̃_(i), k(z) = max{ j : 1 + j·z̃_(j) > c_j },
//     τ = (c_k − 1)/k
//   S_t = { e : p_{t,e} > 0 } (1..E experts; ranks by p descending)   y_t = Σ_{e∈S_t} p_{t,e} f_e(x_t)
//
//   Backward (the Jacobian is symmetric, JVP = VJP), v = ω_t = ∂L/∂p_t:
//     dz_{t,e} = 1[e∈S_t] (v_e − (1/|S_t|) Σ_{i∈S_t} v_i) / τ_temp
//   |S_t| = 1 ⇒ zero Jacobian: that token gives its router no task gradient (the lesson;
//   a temperature > 1 widens the support).
//
// Shapes: Z T×E in, Routing with Σ_t |S_t| assignments out, dZ T×E. Knocked-out experts
// (−∞ logits) are outside every support. Routing::probs stays the softmax of Z (what the
// f·P balancing loss and the z-loss act on); the sparse weights are the assignments
// (Routing::combineMatrix()) and Routing::stateA. Balancing: f·P aux loss and z-loss both
// apply; no capacity (the support decides the load).
#pragma once

#include "strategy.h"

namespace moe {

// sparsemax of one row of n entries (−∞ entries get 0). Returns τ for the row as given.
double sparsemaxRow(const double *z, int n, double *p);
// Vector–Jacobian product at output p: dz = 1[p>0](v − mean_{S} v).
void sparsemaxVjp(const double *p, const double *v, int n, double *dz);

// The shared shape of the sparse-softmax routers (sparsemax, 1.5-entmax): a row map with
// an exact VJP, its support as the token's experts, its values as the combine weights.
class SparseMapStrategy : public RoutingStrategy {
public:
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;
    // The mean support size of the last routed batch (E before the first batch).
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &ctx, int experts) const override;

protected:
    virtual void mapRow(const double *z, int n, double *p) const = 0;
    virtual void vjpRow(const double *p, const double *v, int n, double *dz) const = 0;
    StrategyInfo m_info;
    mutable double m_meanSupport = 0;  // a statistic for the snapshot, not routing state
};

class SparsemaxStrategy : public SparseMapStrategy {
public:
    SparsemaxStrategy();

protected:
    void mapRow(const double *z, int n, double *p) const override { sparsemaxRow(z, n, p); }
    void vjpRow(const double *p, const double *v, int n, double *dz) const override { sparsemaxVjp(p, v, n, dz); }
};

}  // namespace moe
