// Smoke test of the whole window, offscreen: it opens, trains 200 steps with every view
// fed, and its status bar, panels, shortcuts and language menu behave.
#include "control_panel.h"
#include "config_control.h"
#include "language_manager.h"
#include "main_window.h"
#include "test_experiment.h"
#include "training_controller.h"
#include "training_status_bar.h"
#include "view_docks.h"

#include "widgets/loss_view.h"
#include "widgets/snapshot_view.h"

#include <qcustomplot.h>

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace moe::gui;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { moe::test::isolateSettings(); }
    void trainsTwoHundredStepsWithEveryViewFed();
    void controlPanelHasEveryConfigKeyWithATooltip();
    void panelEditReachesTheTrainer();
    void shortcutsStepAndPause();
    void presenterModeEnlargesText();
    void languageMenuListsTheLanguages();
};

void TestMainWindow::trainsTwoHundredStepsWithEveryViewFed()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy stopped(&controller, &TrainingController::trainingStopped);
    controller.load(moe::test::smallExperiment(200));
    controller.play();
    QVERIFY(stopped.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(controller.snapshot().step, 200, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.trainingStatusBar()->stepText().contains(QLatin1String("200")), 5000);

    const auto views = window.viewDocks()->views();
    QVERIFY(views.size() >= 4);
    for (moe::widgets::SnapshotView *view : views) {
        if (!view->isVisible())
            continue;
        QTRY_VERIFY2_WITH_TIMEOUT(view->refreshCount() > 0, qPrintable(view->objectName()), 5000);
        QCOMPARE(view->snapshot().step, 200);
    }
    const QImage shot = window.grab().toImage();
    QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
    QVERIFY(!window.trainingStatusBar()->findChild<QLabel *>(QStringLiteral("paramsLabel"))->text().isEmpty());
}

void TestMainWindow::controlPanelHasEveryConfigKeyWithATooltip()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    ControlPanel *panel = window.controlPanel();
    for (const moe::ConfigKey &key : moe::configKeys()) {
        const QString name = QString::fromStdString(key.key);
        ConfigControl *control = panel->control(name);
        QVERIFY2(control, qPrintable(name));
        QVERIFY2(control->editor()->toolTip().size() > 40, qPrintable(name));
        QVERIFY2(control->label()->text() != name, qPrintable(name + QLatin1String(" has no label")));
    }
}

void TestMainWindow::panelEditReachesTheTrainer()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.show();
    QSignalSpy loaded(&controller, &TrainingController::experimentLoaded);
    controller.load(moe::test::smallExperiment());
    QVERIFY(loaded.wait(20000));
    auto *k = qobject_cast<QSpinBox *>(window.controlPanel()->control(QStringLiteral("routing.k"))->editor());
    QVERIFY(k);
    QTRY_COMPARE_WITH_TIMEOUT(k->value(), 2, 5000);
    k->setValue(1);  // as if the user turned it
    controller.step();
    QTRY_COMPARE_WITH_TIMEOUT(controller.snapshot().k, 1, 5000);
    QCOMPARE(k->value(), 1);
}

void TestMainWindow::shortcutsStepAndPause()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window) || QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&controller, &TrainingController::experimentLoaded);
    controller.load(moe::test::smallExperiment());
    QVERIFY(loaded.wait(20000));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(controller.snapshot().step, 1, 5000);
    QTest::keyClick(&window, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isRunning(), 5000);
    QTest::keyClick(&window, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 5000);
    QTest::keyClick(&window, Qt::Key_R);
    QTRY_COMPARE_WITH_TIMEOUT(controller.snapshot().step, 0, 5000);
}

void TestMainWindow::presenterModeEnlargesText()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.show();
    const qreal normal = window.controlPanel()->font().pointSizeF();
    // the plots' own text (ticks, axis labels, legends) must grow too, not only the widgets'
    auto *loss = window.findChild<moe::widgets::LossView *>(QStringLiteral("lossView"));
    QVERIFY(loss);
    QCustomPlot *plot = loss->plot();
    const qreal tick = plot->xAxis->tickLabelFont().pointSizeF();
    const qreal legend = plot->legend->font().pointSizeF();
    window.setPresenterMode(true);
    QVERIFY(window.presenterMode());
    QVERIFY(window.controlPanel()->font().pointSizeF() > normal * 1.4);
    QVERIFY2(plot->xAxis->tickLabelFont().pointSizeF() > tick * 1.4,
             qPrintable(QStringLiteral("tick font %1 → %2").arg(tick).arg(plot->xAxis->tickLabelFont().pointSizeF())));
    QVERIFY(plot->xAxis->labelFont().pointSizeF() > tick * 1.4);
    QVERIFY(plot->legend->font().pointSizeF() > legend * 1.4);
    for (auto *view : window.viewDocks()->views())
        for (QCustomPlot *p : view->findChildren<QCustomPlot *>())
            QVERIFY2(p->yAxis->tickLabelFont().pointSizeF() > tick * 1.4, qPrintable(view->objectName()));
    // the controls step aside so the enlarged views fit a projector's screen
    ControlPanel *controls = window.controlPanel();
    QVERIFY(controls);
    QVERIFY(!controls->isVisible());
    window.setPresenterMode(false);
    QVERIFY(controls->isVisible());
    QCOMPARE(window.controlPanel()->font().pointSizeF(), normal);
    QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tick);
}

void TestMainWindow::languageMenuListsTheLanguages()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(QStringLiteral("English")) && texts.contains(QStringLiteral("中文"))
                 && texts.contains(QStringLiteral("Deutsch")) && texts.size() == 4,
             qPrintable(texts.join(QLatin1Char(','))));
    // Switching works with or without compiled translations; English is always there.
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(window.controlPanel()->control(QStringLiteral("routing.k"))->label()->text(),
             QStringLiteral("k (experts per token)"));
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("lessonsMenu")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
