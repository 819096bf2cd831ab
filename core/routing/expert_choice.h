// Expert choice (MOE_SPEC §7, Zhou et al. 2022): each expert picks its tokens.
//
//   P = softmax_row(Z)  (over experts)         quota k_ec = clamp(floor(cf·k·T/E + 0.5), 1, T)
//   I_e = topk_stable(P[:, e], k_ec)           y_t = Σ_{e : t ∈ I_e} P_{t,e} f_e(x_t)
//   (cf·k = average experts per token; the peer benchmark's "cf 1.0, k 2" is the paper's
//   EC-CF2.) Every expert is exactly full (perfect balance, load CV = 0); a token may get
//   0..E experts, and its output depends on the rest of the batch.
//   Backward: the §2 (B) map, dZ_t = P_t ⊙ (ω_t − ⟨P_t, ω_t⟩), ω = 0 where not picked.
#pragma once

#include "strategy.h"

namespace moe {

class ExpertChoiceStrategy : public RoutingStrategy {
public:
    ExpertChoiceStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &ctx, int experts) const override;

    static int quota(double cf, int k, int tokens, int experts);

private:
    StrategyInfo m_info;
};

}  // namespace moe
