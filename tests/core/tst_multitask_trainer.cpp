// MultiTaskTrainer (core/mmoe/multitask_trainer.h) on small two-task data: it learns (the
// test loss of each task falls well below the variance of its targets), the same seed gives
// the same run, the gate-weight matrix has one row per task that sums to one under dense
// gating (equal rows with one shared gate), and configuration errors name their key.
#include "core/mmoe/multitask_trainer.h"
#include "core/trainer.h"
#include "test_support.h"

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
        QCOMPARE(setConfigValue(c, key.toStdString(), value.toStdString()), std::string());
        try {
            MultiTaskTrainer t(c, twoTasks());
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString(e.what()).startsWith(message), e.what());
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
                                                  "moelab-cli"),
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
