#include "hash.h"

#include "core/text_marker.h"

#include <cmath>

namespace moe {
namespace {

// splitmix64's finaliser: spreads a 16-bit key over 64 bits before the modulo.
std::uint64_t mix(std::uint64_t z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

}  // namespace

HashStrategy::HashStrategy()
{
    m_info.id = "hash";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Hash routing (fixed, not learned)");
    m_info.description =
        MOE_TR_NOOP("Strategies",
                    "Each input goes to an expert picked by a fixed hash of the input itself; nothing about "
                    "the routing is learned.");
    m_info.usesK = false;
    m_info.fixedK = 1;
    m_info.usesAuxLoss = false;
    m_info.needsInputs = true;
}

std::vector<std::uint32_t> HashStrategy::keys(const MatrixD &x)
{
    // Fixed projections, drawn afresh from the same constant seed (cheap: m·d draws).
    Rng rng(0x4A5B1E5ULL);
    MatrixD proj(x.cols(), kProjections);
    for (Eigen::Index i = 0; i < proj.size(); ++i)
        proj.data()[i] = rng.normal();
    const MatrixD s = x * proj;
    std::vector<std::uint32_t> k(static_cast<std::size_t>(x.rows()), 0u);
    for (Eigen::Index t = 0; t < x.rows(); ++t)
        for (int j = 0; j < kProjections; ++j)
            if (s(t, j) > 0)
                k[std::size_t(t)] |= 1u << j;
    return k;
}

Routing HashStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &ctx) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    r.probs = softmaxRows(logits);
    std::vector<int> active;
    for (int e = 0; e < r.experts; ++e)
        if (r.tokens == 0 || std::isfinite(logits(0, e)))
            active.push_back(e);
    std::vector<std::uint32_t> key;
    if (ctx.inputs && ctx.inputs->rows() == r.tokens)
        key = keys(*ctx.inputs);
    else
        key.assign(std::size_t(r.tokens), 0u);  // no inputs handed over: everything to one expert
    for (int t = 0; t < r.tokens && !active.empty(); ++t) {
        const std::uint64_t h = mix(0x5EEDULL ^ key[std::size_t(t)]);
        const int e = active[std::size_t(h % active.size())];
        r.assignments.push_back({t, e, 0, 1.0, true, false});
    }
    placeWithCapacity(r, -1, Priority::Index);
    return r;
}

RouterGrad HashStrategy::backward(const Routing &r, const MatrixD &, const RouteContext &) const
{
    return {MatrixD::Zero(r.tokens, r.experts), {}};
}

}  // namespace moe
