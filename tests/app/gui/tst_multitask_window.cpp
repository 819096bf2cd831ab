// Multi-task models in the window: data with several targets trains the MultiTaskTrainer on the
// worker thread and its snapshots carry the MultiTaskSnapshot (per-task losses, the expert ×
// task gate weights, whose rows sum to 1 with dense gating); live changes apply between steps
// and a shape key builds a new model; a click on an expert's column of the gate matrix knocks
// it out in the trainer (a second click restores it); a huge learning rate pauses with the
// divergence; File ▸ Save / Open restores the whole model and training goes on bit for bit;
// choosing mmoe_synthetic in the Data group switches to the multi-task views, and back.
#include "file_actions.h"
#include "language_manager.h"
#include "main_window.h"
#include "test_experiment.h"
#include "training_controller.h"

#include "core/mmoe/multitask_snapshot.h"
#include "widgets/expert_load_view.h"
#include "widgets/multitask_gate_view.h"
#include "widgets/multitask_loss_view.h"
#include "widgets/plot_export.h"
#include "widgets/task_gate_view.h"

#include <qcustomplot.h>

#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using moe::Command;
using moe::gui::TrainingController;

namespace {

// MMoE on the paper's synthetic pair, small: 4 experts of 8, dense gates, 1200 samples.
moe::ExperimentConfig smallMultiTask()
{
    moe::ExperimentConfig c;
    c.data.name = "mmoe_synthetic";
    c.data.samples = 1200;
    c.data.taskCorrelation = 0.5;
    c.model.experts = 4;
    c.model.hidden = 8;
    c.model.gates = moe::TaskGates::PerTask;
    c.routing.strategy = "dense";
    c.balance.aux = 0;
    c.train.lr = 0.003;
    c.train.batch = 32;
    c.train.steps = 100000;
    c.train.evalEvery = 20;
    c.train.threads = 1;
    return c;
}

double rowSum(const std::vector<double> &row)
{
    double sum = 0;
    for (double w : row)
        sum += w;
    return sum;
}

moe::gui::TrainerState capture(TrainingController &controller)
{
    moe::gui::TrainerState state;
    bool done = false;
    QObject context;
    controller.requestState(&context, [&](const moe::gui::TrainerState &s) {
        state = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no state from the worker");
    return state;
}

}  // namespace

class TestMultiTaskWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { moe::test::isolateSettings(); }
    void multiTaskDataTrainsTheMultiTaskModel();
    void liveChangesApplyAndShapeKeysRebuild();
    void hugeLearningRatePausesWithTheDivergence();
    void saveThenOpenContinuesTheSameRun();
    void windowSwitchesToTheMultiTaskViews();
    void knockOutClickReachesTheTrainer();
    void savesPicturesOfARealRun();

private:
    void loadPaused(TrainingController &c, const moe::ExperimentConfig &config);
};

void TestMultiTaskWindow::loadPaused(TrainingController &c, const moe::ExperimentConfig &config)
{
    QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
    QSignalSpy failed(&c, &TrainingController::experimentFailed);
    c.load(config);
    QVERIFY2(loaded.wait(30000), failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && c.snapshot().multiTask, 10000);
}

void TestMultiTaskWindow::multiTaskDataTrainsTheMultiTaskModel()
{
    TrainingController c;
    loadPaused(c, smallMultiTask());
    {
        const moe::Snapshot &s = c.snapshot();
        const moe::MultiTaskSnapshot &mt = *s.multiTask;
        QVERIFY(!s.languageModel);
        QCOMPARE(s.step, 0);
        QCOMPARE(mt.taskNames, (std::vector<std::string> {"y1", "y2"}));
        QCOMPARE(mt.experts, 4);
        QCOMPARE(mt.gateCount, 2);
        QCOMPARE(s.inputDim, 100);
        QCOMPARE(int(mt.gateUsage.size()), 2);
        QVERIFY(mt.trainLoss.empty());
    }

    c.play();
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().step >= 65, 30000);
    c.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!c.isRunning() && !c.snapshot().running, 10000);
    const moe::Snapshot &s = c.snapshot();
    const moe::MultiTaskSnapshot &mt = *s.multiTask;
    QCOMPARE(mt.step, s.step);
    QCOMPARE(int(mt.trainLoss.size()), 2);
    QCOMPARE(int(mt.testLoss.size()), 2);
    QVERIFY(mt.evaluationStep >= 60);
    QCOMPARE(mt.evaluationStep % 20, 0);
    for (int k = 0; k < 2; ++k) {
        QVERIFY(std::isfinite(mt.trainLoss[std::size_t(k)]) && mt.trainLoss[std::size_t(k)] > 0);
        QVERIFY(std::isfinite(mt.testLoss[std::size_t(k)]) && mt.testLoss[std::size_t(k)] > 0);
    }
    // The overall test loss is the sum of the tasks' (weights 1, 1).
    QVERIFY(std::abs(s.testLoss - (mt.testLoss[0] + mt.testLoss[1])) < 1e-9 * s.testLoss);
    // Curves: every step so far, each task's test loss at the evaluated ones.
    QCOMPARE(int(mt.curves.steps.size()), s.step);
    QCOMPARE(mt.curves.testLoss[1][std::size_t(mt.evaluationStep - 1)], mt.testLoss[1]);
    QVERIFY(std::isnan(mt.curves.testLoss[1][0]));
    // The gate matrix: a row per task over the 4 experts, each summing to 1 (dense gates), and
    // the two gates differ (MMoE).
    QCOMPARE(int(mt.gateUsage.size()), 2);
    for (const auto &row : mt.gateUsage) {
        QCOMPARE(int(row.size()), 4);
        QVERIFY2(std::abs(rowSum(row) - 1.0) < 1e-6, qPrintable(QString::number(rowSum(row))));
    }
    QVERIFY(mt.gateUsage[0] != mt.gateUsage[1]);
    QCOMPARE(int(s.expertStats.size()), 4);
    QVERIFY(s.stepsPerSecond >= 0);

    // Step: exactly one more.
    const int before = s.step;
    c.step();
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot().step, before + 1, 10000);
    QCOMPARE(c.snapshot().multiTask->step, before + 1);
}

void TestMultiTaskWindow::liveChangesApplyAndShapeKeysRebuild()
{
    TrainingController c;
    loadPaused(c, smallMultiTask());
    QSignalSpy applied(&c, &TrainingController::commandApplied);
    QSignalSpy rejected(&c, &TrainingController::commandRejected);
    c.step();
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot().step, 1, 10000);

    c.setValue(QStringLiteral("train.lr"), QStringLiteral("0.02"));
    c.setValue(QStringLiteral("train.task_weights"), QStringLiteral("1,0"));
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 10000);
    QVERIFY(rejected.isEmpty());
    c.step();
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot().step, 2, 10000);
    const moe::Snapshot &s = c.snapshot();
    QCOMPARE(s.config.train.lr, 0.02);
    QCOMPARE(s.learningRate, 0.02);
    QCOMPARE(s.multiTask->taskWeights, (std::vector<double> {1, 0}));
    // The step's loss is task 1's alone now.
    QVERIFY(std::abs(s.taskLoss - s.multiTask->trainLoss[0]) < 1e-6);

    // A bad value names its key and changes nothing.
    c.setValue(QStringLiteral("train.task_weights"), QStringLiteral("1,2,3"));
    QVERIFY(rejected.wait(10000));
    QVERIFY(rejected.at(0).at(1).toString().contains(QLatin1String("3 weights given for 2 tasks")));

    // A shape key: a new model, one shared gate (OMoE), whose two rows are the same.
    QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
    c.setValue(QStringLiteral("model.gates"), QStringLiteral("shared"));
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().multiTask && c.snapshot().multiTask->gateCount == 1, 10000);
    QCOMPARE(c.snapshot().step, 0);
    QCOMPARE(c.snapshot().config.train.lr, 0.02);  // the live settings carry over
    QCOMPARE(c.snapshot().multiTask->gateUsage[0], c.snapshot().multiTask->gateUsage[1]);
    // The expert count too (the vector model resizes it live; the gates are made for it).
    c.setValue(QStringLiteral("model.experts"), QStringLiteral("6"));
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().multiTask && c.snapshot().multiTask->experts == 6, 10000);
    QCOMPARE(int(c.snapshot().multiTask->gateUsage[0].size()), 6);
}

void TestMultiTaskWindow::hugeLearningRatePausesWithTheDivergence()
{
    TrainingController c;
    moe::ExperimentConfig config = smallMultiTask();
    config.train.clipNorm = 0;
    config.train.optimizer = moe::OptimizerKind::Sgd;
    loadPaused(c, config);
    QSignalSpy applied(&c, &TrainingController::commandApplied);
    c.setValue(QStringLiteral("train.lr"), QStringLiteral("1000"));  // the highest the key allows
    QVERIFY(applied.wait(10000));
    QSignalSpy stopped(&c, &TrainingController::trainingStopped);
    c.play();
    QVERIFY(stopped.wait(30000));
    QVERIFY2(!stopped.at(0).at(0).toString().isEmpty(), "no reason given");
    QTRY_VERIFY_WITH_TIMEOUT(!c.isRunning() && c.snapshot().diverged, 10000);
    QVERIFY(c.snapshot().divergence.happened());
    QVERIFY(c.snapshot().step < 10);
    // Play goes on from the restored weights once the rate is sane again.
    c.setValue(QStringLiteral("train.lr"), QStringLiteral("0.001"));
    const int at = c.snapshot().step;
    c.step();
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot().step, at + 1, 10000);
    QVERIFY(!c.snapshot().diverged);
    QVERIFY(std::isfinite(c.snapshot().trainLoss));
}

// File ▸ Save writes the whole multi-task model (weights, optimiser state, step, knock-outs,
// the batch position); File ▸ Open in another window restores it, and the next steps there
// give the losses the first window's next steps give.
void TestMultiTaskWindow::saveThenOpenContinuesTheSameRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mmoe.moelab"));
    moe::gui::LanguageManager languages;
    TrainingController first;
    moe::gui::MainWindow window(&first, &languages);
    window.fileActions()->setInteractive(false);
    moe::ExperimentConfig config = smallMultiTask();
    config.train.steps = 45;  // stops by itself
    loadPaused(first, config);
    QSignalSpy stopped(&first, &TrainingController::trainingStopped);
    first.play();
    QVERIFY(stopped.wait(60000));
    QSignalSpy applied(&first, &TrainingController::commandApplied);
    first.knockOut(3);
    QVERIFY(applied.wait(10000));
    first.setValue(QStringLiteral("train.steps"), QStringLiteral("60"));
    QVERIFY(applied.wait(10000));
    const moe::gui::TrainerState before = capture(first);
    QVERIFY(!before.weights.isEmpty());
    QCOMPARE(before.snapshot->step, 45);

    QSignalSpy saved(window.fileActions(), &moe::gui::FileActions::saved);
    window.fileActions()->saveTo(path);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.at(0).at(1).toString(), QString());

    TrainingController second;
    moe::gui::MainWindow other(&second, &languages);
    other.fileActions()->setInteractive(false);
    QSignalSpy loaded(&second, &TrainingController::experimentLoaded);
    QVERIFY(other.fileActions()->openFile(path));
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(second.hasSnapshot() && second.snapshot().multiTask, 10000);
    const moe::gui::TrainerState after = capture(second);
    QCOMPARE(after.weights, before.weights);  // the whole state, bit for bit
    QCOMPARE(after.snapshot->step, 45);
    QCOMPARE(after.config.train.steps, 60);
    QVERIFY(after.snapshot->multiTask->knockedOut[3]);
    QCOMPARE(after.snapshot->multiTask->gateUsage, before.snapshot->multiTask->gateUsage);
    QVERIFY(after.snapshot->history.size() >= before.snapshot->history.size());  // the saved history first

    for (int i = 1; i <= 3; ++i) {
        first.step();
        second.step();
        QTRY_VERIFY_WITH_TIMEOUT(first.snapshot().step == 45 + i && second.snapshot().step == 45 + i, 10000);
        QCOMPARE(second.snapshot().multiTask->trainLoss, first.snapshot().multiTask->trainLoss);
        QCOMPARE(second.snapshot().trainLoss, first.snapshot().trainLoss);
    }
    QCOMPARE(capture(second).weights, capture(first).weights);
}

void TestMultiTaskWindow::windowSwitchesToTheMultiTaskViews()
{
    TrainingController c;
    moe::gui::LanguageManager languages;
    moe::gui::MainWindow window(&c, &languages);
    window.show();
    QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
    c.load(moe::test::smallExperiment());
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && !c.snapshot().multiTask, 10000);
    auto *central = window.findChild<QStackedWidget *>(QStringLiteral("inputSpace"));
    auto *losses = window.findChild<moe::widgets::MultiTaskLossView *>(QStringLiteral("multiTaskLossView"));
    QVERIFY(central && losses);
    auto dock = [&](const char *name) {
        return window.findChild<QDockWidget *>(QLatin1String(name));
    };
    QVERIFY(!dock("multiTaskGateDock"));  // made when a multi-task model first appears
    QVERIFY(dock("lossDock")->isVisible());
    QVERIFY(central->currentWidget() != losses);

    // The Data group's choice: the multi-task model, with the data set's defaults.
    c.setValue(QStringLiteral("data.name"), QStringLiteral("mmoe_synthetic"));
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().multiTask != nullptr, 10000);
    QCOMPARE(c.config().data.name, std::string("mmoe_synthetic"));
    QCOMPARE(c.config().routing.strategy, std::string("dense"));
    QTRY_VERIFY_WITH_TIMEOUT(central->currentWidget() == losses, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dock("multiTaskGateDock")->isVisible(), 5000);
    QVERIFY(dock("multiTaskExpertLoadDock"));
    QVERIFY(!dock("lossDock")->isVisible());
    QVERIFY(!dock("gateHeatmapDock")->isVisible());
    c.step();
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot().step, 1, 10000);
    losses->refreshNow();
    QVERIFY2(losses->summary().contains(QLatin1String("MMoE")), qPrintable(losses->summary()));

    // And back to vector data: the vector views.
    c.setValue(QStringLiteral("data.name"), QStringLiteral("blobs"));
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && !c.snapshot().multiTask, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dock("lossDock")->isVisible(), 5000);
    QVERIFY(!dock("multiTaskGateDock")->isVisible());
    QVERIFY(central->currentWidget() != losses);
    QCOMPARE(c.config().routing.strategy, std::string("topk"));  // the window's defaults again
    window.close();
}

void TestMultiTaskWindow::knockOutClickReachesTheTrainer()
{
    TrainingController c;
    moe::gui::LanguageManager languages;
    moe::gui::MainWindow window(&c, &languages);
    window.resize(1280, 800);
    window.show();
    loadPaused(c, smallMultiTask());
    auto *gates = window.findChild<moe::widgets::MultiTaskGateView *>(QStringLiteral("multiTaskGateView"));
    QVERIFY(gates);
    QTRY_VERIFY_WITH_TIMEOUT(gates->isVisible() && gates->hasSnapshot() && gates->snapshot().multiTask, 5000);
    gates->refreshNow();
    QSignalSpy applied(&c, &TrainingController::commandApplied);
    moe::widgets::TaskGateView *matrix = gates->matrix();
    QCOMPARE(matrix->expertAt(matrix->cellCenter(2, 1)), 2);
    QTest::mouseClick(matrix->plot(), Qt::LeftButton, {}, matrix->plot()->mapFrom(matrix, matrix->cellCenter(2, 1)));
    QVERIFY(applied.wait(10000));
    QCOMPARE(int(applied.at(0).at(0).value<Command>().kind), int(Command::Kind::KnockOut));
    QCOMPARE(applied.at(0).at(0).value<Command>().expert, 2);
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().multiTask->knockedOut[2], 10000);
    for (const auto &row : c.snapshot().multiTask->gateUsage) {  // no gate gives it weight
        QCOMPARE(row[2], 0.0);
        QVERIFY(std::abs(rowSum(row) - 1.0) < 1e-6);
    }
    QVERIFY(c.snapshot().expertStats[2].knockedOut);
    gates->refreshNow();
    QVERIFY(matrix->plot()->xAxis->tickVectorLabels().join(' ').contains(QLatin1String("off")));

    // A second click restores it.
    QTest::mouseClick(matrix->plot(), Qt::LeftButton, {}, matrix->plot()->mapFrom(matrix, matrix->cellCenter(2, 0)));
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 10000);
    QCOMPARE(int(applied.at(1).at(0).value<Command>().kind), int(Command::Kind::Restore));
    QTRY_VERIFY_WITH_TIMEOUT(!c.snapshot().multiTask->knockedOut[2], 10000);

    // The expert load view's bars knock out as well.
    auto *load = window.findChild<moe::widgets::ExpertLoadView *>(QStringLiteral("multiTaskExpertLoadView"));
    QVERIFY(load);
    c.step();
    QTRY_COMPARE_WITH_TIMEOUT(c.snapshot().step, 1, 10000);
    load->setSnapshot(c.snapshotPtr());
    load->refreshNow();
    QCOMPARE(load->expertAt(load->barCenter(1)), 1);
    window.close();
}

// A real run's window, for the README and for a look: MMoE on ρ = 0.5, 300 steps.
void TestMultiTaskWindow::savesPicturesOfARealRun()
{
    const QString out = qEnvironmentVariable("MOELAB_SCREENSHOT_DIR");
    TrainingController c;
    moe::gui::LanguageManager languages;
    moe::gui::MainWindow window(&c, &languages);
    window.resize(1400, 860);
    window.show();
    moe::ExperimentConfig config = smallMultiTask();
    config.data.samples = 4000;
    config.model.experts = 6;
    config.train.steps = 300;
    config.train.evalEvery = 25;
    loadPaused(c, config);
    QSignalSpy stopped(&c, &TrainingController::trainingStopped);
    c.play();
    QVERIFY(stopped.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().step == 300 && !c.snapshot().running, 10000);
    for (auto *view : window.findChildren<moe::widgets::SnapshotView *>())
        if (view->isVisible())
            view->refreshNow();
    QTest::qWait(200);
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        QVERIFY(shot.save(QDir(out).filePath(QStringLiteral("multitask_window.png"))));
    }
    window.close();
}

QTEST_MAIN(TestMultiTaskWindow)
#include "tst_multitask_window.moc"
