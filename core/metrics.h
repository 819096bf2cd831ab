// Routing metrics (MOE_SPEC §12), computed from one Routing record.
//
//   load fraction ℓ_e = n_e^pre / A            CV = std/mean of counts (population)
//   max/mean = max n_e / mean n_e              MaxVio = max/mean − 1
//   dropped fraction = dropped / A             gate entropy H_t = −Σ p log p (nats)
//   MI(Y; E) = Σ p(y,e) log p(y,e)/(p(y)p(e)) from counts of (label, top-1 expert)
// Only experts that are not knocked out take part in the balance statistics.
#pragma once

#include "routing/strategy.h"

#include <vector>

namespace moe {

struct RoutingStats {
    std::vector<double> loadFraction;  // pre-capacity, sums to 1
    std::vector<double> keptFraction;  // kept / A
    std::vector<double> importance;  // Σ_t p_{t,e}
    std::vector<int> kept, dropped, countPre;
    double loadCv = 0, maxMeanLoad = 0, maxVio = 0;
    double droppedFraction = 0;
    double tokensWithoutExpert = 0;  // fraction of tokens with no kept assignment
    double gateEntropy = 0;  // mean nats
    double gateEntropyNormalized = 0;  // mean / log(E_active)
    double topkMargin = 0;  // mean p_(1) − p_(2)
    double meanExpertsPerToken = 0;
    int unusedExperts = 0;
    double confidence = 0;  // mean max_e p
};

RoutingStats computeRoutingStats(const Routing &r, const std::vector<bool> &knockedOut);

// counts[y][e]; returns nats.
double mutualInformation(const std::vector<std::vector<int>> &counts);

}  // namespace moe
