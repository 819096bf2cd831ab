// Noisy top-k gating (MOE_SPEC §3, Shazeer et al. 2017).
//
//   σ_t = softplus(x_t W_noise) + 0.01        H_t = Z_t + ε_t ⊙ σ_t,  ε ~ N(0, I) (training only)
//   S_t = topk_stable(H_t, k)                 w_{t,j} = softmax over S_t of H_{t,j}
//   Importance_i = Σ_t w_{t,i}                Load_i = Σ_t Φ((Z_{t,i} − θ_{t,i}) / σ_{t,i})
//   θ_{t,i} = (k+1)-th largest H_t if i ∈ S_t, else the k-th largest  (smooth load estimator)
//   L_aux = w_imp · CV²(Importance) + w_load · CV²(Load),  CV² = Var/(mean² + 1e-10), population
//
//   Backward: u_j = ω_j + w_imp ∂CV²/∂Imp_j;  dH_j = w_j (u_j − Σ_S w_i u_i);  dZ += dH;  dσ += dH ⊙ ε
//   Load: dZ_{t,i} += a φ(u)/σ,  dσ_{t,i} −= a φ(u) u/σ,  dH_{t,j*} −= a φ(u)/σ (θ = H_{t,j*})
//   dN = dσ ⊙ sigmoid(N)  (softplus' = sigmoid)
//   k ≥ E or evaluation: Load = hard counts (no gradient).
#pragma once

#include "strategy.h"

namespace moe {

class NoisyTopKStrategy : public RoutingStrategy {
public:
    NoisyTopKStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;

private:
    StrategyInfo m_info;
};

// CV²(v) = Var(v) / (mean(v)² + eps), population variance; 0 when n ≤ 1.
double cvSquared(const std::vector<double> &v, double eps = 1e-10);
std::vector<double> cvSquaredGradient(const std::vector<double> &v, double eps = 1e-10);

}  // namespace moe
