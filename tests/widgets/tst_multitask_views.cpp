// The multi-task views drawn offscreen from hand-made values: TaskLossView has two graphs per
// task with the given points (non-positive and NaN losses left out of the log axis),
// TaskGateView puts each task's gate weights in its row of the colour map and says so when
// there is no gate, SweepCurveView averages the seeds of each x, and all three export as PNG.
// The window's views draw Snapshot::multiTask alone: MultiTaskLossView its curves and a line
// with each task's latest test loss, MultiTaskGateView its gate matrix with the knocked-out
// experts marked; a click on an expert's column emits expertClicked; both export.
#include "core/mmoe/multitask_snapshot.h"
#include "widgets/multitask_gate_view.h"
#include "widgets/multitask_loss_view.h"
#include "widgets/plot_export.h"
#include "widgets/sweep_curve_view.h"
#include "widgets/task_gate_view.h"
#include "widgets/task_loss_view.h"

#include <qcustomplot.h>

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace moe::widgets;

namespace {

// MMoE with 3 experts on two tasks, 4 recorded steps, evaluated at 2 and 4; expert 1 knocked out.
std::shared_ptr<const moe::Snapshot> multiTaskSnapshot()
{
    auto mt = std::make_shared<moe::MultiTaskSnapshot>();
    mt->taskNames = {"click", "like"};
    mt->taskWeights = {1, 1};
    mt->gates = moe::TaskGates::PerTask;
    mt->experts = 3;
    mt->gateCount = 2;
    mt->knockedOut = {false, true, false};
    mt->step = 4;
    mt->trainLoss = {0.3, 0.5};
    mt->testLoss = {0.25, 0.55};
    mt->r2 = {0.9, 0.7};
    mt->evaluationStep = 4;
    mt->curves.steps = {1, 2, 3, 4};
    mt->curves.trainLoss = {{0.9, 0.6, 0.4, 0.3}, {1.1, 0.8, 0.6, 0.5}};
    mt->curves.testLoss = {{NAN, 0.5, NAN, 0.25}, {NAN, 0.9, NAN, 0.55}};
    mt->gateUsage = {{0.8, 0.0, 0.2}, {0.1, 0.0, 0.9}};
    mt->usageRows = 512;
    auto s = std::make_shared<moe::Snapshot>();
    s->step = 4;
    s->experts = 3;
    s->task = moe::Task::Regression;
    s->multiTask = mt;
    return s;
}

}  // namespace

class TestMultiTaskViews : public QObject {
    Q_OBJECT
private slots:
    void taskLosses()
    {
        TaskLossView view;
        view.resize(600, 400);
        TaskLossCurves c;
        c.taskNames = {"y1", "y2"};
        c.steps = {50, 100, 150};
        c.trainLoss = {{0.9, 0.5, 0.3}, {1.2, NAN, 0.4}};
        c.testLoss = {{1.0, 0.6, 0.0}, {1.3, 0.8, 0.5}};
        view.setCurves(c);
        auto *plot = view.findChild<QCustomPlot *>();
        QVERIFY(plot);
        QCOMPARE(plot->graphCount(), 4);  // per task: test, train
        QCOMPARE(plot->graph(0)->name(), QString("y1: test"));
        QCOMPARE(plot->graph(0)->data()->size(), 2);  // the 0.0 is not drawn on the log axis
        QCOMPARE(plot->graph(3)->data()->size(), 2);  // nor the NaN
        QCOMPARE(plot->graph(2)->data()->at(2)->value, 0.5);
        QVERIFY(plot->graph(0)->pen().color() != plot->graph(2)->pen().color());
        QTemporaryDir dir;
        QCOMPARE(exportView(&view, dir.filePath("losses.png"), 600, 400), QString());
        QCOMPARE(QImage(dir.filePath("losses.png")).size(), QSize(600, 400));
    }

    void gateMatrix()
    {
        TaskGateView view;
        view.resize(600, 400);
        view.setUsage({"click", "like"}, {{0.7, 0.2, 0.1}, {0.0, 0.1, 0.9}});
        auto *map = view.findChild<QCustomPlot *>()->findChild<QCPColorMap *>();
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 3);  // experts along x
        QCOMPARE(map->data()->valueSize(), 2);  // tasks along y
        QCOMPARE(map->data()->cell(0, 0), 0.7);
        QCOMPARE(map->data()->cell(2, 1), 0.9);
        QCOMPARE(map->dataRange().upper, 0.9);
        auto *plot = view.findChild<QCustomPlot *>();
        QCOMPARE(plot->itemCount(), 6);  // one label per cell
        QCOMPARE(qobject_cast<QCPItemText *>(plot->item(5))->text(), QString("0.90"));

        view.setUsage({"click", "like"}, {});  // a shared bottom
        QCOMPARE(plot->itemCount(), 1);
        QVERIFY(qobject_cast<QCPItemText *>(plot->item(0))->text().startsWith("no gate"));
        QTemporaryDir dir;
        QCOMPARE(exportView(&view, dir.filePath("gates.png"), 500, 300), QString());
    }

    void windowLossViewDrawsTheSnapshot()
    {
        MultiTaskLossView view;
        view.resize(700, 450);
        view.setSnapshot(multiTaskSnapshot());
        view.refreshNow();
        auto *plot = view.findChild<QCustomPlot *>();
        QVERIFY(plot);
        QCOMPARE(plot->graphCount(), 4);  // per task: test, train
        QCOMPARE(plot->graph(0)->name(), QString("click: test"));
        QCOMPARE(plot->graph(0)->data()->size(), 2);  // evaluated at steps 2 and 4
        QCOMPARE(plot->graph(1)->data()->size(), 4);
        QCOMPARE(plot->graph(2)->data()->at(1)->value, 0.55);
        QCOMPARE(plot->graph(2)->data()->at(1)->key, 4.0);
        const QString summary = view.findChild<QLabel *>("summary")->text();
        QVERIFY2(summary.contains("MMoE: 3 experts, a gate per task"), qPrintable(summary));
        QVERIFY2(summary.contains("click: test 0.250 (R² 0.90)"), qPrintable(summary));
        QVERIFY2(summary.contains("like: test 0.550 (R² 0.70)"), qPrintable(summary));

        // A vector snapshot (no multi-task part): no curves, and it says so.
        view.setSnapshot(moe::Snapshot());
        view.refreshNow();
        QCOMPARE(plot->graphCount(), 0);
        QVERIFY(view.summary().contains("No multi-task model"));
        view.setSnapshot(multiTaskSnapshot());
        QTemporaryDir dir;
        QCOMPARE(exportView(&view, dir.filePath("losses.png"), 700, 450), QString());
        QCOMPARE(QImage(dir.filePath("losses.png")).size(), QSize(700, 450));
    }

    void windowGateViewDrawsTheSnapshotAndTakesClicks()
    {
        MultiTaskGateView view;
        view.resize(500, 350);
        view.setSnapshot(multiTaskSnapshot());
        view.refreshNow();
        auto *map = view.findChild<QCustomPlot *>()->findChild<QCPColorMap *>();
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 3);
        QCOMPARE(map->data()->valueSize(), 2);
        QCOMPARE(map->data()->cell(2, 1), 0.9);
        QCOMPARE(map->data()->cell(1, 0), 0.0);
        TaskGateView *matrix = view.matrix();
        const QStringList ticks = matrix->plot()->xAxis->tickVectorLabels().toList();
        QCOMPARE(ticks.size(), 3);
        QCOMPARE(ticks[0], QString("E1"));  // named as in every other view
        QVERIFY2(ticks[1].contains("off"), qPrintable(ticks[1]));  // knocked out
        QVERIFY(view.findChild<QLabel *>("note")->text().contains("512 test rows"));

        QSignalSpy clicked(&view, &SnapshotView::expertClicked);
        QCOMPARE(matrix->expertAt(matrix->cellCenter(2, 0)), 2);
        QCOMPARE(matrix->expertAt(QPoint(1, 1)), -1);  // outside the cells
        QTest::mouseClick(matrix->plot(), Qt::LeftButton, {},
                          matrix->plot()->mapFrom(matrix, matrix->cellCenter(2, 1)));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 2);
        QTest::mouseClick(matrix->plot(), Qt::LeftButton, {},
                          matrix->plot()->mapFrom(matrix, matrix->cellCenter(0, 0)));
        QCOMPARE(clicked.count(), 2);
        QCOMPARE(clicked.at(1).at(0).toInt(), 0);
        QTemporaryDir dir;
        QCOMPARE(exportView(&view, dir.filePath("gates.svg"), 500, 350), QString());

        // No knock-outs given (the run folder's plot): the ticks are the bare names.
        TaskGateView plain;
        plain.setUsage({"a", "b"}, {{0.5, 0.5}, {0.5, 0.5}});
        plain.resize(400, 300);
        plain.plot()->replot();
        QCOMPARE(plain.plot()->xAxis->tickVectorLabels().toList(), (QStringList {"E1", "E2"}));
    }

    void sweepCurveAveragesSeeds()
    {
        SweepCurveView view;
        view.resize(600, 400);
        // Two seeds at each correlation; the means are 0.3 (ρ = 0) and 0.2 (ρ = 1).
        view.setSeries("data.task_correlation", "final test loss",
                       {{"model.gates=none", {1, 0, 1, 0}, {0.25, 0.35, 0.15, 0.25}},
                        {"model.gates=per_task", {0, 1}, {0.1, 0.2}}});
        auto *plot = view.findChild<QCustomPlot *>();
        QCOMPARE(plot->graphCount(), 2);
        QCOMPARE(plot->graph(0)->data()->size(), 2);
        QCOMPARE(plot->graph(0)->data()->at(0)->key, 0.0);
        QVERIFY(std::abs(plot->graph(0)->data()->at(0)->value - 0.3) < 1e-12);
        QVERIFY(std::abs(plot->graph(0)->data()->at(1)->value - 0.2) < 1e-12);
        QCOMPARE(plot->xAxis->label(), QString("data.task_correlation"));
        QTemporaryDir dir;
        QCOMPARE(exportView(&view, dir.filePath("sweep.svg"), 600, 400), QString());
    }
};

QTEST_MAIN(TestMultiTaskViews)
#include "tst_multitask_views.moc"
