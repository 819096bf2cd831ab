#include "metrics.h"

#include <algorithm>
#include <cmath>

namespace moe {

RoutingStats computeRoutingStats(const Routing &r, const std::vector<bool> &knockedOut)
{
    RoutingStats s;
    const int E = r.experts, T = r.tokens;
    s.countPre = r.countPre;
    s.countPre.resize(std::size_t(E), 0);
    s.kept.assign(std::size_t(E), 0);
    s.dropped.assign(std::size_t(E), 0);
    for (int e = 0; e < E; ++e) {
        s.kept[std::size_t(e)] = int(r.expertSlots.size() > std::size_t(e) ? r.expertSlots[std::size_t(e)].size() : 0);
        s.dropped[std::size_t(e)] = std::max(0, s.countPre[std::size_t(e)] - s.kept[std::size_t(e)]);
    }
    double A = 0;
    for (int c : s.countPre)
        A += c;
    s.loadFraction.assign(std::size_t(E), 0.0);
    s.keptFraction.assign(std::size_t(E), 0.0);
    for (int e = 0; e < E; ++e) {
        s.loadFraction[std::size_t(e)] = A > 0 ? s.countPre[std::size_t(e)] / A : 0.0;
        s.keptFraction[std::size_t(e)] = A > 0 ? s.kept[std::size_t(e)] / A : 0.0;
    }
    s.importance.assign(std::size_t(E), 0.0);
    if (T > 0)
        for (int e = 0; e < E; ++e)
            s.importance[std::size_t(e)] = r.probs.col(e).sum();

    std::vector<double> active;
    for (int e = 0; e < E; ++e)
        if (knockedOut.size() <= std::size_t(e) || !knockedOut[std::size_t(e)]) {
            active.push_back(s.countPre[std::size_t(e)]);
            if (s.countPre[std::size_t(e)] == 0)
                ++s.unusedExperts;
        }
    if (!active.empty()) {
        double mean = 0;
        for (double v : active)
            mean += v;
        mean /= double(active.size());
        double var = 0;
        for (double v : active)
            var += (v - mean) * (v - mean);
        var /= double(active.size());
        s.loadCv = mean > 0 ? std::sqrt(var) / mean : 0.0;
        const double mx = *std::max_element(active.begin(), active.end());
        s.maxMeanLoad = mean > 0 ? mx / mean : 0.0;
        s.maxVio = mean > 0 ? s.maxMeanLoad - 1.0 : 0.0;
    }
    s.droppedFraction = A > 0 ? double(r.droppedAssignments) / A : 0.0;

    std::vector<int> keptPerToken(std::size_t(T), 0);
    for (const auto &slot : r.assignments)
        if (slot.kept)
            ++keptPerToken[std::size_t(slot.token)];
    int none = 0;
    double keptTotal = 0;
    for (int c : keptPerToken) {
        none += c == 0 ? 1 : 0;
        keptTotal += c;
    }
    s.tokensWithoutExpert = T > 0 ? double(none) / T : 0.0;
    s.meanExpertsPerToken = T > 0 ? keptTotal / T : 0.0;

    const double logE = std::log(std::max<double>(2.0, double(active.size())));
    double ent = 0, margin = 0, conf = 0;
    for (int t = 0; t < T; ++t) {
        double h = 0, p1 = 0, p2 = 0;
        for (int e = 0; e < E; ++e) {
            const double p = r.probs(t, e);
            if (p > 0)
                h -= p * std::log(p);
            if (p > p1) {
                p2 = p1;
                p1 = p;
            } else if (p > p2) {
                p2 = p;
            }
        }
        ent += h;
        margin += p1 - p2;
        conf += p1;
    }
    if (T > 0) {
        s.gateEntropy = ent / T;
        s.gateEntropyNormalized = active.size() > 1 ? s.gateEntropy / logE : 0.0;
        s.topkMargin = margin / T;
        s.confidence = conf / T;
    }
    return s;
}

double mutualInformation(const std::vector<std::vector<int>> &counts)
{
    double total = 0;
    const std::size_t Y = counts.size(), E = Y ? counts[0].size() : 0;
    std::vector<double> py(Y, 0.0), pe(E, 0.0);
    for (std::size_t y = 0; y < Y; ++y)
        for (std::size_t e = 0; e < E; ++e) {
            total += counts[y][e];
            py[y] += counts[y][e];
            pe[e] += counts[y][e];
        }
    if (total <= 0)
        return 0;
    double mi = 0;
    for (std::size_t y = 0; y < Y; ++y)
        for (std::size_t e = 0; e < E; ++e) {
            const double pye = counts[y][e] / total;
            if (pye > 0)
                mi += pye * std::log(pye / ((py[y] / total) * (pe[e] / total)));
        }
    return std::max(0.0, mi);
}

}  // namespace moe
