// The practitioner's health figures of one block's routing, counted over a pass (the batches
// of one evaluation, or one training step):
//
//   tokens_e           kept assignments of expert e            load_e = tokens_e / Σ tokens
//   max/mean           max_e tokens_e / mean_e tokens_e        (1 = perfectly balanced)
//   CV                 std_e(tokens_e) / mean_e(tokens_e)
//   dead experts       experts (not knocked out) with no kept assignment in the pass
//   exp(entropy) / E   exp(−Σ load_e ln load_e) / E_active     (1 = even, 1/E = one expert)
//   dropped fraction   assignments dropped by capacity / assignments made
//   by position t      the same, for the rows at context position t only
// Means and spreads are over the experts that are not knocked out.
#pragma once

#include "core/routing/strategy.h"

#include <vector>

namespace moe {

struct BlockHealth {
    std::vector<long long> tokens;  // per expert, kept
    std::vector<double> load;  // per expert, fraction of kept assignments
    double maxOverMean = 0, cv = 0, entropyRatio = 0, droppedFraction = 0;
    int deadExperts = 0;
    std::vector<double> droppedByPosition;  // per context position
};

class BlockHealthCounter {
public:
    BlockHealthCounter(int experts, int context);
    // Adds one batch's routing; row r is at context position r mod length.
    void add(const Routing &routing, int length);
    [[nodiscard]] BlockHealth finish(const std::vector<bool> &knockedOut) const;

private:
    std::vector<long long> m_tokens;
    std::vector<long long> m_assignedAt, m_droppedAt;
    long long m_assigned = 0, m_dropped = 0;
};

}  // namespace moe
