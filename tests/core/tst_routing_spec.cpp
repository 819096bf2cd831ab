// The hand-computed vectors of MOE_SPEC.md §15 (shared fixture §15.0: T = 4, E = 3,
// scalar expert outputs O, upstream gradient 1 so ω = O), asserted to 1e-6.
#include "core/balancer.h"
#include "core/metrics.h"
#include "core/routing/dense.h"
#include "core/routing/expert_choice.h"
#include "core/routing/gshard_top2.h"
#include "core/routing/noisy_top_k.h"
#include "core/routing/switch_top1.h"
#include "core/routing/top_k.h"
#include "test_support.h"

#include <QtTest>

using namespace moe;
using moe::test::fromRows;

namespace {

MatrixD fixtureZ()
{
    return fromRows({{2.0, 1.0, 0.1}, {0.5, 2.5, 0.0}, {1.2, 0.3, 2.2}, {3.0, -1.0, 0.5}});
}
MatrixD fixtureO()
{
    return fromRows({{1.0, -1.0, 2.0}, {0.5, 3.0, -2.0}, {-1.0, 0.0, 4.0}, {2.0, 1.0, 0.0}});
}

// y_t = Σ_kept w · O[t][e]
std::vector<double> outputs(const Routing &r, const MatrixD &O)
{
    std::vector<double> y(std::size_t(r.tokens), 0.0);
    for (const auto &s : r.assignments)
        if (s.kept)
            y[std::size_t(s.token)] += s.weight * O(s.token, s.expert);
    return y;
}

// ω for kept pairs
MatrixD omegaOf(const Routing &r, const MatrixD &O)
{
    MatrixD w = MatrixD::Zero(r.tokens, r.experts);
    for (const auto &s : r.assignments)
        if (s.kept)
            w(s.token, s.expert) = O(s.token, s.expert);
    return w;
}

RouteContext context(int k, double cf = 0, bool normalize = true)
{
    RouteContext c;
    c.k = k;
    c.capacityFactor = cf;
    c.normalize = normalize;
    c.training = true;
    return c;
}

}  // namespace

class TestRoutingSpec : public QObject {
    Q_OBJECT
private slots:
    void softmaxAndLse()
    {
        const MatrixD P = softmaxRows(fixtureZ());
        MOE_COMPARE_MATRIX(P,
                           fromRows({{0.659001, 0.242433, 0.098566},
                                     {0.111166, 0.821409, 0.067425},
                                     {0.242433, 0.098566, 0.659001},
                                     {0.908760, 0.016645, 0.074596}}),
                           1e-6);
        const MatrixD Z = fixtureZ();
        QVERIFY(test::near(logSumExp(Z.row(0).data(), 3), 2.417030));
        QVERIFY(test::near(logSumExp(Z.row(3).data(), 3), 3.095674));
    }

    void denseGating()
    {
        DenseStrategy s;
        const auto ctx = context(3);
        const Routing r = s.route(fixtureZ(), {}, ctx);
        QVERIFY2(test::compareVector(outputs(r, fixtureO()), {0.613700, 2.384959, 2.393572, 1.834164}).empty(), "y");
        const auto g = s.backward(r, omegaOf(r, fixtureO()), ctx);
        MOE_COMPARE_MATRIX(g.dLogits,
                           fromRows({{0.254572, -0.391214, 0.136642},
                                     {-0.209543, 0.505200, -0.295657},
                                     {-0.822714, -0.235925, 1.058638},
                                     {0.150705, -0.013884, -0.136821}}),
                           1e-6);
    }

    void switchTop1()
    {
        SwitchStrategy s;
        const auto ctx = context(1);
        const Routing r = s.route(fixtureZ(), {}, ctx);
        for (int t = 0; t < 4; ++t)
            QCOMPARE(r.assignments[std::size_t(t)].expert, std::vector<int>({0, 1, 2, 0})[std::size_t(t)]);
        const auto f = switchFractions(r, AuxConvention::Switch, 1);
        QVERIFY(test::compareVector(f, {0.5, 0.25, 0.25}).empty());
        const AuxResult aux = switchAuxLoss(r, 1.0, AuxConvention::Switch, 1);
        QVERIFY(test::near(aux.value, 1.110255));
        MOE_COMPARE_MATRIX(aux.dLogits,
                           fromRows({{0.042135, -0.029956, -0.012179},
                                     {0.018526, -0.017121, -0.001405},
                                     {0.034436, -0.004480, -0.029956},
                                     {0.015547, -0.002836, -0.012711}}),
                           1e-6);
        const auto g = s.backward(r, omegaOf(r, fixtureO()), ctx);
        MOE_COMPARE_MATRIX(g.dLogits,
                           fromRows({{0.224719, -0.159764, -0.064955},
                                     {-0.273937, 0.440089, -0.166151},
                                     {-0.639054, -0.259820, 0.898875},
                                     {0.165831, -0.030252, -0.135579}}),
                           1e-6);
    }

    void switchCapacity_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<QList<bool>>("kept");
        QTest::addColumn<QList<double>>("y");
        QTest::newRow("index priority drops the last token")
            << int(Priority::Index) << QList<bool> {true, true, true, false}
            << QList<double> {0.659001, 2.464227, 2.636005, 0.0};
        QTest::newRow("batch-prioritised routing drops the least confident")
            << int(Priority::Bpr) << QList<bool> {false, true, true, true}
            << QList<double> {0.0, 2.464227, 2.636005, 1.817520};
    }
    void switchCapacity()
    {
        QFETCH(int, priority);
        QFETCH(QList<bool>, kept);
        QFETCH(QList<double>, y);
        SwitchStrategy s;
        auto ctx = context(1, 0.75);
        ctx.priority = Priority(priority);
        const Routing r = s.route(fixtureZ(), {}, ctx);
        QCOMPARE(r.capacity, 1);
        for (int t = 0; t < 4; ++t)
            QCOMPARE(r.assignments[std::size_t(t)].kept, kept[t]);
        QVERIFY(test::compareVector(outputs(r, fixtureO()), std::vector<double>(y.begin(), y.end())).empty());
        QVERIFY(test::near(computeRoutingStats(r, {}).droppedFraction, 0.25));
    }

    void topTwoRenormalisedAndNot()
    {
        TopKStrategy s;
        auto a = context(2, 0, true);
        const Routing ra = s.route(fixtureZ(), {}, a);
        QVERIFY(test::compareVector(outputs(ra, fixtureO()), {0.462117, 2.701993, 2.655293, 1.848284}).empty());
        MOE_COMPARE_MATRIX(s.backward(ra, omegaOf(ra, fixtureO()), a).dLogits,
                           fromRows({{0.393224, -0.393224, 0.0},
                                     {-0.262484, 0.262484, 0.0},
                                     {-0.983060, 0.0, 0.983060},
                                     {0.140207, 0.0, -0.140207}}),
                           1e-6);
        auto b = context(2, 0, false);
        const Routing rb = s.route(fixtureZ(), {}, b);
        QVERIFY(test::compareVector(outputs(rb, fixtureO()), {0.416568, 2.519810, 2.393572, 1.817520}).empty());
        MOE_COMPARE_MATRIX(s.backward(rb, omegaOf(rb, fixtureO()), b).dLogits,
                           fromRows({{0.384482, -0.343423, -0.041059},
                                     {-0.224533, 0.394433, -0.169899},
                                     {-0.822714, -0.235925, 1.058638},
                                     {0.165831, -0.030252, -0.135579}}),
                           1e-6);
        // Aux-loss conventions (§2), coefficient 1.
        QVERIFY(test::near(switchAuxLoss(ra, 1, AuxConvention::Mixtral, 2).value, 2.220510));
        QVERIFY(test::near(switchAuxLoss(ra, 1, AuxConvention::Megatron, 2).value, 1.110255));
        QVERIFY(test::near(switchAuxLoss(ra, 1, AuxConvention::Switch, 2).value, 1.110255));
    }

    void topTwoCapacity_data()
    {
        QTest::addColumn<bool>("normalize");
        QTest::addColumn<bool>("renorm");
        QTest::addColumn<QList<double>>("y");
        QTest::newRow("unnormalised") << false << false << QList<double> {0.416568, 2.519810, 2.636005, 1.817520};
        QTest::newRow("renormalised, no renorm after drop")
            << true << false << QList<double> {0.462117, 2.701993, 2.924234, 1.848284};
        QTest::newRow("renormalised after drop") << true << true << QList<double> {0.462117, 2.701993, 4.0, 1.848284};
    }
    void topTwoCapacity()
    {
        QFETCH(bool, normalize);
        QFETCH(bool, renorm);
        QFETCH(QList<double>, y);
        TopKStrategy s;
        auto ctx = context(2, 1.0, normalize);
        ctx.renormAfterDrop = renorm;
        const Routing r = s.route(fixtureZ(), {}, ctx);
        QCOMPARE(r.capacity, 3);
        QCOMPARE(r.keptCount(0), 3);
        QCOMPARE(r.keptCount(1), 2);
        QCOMPARE(r.keptCount(2), 2);
        QCOMPARE(r.droppedAssignments, 1);
        QVERIFY(test::compareVector(outputs(r, fixtureO()), std::vector<double>(y.begin(), y.end())).empty());
        if (normalize && !renorm) {
            const auto g = s.backward(r, omegaOf(r, fixtureO()), ctx);
            QVERIFY(test::near(g.dLogits(2, 0), -0.786448));
            QVERIFY(test::near(g.dLogits(2, 1), 0.0));
            QVERIFY(test::near(g.dLogits(2, 2), 0.786448));
        }
    }

    void zLoss()
    {
        DenseStrategy s;
        const Routing r = s.route(fixtureZ(), {}, context(3));
        const AuxResult z = routerZLoss(r, 1.0);
        QVERIFY(test::near(z.value, 7.386614));
        MOE_COMPARE_MATRIX(z.dLogits,
                           fromRows({{0.796413, 0.292984, 0.119118},
                                     {0.149892, 1.107561, 0.090914},
                                     {0.317227, 0.128975, 0.862313},
                                     {1.406612, 0.025763, 0.115462}}),
                           1e-6);
    }

    void gshardRandomSecond()
    {
        GShardStrategy s;
        auto ctx = context(2);
        ctx.gshardThreshold = 0.5;
        const std::vector<double> u {0.9, 0.1, 0.5, 0.3};
        ctx.fixedUniforms = &u;
        const Routing r = s.route(fixtureZ(), {}, ctx);
        const QList<bool> keep2 {false, true, true, false};
        for (const auto &slot : r.assignments)
            if (slot.rank == 1)
                QCOMPARE(slot.kept, keep2[slot.token]);
        QVERIFY(test::compareVector(outputs(r, fixtureO()), {0.731059, 2.701993, 2.655293, 1.848284}).empty());
    }

    void expertChoice_data()
    {
        QTest::addColumn<double>("cf");
        QTest::addColumn<int>("quota");
        QTest::addColumn<QList<double>>("y");
        QTest::newRow("c = 1.5: token 0 picked by all three")
            << 1.5 << 2 << QList<double> {0.613700, 2.464227, 2.636005, 1.817520};
        QTest::newRow("c = 1.0: token 0 gets no expert")
            << 1.0 << 1 << QList<double> {0.0, 2.464227, 2.636005, 1.817520};
    }
    void expertChoice()
    {
        QFETCH(double, cf);
        QFETCH(int, quota);
        QFETCH(QList<double>, y);
        ExpertChoiceStrategy s;
        const auto ctx = context(1, cf);
        const Routing r = s.route(fixtureZ(), {}, ctx);
        QCOMPARE(r.capacity, quota);
        for (int e = 0; e < 3; ++e)
            QCOMPARE(r.keptCount(e), quota);  // each expert's quota exactly
        QVERIFY(test::compareVector(outputs(r, fixtureO()), std::vector<double>(y.begin(), y.end())).empty());
        QCOMPARE(computeRoutingStats(r, {}).loadCv, 0.0);
    }

    void noisyTopK()
    {
        NoisyTopKStrategy s;
        auto ctx = context(2);
        ctx.importanceCoef = 0.1;
        ctx.loadCoef = 0.1;
        const MatrixD eps = fromRows({{0.5, -0.2, 0.1}, {-1.0, 0.0, 0.3}, {0.2, 1.5, -0.5}, {0.0, 0.0, 0.0}});
        ctx.fixedNormals = &eps;
        const MatrixD noise = MatrixD::Zero(4, 3);
        const Routing r = s.route(fixtureZ(), noise, ctx);
        MOE_COMPARE_MATRIX(r.stateA,
                           fromRows({{2.351574, 0.859371, 0.170315},
                                     {-0.203147, 2.5, 0.210944},
                                     {1.340629, 1.354721, 1.848426},
                                     {3.0, -1.0, 0.5}}),
                           1e-6);
        MOE_COMPARE_MATRIX(r.combineMatrix(),
                           fromRows({{0.816409, 0.183591, 0.0},
                                     {0.0, 0.907967, 0.092033},
                                     {0.0, 0.379021, 0.620979},
                                     {0.924142, 0.0, 0.075858}}),
                           1e-6);
        double total = 0;
        for (const auto &a : r.auxTerms)
            total += a.value;
        QVERIFY(test::near(total, 0.012159));
        QVERIFY(test::near(cvSquared({1.740551, 1.470579, 0.788871}), 0.090207));
        QVERIFY(test::compareVector(cvSquaredGradient({1.740551, 1.470579, 0.788871}), {0.107603, 0.006364, -0.249277},
                                    2e-6)
                    .empty());
    }

    void capacityRounding()
    {
        QCOMPARE(expertCapacity(1.1, 1, 100, 11, CapacityRule::Ceil), 10);
        QCOMPARE(expertCapacity(0.75, 1, 4, 3, CapacityRule::Ceil), 1);
        QCOMPARE(expertCapacity(1.0, 2, 4, 3, CapacityRule::Ceil), 3);
        QCOMPARE(expertCapacity(0.0, 2, 4, 3, CapacityRule::Ceil), -1);
    }

    void tiesPickLowerIndex()
    {
        const double z[3] = {1, 1, 0};
        QCOMPARE(topKStable(z, 3, 1), std::vector<int>({0}));
        QCOMPARE(topKStable(z, 3, 2), std::vector<int>({0, 1}));
    }

    void metricsOnFixture()
    {
        TopKStrategy s;
        const Routing r = s.route(fixtureZ(), {}, context(2, 1.0));
        const RoutingStats st = computeRoutingStats(r, {});
        QVERIFY(test::compareVector(st.loadFraction, {0.5, 0.25, 0.25}).empty());
        QVERIFY(test::near(st.loadCv, 0.353553));
        QVERIFY(test::near(st.maxMeanLoad, 1.5));
        QVERIFY(test::near(st.maxVio, 0.5));
        QVERIFY(test::near(st.droppedFraction, 0.125));
        QVERIFY(test::compareVector(st.importance, {1.921360, 1.179052, 0.899588}).empty());
        QVERIFY(test::near(st.gateEntropy, 0.657462));
        QVERIFY(test::near(st.gateEntropyNormalized, 0.598447));
        // MI(label; top-1) with labels [0,1,1,0], top-1 [0,1,2,0] = 1 bit.
        const std::vector<std::vector<int>> counts {{2, 0, 0}, {0, 1, 1}};
        QVERIFY(test::near(mutualInformation(counts), 0.693147));
    }

    void selectionBiasRule()
    {
        VectorD b(3);
        b << 0.0, 0.5, -0.5;
        Routing r;
        r.tokens = 4;
        r.experts = 3;
        r.logits = fixtureZ();
        r.countPre = {4, 4, 0};
        updateSelectionBias(b, r, 0.001);
        QVERIFY(test::near(b(0), -0.001) && test::near(b(1), 0.499) && test::near(b(2), -0.499));
    }
};

QTEST_APPLESS_MAIN(TestRoutingSpec)
#include "tst_routing_spec.moc"
