// The shared routing building blocks against their definitions (MOE_SPEC §0.8, §0.9):
// top-k selection (value descending, ties to the lower index, −∞ never picked) and the
// capacity placement order (index priority: rank-major, then token), each compared with a
// brute-force reference on random problems full of ties.
#include "core/routing/strategy.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace moe;

namespace {

// The definition: sort every finite index by (value descending, index ascending), keep k.
std::vector<int> referenceTopK(const std::vector<double> &v, int k)
{
    std::vector<int> idx;
    for (int i = 0; i < int(v.size()); ++i)
        if (v[std::size_t(i)] != -std::numeric_limits<double>::infinity())
            idx.push_back(i);
    std::sort(idx.begin(), idx.end(), [&v](int a, int b) {
        return v[std::size_t(a)] != v[std::size_t(b)] ? v[std::size_t(a)] > v[std::size_t(b)] : a < b;
    });
    idx.resize(std::size_t(std::clamp(k, 0, int(idx.size()))));
    return idx;
}

// A routing with `perToken` assignments per token, token-major, ranks ascending, experts random.
Routing randomRouting(Rng &rng, int tokens, int experts, int perToken)
{
    Routing r;
    r.tokens = tokens;
    r.experts = experts;
    r.probs = MatrixD::Constant(tokens, experts, 1.0 / experts);
    for (int t = 0; t < tokens; ++t)
        for (int rank = 0; rank < perToken; ++rank)
            r.assignments.push_back({t, rng.uniformInt(experts), rank, 1.0, true, false});
    return r;
}

// Index priority by its definition: a stable sort on (rank, token).
std::vector<std::vector<int>> referencePlacement(const Routing &r, int capacity)
{
    std::vector<int> order(r.assignments.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&r](int a, int b) {
        const auto &sa = r.assignments[std::size_t(a)], &sb = r.assignments[std::size_t(b)];
        return sa.rank != sb.rank ? sa.rank < sb.rank : sa.token < sb.token;
    });
    std::vector<std::vector<int>> buffers(std::size_t(r.experts));
    for (int i : order) {
        auto &buf = buffers[std::size_t(r.assignments[std::size_t(i)].expert)];
        if (capacity < 0 || int(buf.size()) < capacity)
            buf.push_back(i);
    }
    return buffers;
}

}  // namespace

class TestRoutingBlocks : public QObject {
    Q_OBJECT

private slots:
    // Both selection paths (SIMD passes up to 256 values, insertion beyond) and topKStable,
    // on rows of 1 … 300 values with ties, negative scores (a selection bias), ±0, +∞ and
    // masked experts on purpose.
    void topKIntoMatchesTheDefinition()
    {
        Rng rng(5);
        for (int trial = 0; trial < 3000; ++trial) {
            const int n = 1 + rng.uniformInt(trial % 10 == 0 ? 300 : 70);
            std::vector<double> v(static_cast<std::size_t>(n));
            for (auto &x : v) {
                const int kind = rng.uniformInt(12);
                x = kind == 0                     ? -std::numeric_limits<double>::infinity()
                    : kind == 1                   ? (rng.uniformInt(2) ? 0.0 : -0.0)
                    : kind == 2 && trial % 7 == 0 ? std::numeric_limits<double>::infinity()
                                                  : double(rng.uniformInt(kind < 6 ? 4 : 1000)) - (kind % 2 ? 0 : 500);
            }
            const int k = rng.uniformInt(std::min(n, 12) + 2);
            const std::vector<int> want = referenceTopK(v, k);
            for (const bool insertion : {false, true}) {
                std::vector<int> got(static_cast<std::size_t>(std::max(k, 1)), -1);
                const int count = insertion ? topKByInsertion(v.data(), n, k, got.data())
                                            : topKStableInto(v.data(), n, k, got.data());
                got.resize(std::size_t(count));
                QCOMPARE(got, want);
            }
            QCOMPARE(topKStable(v.data(), n, k), want);
        }
    }

    // Rows with a NaN are selected as insertion selects them. A diverged router's row is NaN
    // throughout (softmax spreads a NaN logit over its row): it still gets k experts, whose
    // NaN weights reach the loss and the divergence guard, instead of no expert and a silent 0.
    void topKIntoSelectsNaNScores()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (const int n : {8, 64}) {
            std::vector<double> v(static_cast<std::size_t>(n), nan);
            std::vector<int> got(2, -1);
            QCOMPARE(topKStableInto(v.data(), n, 2, got.data()), 2);
            QCOMPARE(got, std::vector<int>({0, 1}));
            for (const int at : {0, 3, n - 1}) {  // one NaN among equal finite scores
                v.assign(std::size_t(n), 0.5);
                v[std::size_t(at)] = nan;
                std::vector<int> byInsertion(2, -1);
                QCOMPARE(topKStableInto(v.data(), n, 2, got.data()), 2);
                QCOMPARE(topKByInsertion(v.data(), n, 2, byInsertion.data()), 2);
                QCOMPARE(got, byInsertion);
            }
        }
    }

    void indexPriorityPlacementMatchesTheDefinition()
    {
        Rng rng(9);
        for (int trial = 0; trial < 300; ++trial) {
            const int tokens = 1 + rng.uniformInt(40), experts = 1 + rng.uniformInt(9);
            const int perToken = 1 + rng.uniformInt(3);
            Routing r = randomRouting(rng, tokens, experts, perToken);
            if (trial % 3 == 0)  // not token-major (as expert choice lists them): the general path
                std::reverse(r.assignments.begin(), r.assignments.end());
            const int capacity = trial % 4 == 0 ? -1 : 1 + rng.uniformInt(6);
            placeWithCapacity(r, capacity, Priority::Index);
            const auto want = referencePlacement(r, capacity);
            int dropped = 0;
            for (int e = 0; e < experts; ++e) {
                QCOMPARE(r.expertSlots[std::size_t(e)], want[std::size_t(e)]);
                QVERIFY(capacity < 0 || r.keptCount(e) <= capacity);
                dropped += r.countPre[std::size_t(e)] - r.keptCount(e);
            }
            QCOMPARE(r.droppedAssignments, dropped);
        }
    }
};

QTEST_APPLESS_MAIN(TestRoutingBlocks)
#include "tst_routing_blocks.moc"
