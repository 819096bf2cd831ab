// moelab-cli on multi-task data (core/mmoe), end to end through QProcess: train on
// mmoe_synthetic writes per-task loss columns, the gate-weight matrix and the per-task plots;
// a multi-task view of wine by data.label_columns; bad column names and multi-task keys give
// exit status 2 with a message naming them; a sweep over data.task_correlation trains each
// correlation on its own data and draws the sweep curve; a run folder's config.moelab carries
// the whole multi-task model, and training on from it ends where one longer run ends.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Result {
    int code = -1;
    QString out, err;
};

Result runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("LANG", "C");
    env.insert("LC_ALL", "C");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOELAB_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()), QString::fromLocal8Bit(p.readAllStandardError())};
}

QStringList lines(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts) : QStringList();
}

QJsonObject json(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

const QStringList kSmall = {"--set", "data.name=mmoe_synthetic", "--set", "data.samples=1200", "--set",
                            "model.experts=4", "--set", "model.hidden=8", "--set", "train.eval_every=50",
                            "--set", "train.threads=1", "--set", "train.lr=0.003", "--steps", "200"};

}  // namespace

class TestCliMultiTask : public QObject {
    Q_OBJECT
private slots:
    void trainWritesPerTaskLosses()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("run");
        const Result r = runCli(QStringList {"train", "-q", "--formats", "png", "-o", out} + kSmall);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList metrics = lines(out + "/metrics.csv");
        QCOMPARE(metrics.size(), 1 + 4);  // header, steps 50, 100, 150, 200
        QVERIFY(metrics[0].endsWith(",gate_entropy,train_loss_y1,train_loss_y2,test_loss_y1,test_loss_y2"));
        const QStringList first = metrics[1].split(','), last = metrics[4].split(',');
        QCOMPARE(last[0], QString("200"));
        // test_loss is the sum of the two tasks' test losses (task weights 1, 1).
        const double sum = last[11].toDouble() + last[12].toDouble();
        QVERIFY2(std::abs(last[2].toDouble() - sum) < 1e-6 * sum, qPrintable(metrics[4]));
        QVERIFY2(last[11].toDouble() < first[11].toDouble(), "task y1's test loss did not fall");
        QCOMPARE(lines(out + "/gate_usage.csv").size(), 1 + 2 * 4);
        const QJsonObject summary = json(out + "/summary.json");
        QCOMPARE(summary["tasks"].toArray().size(), 2);
        QCOMPARE(summary["gates"].toString(), QString("per_task"));
        QVERIFY(summary["test_loss_y2"].toDouble() > 0);
        QVERIFY(QFile::exists(out + "/plots/task_losses.png"));
        QVERIFY(QFile::exists(out + "/plots/gate_usage.png"));
    }

    // 100 steps, then 100 more from the first run's config.moelab (its weights, optimiser state
    // and batch position): the same rows and losses as one run of 200 steps.
    void trainingGoesOnFromTheRunFolder()
    {
        QTemporaryDir tmp;
        const QString whole = tmp.filePath("whole"), first = tmp.filePath("first"), second = tmp.filePath("second");
        Result r = runCli(QStringList {"train", "-q", "--no-plots", "-o", whole} + kSmall);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList half = kSmall;
        half.last() = "100";
        r = runCli(QStringList {"train", "-q", "--no-plots", "-o", first} + half);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(json(first + "/config.moelab").contains("weights"));
        r = runCli({"train", "-q", "--no-plots", "-o", second, "--config", first + "/config.moelab", "--steps", "200"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList went = lines(second + "/metrics.csv"), all = lines(whole + "/metrics.csv");
        QCOMPARE(went.size(), 1 + 2);  // steps 150 and 200
        QVERIFY(went[1].startsWith("150,"));
        QCOMPARE(went[1], all[3]);
        QCOMPARE(went[2], all[4]);
    }

    void taskWeightsWeighTheSum()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("run");
        const Result r = runCli(QStringList {"train", "-q", "--no-plots", "-o", out, "--set", "train.task_weights=1,0.5",
                                             "--set", "model.gates=none"}
                                + kSmall);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList last = lines(out + "/metrics.csv").last().split(',');
        const double weighted = last[11].toDouble() + 0.5 * last[12].toDouble();
        QVERIFY2(std::abs(last[2].toDouble() - weighted) < 1e-6 * weighted, qPrintable(last.join(',')));
        QVERIFY(lines(out + "/gate_usage.csv").size() == 1);  // a shared bottom has no gate
    }

    void labelColumnsOfWine()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("run");
        const Result r = runCli({"train", "-q", "--no-plots", "-o", out, "--set", "data.name=wine", "--set",
                                 "data.label_columns=alcohol,hue", "--steps", "100", "--set", "train.threads=1"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(lines(out + "/metrics.csv").first().endsWith("test_loss_alcohol,test_loss_hue"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column")
            << QStringList {"data.name=wine", "data.label_columns=alcohol,colour"}
            << "data.label_columns: no column named 'colour' in wine";
        QTest::newRow("too many tasks") << QStringList {"data.name=mmoe_synthetic", "model.tasks=3"}
                                        << "model.tasks = 3, but the data set 'mmoe_synthetic' has 2 target columns";
        QTest::newRow("bad task weights") << QStringList {"data.name=mmoe_synthetic", "train.task_weights=1,two"}
                                          << "train.task_weights: 'two' is not a weight";
        QTest::newRow("bad gates") << QStringList {"data.name=mmoe_synthetic", "model.gates=all"}
                                   << "model.gates: 'all' is not one of: per_task, shared, none";
        QTest::newRow("correlation out of range") << QStringList {"data.name=mmoe_synthetic", "data.task_correlation=2"}
                                                  << "data.task_correlation";
    }
    void badInput()
    {
        QFETCH(QStringList, sets);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        QStringList args {"train", "-q", "--no-plots", "--steps", "5", "-o", tmp.filePath("run")};
        for (const QString &s : sets)
            args << "--set" << s;
        const Result r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QDir(tmp.filePath("run")).exists());
    }

    void sweepOverTheCorrelation()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("sweep");
        const Result r = runCli(QStringList {"sweep", "-q", "--formats", "png", "-j", "2", "-o", out, "--vary",
                                             "data.task_correlation=1,0", "--vary", "model.gates=none,per_task"}
                                + kSmall);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList rows = lines(out + "/summary.csv");
        QCOMPARE(rows.size(), 1 + 4);
        const QStringList header = rows[0].split(',');
        const int testLoss = int(header.indexOf("test_loss"));
        QVERIFY(testLoss > 0);
        // Each correlation has its own data: the same model scores differently on them.
        QVERIFY2(rows[1].split(',')[testLoss] != rows[3].split(',')[testLoss], qPrintable(rows.join('\n')));
        QVERIFY(QFile::exists(out + "/plots/sweep_test_loss.png"));
        const QStringList runs = QDir(out + "/runs").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 4);
        for (const QString &run : runs)
            QVERIFY2(QFile::exists(out + "/runs/" + run + "/gate_usage.csv"), qPrintable(run));
    }
};

QTEST_GUILESS_MAIN(TestCliMultiTask)
#include "tst_cli_multitask.moc"
