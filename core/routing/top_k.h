// Top-k token choice (MOE_SPEC §2): each token picks its k best experts.
//
//   P = softmax(Z)                      S_t = topk_stable(P_t (+ b), k)   (b: loss-free bias)
//   (A) normalised ("Mixtral"):  w_{t,j} = P_{t,j} / Σ_{i∈S_t} P_{t,i}
//   (B) unnormalised ("Switch"): w_{t,j} = P_{t,j}
//   y_t = Σ_{j∈S_t, kept} w_{t,j} f_j(x_t)          capacity per §0.9 (optional)
//
//   Backward, with ω_{t,j} = ∂L/∂w_{t,j} (0 if dropped):
//   (A) dz_j = w_j (ω_j − Σ_{i∈S} w_i ω_i) for j ∈ S, 0 elsewhere
//       (k = 1 ⇒ w ≡ 1 ⇒ the router gets NO task gradient: the engine warns)
//   (B) dz_m = P_m (ω̃_m − Σ_i P_i ω̃_i) for every m, ω̃ = ω on S and 0 elsewhere
#pragma once

#include "strategy.h"

namespace moe {

class TopKStrategy : public RoutingStrategy {
public:
    TopKStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;

protected:
    // Subclasses (Switch, GShard) fix k and the normalisation.
    [[nodiscard]] virtual int effectiveK(const RouteContext &ctx) const { return ctx.k; }
    [[nodiscard]] virtual bool normalized(const RouteContext &ctx) const { return ctx.normalize; }
    // GShard drops unsampled second choices before capacity.
    virtual void sampleSecondChoices(Routing &, const RouteContext &) const { }
    StrategyInfo m_info;
};

}  // namespace moe
