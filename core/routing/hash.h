// Hash routing (MOE_SPEC §9a, Roller et al. 2021): a fixed, learning-free assignment — the
// baseline that shows what learned routing buys.
//
//   key_t = Σ_{j<m} 1[x_t · r_j > 0] 2^j      m = 16 fixed random projections r_j ~ N(0, I_d)
//                                            (seeded with a constant, never trained: a
//                                             locality-sensitive hash, the sign pattern of x)
//   e_t   = A[ mix(key_t) mod |A| ]           A = the experts not knocked out, mix = splitmix64
//   y_t   = f_{e_t}(x_t)                      weight 1, no gate
//
// Why an LSH of x: the tool's inputs are continuous and the engine sees only rows, so the
// key must come from x itself (the sample index or the label are not visible to a layer).
// Nearby inputs share a key, so each expert owns a fixed union of cones of the input
// space. The key depends on x only — not on the router weights — so the assignment of a
// sample never changes during training (it changes only when the set of active experts
// changes: knock-out or a new expert count).
//
// Backward: the router has no say, dZ = 0 (only the z-loss, if on, still moves Wg, which
// the routing ignores). Balancing terms: none apply (usesAuxLoss = false); the load is
// whatever the hash gives. Shapes: X T×d (RouteContext::inputs), Z T×E (ignored but for
// knock-out), T assignments.
#pragma once

#include "strategy.h"

#include <cstdint>
#include <vector>

namespace moe {

class HashStrategy : public RoutingStrategy {
public:
    HashStrategy();
    [[nodiscard]] const StrategyInfo &info() const override { return m_info; }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &, int) const override { return 1; }

    static constexpr int kProjections = 16;
    // The 16-bit sign-pattern key of each row of x (T values).
    static std::vector<std::uint32_t> keys(const MatrixD &x);

private:
    StrategyInfo m_info;
};

}  // namespace moe
