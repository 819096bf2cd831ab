#include "base_assignment.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace moe {

namespace {

double sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

}  // namespace

BaseStrategy::BaseStrategy()
{
    m_info.id = "base";
    m_info.displayName = MOE_TR_NOOP("Strategies", "BASE balanced assignment");
    m_info.description =
        MOE_TR_NOOP("Strategies",
                    "While training, tokens are assigned so that every expert gets the same number and the "
                    "total affinity is as large as possible; at inference each token takes its best expert.");
    m_info.usesK = false;
    m_info.fixedK = 1;
    m_info.usesAuxLoss = false;
    m_info.batchDependent = true;
}

std::vector<int> BaseStrategy::balancedCapacities(const MatrixD &affinity)
{
    const int T = int(affinity.rows()), E = int(affinity.cols());
    std::vector<int> active;
    for (int e = 0; e < E; ++e)
        if (T == 0 || std::isfinite(affinity(0, e)))
            active.push_back(e);
    std::vector<int> cap(static_cast<std::size_t>(E), 0);
    if (active.empty())
        return cap;
    const int n = int(active.size());
    for (int i = 0; i < n; ++i)
        cap[std::size_t(active[std::size_t(i)])] = T / n + (i < T % n ? 1 : 0);
    return cap;
}

std::vector<int> BaseStrategy::balancedAssignment(const MatrixD &a, const std::vector<int> &cap)
{
    const int T = int(a.rows()), E = int(a.cols());
    constexpr double inf = std::numeric_limits<double>::infinity();
    // Minimise cost c = −a. Unusable pairs (−∞ affinity, cap 0) cost +∞.
    auto cost = [&](int t, int e) {
        return cap[std::size_t(e)] > 0 && std::isfinite(a(t, e)) ? -a(t, e) : inf;
    };
    std::vector<int> owner(static_cast<std::size_t>(T), -1);
    std::vector<std::vector<int>> members(static_cast<std::size_t>(E));
    std::vector<double> dist(static_cast<std::size_t>(E));
    std::vector<int> pred(static_cast<std::size_t>(E)), via(static_cast<std::size_t>(E));
    // edge[e][f]: the cheapest token of e to move to f, and its extra cost.
    std::vector<double> edgeCost(static_cast<std::size_t>(E * E));
    std::vector<int> edgeToken(static_cast<std::size_t>(E * E));
    for (int t = 0; t < T; ++t) {
        for (int e = 0; e < E; ++e)
            for (int f = 0; f < E; ++f) {
                double best = inf;
                int who = -1;
                if (e != f)
                    for (int s : members[std::size_t(e)]) {
                        const double c = cost(s, f) - cost(s, e);
                        if (c < best) {  // strict: the earliest member wins ties
                            best = c;
                            who = s;
                        }
                    }
                edgeCost[std::size_t(e * E + f)] = best;
                edgeToken[std::size_t(e * E + f)] = who;
            }
        for (int e = 0; e < E; ++e) {
            dist[std::size_t(e)] = cost(t, e);
            pred[std::size_t(e)] = -1;
            via[std::size_t(e)] = -1;
        }
        // Bellman–Ford: the current assignment is optimal, so there is no negative cycle.
        for (int round = 0; round + 1 < E; ++round) {
            bool changed = false;
            for (int e = 0; e < E; ++e) {
                if (dist[std::size_t(e)] == inf)
                    continue;
                for (int f = 0; f < E; ++f) {
                    const double w = edgeCost[std::size_t(e * E + f)];
                    if (w == inf)
                        continue;
                    const double d = dist[std::size_t(e)] + w;
                    if (d < dist[std::size_t(f)] - 1e-12) {
                        dist[std::size_t(f)] = d;
                        pred[std::size_t(f)] = e;
                        via[std::size_t(f)] = edgeToken[std::size_t(e * E + f)];
                        changed = true;
                    }
                }
            }
            if (!changed)
                break;
        }
        int end = -1;
        for (int e = 0; e < E; ++e)
            if (int(members[std::size_t(e)].size()) < cap[std::size_t(e)] && dist[std::size_t(e)] < inf
                && (end < 0 || dist[std::size_t(e)] < dist[std::size_t(end)] - 1e-12))
                end = e;
        if (end < 0)
            continue;  // no expert can take it (only when every expert is unusable)
        // Walk the chain back: the token pushed out of pred[f] moves into f.
        int f = end;
        while (pred[std::size_t(f)] >= 0) {
            const int e = pred[std::size_t(f)], s = via[std::size_t(f)];
            auto &from = members[std::size_t(e)];
            from.erase(std::find(from.begin(), from.end(), s));
            members[std::size_t(f)].push_back(s);
            owner[std::size_t(s)] = f;
            f = e;
        }
        members[std::size_t(f)].push_back(t);
        owner[std::size_t(t)] = f;
    }
    return owner;
}

Routing BaseStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &ctx) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    r.probs = softmaxRows(logits);
    std::vector<int> pick;
    if (ctx.training) {
        pick = balancedAssignment(logits, balancedCapacities(logits));
    } else {
        pick.resize(std::size_t(r.tokens));
        for (int t = 0; t < r.tokens; ++t) {
            const auto top = topKStable(logits.row(t).data(), r.experts, 1);
            pick[std::size_t(t)] = top.empty() ? -1 : top.front();
        }
    }
    for (int t = 0; t < r.tokens; ++t) {
        const int e = pick[std::size_t(t)];
        if (e >= 0)
            r.assignments.push_back({t, e, 0, sigmoid(logits(t, e)), true, false});
    }
    placeWithCapacity(r, -1, Priority::Index);
    return r;
}

RouterGrad BaseStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &) const
{
    RouterGrad g;
    g.dLogits = MatrixD::Zero(r.tokens, r.experts);
    for (const auto &s : r.assignments)
        if (s.kept)
            g.dLogits(s.token, s.expert) = omega(s.token, s.expert) * s.weight * (1.0 - s.weight);
    return g;
}

}  // namespace moe
