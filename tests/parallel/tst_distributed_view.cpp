// The window's Distributed view: the --stream lines of moelab-cli become the view's frame
// (placement, P × P matrix, rows per rank, straggler), bad lines are ignored, the view says
// which rank is the straggler, the job command carries the current experiment with
// parallel.ranks and a batch that splits, and (when mpirun and moelab-cli are there) a real
// 2-rank job runs to its end and its last step is drawn. Knocking out a rank: the view marks
// the failed rank and a click on a rank emits it; the panel writes the command line to the
// job's stdin (a fake mpirun records what it gets); a real job stops sending rows to the rank
// clicked and sends them again after a second click.
#include "distributed_panel.h"
#include "distributed_stream.h"

#include "widgets/distributed_view.h"

#include <qcustomplot.h>

#include <QtTest>

namespace {

// Rows sent to rank `dst` in the frame's step, summed over the senders.
double rowsTo(const moe::widgets::DistributedFrame &f, int dst)
{
    double n = 0;
    for (int s = 0; s < f.ranks; ++s)
        n += f.tokens[std::size_t(s * f.ranks + dst)];
    return n;
}

// Clicks rank r's bars in the view's per-rank plot (laid out and drawn first).
void clickRank(moe::widgets::DistributedView *view, int rank)
{
    auto *plot = static_cast<QCustomPlot *>(view->ranksPlot());
    plot->replot();
    QTest::mouseClick(plot, Qt::LeftButton, {}, view->rankCentre(rank));
}

}  // namespace

using namespace moe;
using namespace moe::gui;

class TestDistributedView : public QObject {
    Q_OBJECT
private slots:
    void streamLinesBecomeTheFrame()
    {
        widgets::DistributedFrame f;
        QCOMPARE(applyStreamLine("not json", f), StreamEvent::None);
        QCOMPARE(applyStreamLine("{\"event\":\"start\",\"ranks\":2,\"experts\":4,\"owner\":[0,1,0,1],\"steps\":20}",
                                 f),
                 StreamEvent::Start);
        QCOMPARE(f.ranks, 2);
        QCOMPARE(f.owner, (std::vector<int> {0, 1, 0, 1}));
        QVERIFY(!f.hasStep());
        QCOMPARE(applyStreamLine("{\"event\":\"step\",\"step\":3,\"loss\":1.25,\"tokens\":[[30,34],[28,36]],"
                                 "\"bytes\":[[240,272],[224,288]],\"processed\":[58,70],\"step_s\":[0.002,0.002],"
                                 "\"mpi_s\":[0.001,0.0005],\"straggler\":1}",
                                 f),
                 StreamEvent::Step);
        QVERIFY(f.hasStep());
        QCOMPARE(f.step, 3);
        QCOMPARE(f.tokens, (std::vector<double> {30, 34, 28, 36}));
        QCOMPARE(f.processed, (std::vector<double> {58, 70}));
        QCOMPARE(f.straggler, 1);
        // A matrix of the wrong shape is dropped, not half read.
        applyStreamLine("{\"event\":\"step\",\"step\":4,\"tokens\":[[1,2,3]],\"bytes\":[]}", f);
        QVERIFY(!f.hasStep());
        QString message;
        QCOMPARE(applyStreamLine("{\"event\":\"error\",\"message\":\"boom\"}", f, &message), StreamEvent::Error);
        QCOMPARE(message, QStringLiteral("boom"));
    }

    void failedRankTravelsBothWays()
    {
        widgets::DistributedFrame f;
        applyStreamLine("{\"event\":\"start\",\"ranks\":2,\"owner\":[0,1],\"steps\":9}", f);
        QCOMPARE(f.failedRank, -1);
        QCOMPARE(applyStreamLine("{\"event\":\"step\",\"step\":4,\"tokens\":[[40,0],[24,0]],\"bytes\":[[1,0],[1,0]],"
                                 "\"failed_rank\":1}",
                                 f),
                 StreamEvent::Step);
        QCOMPARE(f.failedRank, 1);
        QString message;
        int value = -5;
        QCOMPARE(applyStreamLine("{\"event\":\"set\",\"key\":\"parallel.failed_rank\",\"step\":8,\"value\":\"-1\"}", f,
                                 &message, &value),
                 StreamEvent::Set);
        QCOMPARE(value, -1);
        QCOMPARE(message, QStringLiteral("8"));
        QCOMPARE(applyStreamLine("{\"event\":\"warning\",\"message\":\"no\"}", f, &message), StreamEvent::Warning);
        QCOMPARE(message, QStringLiteral("no"));
        // The command the window writes (app/cli/parallel_report.h reads it).
        QCOMPARE(failedRankCommand(1), QByteArray("{\"set\":\"parallel.failed_rank\",\"value\":\"1\"}\n"));
        QCOMPARE(failedRankCommand(-1), QByteArray("{\"set\":\"parallel.failed_rank\",\"value\":\"-1\"}\n"));
    }

    void viewMarksTheFailedRankAndTakesClicks()
    {
        widgets::DistributedView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        widgets::DistributedFrame f;
        f.ranks = 2;
        f.owner = {0, 1, 0, 1};
        f.step = 5;
        f.steps = 10;
        f.tokens = {64, 0, 64, 0};
        f.bytes = {512, 0, 512, 0};
        f.processed = {128, 0};
        f.stepSeconds = {0.002, 0.002};
        f.mpiSeconds = {0.001, 0.001};
        f.straggler = 0;
        f.failedRank = 1;
        view.setFrame(f);
        QVERIFY2(view.summaryText().contains(QStringLiteral("rank 1 failed")), qPrintable(view.summaryText()));
        QVERIFY2(view.placementText().contains(QStringLiteral("<s ")), qPrintable(view.placementText()));
        QSignalSpy clicks(&view, &widgets::DistributedView::rankClicked);
        clickRank(&view, 1);
        QCOMPARE(clicks.count(), 0);  // not while no job runs
        view.setRanksClickable(true);
        clickRank(&view, 1);
        clickRank(&view, 0);
        QCOMPARE(clicks.count(), 2);
        QCOMPARE(clicks.at(0).at(0).toInt(), 1);
        QCOMPARE(clicks.at(1).at(0).toInt(), 0);
        f.failedRank = -1;
        view.setFrame(f);
        QVERIFY(!view.summaryText().contains(QStringLiteral("failed")));
        QVERIFY(!view.placementText().contains(QStringLiteral("<s ")));
    }

    void clickWritesTheCommandToTheJob()
    {
        // A fake mpirun: prints a start and a step line, then appends every stdin line to a file.
        QTemporaryDir bin;
        const QString log = bin.filePath(QStringLiteral("stdin.log"));
        const QString script = bin.filePath(QStringLiteral("mpirun"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n"
                   "echo '{\"event\":\"start\",\"ranks\":2,\"owner\":[0,1,0,1],\"steps\":100}'\n"
                   "echo '{\"event\":\"step\",\"step\":1,\"tokens\":[[30,34],[28,36]],\"bytes\":[[1,1],[1,1]],"
                   "\"processed\":[58,70],\"step_s\":[0.002,0.002],\"mpi_s\":[0.001,0.001],\"straggler\":1,"
                   "\"failed_rank\":-1}'\n"
                   "while IFS= read -r line; do printf '%s\\n' \"$line\" >>\"$FAKE_MPIRUN_LOG\"; done\n");
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
        const QByteArray path = qgetenv("PATH"), cli = qgetenv("MOELAB_CLI");
        qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
        if (DistributedPanel::cliPath().isEmpty())
            qputenv("MOELAB_CLI", QFile::encodeName(script));
        qputenv("FAKE_MPIRUN_LOG", QFile::encodeName(log));
        auto restore = qScopeGuard([&] {
            qputenv("PATH", path);
            qputenv("MOELAB_CLI", cli);
        });
        QCOMPARE(DistributedPanel::mpirunPath(), script);

        DistributedPanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.start();
        QVERIFY(panel.running());
        QTRY_VERIFY_WITH_TIMEOUT(panel.view()->frame().hasStep(), 20000);
        auto written = [&] {
            QFile f(log);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        clickRank(panel.view(), 1);
        const QByteArray knockOut = "{\"set\":\"parallel.failed_rank\",\"value\":\"1\"}\n";
        QTRY_COMPARE_WITH_TIMEOUT(written(), knockOut, 20000);
        clickRank(panel.view(), 1);  // the failed rank again: restore it
        const QByteArray restored = knockOut + "{\"set\":\"parallel.failed_rank\",\"value\":\"-1\"}\n";
        QTRY_COMPARE_WITH_TIMEOUT(written(), restored, 20000);
        panel.setFailedRank(0);  // the "Failed rank" box's way
        QTRY_COMPARE_WITH_TIMEOUT(written(), restored + "{\"set\":\"parallel.failed_rank\",\"value\":\"0\"}\n", 20000);
        panel.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.running(), 20000);
    }

    void viewNamesTheStraggler()
    {
        widgets::DistributedView view;
        QVERIFY(view.summaryText().contains(QStringLiteral("No expert-parallel job")));
        widgets::DistributedFrame f;
        f.ranks = 2;
        f.owner = {0, 1, 0, 1};
        f.step = 5;
        f.steps = 10;
        f.tokens = {30, 34, 28, 36};
        f.bytes = {240, 272, 224, 288};
        f.processed = {58, 70};
        f.stepSeconds = {0.002, 0.002};
        f.mpiSeconds = {0.001, 0.001};
        f.straggler = 1;
        view.setFrame(f);
        QVERIFY2(view.summaryText().contains(QStringLiteral("straggler: rank 1")), qPrintable(view.summaryText()));
        QVERIFY(view.summaryText().contains(QStringLiteral("50%")));  // half the step in MPI
        view.setMessage(QStringLiteral("no MPI"));
        QCOMPARE(view.summaryText(), QStringLiteral("no MPI"));
    }

    void jobCommandCarriesTheExperiment()
    {
        DistributedPanel panel;
        Snapshot s;
        s.config.data.name = QStringLiteral("spirals").toStdString();
        s.config.train.batch = 63;
        panel.setSnapshot(s);
        const QStringList args = panel.jobCommand();
        QVERIFY(args.contains(QStringLiteral("parallel.ranks=2")));
        QVERIFY(args.contains(QStringLiteral("data.name=spirals")));
        QVERIFY(args.contains(QStringLiteral("train.batch=64")));  // rounded up to split over 2 ranks
        QVERIFY(args.contains(QStringLiteral("--stream")));
        QCOMPARE(args.mid(0, 2), (QStringList {QStringLiteral("-np"), QStringLiteral("2")}));
    }

    void realJobRunsToItsEnd()
    {
        if (DistributedPanel::mpirunPath().isEmpty() || DistributedPanel::cliPath().isEmpty())
            QSKIP("mpirun or moelab-cli not found");
        DistributedPanel panel;
        Snapshot s;
        s.config.data.name = "blobs";
        s.config.model.experts = 4;
        s.config.train.steps = 15;
        panel.setSnapshot(s);
        panel.start();
        QVERIFY(panel.running());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.running(), 60000);
        const widgets::DistributedFrame &f = panel.view()->frame();
        QCOMPARE(f.ranks, 2);
        QCOMPARE(f.step, 15);
        QCOMPARE(f.owner, (std::vector<int> {0, 1, 0, 1}));
        double rows = 0;
        for (double t : f.tokens)
            rows += t;
        QCOMPARE(rows, 64.0 * 2);  // batch 64, k = 2, dropless
        QVERIFY(panel.view()->summaryText().contains(QStringLiteral("step 15 of 15")));
    }

    void realJobLosesARankLive()
    {
        if (DistributedPanel::mpirunPath().isEmpty() || DistributedPanel::cliPath().isEmpty())
            QSKIP("mpirun or moelab-cli not found");
        DistributedPanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        Snapshot s;
        s.config.data.name = "blobs";
        s.config.model.experts = 4;
        s.config.train.steps = 1000000;  // stopped below
        s.config.train.evalEvery = 1000000;
        panel.setSnapshot(s);
        panel.start();
        QTRY_VERIFY_WITH_TIMEOUT(panel.view()->frame().hasStep(), 60000);
        QVERIFY(rowsTo(panel.view()->frame(), 1) > 0);
        clickRank(panel.view(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel.view()->frame().failedRank == 1, 60000);
        const widgets::DistributedFrame &out = panel.view()->frame();
        QCOMPARE(rowsTo(out, 1), 0.0);
        QCOMPARE(rowsTo(out, 0), 64.0 * 2);  // every token's k = 2 experts on rank 0
        QVERIFY(panel.view()->summaryText().contains(QStringLiteral("rank 1 failed")));
        clickRank(panel.view(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel.view()->frame().failedRank == -1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(rowsTo(panel.view()->frame(), 1) > 0, 60000);
        QVERIFY(panel.running());
        panel.stop();
        QVERIFY(!panel.running());
    }
};

QTEST_MAIN(TestDistributedView)
#include "tst_distributed_view.moc"
