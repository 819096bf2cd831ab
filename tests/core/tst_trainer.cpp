// The trainer end to end: every strategy learns, runs are bit-reproducible, checkpoints
// round-trip, divergence pauses with a reason, live changes keep what was learned, and a
// storm of random live changes never breaks an invariant.
#include "core/routing/expert_choice.h"
#include "core/trainer.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

using namespace moe;

namespace {

ExperimentConfig baseConfig(const std::string &strategy)
{
    ExperimentConfig c;
    c.model.experts = 4;
    c.model.hidden = 16;
    c.routing.strategy = strategy;
    c.routing.k = 2;
    c.train.lr = 0.01;
    c.train.batch = 64;
    c.train.steps = 400;
    c.train.seed = 1;
    c.train.evalEvery = 100;
    c.balance.aux = 0.01;
    if (strategy == "switch")
        c.routing.capacityFactor = 1.25;
    if (strategy == "expert_choice")
        c.routing.capacityFactor = 1.0;
    if (strategy == "noisy_topk") {
        c.balance.importance = 0.1;
        c.balance.load = 0.1;
    }
    return c;
}

bool allFinite(const Snapshot &s)
{
    auto ok = [](double v) {
        return std::isfinite(v);
    };
    if (!ok(s.trainLoss) || !ok(s.loadCv) || !ok(s.gateEntropy) || !ok(s.droppedFraction))
        return false;
    for (const auto &e : s.expertStats)
        if (!ok(e.load) || !ok(e.importance) || !ok(e.selectionBias))
            return false;
    return true;
}

// Invariants of the last training batch, readable from the snapshot alone.
QString invariantViolation(const Snapshot &s, int batch)
{
    const int routed = s.experts;
    for (int e = 0; e < routed; ++e) {
        const auto &st = s.expertStats[std::size_t(e)];
        if (st.capacity >= 0 && st.tokens > st.capacity && s.strategyId != "dense")
            return QString("expert %1 holds %2 tokens over capacity %3").arg(e).arg(st.tokens).arg(st.capacity);
        if (st.knockedOut && st.tokens != 0)
            return QString("knocked-out expert %1 received %2 tokens").arg(e).arg(st.tokens);
    }
    if (s.strategyId == "expert_choice") {
        int active = 0;
        for (int e = 0; e < routed; ++e)
            active += s.expertStats[std::size_t(e)].knockedOut ? 0 : 1;
        const int quota =
            ExpertChoiceStrategy::quota(s.config.routing.capacityFactor, s.config.routing.k, batch, active);
        for (int e = 0; e < routed; ++e)
            if (!s.expertStats[std::size_t(e)].knockedOut && s.expertStats[std::size_t(e)].tokens != quota)
                return QString("expert choice: expert %1 took %2 tokens, quota %3")
                    .arg(e)
                    .arg(s.expertStats[std::size_t(e)].tokens)
                    .arg(quota);
    }
    const bool dropless = s.config.routing.capacityFactor <= 0;
    if (s.strategyId == "topk" && dropless) {
        int active = 0;
        for (int e = 0; e < routed; ++e)
            active += s.expertStats[std::size_t(e)].knockedOut ? 0 : 1;
        const int k = std::min(s.k, active);
        if (std::abs(s.meanActiveExperts - k) > 1e-9)
            return QString("top-k: %1 experts per token, expected exactly %2").arg(s.meanActiveExperts).arg(k);
    }
    if (!allFinite(s))
        return "a non-finite value in the snapshot";
    return {};
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private slots:
    void everyStrategyLearnsFourClusters_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const char *s : {"dense", "topk", "noisy_topk", "switch", "gshard", "expert_choice"})
            QTest::newRow(s) << QString(s);
    }
    // Budget: 400 steps of 64 samples, Adam lr 0.01, seed 1, 800 samples (25 % test).
    void everyStrategyLearnsFourClusters()
    {
        QFETCH(QString, strategy);
        Trainer t(baseConfig(strategy.toStdString()), test::fourClusters(800, 1));
        while (t.step()) { }
        QVERIFY2(!t.diverged(), t.stopReason().c_str());
        const EvalResult r = t.evaluate();
        QVERIFY2(r.accuracy >= 0.95, qPrintable(QString("test accuracy %1").arg(r.accuracy)));
    }

    void piecewiseRegressionLearns()
    {
        ExperimentConfig c = baseConfig("topk");
        c.train.loss = TaskLoss::Competitive;
        c.train.steps = 800;
        Trainer t(c, test::piecewise1d(600, 2));
        while (t.step()) { }
        const EvalResult r = t.evaluate();
        QVERIFY2(r.accuracy > 0.9, qPrintable(QString("R² %1").arg(r.accuracy)));
        const Snapshot s = t.snapshot(SnapshotDetail::Full);
        QCOMPARE(int(s.curves.expertY.size()), 4);
        QVERIFY(!s.curves.mixture.empty());
    }

    void sameSeedGivesBitIdenticalRuns()
    {
        auto c = baseConfig("noisy_topk");
        c.routing.jitter = 0.01;
        c.model.dropout = 0.1;
        c.train.steps = 60;
        Trainer a(c, test::fourClusters(400, 3)), b(c, test::fourClusters(400, 3));
        while (a.step()) { }
        while (b.step()) { }
        QVERIFY(a.serializeWeights() == b.serializeWeights());
        c.train.seed = 2;
        Trainer other(c, test::fourClusters(400, 3));
        while (other.step()) { }
        QVERIFY(other.serializeWeights() != a.serializeWeights());
    }

    // A long run stays a bounded history spread evenly over the whole run, with both series.
    // (Thinning once kept every evaluated point, so the history grew without bound and was
    // copied whole on every step; and halving by position left only the last ~25 000 steps
    // of a long lesson in the plots.)
    void longRunsKeepABoundedEvenHistory()
    {
        auto c = baseConfig("topk");
        c.model.hidden = 4;
        c.train.batch = 8;
        c.train.evalEvery = 1;  // every step is also evaluated
        c.train.steps = 40000;
        Trainer t(c, test::fourClusters(40, 1));
        std::size_t largest = 0;
        while (t.step())
            if (t.stepCount() % 1000 == 0)
                largest = std::max(largest, t.snapshot().history.size());
        const Snapshot s = t.snapshot();
        largest = std::max(largest, s.history.size());
        QVERIFY2(largest <= 4001, qPrintable(QString::number(largest)));
        QVERIFY2(s.history.size() >= 1000, qPrintable(QString::number(s.history.size())));
        QCOMPARE(s.history.back().step, 40000);
        const double even = 40000.0 / double(s.history.size());  // the spacing of an even spread
        int widest = s.history.front().step;
        for (std::size_t i = 1; i < s.history.size(); ++i)
            widest = std::max(widest, s.history[i].step - s.history[i - 1].step);
        QVERIFY2(widest <= 4 * even, qPrintable(QStringLiteral("gap %1, even %2").arg(widest).arg(even)));
        int evaluated = 0;
        for (const auto &h : s.history)
            evaluated += h.testLoss >= 0 ? 1 : 0;
        QVERIFY(evaluated >= 500);
    }

    void checkpointRoundTrip()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/run.ckpt").toStdString();
        auto c = baseConfig("topk");
        c.train.steps = 100;
        Trainer a(c, test::fourClusters(400, 1));
        for (int i = 0; i < 30; ++i)
            a.step();
        QCOMPARE(QString::fromStdString(a.saveCheckpoint(path)), QString());
        Trainer b(c, test::fourClusters(400, 1));
        QCOMPARE(QString::fromStdString(b.loadCheckpoint(path)), QString());
        QVERIFY(a.serializeWeights() == b.serializeWeights());
        QCOMPARE(b.stepCount(), 30);
    }

    void damagedCheckpointsAreRefused_data()
    {
        QTest::addColumn<int>("keepBytes");
        QTest::addColumn<int>("flipAt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << 0 << -1 << "truncated";
        QTest::newRow("truncated in the middle") << 500 << -1 << "checksum";
        QTest::newRow("a flipped byte") << -1 << 300 << "checksum";
        QTest::newRow("wrong magic") << -1 << 0 << "magic";
    }
    void damagedCheckpointsAreRefused()
    {
        QFETCH(int, keepBytes);
        QFETCH(int, flipAt);
        QFETCH(QString, expected);
        Trainer a(baseConfig("topk"), test::fourClusters(200, 1));
        a.step();
        std::vector<char> bytes = a.serializeWeights();
        if (keepBytes >= 0)
            bytes.resize(std::size_t(keepBytes));
        if (flipAt >= 0)
            bytes[std::size_t(flipAt)] = char(bytes[std::size_t(flipAt)] ^ 0x5A);
        const auto before = a.serializeWeights();
        const QString err = QString::fromStdString(a.deserializeWeights(bytes));
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(a.serializeWeights() == before);  // nothing changed
    }

    void divergencePausesWithAReason()
    {
        auto c = baseConfig("topk");
        c.train.lr = 100;
        c.train.steps = 500;
        Trainer t(c, test::fourClusters(400, 1));
        int steps = 0;
        while (t.step())
            ++steps;
        QVERIFY2(t.diverged(), "learning rate 100 should diverge");
        QVERIFY(steps < 499);
        QVERIFY(QString::fromStdString(t.stopReason()).contains("learning rate"));
        QVERIFY(!t.step());  // stays paused
        for (char b : t.serializeWeights())
            (void)b;
        const Snapshot s = t.snapshot();
        QVERIFY(s.diverged);
        const auto inf = t.infer({0.5f, 0.5f});
        for (double v : inf.output)
            QVERIFY(std::isfinite(v));  // the restored weights are finite
    }

    void knockedOutExpertGetsZeroLoad_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const char *s : {"dense", "topk", "noisy_topk", "switch", "gshard", "expert_choice"})
            QTest::newRow(s) << QString(s);
    }
    void knockedOutExpertGetsZeroLoad()
    {
        QFETCH(QString, strategy);
        Trainer t(baseConfig(strategy.toStdString()), test::fourClusters(400, 1));
        for (int i = 0; i < 20; ++i)
            t.step();
        QCOMPARE(QString::fromStdString(t.apply(Command::knockOut(1))), QString());
        t.step();
        const Snapshot s = t.snapshot();
        QCOMPARE(s.expertStats[1].tokens, 0);
        QCOMPARE(s.expertStats[1].load, 0.0);
        QVERIFY(s.expertStats[1].knockedOut);
        QVERIFY2(invariantViolation(s, 64).isEmpty(), qPrintable(invariantViolation(s, 64)));
        const auto inf = t.infer({1.5f, -1.5f});
        QCOMPARE(inf.weights[1], 0.0);
        QCOMPARE(QString::fromStdString(t.apply(Command::restore(1))), QString());
        t.step();
        QVERIFY(!t.snapshot().expertStats[1].knockedOut);
    }

    void growingExpertsKeepsTheOthers()
    {
        Trainer t(baseConfig("topk"), test::fourClusters(400, 1));
        for (int i = 0; i < 50; ++i)
            t.step();
        const auto before = t.infer({0.3f, -0.7f});
        QCOMPARE(QString::fromStdString(t.apply(Command::addExpert())), QString());
        const auto after = t.infer({0.3f, -0.7f});
        QCOMPARE(int(after.expertOutputs.size()), 5);
        for (int e = 0; e < 4; ++e) {
            QVERIFY(before.expertOutputs[std::size_t(e)] == after.expertOutputs[std::size_t(e)]);
            QCOMPARE(before.logits[std::size_t(e)], after.logits[std::size_t(e)]);
        }
        QCOMPARE(QString::fromStdString(t.apply(Command::set("model.experts", "3"))), QString());
        const auto shrunk = t.infer({0.3f, -0.7f});
        for (int e = 0; e < 3; ++e)
            QVERIFY(before.expertOutputs[std::size_t(e)] == shrunk.expertOutputs[std::size_t(e)]);
        QVERIFY(t.step());
    }

    void liveChangesAreValidated()
    {
        Trainer t(baseConfig("topk"), test::fourClusters(200, 1));
        QVERIFY(!t.apply(Command::set("routing.k", "zero")).empty());
        QVERIFY(!t.apply(Command::set("routing.strategy", "nonsense")).empty());
        QVERIFY(!t.apply(Command::set("data.name", "iris")).empty());  // needs a reset
        QVERIFY(!t.apply(Command::knockOut(9)).empty());
        // A refusal is a sentence with its values (core/problem.h), in English for the CLI.
        const Problem missing = t.apply(Command::knockOut(9));
        QCOMPARE(missing.values, (std::vector<std::string> {"9", "4"}));
        QCOMPARE(missing.english(), std::string("expert 9 does not exist (there are 4)"));
        const Problem reset = t.apply(Command::set("model.hidden", "8"));
        QCOMPARE(reset.english(), std::string("model.hidden changes the shape of the model; start a new run to change it"));
        QCOMPARE(QString::fromStdString(t.apply(Command::set("routing.k", "1"))), QString());
        QCOMPARE(t.config().routing.k, 1);
        t.step();
        const Snapshot s = t.snapshot();
        bool warned = false;
        for (const auto &w : s.warnings)
            warned = warned || w.kind == WarningKind::NoRouterGradient;
        QVERIFY2(warned, "renormalised top-1 must warn that the gate gets no learning signal");
    }

    void stagedTrainingRunsItsThreeStages()
    {
        auto c = baseConfig("topk");
        c.train.schedule = Schedule::Staged;
        c.train.stageSteps = 100;
        c.train.steps = 350;
        Trainer t(c, test::fourClusters(800, 1));
        QStringList stages;
        while (t.step()) {
            const auto st = QString::fromStdString(t.snapshot().stage);
            if (stages.isEmpty() || stages.last() != st)
                stages << st;
        }
        QCOMPARE(stages, QStringList({"experts", "gate", "fine-tune"}));
        QVERIFY(t.evaluate().accuracy >= 0.95);
        const Snapshot s = t.snapshot(SnapshotDetail::Full);
        QVERIFY2(s.mutualInformationBits > 1.0, qPrintable(QString::number(s.mutualInformationBits)));
    }

    // Staged training switched on and off during a run (the window's train.schedule control):
    // stage A makes its experts' subsets when it starts, a new partition rule makes them again,
    // and switching back to joint gives the router and the configured strategy back.
    void stagedTrainingSwitchedOnAndOffLive()
    {
        auto c = baseConfig("topk");
        c.train.stageSteps = 50;
        Trainer t(c, test::fourClusters(400, 1));
        for (int i = 0; i < 5; ++i)
            QVERIFY(t.step());
        QVERIFY(t.apply(Command::set("train.schedule", "staged")).empty());
        QVERIFY(t.step());
        QCOMPARE(t.snapshot().stage, std::string("experts"));
        QVERIFY(t.apply(Command::set("train.stage_partition", "clusters")).empty());
        QVERIFY(t.step());
        QCOMPARE(t.snapshot().stage, std::string("experts"));
        QVERIFY(t.apply(Command::set("train.schedule", "joint")).empty());
        QVERIFY(t.step());
        const Snapshot s = t.snapshot();
        QCOMPARE(s.stage, std::string("joint"));
        QCOMPARE(s.strategyId, std::string("topk"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(t.step());
        QVERIFY(!t.diverged());
    }

    // 1 000 random live changes between training steps; every invariant holds after each.
    void stormOfLiveChanges()
    {
        auto c = baseConfig("topk");
        c.train.steps = 100000;
        c.train.batch = 32;
        Trainer t(c, test::fourClusters(300, 5));
        Rng rng(2024);
        const char *strategies[] = {"dense", "topk", "noisy_topk", "switch", "gshard", "expert_choice"};
        for (int i = 0; i < 1000; ++i) {
            const int E = t.snapshot().experts;
            switch (rng.uniformInt(7)) {
            case 0: t.apply(Command::set("routing.k", std::to_string(1 + rng.uniformInt(5)))); break;
            case 1: t.apply(Command::set("routing.strategy", strategies[rng.uniformInt(6)])); break;
            case 2: t.apply(Command::set("routing.capacity_factor", std::to_string(rng.uniformInt(5) * 0.5))); break;
            case 3: t.apply(Command::set("model.experts", std::to_string(1 + rng.uniformInt(8)))); break;
            case 4: t.apply(Command::knockOut(rng.uniformInt(E))); break;
            case 5: t.apply(Command::restore(rng.uniformInt(E))); break;
            default: t.apply(Command::set("balance.bias_rate", rng.uniformInt(2) ? "0.01" : "0")); break;
            }
            QVERIFY(t.step());
            const Snapshot s = t.snapshot();
            const QString v = invariantViolation(s, 32);
            QVERIFY2(v.isEmpty(), qPrintable(QString("after change %1: %2").arg(i).arg(v)));
        }
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
