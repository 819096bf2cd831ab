// The routers added after the first six, inside the model and the trainer: central finite
// differences through the whole model, hash routing that never changes, balanced routers,
// end-to-end learning on the four-cluster set, live switching, and shared and fine-grained
// experts (DeepSeekMoE presets) with every router.
#include "core/model.h"
#include "core/routing/hash.h"
#include "core/routing/registry.h"
#include "core/trainer.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <set>

using namespace moe;

namespace {

using test::makeGradientBatch;
using test::GradientBatch;
using test::Signature;
using test::signatureOf;

// Every parameter's name and values, as the trainer reports them (no optimiser step).
std::vector<std::pair<std::string, std::vector<float>>> weightsOf(const Trainer &t)
{
    MatrixF x = MatrixF::Zero(2, 2);
    const auto g = t.batchGradients(x, {0, 1}, MatrixF());
    std::vector<std::pair<std::string, std::vector<float>>> out;
    for (const auto &p : g.parameters)
        out.emplace_back(p.name, p.value);
    return out;
}

ExperimentConfig clusterConfig(const std::string &strategy)
{
    ExperimentConfig c;
    c.model.experts = 4;
    c.model.hidden = 16;
    c.routing.strategy = strategy;
    c.routing.k = strategy == "sinkhorn" ? 1 : 2;
    c.train.lr = 0.01;
    c.train.batch = 64;
    c.train.steps = 400;
    c.train.seed = 1;
    c.train.evalEvery = 100;
    c.balance.aux = 0.01;
    return c;
}

}  // namespace

class TestRouterTraining : public QObject {
    Q_OBJECT
private slots:
    // ---- finite differences through the whole model ------------------------------------
    void wholeModelGradients_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("loss");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<int>("shared");
        QTest::addColumn<int>("expertType");
        const QList<int> losses {int(TaskLoss::CrossEntropy), int(TaskLoss::MixtureOfDistributions), int(TaskLoss::Mse),
                                 int(TaskLoss::Competitive)};
        const QStringList lossNames {"ce", "mixture", "mse", "competitive"};
        for (const auto &s : test::extraRouters())
            for (int li = 0; li < losses.size(); ++li) {
                const QByteArray name = (s + " with " + lossNames[li] + " loss, aux + z-loss").toUtf8();
                QTest::newRow(name.constData()) << s << losses[li] << 1 << 2.0 << 0 << int(ExpertType::Mlp);
            }
        QTest::newRow("sinkhorn top-2 (softmax weights)")
            << "sinkhorn" << int(TaskLoss::CrossEntropy) << 2 << 1.0 << 0 << int(ExpertType::Mlp);
        QTest::newRow("sparsemax at temperature 1 with a shared expert")
            << "sparsemax" << int(TaskLoss::CrossEntropy) << 1 << 1.0 << 1 << int(ExpertType::Mlp);
        QTest::newRow("entmax with a shared expert, mixture loss")
            << "entmax" << int(TaskLoss::MixtureOfDistributions) << 1 << 1.0 << 1 << int(ExpertType::Mlp);
        QTest::newRow("soft moe with a shared expert")
            << "soft_moe" << int(TaskLoss::CrossEntropy) << 1 << 1.0 << 1 << int(ExpertType::Mlp);
        QTest::newRow("soft moe, linear experts")
            << "soft_moe" << int(TaskLoss::Mse) << 1 << 1.0 << 0 << int(ExpertType::Linear);
        QTest::newRow("base with a shared expert")
            << "base" << int(TaskLoss::CrossEntropy) << 1 << 1.0 << 1 << int(ExpertType::Mlp);
        QTest::newRow("hash with a shared expert")
            << "hash" << int(TaskLoss::CrossEntropy) << 1 << 1.0 << 1 << int(ExpertType::Mlp);
    }

    void wholeModelGradients()
    {
        QFETCH(QString, strategy);
        QFETCH(int, loss);
        QFETCH(int, k);
        QFETCH(double, temperature);
        QFETCH(int, shared);
        QFETCH(int, expertType);
        const int T = 10, d = 3, o = 3, E = 4;
        const auto kind = TaskLoss(loss);
        GradientBatch prob = makeGradientBatch(T, d, o, 11);

        ModelSpec spec;
        spec.inputs = d;
        spec.outputs = o;
        spec.experts = E;
        spec.hidden = 5;
        spec.activation = Activation::Tanh;
        spec.expertType = ExpertType(expertType);
        spec.sharedExperts = shared;
        spec.routerBias = true;
        Model<double> model(spec);
        Rng init(3);
        model.initialize(init, 0.8);
        model.layer().setStrategy(makeStrategy(strategy.toStdString()));

        LayerOptions opt;
        opt.route.k = k;
        opt.route.temperature = temperature;
        opt.auxAlpha = 0.05;
        opt.zLoss = 0.01;
        const Rng stream(77);

        const test::GradientCheck r = test::checkModelGradients(model, prob, kind, opt, stream);
        QVERIFY2(r.checked > 50,
                 qPrintable(QString("only %1 components checked, %2 skipped").arg(r.checked).arg(r.skipped)));
        QVERIFY2(r.worst < 1e-4,
                 qPrintable("worst relative error " + QString::number(r.worst) + " at "
                            + QString::fromStdString(r.worstAt)));
        QVERIFY2(r.routerNonZero > 0, "the router gradient was never exercised");
    }

    // ---- invariants through the trainer ------------------------------------------------
    void hashAssignmentNeverChanges()
    {
        ExperimentConfig c = clusterConfig("hash");
        c.balance.z = 0.01;  // even with a loss that moves the router weights
        c.train.steps = 300;
        Trainer t(c, test::fourClusters(800, 1));
        const Snapshot before = t.snapshot(SnapshotDetail::Full);
        QVERIFY(!before.probe.selected.empty());
        while (t.step()) { }
        const Snapshot after = t.snapshot(SnapshotDetail::Full);
        QCOMPARE(after.probe.sampleIndex, before.probe.sampleIndex);
        QCOMPARE(after.probe.selected, before.probe.selected);
        std::set<int> used;
        for (const auto &s : after.probe.selected) {
            QCOMPARE(int(s.size()), 1);
            used.insert(s.front());
        }
        QVERIFY2(used.size() >= 2, "the hash should spread the probe samples over experts");
        // The same check fails for a learned router: its probe routing moves.
        ExperimentConfig l = clusterConfig("topk");
        l.routing.k = 1;
        Trainer learned(l, test::fourClusters(800, 1));
        const Snapshot lb = learned.snapshot(SnapshotDetail::Full);
        while (learned.step()) { }
        QVERIFY(learned.snapshot(SnapshotDetail::Full).probe.selected != lb.probe.selected);
    }

    void balancedRoutersBalanceTheTrainingBatch_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("batch");
        QTest::newRow("base, batch 64") << "base" << 64;
        QTest::newRow("base, batch 50 (not a multiple of E)") << "base" << 50;
    }
    void balancedRoutersBalanceTheTrainingBatch()
    {
        QFETCH(QString, strategy);
        QFETCH(int, batch);
        ExperimentConfig c = clusterConfig(strategy.toStdString());
        c.train.batch = batch;
        c.train.steps = 30;
        Trainer t(c, test::fourClusters(800, 1));
        while (t.step()) {
            const Snapshot s = t.snapshot();
            for (int e = 0; e < s.experts; ++e) {
                const int n = s.expertStats[std::size_t(e)].tokens;
                QVERIFY2(n == batch / 4 || n == (batch + 3) / 4,
                         qPrintable(QString("expert %1 took %2").arg(e).arg(n)));
            }
        }
    }

    // ---- learning ----------------------------------------------------------------------
    void everyRouterLearnsFourClusters_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<double>("bar");
        for (const auto &s : test::extraRouters())
            QTest::newRow(s.toUtf8().constData()) << s << (s == "hash" ? 0.90 : 0.95);
    }
    // Budget (as tst_trainer): 400 steps of 64 samples, Adam lr 0.01, seed 1, 800 samples.
    // Hash routing's bar is 0.90: it cannot learn where to send a sample, each expert must
    // classify whatever cones of the plane the hash gives it.
    void everyRouterLearnsFourClusters()
    {
        QFETCH(QString, strategy);
        QFETCH(double, bar);
        Trainer t(clusterConfig(strategy.toStdString()), test::fourClusters(800, 1));
        while (t.step()) { }
        QVERIFY2(!t.diverged(), t.stopReason().c_str());
        const EvalResult r = t.evaluate();
        qInfo("%s: test accuracy %.4f", qPrintable(strategy), r.accuracy);
        QVERIFY2(r.accuracy >= bar, qPrintable(QString("test accuracy %1 < %2").arg(r.accuracy).arg(bar)));
        const Snapshot s = t.snapshot(SnapshotDetail::Full);
        if (strategy == "soft_moe")
            QCOMPARE(s.meanActiveExperts, 4.0);
        if (strategy == "sparsemax" || strategy == "entmax")
            QVERIFY(s.meanActiveExperts >= 1.0 && s.meanActiveExperts <= 4.0);
    }

    // Switching to and from each router live keeps every learned weight, and training goes on.
    void liveSwitchingKeepsWeights()
    {
        ExperimentConfig c = clusterConfig("topk");
        c.train.steps = 2000;
        Trainer t(c, test::fourClusters(800, 1));
        for (int i = 0; i < 100; ++i)
            t.step();
        for (const auto &id : test::extraRouters()) {
            const auto before = weightsOf(t);
            QCOMPARE(QString::fromStdString(t.apply(Command::set("routing.strategy", id.toStdString()))), QString());
            QVERIFY2(weightsOf(t) == before, qPrintable(id + ": switching changed the weights"));
            for (int i = 0; i < 20; ++i)
                QVERIFY2(t.step(), qPrintable(id + ": " + QString::fromStdString(t.stopReason())));
            const auto during = weightsOf(t);
            QVERIFY(during != before);  // it did train in between
            QCOMPARE(QString::fromStdString(t.apply(Command::set("routing.strategy", "topk"))), QString());
            QVERIFY2(weightsOf(t) == during, qPrintable(id + ": switching back changed the weights"));
            QVERIFY(t.step());
        }
        QVERIFY(t.evaluate().accuracy >= 0.9);
    }

    // ---- DeepSeekMoE: shared and fine-grained experts ----------------------------------
    // MOE_SPEC §11 presets: coarse (E = 4, h, k = 1), fine (16 × h/4, k = 4), fine+shared
    // (routed h/4, 3 routed active + 1 shared of width h/4). Equal active expert FLOPs and
    // parameters (up to the router, d·E, and one output bias of o per active expert).
    void fineGrainedPresetsHaveEqualActiveCost()
    {
        struct Preset {
            int fine, shared;
        };
        const Preset presets[] = {{1, 0}, {4, 0}, {4, 1}};  // coarse, fine, fine+shared
        std::vector<double> expertFlops;
        std::vector<long long> expertParams;
        for (const auto &p : presets) {
            ExperimentConfig c = clusterConfig("topk");
            c.model.hidden = 16;
            c.model.experts = 4;
            c.model.fineGrain = p.fine;
            c.routing.k = 1;
            c.model.sharedExperts = p.shared;
            Trainer t(c, test::fourClusters(200, 1));
            t.step();
            const Snapshot s = t.snapshot();
            const int E = s.experts, d = 2, o = 4;
            const int routedActive = s.k;
            expertFlops.push_back(s.flopsPerToken - 2.0 * d * E - 2.0 * o * routedActive);
            expertParams.push_back(s.paramsActive - (long long)(d)*E - (long long)(o) * (routedActive + p.shared));
        }
        qInfo("active expert FLOPs %g %g %g; params %lld %lld %lld", expertFlops[0], expertFlops[1], expertFlops[2],
              expertParams[0], expertParams[1], expertParams[2]);
        QCOMPARE(expertFlops[1], expertFlops[0]);
        QCOMPARE(expertParams[1], expertParams[0]);
        // fine+shared: the router picks m·k − K_s = 3 of the 15 routed experts, plus 1 shared.
        QCOMPARE(expertFlops[2], expertFlops[0]);
    }

    void sharedAndFineGrainedWorkWithEveryRouter_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const auto &s : test::extraRouters())
            QTest::newRow(s.toUtf8().constData()) << s;
    }
    void sharedAndFineGrainedWorkWithEveryRouter()
    {
        QFETCH(QString, strategy);
        ExperimentConfig c = clusterConfig(strategy.toStdString());
        c.model.experts = 2;
        c.model.fineGrain = 2;  // 2·2 = 4 experts of width 8: 1 shared + 3 routed
        c.model.sharedExperts = 1;
        Trainer t(c, test::fourClusters(800, 1));
        while (t.step()) { }
        QVERIFY2(!t.diverged(), t.stopReason().c_str());
        const Snapshot s = t.snapshot();
        QCOMPARE(s.experts, 3);
        const EvalResult r = t.evaluate();
        QVERIFY2(r.accuracy >= 0.95, qPrintable(QString("test accuracy %1").arg(r.accuracy)));
    }
};

QTEST_APPLESS_MAIN(TestRouterTraining)
#include "tst_router_training.moc"
