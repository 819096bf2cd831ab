// MultiTaskTrainer (core/mmoe/multitask_trainer.h) on small two-task data: it learns (the
// test loss of each task falls well below the variance of its targets), the same seed gives
// the same run, the gate-weight matrix has one row per task that sums to one under dense
// gating (equal rows with one shared gate), and configuration errors name their key. Live
// changes apply between steps (and the shape keys are refused), a knocked-out expert gets no
// weight in any gate, a checkpoint continues the run bit for bit, a damaged one is refused,
// and the snapshot carries the per-task picture.
#include "core/mmoe/multitask_snapshot.h"
#include "core/mmoe/multitask_trainer.h"
#include "core/trainer.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace moe;

namespace {

// Two tasks on 3 inputs: y1 = x1 + x2, y2 = x1 − 2·x3 (exactly learnable by the towers).
std::shared_ptr<Dataset> twoTasks(int n = 600)
{
    auto d = std::make_shared<Dataset>();
    d->id = "two_tasks";
    d->task = Task::Regression;
    d->rowCount = n;
    d->featureCount = 3;
    d->features.resize(n, 3);
    d->targets.resize(n, 2);
    d->taskNames = {"sum", "difference"};
    Rng rng(4);
    for (int i = 0; i < n; ++i) {
        for (int c = 0; c < 3; ++c)
            d->features(i, c) = float(rng.normal());
        d->targets(i, 0) = d->features(i, 0) + d->features(i, 1);
        d->targets(i, 1) = d->features(i, 0) - 2 * d->features(i, 2);
    }
    return d;
}

ExperimentConfig smallConfig(TaskGates gates)
{
    ExperimentConfig c;
    c.model.experts = 4;
    c.model.hidden = 8;
    c.model.gates = gates;
    c.routing.strategy = "dense";
    c.train.steps = 600;
    c.train.lr = 0.01;
    c.train.batch = 32;
    c.train.threads = 1;
    return c;
}

std::vector<float> weightsOf(const MultiTaskTrainer &t)
{
    std::vector<float> out;
    for (const auto *p : t.model().parameters())
        out.insert(out.end(), p->value.data(), p->value.data() + p->value.size());
    return out;
}

}  // namespace

class TestMultiTaskTrainer : public QObject {
    Q_OBJECT
private slots:
    void learns_data()
    {
        QTest::addColumn<int>("gates");
        QTest::newRow("MMoE") << int(TaskGates::PerTask);
        QTest::newRow("OMoE") << int(TaskGates::Shared);
        QTest::newRow("shared bottom") << int(TaskGates::None);
    }
    void learns()
    {
        QFETCH(int, gates);
        const auto data = twoTasks();
        QCOMPARE(multiTaskCount(smallConfig(TaskGates(gates)), *data), 2);
        MultiTaskTrainer t(smallConfig(TaskGates(gates)), data);
        const MultiTaskEvaluation before = t.evaluate();
        while (t.step()) { }
        QVERIFY(!t.diverged());
        QCOMPARE(t.stepCount(), 600);
        const MultiTaskEvaluation after = t.evaluate();
        // Target variances: 2 and 5. A learned model explains most of them.
        for (int k = 0; k < 2; ++k) {
            QVERIFY2(after.taskLoss[std::size_t(k)] < 0.2 * before.taskLoss[std::size_t(k)],
                     qPrintable(QString("task %1: test MSE %2 from %3").arg(k).arg(after.taskLoss[std::size_t(k)]).arg(before.taskLoss[std::size_t(k)])));
            QVERIFY(after.r2[std::size_t(k)] > 0.9);
        }
        QVERIFY(std::abs(after.loss - (after.taskLoss[0] + after.taskLoss[1])) < 1e-9);
    }

    void sameSeedSameRun()
    {
        const auto data = twoTasks();
        ExperimentConfig c = smallConfig(TaskGates::PerTask);
        c.train.steps = 50;
        MultiTaskTrainer a(c, data), b(c, data);
        while (a.step()) { }
        while (b.step()) { }
        QCOMPARE(a.evaluate().taskLoss, b.evaluate().taskLoss);
        c.train.seed = 2;
        MultiTaskTrainer other(c, data);
        while (other.step()) { }
        QVERIFY(other.evaluate().taskLoss != a.evaluate().taskLoss);
    }

    void gateUsage()
    {
        const auto data = twoTasks();
        for (TaskGates g : {TaskGates::PerTask, TaskGates::Shared}) {
            MultiTaskTrainer t(smallConfig(g), data);
            for (int i = 0; i < 100; ++i)
                t.step();
            const auto usage = t.gateUsage();
            QCOMPARE(int(usage.size()), 2);
            for (const auto &row : usage) {
                QCOMPARE(int(row.size()), 4);
                double sum = 0;
                for (double w : row)
                    sum += w;
                QVERIFY2(std::abs(sum - 1.0) < 1e-5, "dense gate weights of a task do not sum to 1");
            }
            if (g == TaskGates::Shared)
                QCOMPARE(usage[0], usage[1]);
            else
                QVERIFY(usage[0] != usage[1]);
        }
        MultiTaskTrainer bottom(smallConfig(TaskGates::None), data);
        QVERIFY(bottom.gateUsage().empty());
    }

    void taskWeightsScaleTheLoss()
    {
        const auto data = twoTasks();
        ExperimentConfig c = smallConfig(TaskGates::PerTask);
        c.train.steps = 1;
        c.train.taskWeights = "1,0";
        MultiTaskTrainer t(c, data);
        t.step();
        const MultiTaskStepResult &s = t.lastStep();
        QVERIFY(std::abs(s.loss - s.auxLoss - s.taskLoss[0]) < 1e-6);
    }

    void configurationErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("too many tasks") << "model.tasks" << "3"
                                        << "model.tasks = 3, but the data set 'two_tasks' has 2 target columns";
        QTest::newRow("bad weights") << "train.task_weights" << "1,2,3"
                                     << "train.task_weights: 3 weights given for 2 tasks";
        QTest::newRow("slot strategy") << "routing.strategy" << "soft_moe" << "routing.strategy: soft_moe mixes";
        QTest::newRow("unknown strategy") << "routing.strategy" << "nope" << "routing.strategy: unknown strategy 'nope'";
    }
    void configurationErrors()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ExperimentConfig c = smallConfig(TaskGates::PerTask);
        QCOMPARE(std::string(setConfigValue(c, key.toStdString(), value.toStdString())), std::string());
        try {
            MultiTaskTrainer t(c, twoTasks());
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString(e.what()).startsWith(message), e.what());
        }
    }

    void liveChangesApplyBetweenSteps()
    {
        const auto data = twoTasks();
        ExperimentConfig c = smallConfig(TaskGates::PerTask);
        c.train.steps = 20;
        MultiTaskTrainer t(c, data);
        t.step();
        QCOMPARE(QString::fromStdString(t.apply(Command::set("train.lr", "0.5"))), QString());
        QCOMPARE(t.config().train.lr, 0.5);
        t.step();
        QCOMPARE(t.lastStep().learningRate, 0.5);
        QCOMPARE(QString::fromStdString(t.apply(Command::set("train.task_weights", "0,1"))), QString());
        t.step();
        QVERIFY(std::abs(t.lastStep().loss - t.lastStep().auxLoss - t.lastStep().taskLoss[1]) < 1e-6);
        QVERIFY(QString::fromStdString(t.apply(Command::set("train.task_weights", "1"))).contains("1 weights given"));
        QCOMPARE(t.taskWeights(), (std::vector<double> {0, 1}));  // the bad value changed nothing
        for (const char *key : {"model.gates", "model.experts", "model.hidden", "routing.strategy", "data.seed"})
            QVERIFY2(QString::fromStdString(t.apply(Command::set(key, "2"))).contains("start a new run"), key);
        QCOMPARE(QString::fromStdString(t.apply(Command::set("train.steps", "30"))), QString());
        while (t.step()) { }
        QCOMPARE(t.stepCount(), 30);
        t.extendSteps(5);
        QVERIFY(t.step());
    }

    void knockedOutExpertGetsNoWeight()
    {
        const auto data = twoTasks();
        MultiTaskTrainer t(smallConfig(TaskGates::PerTask), data);
        for (int i = 0; i < 20; ++i)
            t.step();
        const Command toggle = Command::toggleKnockOut(2);
        QCOMPARE(int(t.resolveToggle(toggle).kind), int(Command::Kind::KnockOut));
        QCOMPARE(QString::fromStdString(t.apply(toggle)), QString());
        QVERIFY(t.model().knockedOut(2));
        QCOMPARE(int(t.resolveToggle(toggle).kind), int(Command::Kind::Restore));
        for (const auto &row : t.gateUsage()) {
            QCOMPARE(row[2], 0.0);
            double sum = 0;
            for (double w : row)
                sum += w;
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }
        t.step();
        QCOMPARE(t.lastStep().expertShare[2], 0.0);
        for (int e : {0, 1})
            QCOMPARE(QString::fromStdString(t.apply(Command::knockOut(e))), QString());
        QVERIFY(QString::fromStdString(t.apply(Command::knockOut(3))).contains("last working expert"));
        QCOMPARE(QString::fromStdString(t.apply(toggle)), QString());  // restores 2
        QVERIFY(!t.model().knockedOut(2));
        QVERIFY(QString::fromStdString(t.apply(Command::knockOut(9))).contains("does not exist"));
        MultiTaskTrainer bottom(smallConfig(TaskGates::None), data);
        QVERIFY(QString::fromStdString(bottom.apply(Command::knockOut(0))).contains("no experts"));
    }

    void checkpointContinuesTheSameRun_data()
    {
        QTest::addColumn<int>("gates");
        QTest::newRow("MMoE") << int(TaskGates::PerTask);
        QTest::newRow("shared bottom") << int(TaskGates::None);
    }
    void checkpointContinuesTheSameRun()
    {
        QFETCH(int, gates);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("mt.ck")).toStdString();
        const auto data = twoTasks(300);
        ExperimentConfig c = smallConfig(TaskGates(gates));
        c.train.batch = 100;  // 240 training rows: the batch order wraps (and reshuffles) within the run
        c.train.steps = 40;
        MultiTaskTrainer a(c, data);
        for (int i = 0; i < 7; ++i)
            QVERIFY(a.step());
        if (gates != int(TaskGates::None))
            QCOMPARE(QString::fromStdString(a.apply(Command::knockOut(1))), QString());
        QCOMPARE(QString::fromStdString(a.apply(Command::set("train.lr", "0.02"))), QString());
        QCOMPARE(QString::fromStdString(a.saveCheckpoint(path)), QString());
        std::vector<std::vector<double>> expected;
        for (int i = 0; i < 10; ++i) {
            QVERIFY(a.step());
            expected.push_back(a.lastStep().taskLoss);
        }
        ExperimentConfig other = c;
        other.train.seed = 99;  // the checkpoint's configuration wins
        other.model.gates = TaskGates::Shared;
        other.train.steps = 50;  // but how far to train stays the caller's
        MultiTaskTrainer b(other, data);
        QCOMPARE(QString::fromStdString(b.loadCheckpoint(path)), QString());
        QCOMPARE(b.stepCount(), 7);
        QCOMPARE(b.config().train.steps, 50);
        QCOMPARE(b.config().train.lr, 0.02);
        QCOMPARE(int(b.config().model.gates), gates);
        if (gates != int(TaskGates::None))
            QVERIFY(b.model().knockedOut(1) && !b.model().knockedOut(0));
        for (int i = 0; i < 10; ++i) {
            QVERIFY(b.step());
            QCOMPARE(b.lastStep().taskLoss, expected[std::size_t(i)]);  // bit for bit
        }
        QVERIFY(weightsOf(a) == weightsOf(b));
        QCOMPARE(QString::fromStdString(b.apply(Command::set("train.steps", "40"))), QString());
        QVERIFY(a.serialize() == b.serialize());  // the whole state
        QCOMPARE(a.evaluate().taskLoss, b.evaluate().taskLoss);
    }

    void damagedCheckpointsAreRefused()
    {
        const auto data = twoTasks(300);
        MultiTaskTrainer t(smallConfig(TaskGates::PerTask), data);
        t.step();
        const std::vector<char> good = t.serialize();
        const std::vector<char> before = t.serialize();
        QVERIFY(t.deserialize({}).find("truncated") != std::string::npos);
        std::vector<char> cut(good.begin(), good.begin() + std::ptrdiff_t(good.size() / 2));
        QVERIFY(t.deserialize(cut).find("checksum") != std::string::npos);
        std::vector<char> flipped = good;
        flipped[good.size() / 3] ^= 0x40;
        QVERIFY(t.deserialize(flipped).find("checksum") != std::string::npos);
        std::vector<char> magic = good;
        magic[0] = 'X';
        QVERIFY(t.deserialize(magic).find("magic") != std::string::npos);
        Trainer vector(smallConfig(TaskGates::PerTask), test::piecewise1d());
        QVERIFY(t.deserialize(vector.serializeWeights()).find("multi-task checkpoint") != std::string::npos);
        MultiTaskTrainer fewer(smallConfig(TaskGates::PerTask), twoTasks(200));
        QVERIFY(fewer.deserialize(good).find("other data") != std::string::npos);
        QVERIFY(t.loadCheckpoint("/nonexistent/mt.ck").find("/nonexistent/mt.ck") != std::string::npos);
        QVERIFY(t.serialize() == before);  // nothing changed
        QCOMPARE(QString::fromStdString(t.deserialize(good)), QString());
        QVERIFY(t.step());
    }

    void snapshotCarriesThePerTaskPicture()
    {
        const auto data = twoTasks();
        ExperimentConfig c = smallConfig(TaskGates::PerTask);
        c.train.evalEvery = 10;
        MultiTaskTrainer t(c, data);
        MultiTaskHistory history;
        MultiTaskEvaluation eval;
        int evalStep = -1;
        std::vector<double> firstBatch;
        for (int i = 0; i < 35; ++i) {
            t.step();
            if (i == 0)
                firstBatch = t.lastStep().taskLoss;
            const bool due = t.stepCount() % 10 == 0;
            if (due) {
                eval = t.evaluate();
                evalStep = t.stepCount();
            }
            history.record(t, due ? &eval : nullptr);
        }
        QVERIFY(t.apply(Command::knockOut(3)).empty());
        const auto usage = t.gateUsage(100);
        MultiTaskSnapshotInputs in;
        in.history = &history;
        in.evaluation = &eval;
        in.evaluationStep = evalStep;
        in.gateUsage = &usage;
        in.usageRows = 100;
        const Snapshot s = buildMultiTaskSnapshot(t, in);
        QVERIFY(s.multiTask);
        const MultiTaskSnapshot &mt = *s.multiTask;
        QCOMPARE(s.step, 35);
        QCOMPARE(s.epoch, 35 * 32 / 450);  // 450 training rows, batches of 32
        QCOMPARE(s.outputDim, 2);
        QCOMPARE(mt.taskNames, (std::vector<std::string> {"sum", "difference"}));
        QCOMPARE(mt.experts, 4);
        QCOMPARE(mt.gateCount, 2);
        QCOMPARE(mt.evaluationStep, 30);
        QCOMPARE(mt.testLoss, eval.taskLoss);
        QCOMPARE(mt.trainLoss, t.lastStep().taskLoss);
        QCOMPARE(s.testLoss, eval.loss);
        QCOMPARE(mt.knockedOut, (std::vector<bool> {false, false, false, true}));
        QVERIFY(s.expertStats[3].knockedOut);
        QCOMPARE(mt.gateUsage, usage);
        QCOMPARE(int(mt.curves.steps.size()), 35);
        QCOMPARE(int(s.history.size()), 35);
        QCOMPARE(int(mt.curves.trainLoss.size()), 2);
        // The train curve is the batch loss smoothed: b̄ ← b̄ + 0.1 (b − b̄), from the first batch.
        QCOMPARE(mt.curves.trainLoss[1][0], firstBatch[1]);
        const double b34 = mt.curves.trainLoss[1][33];
        QVERIFY(std::abs(mt.curves.trainLoss[1][34] - (b34 + 0.1 * (t.lastStep().taskLoss[1] - b34))) < 1e-12);
        QVERIFY(std::isnan(mt.curves.testLoss[0][34]));  // step 35 was not evaluated
        QCOMPARE(mt.curves.testLoss[0][29], eval.taskLoss[0]);  // step 30 was
        double share = 0;
        for (double w : mt.expertShare)
            share += w;
        QVERIFY(std::abs(share - 1.0) < 1e-9);
    }

    // A long run keeps its history within the budget; the per-task values follow the steps kept.
    void historyStaysWithinItsBudget()
    {
        const auto data = twoTasks();
        ExperimentConfig c = smallConfig(TaskGates::Shared);
        c.train.evalEvery = 7;
        c.train.steps = 400;
        MultiTaskTrainer t(c, data);
        MultiTaskHistory history(50);
        MultiTaskEvaluation eval;
        while (t.step()) {
            const bool due = t.stepCount() % 7 == 0;
            if (due)
                eval = t.evaluate();
            history.record(t, due ? &eval : nullptr);
        }
        QVERIFY(history.points().size() <= 51);
        QCOMPARE(history.points().size(), history.taskPoints().size());
        for (std::size_t i = 0; i < history.points().size(); ++i) {
            QCOMPARE(history.taskPoints()[i].step, history.points()[i].step);
            QCOMPARE(history.taskPoints()[i].testLoss.empty(), history.points()[i].testLoss < 0);
        }
    }

    // The single-task Trainer (the window's) refuses a multi-task data set instead of training a
    // two-output regression that is not the multi-task model.
    void singleTaskTrainerRefusesMultiTaskData()
    {
        try {
            Trainer t(smallConfig(TaskGates::PerTask), twoTasks());
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString(e.what()).startsWith("data.name: 'two_tasks' has 2 tasks; multi-task models train with "
                                                  "the multi-task trainer"),
                     e.what());
        }
    }

    void singleTaskDataIsNotMultiTask()
    {
        auto data = test::piecewise1d();
        ExperimentConfig c = smallConfig(TaskGates::PerTask);
        QCOMPARE(multiTaskCount(c, *data), 0);
        c.model.tasks = 2;
        QCOMPARE(multiTaskCount(c, *data), 2);
        try {
            MultiTaskTrainer t(c, data);
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString(e.what()).startsWith("model.tasks: the data set 'test_piecewise' has one target"), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestMultiTaskTrainer)
#include "tst_multitask_trainer.moc"
