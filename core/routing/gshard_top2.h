// GShard top-2 with random routing of the second expert (MOE_SPEC §5).
//
//   e1, e2 = the two best experts;  ĝ1 = g1/(g1+g2), ĝ2 = g2/(g1+g2)     (§2 A weights)
//   training: keep the 2nd assignment iff u < ĝ2/τ, u ~ U(0,1) per token (τ = 0.5: the
//   paper's "2ĝ2 > u"); an unsampled 2nd choice takes no capacity and ĝ1 is NOT renormalised
//   evaluation: both kept.  Capacity: first choices take assignments first, then second choices.
//   Backward: the §2 (A) map over {e1, e2} with ω = 0 for an unsampled or dropped choice.
#pragma once

#include "top_k.h"

namespace moe {

class GShardStrategy : public TopKStrategy {
public:
    GShardStrategy();
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &, int experts) const override
    {
        return experts >= 2 ? 2 : 1;
    }

protected:
    [[nodiscard]] int effectiveK(const RouteContext &) const override { return 2; }
    [[nodiscard]] bool normalized(const RouteContext &) const override { return true; }
    void sampleSecondChoices(Routing &r, const RouteContext &ctx) const override;
};

}  // namespace moe
