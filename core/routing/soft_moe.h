// Soft MoE (MOE_SPEC §8, Puigcerver et al. 2023): no discrete choice at all. Each expert
// processes a slot — a convex combination of ALL tokens of the batch — and each token
// takes a convex combination of ALL slot outputs: every token reaches every slot a little.
//
//   Φ ∈ R^{d×M}, M = E·p slots, p = 1 slot per expert here: Φ = W_g, the router's weights,
//     column e = the slot parameters of expert e (so live switching keeps them)
//   Λ = X Φ (+ b)                 T×M logits     (the router's logits Z; the learnable
//                                                 scale of vmoe is folded into Φ: with
//                                                 normalize = false, scale·Φ is just Φ)
//   D  = softmax over tokens (each column of Λ)     dispatch, columns sum to 1
//   Cw = softmax over slots  (each row of Λ)        combine,  rows sum to 1
//   X̃ = Dᵀ X                     M×d slot inputs (the original x)
//   Ỹ_s = f_{expert(s)}(X̃_s)    M×o slot outputs
//   Y  = Cw Ỹ                     T×o
//
// Backward, G = ∂L/∂Y:
//   dCw = G Ỹᵀ (= ω, handed over by the layer)   dỸ = Cwᵀ G → experts → dX̃ (M×d)
//   dD  = X dX̃ᵀ                                  (T×M)
//   dΛ  = rowsoftmaxJVP(Cw, dCw) + colsoftmaxJVP(D, dD)      (§0.8 per row / per column)
//   dΦ  = Xᵀ dΛ   (the router's own backward)
// The normalised variant (x̂, φ̂ unit vectors, Λ = scale·X̂Φ̂) is offered as
// normalizedLogits()/normalizedLogitsBackward() for the spec vectors; it needs a learnable
// scale parameter that the router does not have yet, so the layer uses the plain form.
//
// The routing record: probs = Cw, stateA = D, one assignment (t, e, w = Cw_{t,e}) for every
// pair — each token "reaches" every expert, load is uniform, meanActiveExperts = E. The
// layer runs the experts on slots (StrategyInfo::softDispatch). Balancing: none needed
// (usesAuxLoss = false: there is nothing to balance); the z-loss applies to Λ. Batch
// dependent: the output of a token depends on the rest of its batch. Knocked-out experts
// (−∞ logits) have no slot: their D column is 0 and Cw gives them 0.
#pragma once

#include "strategy.h"

namespace moe {

class SoftMoeStrategy : public RoutingStrategy {
public:
    SoftMoeStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    // The combine part only (dΛ from ω = dCw); the layer adds the dispatch part with
    // logitGradient(), which also needs dD.
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &, int experts) const override { return experts; }

    // D (softmax over tokens, per column) and Cw (softmax over slots, per row) of Λ.
    static void dispatchCombine(const MatrixD &logits, MatrixD &dispatch, MatrixD &combine);
    // dΛ = rowsoftmaxJVP(Cw, dCw) + colsoftmaxJVP(D, dD).
    static MatrixD logitGradient(const MatrixD &dispatch, const MatrixD &combine, const MatrixD &dCombine,
                                 const MatrixD &dDispatch);
    // Λ = scale · X̂ Φ̂ with x̂ = x/√(‖x‖² + 1e-6), φ̂ = φ/√(‖φ‖² + 1e-6) (vmoe).
    static MatrixD normalizedLogits(const MatrixD &x, const MatrixD &phi, double scale);
    // Given dΛ: dΦ (d×M) and dscale.
    static void normalizedLogitsBackward(const MatrixD &x, const MatrixD &phi, double scale, const MatrixD &dLogits,
                                         MatrixD &dPhi, double &dScale);

private:
    StrategyInfo m_info;
};

}  // namespace moe
