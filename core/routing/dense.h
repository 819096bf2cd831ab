// Dense softmax gating (MOE_SPEC §1, Jacobs et al. 1991): every expert sees every token.
//
//   g_t = softmax(z_t)          y_t = Σ_e g_{t,e} f_e(x_t)
//   dz_{t,e} = g_{t,e} (ω_{t,e} − Σ_i g_{t,i} ω_{t,i})
#pragma once

#include "strategy.h"

namespace moe {

class DenseStrategy : public RoutingStrategy {
public:
    DenseStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &, int experts) const override { return experts; }

private:
    StrategyInfo m_info;
};

// The §2 (B) map shared by dense gating and expert choice: dZ_t = P_t ⊙ (ω_t − ⟨P_t, ω_t⟩).
MatrixD unnormalizedSoftmaxBackward(const MatrixD &probs, const MatrixD &omega);

}  // namespace moe
