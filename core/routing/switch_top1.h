// Switch Transformer top-1 (MOE_SPEC §4): k = 1, unnormalised gate (§2 B), capacity
// C = clamp(ceil(cf·T/E − 1e-9), 1, T) with the index / BPR / score priority rules.
//
//   y_t = p_{t,e*} f_{e*}(x_t) if kept, else 0 (the token is dropped: it passes through
//   unchanged in a residual model, and the views count it)
//   dz_{t,j} = ω_t p_{t,e*} (1[j = e*] − p_{t,j}),  ω_t = ⟨G_t, f_{e*}(x_t)⟩;  dropped: 0
#pragma once

#include "top_k.h"

namespace moe {

class SwitchStrategy : public TopKStrategy {
public:
    SwitchStrategy();
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &, int) const override { return 1; }

protected:
    [[nodiscard]] int effectiveK(const RouteContext &) const override { return 1; }
    [[nodiscard]] bool normalized(const RouteContext &) const override { return false; }
};

}  // namespace moe
