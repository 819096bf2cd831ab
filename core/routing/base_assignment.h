// BASE layers (MOE_SPEC §9b, Lewis et al. 2021): a balanced linear assignment of tokens to
// experts while training, greedy top-1 at inference.
//
//   a_{t,e} = z_{t,e} = x_t · w_e (+ b_e)         affinities = the router logits (T×E)
//   train:  π = argmax_π Σ_t a_{t,π(t)}  s.t.  |{t : π(t) = e}| = cap_e,
//           cap_e ∈ {⌊T/E⌋, ⌈T/E⌉}, Σ_e cap_e = T (the first T mod E experts get the ceil)
//   eval:   π(t) = argmax_e a_{t,e}            (stable ties: lower index)
//   y_t = σ(a_{t,π(t)}) · f_{π(t)}(x_t)
//     (the paper adds the residual x_t; here o ≠ d in general — class logits — so the
//      tool uses the gate alone, the deviation §9b allows)
//
// Solver: exact, deterministic. Successive shortest augmenting paths (the Hungarian method
// row by row) on the transportation form: tokens are added one at a time; the cheapest way
// to place token t is a chain t → e₁, (a token of e₁) → e₂, …, ending at an expert with
// room, found by Bellman–Ford over the E experts. The partial assignment stays optimal
// after every token, so the result is the optimum. Cost O(T²·E + T·E³) per batch — at the
// mnist shapes (T = 256, E = 8) well under a millisecond, linear in E for T ≫ E².
//
// Backward: π is a constant (the assignment does not see gradients); the router learns only
// through the gate:  dz_{t,π(t)} = ω_{t,π(t)} · σ(1 − σ), 0 elsewhere.
// Balancing terms: none needed — the load is exactly balanced while training
// (usesAuxLoss = false); the z-loss applies. Knocked-out experts (−∞) get cap 0.
#pragma once

#include "strategy.h"

#include <vector>

namespace moe {

class BaseStrategy : public RoutingStrategy {
public:
    BaseStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &, int) const override { return 1; }

    // The expert of each token maximising Σ_t a_{t,π(t)} with exactly cap[e] tokens per
    // expert (Σ cap = T). Experts with cap 0 or −∞ affinities receive nothing.
    static std::vector<int> balancedAssignment(const MatrixD &affinity, const std::vector<int> &cap);
    // cap_e ∈ {⌊T/n⌋, ⌈T/n⌉} over the experts whose column is finite, the first T mod n get the ceil.
    static std::vector<int> balancedCapacities(const MatrixD &affinity);

private:
    StrategyInfo m_info;
};

}  // namespace moe
