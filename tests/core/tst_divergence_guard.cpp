// The divergence rule every trainer shares (core/divergence_guard.h), with hand numbers:
// L₀ = max(first loss, 10⁻³) and the threshold 50·L₀ + 10; NaN, ∞ and a non-finite gradient;
// the weights written back with their optimiser state reset; the English wording.
// Then each trainer that uses it (vector, multi-task) pauses on the same rule.
#include "core/divergence_guard.h"
#include "core/mmoe/multitask_trainer.h"
#include "core/trainer.h"

#include "test_support.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace moe;

class TestDivergenceGuard : public QObject {
    Q_OBJECT

private slots:
    void explosionThresholdIsFiftyTimesTheFirstLossPlusTen()
    {
        DivergenceGuard<float> g;
        QVERIFY(!g.checkLoss(2.0, 1).happened());  // L₀ = 2: threshold 110
        QVERIFY(!g.checkLoss(109.9, 2).happened());
        const Divergence d = g.checkLoss(110.1, 3);
        QCOMPARE(d.kind, DivergenceKind::LossExploded);
        QCOMPARE(d.step, 3);
        QCOMPARE(d.loss, 110.1);
        QCOMPARE(d.initialLoss, 2.0);
        // The first loss sets L₀ once: a later small loss does not lower the threshold.
        QVERIFY(!g.checkLoss(0.01, 4).happened());
        QVERIFY(!g.checkLoss(109.0, 5).happened());
    }

    void initialLossHasAFloor()
    {
        DivergenceGuard<float> g;
        QVERIFY(!g.checkLoss(0.0, 1).happened());  // L₀ = 10⁻³: threshold 10.05
        QVERIFY(!g.checkLoss(10.04, 2).happened());
        QCOMPARE(g.checkLoss(10.06, 3).kind, DivergenceKind::LossExploded);
        g.forgetInitialLoss();
        QVERIFY(!g.checkLoss(100.0, 4).happened());  // a fresh L₀ = 100
        QVERIFY(!g.checkLoss(5009.0, 5).happened());
        QCOMPARE(g.checkLoss(5011.0, 6).kind, DivergenceKind::LossExploded);
    }

    void nonFiniteLossesAndGradients()
    {
        DivergenceGuard<double> g;
        QCOMPARE(g.checkLoss(std::numeric_limits<double>::quiet_NaN(), 7).kind, DivergenceKind::LossNaN);
        QCOMPARE(g.checkLoss(std::numeric_limits<double>::infinity(), 7).kind, DivergenceKind::LossInfinite);
        QCOMPARE(g.checkLoss(-std::numeric_limits<double>::infinity(), 7).kind, DivergenceKind::LossInfinite);
        QVERIFY(!g.checkGradient(1e30, 8).happened());
        QCOMPARE(g.checkGradient(std::numeric_limits<double>::infinity(), 8).kind, DivergenceKind::GradientNonFinite);
        QCOMPARE(g.checkGradient(std::numeric_limits<double>::quiet_NaN(), 9).step, 9);
    }

    void restoreWritesBackMatchingTensorsAndResetsTheirState()
    {
        Parameter<float> a("a", 2, 2), b("b", 1, 3);
        a.value << 1, 2, 3, 4;
        b.value << 5, 6, 7;
        DivergenceGuard<float> g;
        QCOMPARE(g.restoreWeights({&a, &b}), -1);  // nothing kept yet
        g.rememberWeights({&a, &b}, 25);
        a.value.setConstant(99);
        a.m = MatrixF::Ones(2, 2);
        a.t = 4;
        b.value = MatrixF::Constant(1, 4, 7);  // grew since (a new expert column)
        QCOMPARE(g.restoreWeights({&a, &b}), 25);
        QCOMPARE(a.value(1, 0), 3.0f);
        QCOMPARE(a.value(0, 1), 2.0f);
        QCOMPARE(a.t, 0LL);
        QCOMPARE(a.m.size(), Eigen::Index(0));
        QCOMPARE(b.value.cols(), Eigen::Index(4));  // left as it is
        QCOMPARE(b.value(0, 3), 7.0f);
        QCOMPARE(g.restoreWeights({&a}), -1);  // a different list of tensors
    }

    void wording()
    {
        Divergence d;
        QVERIFY(describeDivergence(d).empty());
        d.kind = DivergenceKind::LossExploded;
        d.step = 12;
        d.loss = 250;
        d.initialLoss = 2;
        d.restoredStep = 10;
        const std::string text = describeDivergence(d);
        QVERIFY(text.find("exploded to 250") != std::string::npos);
        QVERIFY(text.find("step 12") != std::string::npos);
        QVERIFY(text.find("weights of step 10 were restored") != std::string::npos);
        d.restoredStep = -1;
        QVERIFY(describeDivergence(d).find("restored") == std::string::npos);
    }

    // The vector trainer: a huge learning rate diverges, the snapshot names the kind and the step
    // whose weights came back, and those weights are the ones of that step.
    void vectorTrainerPausesOnTheRule()
    {
        ExperimentConfig c;
        c.model.experts = 4;
        c.model.hidden = 8;
        c.train.lr = 100;
        c.train.steps = 500;
        c.train.threads = 1;
        Trainer t(c, test::fourClusters(400, 1));
        while (t.step()) { }
        QVERIFY2(t.diverged(), "learning rate 100 should diverge");
        const Divergence d = t.divergence();
        QVERIFY(d.happened());
        QVERIFY(d.step >= 1);
        QVERIFY(d.restoredStep >= 0 && d.restoredStep < d.step);
        QCOMPARE(d.restoredStep % DivergenceGuard<float>::kRememberEvery, 0);
        const Snapshot s = t.snapshot();
        QCOMPARE(s.divergence.kind, d.kind);
        QCOMPARE(s.divergence.restoredStep, d.restoredStep);
        QCOMPARE(s.stopReason, describeDivergence(d));
    }

    // The multi-task trainer had no explosion test and kept the broken weights; now it has both.
    void multiTaskTrainerPausesOnTheRule()
    {
        auto d = std::make_shared<Dataset>();
        d->id = "two_tasks";
        d->task = Task::Regression;
        d->rowCount = 300;
        d->featureCount = 2;
        d->features.resize(300, 2);
        d->targets.resize(300, 2);
        d->taskNames = {"sum", "difference"};
        Rng rng(3);
        for (int i = 0; i < 300; ++i) {
            d->features(i, 0) = float(rng.normal());
            d->features(i, 1) = float(rng.normal());
            d->targets(i, 0) = d->features(i, 0) + d->features(i, 1);
            d->targets(i, 1) = d->features(i, 0) - d->features(i, 1);
        }
        ExperimentConfig c;
        c.model.experts = 4;
        c.model.hidden = 8;
        c.routing.strategy = "dense";
        c.train.lr = 100;
        c.train.steps = 300;
        c.train.threads = 1;
        MultiTaskTrainer t(c, d);
        while (t.step()) { }
        QVERIFY2(t.diverged(), "learning rate 100 should diverge");
        QVERIFY(t.divergence().happened());
        QVERIFY(t.divergence().restoredStep >= 0);
        QCOMPARE(t.stopReason(), describeDivergence(t.divergence()));
    }
};

QTEST_APPLESS_MAIN(TestDivergenceGuard)
#include "tst_divergence_guard.moc"
