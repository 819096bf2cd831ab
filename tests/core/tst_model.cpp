// Model-level invariants: dropped tokens pass through in residual mode, every token gets
// exactly k experts without a capacity limit, no expert exceeds its capacity.
#include "core/model.h"
#include "core/routing/registry.h"
#include "test_support.h"

#include <QtTest>

using namespace moe;

class TestModel : public QObject {
    Q_OBJECT
private slots:
    void droppedTokensPassThroughInResidualMode()
    {
        ModelSpec spec;
        spec.inputs = 2;
        spec.outputs = 2;
        spec.experts = 4;
        spec.hidden = 8;
        spec.residual = true;
        Model<double> m(spec);
        Rng rng(5);
        m.initialize(rng, 0.02);
        m.layer().setStrategy(makeStrategy("switch"));
        MatrixD x(32, 2);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = rng.normal();
        LayerOptions opt;
        opt.route.k = 1;
        opt.route.capacityFactor = 0.25;  // C = 2 of 32 tokens per expert: most are dropped
        ModelForward<double> f;
        m.forward(x, opt, true, Rng(1), f);
        std::vector<int> kept(32, 0);
        for (const auto &a : f.layer.routing.assignments)
            kept[std::size_t(a.token)] += a.kept ? 1 : 0;
        int dropped = 0;
        for (int t = 0; t < 32; ++t)
            if (kept[std::size_t(t)] == 0) {
                ++dropped;
                QCOMPARE(f.output(t, 0), x(t, 0));  // exactly the input
                QCOMPARE(f.output(t, 1), x(t, 1));
            } else {
                QVERIFY(f.output.row(t) != x.row(t));
            }
        QVERIFY(dropped >= 24);
        for (int e = 0; e < 4; ++e)
            QVERIFY(f.layer.routing.keptCount(e) <= 2);
    }

    void exactlyKExpertsPerTokenWithoutCapacity_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("experts");
        for (int e : {2, 4, 8})
            for (int k = 1; k <= e; k *= 2)
                QTest::addRow("k=%d of E=%d", k, e) << k << e;
    }
    void exactlyKExpertsPerTokenWithoutCapacity()
    {
        QFETCH(int, k);
        QFETCH(int, experts);
        ModelSpec spec;
        spec.inputs = 3;
        spec.outputs = 2;
        spec.experts = experts;
        Model<double> m(spec);
        Rng rng(9);
        m.initialize(rng, 1.0);
        MatrixD x(40, 3);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = rng.normal();
        LayerOptions opt;
        opt.route.k = k;
        ModelForward<double> f;
        m.forward(x, opt, true, Rng(2), f);
        std::vector<int> perToken(40, 0);
        for (const auto &a : f.layer.routing.assignments)
            if (a.kept)
                ++perToken[std::size_t(a.token)];
        for (int t = 0; t < 40; ++t)
            QCOMPARE(perToken[std::size_t(t)], k);
    }
};

QTEST_APPLESS_MAIN(TestModel)
#include "tst_model.moc"
