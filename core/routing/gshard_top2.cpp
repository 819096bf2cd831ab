#include "gshard_top2.h"

#include "core/text_marker.h"

namespace moe {

GShardStrategy::GShardStrategy()
{
    m_info.id = "gshard";
    m_info.displayName = MOE_TR_NOOP("Strategies", "GShard top-2 (random 2nd expert)");
    m_info.description = MOE_TR_NOOP(
        "Strategies",
        "Top-2 routing where the second expert is used only with a probability that grows with its weight.");
    m_info.usesK = false;
    m_info.usesNormalize = false;
    m_info.fixedK = 2;
    m_info.usesGShardThreshold = true;
}

void GShardStrategy::sampleSecondChoices(Routing &r, const RouteContext &ctx) const
{
    if (!ctx.training)
        return;
    for (auto &s : r.assignments) {
        if (s.rank != 1)
            continue;
        double u;
        if (ctx.fixedUniforms && int(ctx.fixedUniforms->size()) > s.token)
            u = (*ctx.fixedUniforms)[std::size_t(s.token)];
        else
            u = ctx.rng ? ctx.rng->uniform() : 0.0;
        if (!(u < s.weight / ctx.gshardThreshold)) {  // strict: u equal to the threshold → not kept
            s.sampledOut = true;
            s.kept = false;
        }
    }
}

}  // namespace moe
