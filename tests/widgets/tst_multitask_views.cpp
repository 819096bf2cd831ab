// The multi-task views drawn offscreen from hand-made values: TaskLossView has two graphs per
// task with the given points (non-positive and NaN losses left out of the log axis),
// TaskGateView puts each task's gate weights in its row of the colour map and says so when
// there is no gate, SweepCurveView averages the seeds of each x, and all three export as PNG.
#include "widgets/plot_export.h"
#include "widgets/sweep_curve_view.h"
#include "widgets/task_gate_view.h"
#include "widgets/task_loss_view.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace moe::widgets;

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
