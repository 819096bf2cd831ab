// The window's Distributed view: the --stream lines of moelab-cli become the view's frame
// (placement, P × P matrix, rows per rank, straggler), bad lines are ignored, the view says
// which rank is the straggler, the job command carries the current experiment with
// parallel.ranks and a batch that splits, and (when mpirun and moelab-cli are there) a real
// 2-rank job runs to its end and its last step is drawn.
#include "distributed_panel.h"
#include "distributed_stream.h"

#include "widgets/distributed_view.h"

#include <QtTest>

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
};

QTEST_MAIN(TestDistributedView)
#include "tst_distributed_view.moc"
