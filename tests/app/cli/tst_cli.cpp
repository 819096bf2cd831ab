// moelab-cli end to end: the built program run through QProcess. A 200-step run on a toy
// set writes every file of the run folder and each is valid; bad input of every kind gives a
// clear message, exit status 2 and nothing written; sweeps, --help and the lists work.
#include <QDir>
#include <QJsonValue>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "datasets/catalog.h"

#include <cmath>
#include <QXmlStreamReader>

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("LANG", "C");  // the tests read English messages
    env.insert("LC_ALL", "C");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOELAB_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()), QString::fromLocal8Bit(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList lines(const QString &path)
{
    return QString::fromUtf8(readAll(path)).split('\n', Qt::SkipEmptyParts);
}

// A small fast model: 200 samples, tiny experts, one thread.
const QStringList kSmall = {"--set", "data.name=blobs", "--set", "data.samples=200", "--set", "model.hidden=6",
                            "--set", "model.experts=4", "--set", "train.batch=32",   "--set", "train.eval_every=50",
                            "--set", "train.threads=1"};

bool nothingWritten(const QString &parent, const QString &name)
{
    const QStringList left = QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &e : left)
        if (e == name || e.contains("partial"))
            return false;
    return true;
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void trainWritesEveryFile();
    void trainAgainReplacesRun();
    void sameSeedSameRunWhateverTheLogging();
    void divergedRunIsWrittenWithItsReason();
    void badInput_data();
    void badInput();
    void unknownKeyInFileWarns();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void unknownCommand();
    void datasetsList();
    void datasetStartsFromItsDefaults();
    void sweepComparesRuns();
    void gradPrintsEveryParameterGradient();
    void benchPrintsItsFiguresInOrder();
    void benchSaysWhereGradientsAreFormed();

private:
    QTemporaryDir m_dir;
};

void TestCli::trainWritesEveryFile()
{
    const QString out = m_dir.filePath("run200");
    const Result r = runCli(QStringList {"train"} << kSmall << "--steps"
                                                  << "200"
                                                  << "--out" << out);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains("step 200/200"), qPrintable(r.out));

    // metrics.csv: the exact header, one row per logged step (every 50 steps).
    const QStringList metrics = lines(out + "/metrics.csv");
    QCOMPARE(metrics.value(0),
             QStringLiteral("step,train_loss,test_loss,aux_loss,accuracy,load_cv,"
                            "max_mean_load,dropped_fraction,gate_entropy"));
    QCOMPARE(metrics.size(), 1 + 4);
    const QStringList steps = {"50", "100", "150", "200"};
    for (int i = 0; i < 4; ++i) {
        const QStringList cells = metrics[i + 1].split(',');
        QCOMPARE(cells.size(), 9);
        QCOMPARE(cells[0], steps[i]);
        for (const QString &c : cells) {
            bool ok = false;
            c.toDouble(&ok);
            QVERIFY2(ok, qPrintable(metrics[i + 1]));
        }
    }
    // experts.csv: E rows per logged step.
    const QStringList experts = lines(out + "/experts.csv");
    QCOMPARE(experts.value(0), QStringLiteral("step,expert,load,importance,dropped"));
    QCOMPARE(experts.size(), 1 + 4 * 4);

    // summary.json: every key, numbers.
    const QJsonObject summary = QJsonDocument::fromJson(readAll(out + "/summary.json")).object();
    for (const char *key :
         {"step", "train_loss", "test_loss", "aux_loss", "accuracy", "load_cv", "max_mean_load", "dropped_fraction",
          "gate_entropy", "mi_class_expert", "params_total", "params_active", "flops_per_token"}) {
        QVERIFY2(summary.value(key).isDouble(), key);
    }
    QCOMPARE(summary.value("step").toInt(), 200);
    QVERIFY(summary.value("accuracy").toDouble() > 0.5);  // blobs are easy
    QVERIFY(summary.value("params_active").toDouble() <= summary.value("params_total").toDouble());

    // config.moelab: a valid experiment file with the settings and the weights.
    const QJsonObject experiment = QJsonDocument::fromJson(readAll(out + "/config.moelab")).object();
    QCOMPARE(experiment.value("format").toString(), QStringLiteral("moelab-experiment"));
    QCOMPARE(experiment.value("config").toObject().value("train").toObject().value("steps").toInt(), 200);
    QVERIFY(experiment.value("weights").toObject().value("bytes").toInt() > 0);

    // plots: PNG, PDF and SVG of each.
    const QStringList plots = QDir(out + "/plots").entryList(QStringList {"*.png"});
    QVERIFY2(plots.contains("loss.png") && plots.contains("expert_load.png"), qPrintable(plots.join(' ')));
    for (const QString &png : plots) {
        const QString base = out + "/plots/" + QFileInfo(png).completeBaseName();
        const QByteArray pngBytes = readAll(base + ".png");
        QVERIFY2(pngBytes.startsWith("\x89PNG\r\n\x1a\n"), qPrintable(png));
        const QImage image = QImage::fromData(pngBytes, "PNG");
        QVERIFY2(image.width() >= 400 && image.height() >= 250, qPrintable(png));
        QVERIFY2(readAll(base + ".pdf").startsWith("%PDF-"), qPrintable(base + ".pdf"));
        QXmlStreamReader svg(readAll(base + ".svg"));
        bool sawSvg = false;
        while (!svg.atEnd())
            if (svg.readNext() == QXmlStreamReader::StartElement && !sawSvg)
                sawSvg = svg.name() == QLatin1String("svg");
        QVERIFY2(!svg.hasError() && sawSvg, qPrintable(base + ".svg: " + svg.errorString()));
    }
    QVERIFY(nothingWritten(m_dir.path(), "no-such-name"));  // no staging leftovers
}

void TestCli::trainAgainReplacesRun()
{
    const QString out = m_dir.filePath("again");
    QCOMPARE(runCli(QStringList {"train", "-q", "--no-plots"} << kSmall << "--steps"
                                                              << "50"
                                                              << "--out" << out)
                 .code,
             0);
    // Start from the saved experiment (configuration and weights) and train on.
    const Result r = runCli(
        QStringList {"train", "-q", "--no-plots", "--config", out + "/config.moelab", "--steps", "100", "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The weights carry the step count: the run goes on from step 50 to 100.
    const QStringList metrics = lines(out + "/metrics.csv");
    QCOMPARE(metrics.size(), 1 + 1);
    QVERIFY(metrics[1].startsWith("100,"));
    QVERIFY(!QFileInfo::exists(out + "/plots"));
}

void TestCli::sameSeedSameRunWhateverTheLogging()
{
    const QStringList base = QStringList {"train", "-q", "--no-plots"} << kSmall << "--set"
                                                                       << "routing.strategy=noisy_topk"
                                                                       << "--steps"
                                                                       << "100";
    QCOMPARE(runCli(QStringList(base) << "--out" << m_dir.filePath("seed-a")).code, 0);
    QCOMPARE(runCli(QStringList(base) << "--out" << m_dir.filePath("seed-b")).code, 0);
    QCOMPARE(readAll(m_dir.filePath("seed-a/metrics.csv")), readAll(m_dir.filePath("seed-b/metrics.csv")));
    // Evaluating more often must not change the training trajectory.
    QCOMPARE(runCli(QStringList(base) << "--set"
                                      << "train.eval_every=10"
                                      << "--out" << m_dir.filePath("seed-c"))
                 .code,
             0);
    const QStringList a = lines(m_dir.filePath("seed-a/metrics.csv"));
    const QStringList c = lines(m_dir.filePath("seed-c/metrics.csv"));
    QCOMPARE(c.size(), 1 + 10);
    QCOMPARE(c.last(), a.last());
}

void TestCli::divergedRunIsWrittenWithItsReason()
{
    const QString out = m_dir.filePath("diverged");
    const Result r = runCli(QStringList {"train", "-q", "--no-plots"} << kSmall << "--set"
                                                                      << "train.optimizer=sgd"
                                                                      << "--set"
                                                                      << "train.lr=1000"
                                                                      << "--steps"
                                                                      << "100"
                                                                      << "--out" << out);
    QCOMPARE(r.code, 0);  // a diverged run is a result (and a lesson), not an error
    QVERIFY2(r.err.contains("warning"), qPrintable(r.err));
    const QJsonObject summary = QJsonDocument::fromJson(readAll(out + "/summary.json")).object();
    QCOMPARE(summary.value("diverged").toBool(), true);
    QVERIFY(!summary.value("stop_reason").toString().isEmpty());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("fileContent");  // written to bad.moelab when not empty
    QTest::addColumn<QString>("mustMention");

    QTest::newRow("unknown key") << QStringList {"--set", "model.colour=blue"} << QByteArray() << "model.colour";
    QTest::newRow("wrong type") << QStringList {"--set", "routing.k=two"} << QByteArray() << "routing.k";
    QTest::newRow("out-of-range value") << QStringList {"--set", "model.experts=0"} << QByteArray() << "model.experts";
    QTest::newRow("unknown choice") << QStringList {"--set", "train.optimizer=lbfgs"} << QByteArray()
                                    << "train.optimizer";
    QTest::newRow("bad --steps") << QStringList {"--steps", "-5"} << QByteArray() << "train.steps";
    QTest::newRow("missing experiment file")
        << QStringList {"--config", "/nonexistent/x.moelab"} << QByteArray() << "no such file";
    QTest::newRow("truncated experiment file")
        << QStringList {"--config", "@bad"} << QByteArray(R"({"format":"moelab-experiment","version":1,"conf)")
        << "not a valid experiment file";
    QTest::newRow("experiment file from a newer version")
        << QStringList {"--config", "@bad"} << QByteArray(R"({"format":"moelab-experiment","version":7})")
        << "newer MoE Lab";
    QTest::newRow("wrong type in the file")
        << QStringList {"--config", "@bad"} << QByteArray(R"({"version":1,"config":{"routing":{"k":"two"}}})")
        << "routing.k";
    QTest::newRow("unknown strategy") << QStringList {"--set", "routing.strategy=bogus"} << QByteArray()
                                      << "routing.strategy";
    QTest::newRow("unknown dataset") << QStringList {"--set", "data.name=nosuchdata"} << QByteArray() << "data.name";
    QTest::newRow("missing data file") << QStringList {"--set", "data.name=csv", "--set", "data.path=/nonexistent.csv"}
                                       << QByteArray() << "nonexistent.csv";
    QTest::newRow("unwritable folder") << QStringList {"--out", "@file/run"} << QByteArray() << "cannot";
    QTest::newRow("unknown option") << QStringList {"--bogus"} << QByteArray() << "bogus";
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, fileContent);
    QFETCH(QString, mustMention);

    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.moelab");
    if (!fileContent.isEmpty()) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fileContent);
    }
    QFile plain(dir.filePath("file"));  // a plain file: nothing can be created below it
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();

    QString out = dir.filePath("run");
    for (QString &a : args) {
        a.replace("@bad", bad);
        if (a.startsWith("@file")) {
            a.replace("@file", dir.filePath("file"));
            out = a;
        }
    }
    QStringList all = QStringList {"train", "--no-plots"} << kSmall << "--steps"
                                                          << "20" << args;
    if (!args.contains("--out"))
        all << "--out" << out;
    const Result r = runCli(all);
    QVERIFY2(r.code == 2, qPrintable(QString("exit %1: %2").arg(r.code).arg(r.err)));
    QVERIFY2(r.err.contains(mustMention), qPrintable(r.err));
    QVERIFY2(r.err.contains("error"), qPrintable(r.err));
    QVERIFY(nothingWritten(dir.path(), "run"));
}

void TestCli::unknownKeyInFileWarns()
{
    const QString file = m_dir.filePath("extra.moelab");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"moelab-experiment","version":1,"config":{"model":{"experts":2,"colour":"blue"}}})");
    f.close();
    const QString out = m_dir.filePath("extra-run");
    const Result r = runCli(QStringList {"train", "-q", "--no-plots", "--config", file} << kSmall.mid(0, 4) << "--set"
                                                                                        << "model.experts=2"
                                                                                        << "--steps"
                                                                                        << "10"
                                                                                        << "--out" << out);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("warning") && r.err.contains("model.colour"), qPrintable(r.err));
    QVERIFY(QFileInfo::exists(out + "/summary.json"));
}

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"train", "sweep", "grad", "datasets", "keys", "bench", "lesson"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QString, command);
    const Result r = runCli({command, "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("moelab-cli " + command) && r.out.contains("--help"), qPrintable(r.out));
}

void TestCli::unknownCommand()
{
    const Result none = runCli({});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains("train"));
    const Result bad = runCli({"trian"});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("trian"));
    const Result help = runCli({"--help"});
    QCOMPARE(help.code, 0);
    for (const char *c : {"train", "sweep", "grad", "datasets", "bench", "lesson"})
        QVERIFY2(help.out.contains(c), c);
}

void TestCli::datasetsList()
{
    const Result r = runCli({"datasets"});
    QCOMPARE(r.code, 0);
    for (const char *id : {"blobs", "spirals", "iris", "fashion_mnist", "csv"})
        QVERIFY2(r.out.contains(id), id);
    const Result json = runCli({"datasets", "--json"});
    QCOMPARE(json.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(list.size() >= 10);
    for (const QJsonValue &d : list)
        if (d.toObject().value("id").toString() == "iris")
            QCOMPARE(d.toObject().value("rows").toInt(), 150);
}

void TestCli::datasetStartsFromItsDefaults()
{
    // --set data.name=X starts from X's catalogue defaults; a key set explicitly still wins,
    // wherever it stands among the --set options; a toy set keeps the program's defaults.
    const moe::data::DatasetInfo *fashion = moe::data::findDataset("fashion_mnist");
    QVERIFY(fashion && !fashion->defaults.empty());
    auto keys = [](const QStringList &args) {
        const Result r = runCli(QStringList {"keys"} << args);
        return r.code == 0 ? r.out.split('\n', Qt::SkipEmptyParts) : QStringList();
    };
    auto line = [](const std::string &key, const std::string &value) {
        moe::ExperimentConfig c;
        moe::setConfigValue(c, key, value);
        return QString::fromStdString(key + "=" + moe::configValue(c, key));
    };
    const QStringList plain = keys({});
    const QStringList chosen = keys({"--set", "data.name=fashion_mnist"});
    QCOMPARE(chosen.size(), plain.size());
    for (const moe::data::ConfigDefault &d : fashion->defaults)
        QVERIFY2(chosen.contains(line(d.key, d.value)), d.key.c_str());
    QVERIFY(!chosen.contains(QStringLiteral("train.lr=0.01")));
    QVERIFY(chosen.contains(QStringLiteral("routing.strategy=topk")));  // a key the row leaves alone

    for (const QStringList &args : {QStringList {"--set", "data.name=fashion_mnist", "--set", "train.lr=0.05"},
                                    QStringList {"--set", "train.lr=0.05", "--set", "data.name=fashion_mnist"}}) {
        const QStringList mine = keys(args);
        QVERIFY(mine.contains(line("train.lr", "0.05")));
        QVERIFY(mine.contains(line("train.lr_schedule", "cosine")));  // the other defaults stay
    }
    QVERIFY(keys({"--set", "data.name=blobs"}).contains(QStringLiteral("train.lr=0.01")));
}

void TestCli::sweepComparesRuns()
{
    const QString out = m_dir.filePath("sweep");
    const Result r = runCli(QStringList {"sweep", "--formats", "png,svg"} << kSmall << "--steps"
                                                                          << "60"
                                                                          << "--vary"
                                                                          << "routing.k=1,2"
                                                                          << "--vary"
                                                                          << "balance.aux=0,0.05"
                                                                          << "-j"
                                                                          << "2"
                                                                          << "--out" << out);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    const QStringList csv = lines(out + "/summary.csv");
    QCOMPARE(csv.size(), 1 + 4);
    QVERIFY2(csv[0].startsWith("run,routing.k,balance.aux,step,train_loss,test_loss"), qPrintable(csv[0]));
    QVERIFY(csv[4].startsWith("4,2,0.05,60,"));
    const QStringList md = lines(out + "/summary.md");
    QCOMPARE(md.size(), 2 + 4);
    QVERIFY(md[0].startsWith("| run | routing.k | balance.aux |"));
    QCOMPARE(QDir(out + "/runs").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 4);
    QVERIFY(QFileInfo::exists(out + "/runs/004_routing.k-2_balance.aux-0.05/metrics.csv"));
    for (const char *metric : {"test_loss", "accuracy", "max_mean_load"}) {
        const QImage image(out + "/plots/compare_" + metric + ".png");
        QVERIFY2(!image.isNull() && image.width() >= 400, metric);
        QVERIFY(QFileInfo::exists(out + "/plots/compare_" + metric + ".svg"));
    }
    // A bad --vary value is bad input.
    const Result bad = runCli(QStringList {"sweep"} << "--vary"
                                                    << "routing.k=1,many"
                                                    << "--out" << m_dir.filePath("s2"));
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("routing.k"));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("s2")));
}

void TestCli::gradPrintsEveryParameterGradient()
{
    const QString out = m_dir.filePath("gradrun");
    QCOMPARE(runCli(QStringList {"train", "-q", "--no-plots"} << kSmall << "--steps"
                                                              << "20"
                                                              << "--out" << out)
                 .code,
             0);
    const QString batch = m_dir.filePath("batch.csv");
    {
        QFile f(batch);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,y,label\n0.5,-0.2,0\n-1.0,0.8,1\n0.1,0.1,2\n1.2,1.1,3\n");
    }
    const QStringList args {"grad", "--config", out + "/config.moelab", "--batch", batch};
    const Result r = runCli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const double loss = json.value("loss").toDouble(-1), task = json.value("task_loss").toDouble(-1),
                 aux = json.value("aux_loss").toDouble(-1);
    QVERIFY(loss > 0 && std::isfinite(loss));
    QVERIFY(qAbs(loss - task - aux) < 1e-9);
    bool sawRouter = false;
    double gradNorm = 0;
    for (const QJsonValue &v : json.value("parameters").toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonArray shape = p.value("shape").toArray();
        if (p.value("name").toString() == "router.Wg") {
            sawRouter = true;
            QCOMPARE(shape.at(0).toInt(), 2);
            QCOMPARE(shape.at(1).toInt(), 4);
        }
        for (const QJsonValue &row : p.value("grad").toArray())
            for (const QJsonValue &x : row.toArray())
                gradNorm += x.toDouble() * x.toDouble();
    }
    QVERIFY(sawRouter);
    QVERIFY(gradNorm > 0);
    QCOMPARE(runCli(args).out, r.out);  // no state changes between calls
    {
        QFile f(batch);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,y,z,label\n0.5,-0.2,1,0\n-1.0,0.8,1,1\n");
    }
    QCOMPARE(runCli(args).code, 2);  // 3 features for a 2-feature model
}

// The bench's JSON line (issue 3's contract): the phases as medians and 10th percentiles,
// each statistic in its place between the fastest and the slowest step, and the training
// behind them real (a finite loss that moved). Timing values themselves are not asserted.
void TestCli::benchPrintsItsFiguresInOrder()
{
    const Result r = runCli({"bench", "--workload", "toy2d", "--steps", "60", "--min-time", "0", "--threads", "1"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    QCOMPARE(json.value("workload").toString(), QStringLiteral("toy2d"));
    QVERIFY(json.value("steps_timed").toInt() >= 60);
    const double lo = json.value("ms_min").toDouble(), p10 = json.value("ms_p10").toDouble(),
                 med = json.value("ms_per_step_median").toDouble(), p90 = json.value("ms_p90").toDouble(),
                 hi = json.value("ms_max").toDouble();
    QVERIFY2(0 < lo && lo <= p10 && p10 <= med && med <= p90 && p90 <= hi, qPrintable(r.out));
    const QJsonObject median = json.value("phase_ms_median").toObject(), tenth = json.value("phase_ms_p10").toObject();
    for (const char *phase : {"fwd", "bwd", "opt"}) {
        QVERIFY2(median.contains(phase) && tenth.contains(phase), phase);
        QVERIFY2(0 < tenth.value(phase).toDouble() && tenth.value(phase).toDouble() <= median.value(phase).toDouble(),
                 phase);
    }
    const double first = json.value("loss_first").toDouble(), last = json.value("loss_last").toDouble();
    QVERIFY(std::isfinite(first) && std::isfinite(last) && first != last);
}

// With 64 experts of about 8 rows each the backward pass leaves first-layer gradients as
// factors that the optimizer forms (their time is in opt, not bwd): the JSON says how many,
// and --dense-gradients forms every one in the backward pass. Small models never factor.
void TestCli::benchSaysWhereGradientsAreFormed()
{
    auto run = [](const QStringList &extra) {
        QStringList args {"bench", "--steps", "2", "--warmup", "1", "--min-time", "0", "--threads", "1"};
        const Result r = runCli(args + extra);
        return std::make_pair(r.code, QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object());
    };
    const auto [code, factored] = run({"--workload", "mnist_e64"});
    QCOMPARE(code, 0);
    QCOMPARE(factored.value("dense_gradients").toBool(true), false);
    const int inOptimizer = factored.value("grads_formed_in_opt").toInt(-1);
    QVERIFY2(inOptimizer > 0 && inOptimizer <= 64, qPrintable(QString::number(inOptimizer)));  // W1 of some experts

    const auto [denseCode, dense] = run({"--workload", "mnist_e64", "--dense-gradients"});
    QCOMPARE(denseCode, 0);
    QCOMPARE(dense.value("dense_gradients").toBool(false), true);
    QCOMPARE(dense.value("grads_formed_in_opt").toInt(-1), 0);

    const auto [smallCode, small] = run({"--workload", "toy2d"});
    QCOMPARE(smallCode, 0);
    QCOMPARE(small.value("grads_formed_in_opt").toInt(-1), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
