// moelab-cli lesson end to end: --list prints one lesson per line (id, then title); a lesson
// runs headless and plays its events; --check prints the figures and exits 0 when the
// phenomenon appeared, 1 when it did not, 2 for bad input; a teacher's own file works too.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOELAB_CLI_PATH), QStringList {"lesson"} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()), QString::fromLocal8Bit(p.readAllStandardError())};
}

// A teacher's lesson: blobs, with a check that cannot pass when `impossible` is set.
QByteArray teacherLesson(bool impossible)
{
    const QJsonObject lesson {
        {"id", "my_first_lesson"},
        {"title", "My first lesson"},
        {"explanation", "Four clusters, four experts."},
        {"highlight", QJsonArray {"model.experts"}},
        {"events", QJsonArray {QJsonObject {{"step", 50}, {"action", "add_expert"}, {"note", "One more."}}}},
        {"check",
         QJsonObject {{"kind", "compare"},
                      {"variants",
                       QJsonArray {QJsonObject {
                           {"label", "as written"},
                           {"expect", QJsonObject {{"accuracy", QJsonObject {{"min", impossible ? 1.5 : 0.5}}}}}}}}}}};
    const QJsonObject root {{"format", "moelab-experiment"},
                            {"version", 1},
                            {"config",
                             QJsonObject {{"data", QJsonObject {{"name", "blobs"}, {"samples", 300}}},
                                          {"train", QJsonObject {{"steps", 120}}}}},
                            {"lesson", lesson}};
    return QJsonDocument(root).toJson();
}

}  // namespace

class TestLessonCli : public QObject {
    Q_OBJECT

private slots:
    void listsEveryLesson()
    {
        const Result r = runCli({"--list"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        // One line per lesson file shipped in app/lessons (12 on vectors, 13 multi-gate, 14–17 text,
        // 18 expert parallelism).
        QCOMPARE(lines.size(), 18);
        QVERIFY(lines[0].startsWith("experts_and_gate "));
        QVERIFY(lines[0].contains("Experts and the gate"));
        QVERIFY(lines[11].startsWith("routers_side_by_side "));
    }

    void checkPassesWithExitZero()
    {
        const Result r = runCli({"capacity", "--check", "--seed", "2"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("capacity factor 1.25: dropped fraction"));
        QVERIFY(r.out.contains("appeared: yes"));
    }

    void runPlaysEventsAndInspects()
    {
        Result r = runCli({"fault_tolerance"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("step 300: knock out expert"));
        QVERIFY(r.out.contains("After 600 steps"));
        r = runCli({"inference_step_by_step"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("1 route"));
        QVERIFY(r.out.contains("3 combine"));
    }

    void teacherFile()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath("good.moelab"), bad = dir.filePath("bad.moelab");
        for (const auto &[path, impossible] : {std::pair {good, false}, std::pair {bad, true}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(teacherLesson(impossible));
        }
        Result r = runCli({good, "--check"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = runCli({bad, "--check"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("appeared: no"));
        r = runCli({good});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("add expert 4"));
        QVERIFY(r.out.contains("One more."));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown lesson") << QStringList {"no_such_lesson", "--check"};
        QTest::newRow("no name") << QStringList {"--check"};
        QTest::newRow("bad seed") << QStringList {"collapse", "--check", "--seed", "x"};
        QTest::newRow("bad key") << QStringList {"collapse", "--check", "--set", "routing.kk=1"};
        QTest::newRow("missing file") << QStringList {"/nonexistent/lesson.moelab"};
        QTest::newRow("check and out") << QStringList {"collapse", "--check", "--out", "/tmp/x"};
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        const Result r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("error"));
    }
};

QTEST_GUILESS_MAIN(TestLessonCli)
#include "tst_lesson_cli.moc"
