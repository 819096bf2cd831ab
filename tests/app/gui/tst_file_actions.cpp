// The File menu through its actions' slots: save then open gives the same configuration, the
// same weights bit for bit and the history; the recent-files list; Export run writes the run
// folder; Compare runs overlays two saved runs; painted points get the model's prediction.
#include "compare_dialog.h"
#include "file_actions.h"
#include "language_manager.h"
#include "main_window.h"
#include "recent_files.h"
#include "test_experiment.h"
#include "training_controller.h"

#include "app/common/experiment_file.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace moe::gui;

namespace {

TrainerState capture(TrainingController &controller)
{
    TrainerState state;
    bool done = false;
    QObject context;
    controller.requestState(&context, [&](const TrainerState &s) {
        state = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no state from the worker");
    return state;
}

// Trains config.train.steps steps (it stops by itself), then returns the worker's state.
TrainerState trainAndCapture(TrainingController &controller, const moe::ExperimentConfig &config)
{
    QSignalSpy stopped(&controller, &TrainingController::trainingStopped);
    controller.load(config);
    controller.play();
    if (!stopped.wait(60000))
        return {};
    return capture(controller);
}

}  // namespace

class TestFileActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { moe::test::isolateSettings(); }
    void init() { RecentFiles().clear(); }
    void saveThenOpenGivesTheSameConfigWeightsAndHistory();
    void failedSaveNamesTheFileAndKeepsTheOldOne();
    void recentFilesKeepEightNewestFirst();
    void exportRunWritesTheRunFolder();
    void compareDialogOverlaysTwoRuns();
    void compareRefusesAFileWithoutHistory();
    void paintedPointsGetPredictions();
};

void TestFileActions::saveThenOpenGivesTheSameConfigWeightsAndHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.moelab"));
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.fileActions()->setInteractive(false);
    moe::ExperimentConfig config = moe::test::smallExperiment(120);
    config.routing.k = 1;
    config.train.lr = 0.02;
    const TrainerState before = trainAndCapture(controller, config);
    QVERIFY(!before.weights.isEmpty());
    QVERIFY(before.snapshot);
    QCOMPARE(before.snapshot->step, 120);

    QSignalSpy saved(window.fileActions(), &FileActions::saved);
    window.fileActions()->saveTo(path);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    QCOMPARE(window.fileActions()->currentFile(), QFileInfo(path).absoluteFilePath());
    const auto file = moe::app::openExperiment(path);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.file.weights, before.weights);
    QCOMPARE(file.file.history.size(), before.snapshot->history.size());

    // A second window opens it: same config, same weights, the history before them.
    TrainingController other;
    MainWindow second(&other, &languages);
    second.fileActions()->setInteractive(false);
    QSignalSpy loaded(&other, &TrainingController::experimentLoaded);
    QVERIFY(second.fileActions()->openFile(path));
    QVERIFY(loaded.wait(30000));
    const TrainerState after = capture(other);
    QVERIFY(after.snapshot);
    QCOMPARE(moe::app::configToJson(after.config), moe::app::configToJson(config));
    QCOMPARE(after.weights, before.weights);
    QCOMPARE(after.snapshot->step, 120);
    // the saved history comes first (the fresh trainer may add its own first point after it)
    const std::size_t n = before.snapshot->history.size();
    QVERIFY(n > 2);
    QVERIFY(after.snapshot->history.size() >= n);
    QCOMPARE(after.snapshot->history[n - 1].step, before.snapshot->history[n - 1].step);
    QCOMPARE(after.snapshot->history[n - 1].trainLoss, before.snapshot->history[n - 1].trainLoss);
    QCOMPARE(second.fileActions()->recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(second.windowTitle().contains(QLatin1String("run.moelab")));

    // Training goes on from there: the steps continue after 120.
    QSignalSpy snapshots(&other, &TrainingController::snapshotUpdated);
    other.step();
    QTRY_COMPARE_WITH_TIMEOUT(other.snapshot().step, 121, 10000);
}

void TestFileActions::failedSaveNamesTheFileAndKeepsTheOldOne()
{
    QTemporaryDir dir;
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.fileActions()->setInteractive(false);
    trainAndCapture(controller, moe::test::smallExperiment(20));
    const QString path = dir.filePath(QStringLiteral("no/such/folder/run.moelab"));
    QSignalSpy saved(window.fileActions(), &FileActions::saved);
    window.fileActions()->saveTo(path);
    QVERIFY(saved.wait(10000));
    const QString error = saved.at(0).at(1).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("run.moelab")), qPrintable(error));
    QVERIFY(window.fileActions()->currentFile().isEmpty());
}

void TestFileActions::recentFilesKeepEightNewestFirst()
{
    QTemporaryDir dir;
    RecentFiles recent;
    for (int i = 0; i < 10; ++i)
        recent.add(dir.filePath(QStringLiteral("f%1.moelab").arg(i)));
    recent.add(dir.filePath(QStringLiteral("f5.moelab")));  // again: moves to the front
    QStringList files = recent.files();
    QCOMPARE(files.size(), RecentFiles::kMaximum);
    QCOMPARE(files.first(), dir.filePath(QStringLiteral("f5.moelab")));
    QCOMPARE(files.at(1), dir.filePath(QStringLiteral("f9.moelab")));
    QCOMPARE(files.count(dir.filePath(QStringLiteral("f5.moelab"))), 1);
    QVERIFY(!files.contains(dir.filePath(QStringLiteral("f0.moelab"))));
    QCOMPARE(RecentFiles().files(), files);  // kept in the settings

    // The menu lists them; a file that has gone is dropped when it fails to open.
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.fileActions()->setInteractive(false);
    QMenu *menu = window.fileActions()->recentMenu();
    QVERIFY(menu);
    int entries = 0;
    for (QAction *a : menu->actions())
        entries += a->data().toString().isEmpty() ? 0 : 1;
    QCOMPARE(entries, RecentFiles::kMaximum);
    QVERIFY(!window.fileActions()->openFile(files.first()));
    QVERIFY(!window.fileActions()->recentFiles()->files().contains(files.first()));
}

void TestFileActions::exportRunWritesTheRunFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("exported"));
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.fileActions()->setInteractive(false);
    trainAndCapture(controller, moe::test::smallExperiment(60));
    QSignalSpy exported(window.fileActions(), &FileActions::runExported);
    window.fileActions()->exportRunTo(folder);
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    for (const char *name : {"config.moelab", "metrics.csv", "experts.csv", "summary.json", "plots/loss.png",
                             "plots/loss.svg", "plots/expert_load.pdf"})
        QVERIFY2(QFile::exists(QDir(folder).filePath(QLatin1String(name))), name);
    QFile png(QDir(folder).filePath(QStringLiteral("plots/loss.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QVERIFY(png.read(8).startsWith("\x89PNG"));
}

void TestFileActions::compareDialogOverlaysTwoRuns()
{
    QTemporaryDir dir;
    QStringList paths;
    LanguageManager languages;
    for (int k : {1, 2}) {
        TrainingController controller;
        MainWindow window(&controller, &languages);
        window.fileActions()->setInteractive(false);
        moe::ExperimentConfig config = moe::test::smallExperiment(80 + 40 * k);
        config.routing.k = k;
        trainAndCapture(controller, config);
        const QString path = dir.filePath(QStringLiteral("k%1.moelab").arg(k));
        QSignalSpy saved(window.fileActions(), &FileActions::saved);
        window.fileActions()->saveTo(path);
        QVERIFY(saved.wait(10000));
        paths << path;
    }
    CompareDialog dialog;
    for (const QString &path : paths)
        QCOMPARE(dialog.addRunFrom(path), QString());
    QCOMPARE(dialog.runCount(), 2);
    for (auto metric : {CompareDialog::Loss, CompareDialog::LoadCv}) {
        QCustomPlot *plot = dialog.plot(metric);
        QCOMPARE(plot->graphCount(), 2);
        QCOMPARE(plot->graph(0)->name(), QStringLiteral("k1"));
        QCOMPARE(plot->graph(1)->name(), QStringLiteral("k2"));
        QVERIFY(plot->graph(0)->dataCount() > 3);
        // the runs are 120 and 160 steps long: the second curve reaches further
        QVERIFY(plot->graph(1)->data()->at(plot->graph(1)->dataCount() - 1)->key
                > plot->graph(0)->data()->at(plot->graph(0)->dataCount() - 1)->key);
    }
    QVERIFY(dialog.plot(CompareDialog::Accuracy)->graph(0)->dataCount() > 0);
    QCOMPARE(dialog.plot(CompareDialog::Loss)->graph(0)->pen().color(),
             dialog.findChildren<QCustomPlot *>().first()->graph(0)->pen().color());
    QVERIFY(dialog.plot(CompareDialog::Loss)->graph(0)->pen().color()
            != dialog.plot(CompareDialog::Loss)->graph(1)->pen().color());
}

void TestFileActions::compareRefusesAFileWithoutHistory()
{
    QTemporaryDir dir;
    moe::app::ExperimentFile file;
    file.config = moe::test::smallExperiment();
    const QString path = dir.filePath(QStringLiteral("bare.moelab"));
    QCOMPARE(file.save(path), QString());
    CompareDialog dialog;
    const QString error = dialog.addRunFrom(path);
    QVERIFY2(error.contains(QLatin1String("bare.moelab")), qPrintable(error));
    QCOMPARE(dialog.runCount(), 0);
    const QString missing = dialog.addRunFrom(dir.filePath(QStringLiteral("nothing")));
    QVERIFY(!missing.isEmpty());
}

void TestFileActions::paintedPointsGetPredictions()
{
    TrainingController controller;
    QSignalSpy loaded(&controller, &TrainingController::experimentLoaded);
    moe::ExperimentConfig config = moe::test::smallExperiment(50);
    controller.load(config);
    QVERIFY(loaded.wait(30000));
    const QVector<QPointF> points {{0.0, 0.0}, {1.0, -1.0}, {-2.0, 2.0}};
    controller.setPaintedPoints(points);
    // The snapshots carry the model's class for each point, in order.
    QTRY_COMPARE_WITH_TIMEOUT(int(controller.snapshot().painted.points.size()), 3, 10000);
    const moe::PaintedPredictions painted = controller.snapshot().painted;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(painted.points[std::size_t(i)].first, points[i].x());
        QCOMPARE(painted.points[std::size_t(i)].second, points[i].y());
    }
    QCOMPARE(int(painted.classes.size()), 3);
    for (int c : painted.classes)
        QVERIFY(c >= 0 && c < config.data.classes);
    controller.setPaintedPoints({});
    QTRY_VERIFY_WITH_TIMEOUT(controller.snapshot().painted.points.empty(), 10000);
}

QTEST_MAIN(TestFileActions)
#include "tst_file_actions.moc"
