#include "strategy.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace moe {

MatrixD Routing::combineMatrix() const
{
    MatrixD c = MatrixD::Zero(tokens, experts);
    for (const auto &s : assignments)
        if (s.kept)
            c(s.token, s.expert) += s.weight;
    return c;
}

double RoutingStrategy::activeExpertsPerToken(const RouteContext &ctx, int experts) const
{
    return std::min(ctx.k, experts);
}

MatrixD softmaxRows(const MatrixD &z)
{
    // Shift each row by its maximum, exponentiate the whole matrix at once (Eigen's vectorised
    // exp), normalise each row. A row whose experts are all masked (max = −∞) routes nowhere.
    const Eigen::VectorXd rowMax = z.rowwise().maxCoeff();
    MatrixD p(z.rows(), z.cols());
    for (Eigen::Index t = 0; t < z.rows(); ++t)
        p.row(t) = z.row(t).array() - rowMax(t);
    // One contiguous array: the packet path. Its exp clamps the argument (exp(−∞) would be
    // 1e−308, not 0), so masked experts are set to exactly 0 afterwards.
    p.array() = p.array().exp();
    constexpr double kMasked = -std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < p.size(); ++i)
        p.data()[i] = z.data()[i] == kMasked ? 0.0 : p.data()[i];
    for (Eigen::Index t = 0; t < z.rows(); ++t) {
        if (!std::isfinite(rowMax(t))) {
            p.row(t).setZero();
            continue;
        }
        p.row(t) /= p.row(t).sum();
    }
    return p;
}

double logSumExp(const double *z, int n)
{
    double m = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < n; ++i)
        m = std::max(m, z[i]);
    if (!std::isfinite(m))
        return m;
    double s = 0;
    for (int i = 0; i < n; ++i)
        s += std::exp(z[i] - m);
    return m + std::log(s);
}

// Few picks from many candidates by insertion: each candidate goes into the sorted list of the
// best so far. The order is strict (ties broken by index), so the result is that of the sort.
// Candidates come in index order, so a later one beats a listed one only by a larger value.
int topKByInsertion(const double *values, int n, int k, int *out)
{
    constexpr double kMasked = -std::numeric_limits<double>::infinity();
    int count = 0;
    double last = kMasked;  // out[count − 1]'s value once the list is full
    for (int i = 0; i < n && k > 0; ++i) {
        const double v = values[i];
        if (v == kMasked || (count == k && !(v > last)))
            continue;
        int pos = count < k ? count++ : k - 1;
        for (; pos > 0 && v > values[out[pos - 1]]; --pos)
            out[pos] = out[pos - 1];
        out[pos] = i;
        if (count == k)
            last = values[out[k - 1]];
    }
    return count;
}

namespace {

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes"  // packet types as template arguments
#endif
// The largest of v[0 … n), a SIMD packet at a time; *nan set when the sum of the values is
// NaN (a NaN among them, or +∞ beside −∞: then the caller takes the exact scalar path).
double largestOf(const double *v, int n, bool *nan)
{
    using namespace Eigen::internal;
    using P = packet_traits<double>::type;
    constexpr int W = unpacket_traits<P>::size;
    constexpr double kMasked = -std::numeric_limits<double>::infinity();
    P best = pset1<P>(kMasked), sum = pset1<P>(0.0);
    int i = 0;
    for (; i + W <= n; i += W) {
        const P x = ploadu<P>(v + i);
        best = pmax(best, x);
        sum = padd(sum, x);
    }
    double largest = predux_max(best), total = predux(sum);
    for (; i < n; ++i) {
        largest = std::max(largest, v[i]);
        total += v[i];
    }
    *nan = std::isnan(total);
    return largest;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace

int topKStableInto(const double *values, int n, int k, int *out)
{
    constexpr double kMasked = -std::numeric_limits<double>::infinity();
    if (k > 8) {  // many picks (expert choice over tokens, dense orderings): partial sort
        std::vector<int> idx = topKStable(values, n, k);
        std::copy(idx.begin(), idx.end(), out);
        return int(idx.size());
    }
    // Few picks (top-k over experts): k passes, each taking the largest value left (SIMD max
    // over a copy of the row) and the first index that holds it (ties → lower index), then
    // striking it out. The insertion sort above does less arithmetic but branches on every
    // candidate, and on real router scores those branches are unpredictable, so with many
    // experts the passes win (tests/bench/bench_routing times both). With many picks from few
    // values (k = 4 of 8) the passes cost more than the branches: insertion.
    constexpr int kMaxRow = 256;
    if (n > kMaxRow || 4 * k > n)
        return topKByInsertion(values, n, k, out);
    double row[kMaxRow];
    std::copy(values, values + n, row);
    int count = 0;
    for (; count < k; ++count) {
        bool nan = false;
        const double best = largestOf(row, n, &nan);
        // A row with a NaN goes the insertion way: a row that is NaN throughout (a
        // diverged router) still gets k experts, so the NaN reaches the loss and the guard.
        if (nan)
            return topKByInsertion(values, n, k, out);
        if (!(best > kMasked))  // nothing left but masked experts
            break;
        int at = 0;
        while (row[at] != best)
            ++at;
        out[count] = at;
        row[at] = kMasked;
    }
    return count;
}

std::vector<int> topKStable(const double *values, int n, int k)
{
    std::vector<int> idx;
    idx.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        if (values[i] != -std::numeric_limits<double>::infinity())
            idx.push_back(i);
    k = std::max(0, std::min<int>(k, int(idx.size())));
    auto better = [values](int a, int b) {
        return values[a] > values[b] || (values[a] == values[b] && a < b);
    };
    std::partial_sort(idx.begin(), idx.begin() + k, idx.end(), better);
    idx.resize(std::size_t(k));
    return idx;
}

int expertCapacity(double cf, int k, int tokens, int experts, CapacityRule rule)
{
    if (cf <= 0 || experts <= 0)
        return -1;
    const double raw = cf * k * double(tokens) / double(experts);
    double c = 0;
    switch (rule) {
    case CapacityRule::Ceil: c = std::ceil(raw - 1e-9); break;
    case CapacityRule::SwitchFloor: c = std::floor(raw + 1e-9); break;
    case CapacityRule::Round: c = std::floor(raw + 0.5); break;
    }
    return int(std::clamp(c, 1.0, double(std::max(tokens, 1))));
}

void placeWithCapacity(Routing &r, int capacity, Priority priority)
{
    r.capacity = capacity;
    r.expertSlots.assign(std::size_t(r.experts), {});
    r.countPre.assign(std::size_t(r.experts), 0);
    r.droppedAssignments = 0;
    int maxRank = 0;
    for (const auto &s : r.assignments) {
        maxRank = std::max(maxRank, s.rank);
        if (!s.sampledOut)
            ++r.countPre[std::size_t(s.expert)];
    }

    // The order in which assignments claim buffer positions.
    std::vector<int> order(r.assignments.size());
    std::iota(order.begin(), order.end(), 0);
    if (priority == Priority::Score) {
        // Each expert keeps the assignments with the largest gate probability.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto &sa = r.assignments[std::size_t(a)], &sb = r.assignments[std::size_t(b)];
            const double pa = r.probs(sa.token, sa.expert), pb = r.probs(sb.token, sb.expert);
            if (pa != pb)
                return pa > pb;
            return sa.token < sb.token;
        });
    } else if (priority == Priority::Index
               && std::is_sorted(r.assignments.begin(), r.assignments.end(),
                                 [](const auto &a, const auto &b) { return a.token < b.token; })) {
        // Rank-major, then token. Listed token by token (as every token-choice router does), a
        // stable counting sort on the rank gives that order without a comparison sort.
        std::vector<int> start(std::size_t(maxRank) + 2, 0);
        for (const auto &s : r.assignments)
            ++start[std::size_t(s.rank) + 1];
        for (std::size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        for (int i = 0; i < int(r.assignments.size()); ++i)
            order[std::size_t(start[std::size_t(r.assignments[std::size_t(i)].rank)]++)] = i;
    } else {
        std::vector<double> tokenKey(std::size_t(r.tokens), 0.0);
        if (priority == Priority::Bpr)  // batch-prioritised: by top-1 probability, descending
            for (int t = 0; t < r.tokens; ++t)
                tokenKey[std::size_t(t)] = -r.probs.row(t).maxCoeff();
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto &sa = r.assignments[std::size_t(a)], &sb = r.assignments[std::size_t(b)];
            if (sa.rank != sb.rank)
                return sa.rank < sb.rank;  // rank-major: all first choices first
            const double ka = tokenKey[std::size_t(sa.token)], kb = tokenKey[std::size_t(sb.token)];
            if (ka != kb)
                return ka < kb;
            return sa.token < sb.token;
        });
    }
    for (int e = 0; e < r.experts; ++e)  // one allocation per expert, not one per doubling
        r.expertSlots[std::size_t(e)].reserve(
            std::size_t(capacity >= 0 ? std::min(capacity, r.countPre[std::size_t(e)]) : r.countPre[std::size_t(e)]));
    for (int i : order) {
        auto &s = r.assignments[std::size_t(i)];
        if (s.sampledOut) {
            s.kept = false;
            continue;
        }
        auto &buf = r.expertSlots[std::size_t(s.expert)];
        if (capacity >= 0 && int(buf.size()) >= capacity) {
            s.kept = false;
            ++r.droppedAssignments;
        } else {
            s.kept = true;
            buf.push_back(i);
        }
    }
}

void softmaxJvp(const double *q, const double *u, const std::vector<int> &set, double *dz)
{
    double dot = 0;
    for (int i : set)
        dot += q[i] * u[i];
    for (int j : set)
        dz[j] = q[j] * (u[j] - dot);
}

int activeExpertCount(const MatrixD &logits)
{
    if (logits.rows() == 0)
        return int(logits.cols());
    int n = 0;
    for (Eigen::Index e = 0; e < logits.cols(); ++e)
        if (logits(0, e) != -std::numeric_limits<double>::infinity())
            ++n;
    return n;
}

}  // namespace moe
