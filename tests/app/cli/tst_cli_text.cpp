// moelab-cli on text (issue 19): the built program run through QProcess on a tiny language
// model (2 blocks of width 16, context 16, 4 experts of width 32) and a ~10 KB UTF-8 file.
// train writes every file of the language model's run folder with the right columns and rows
// and a falling loss; a text corpus starts from the language model's defaults; generate prints
// the bytes asked for and, with --routing, one JSON line per byte with k experts per block;
// bad input (invalid UTF-8, missing or damaged checkpoint, bad numbers) is a clear error with
// exit status 2; divergence stops with the trainer's reason, exit 1 and a consistent folder;
// bench times lm_baby and lm_dense.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QString err;
};

Result runCli(const QStringList &args, int timeoutMs = 60000)
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
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Rows of a CSV file, each split into cells; the header is row 0.
QList<QStringList> csv(const QString &path)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(readAll(path)).split('\n', Qt::SkipEmptyParts))
        rows << line.split(',');
    return rows;
}

QJsonObject jsonFile(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// ~10 KB of valid UTF-8: English and German sentences and a few Chinese characters.
QByteArray sampleText()
{
    const QStringList lines = {
        QStringLiteral("The quick brown fox jumps over the lazy dog."),
        QStringLiteral("To be, or not to be, that is the question."),
        QStringLiteral("Über den Wolken muss die Freiheit wohl grenzenlos sein."),
        QStringLiteral("Experts share the work; the router sends each byte to two of them."),
        QStringLiteral("学而时习之，不亦说乎？"),
        QStringLiteral("All that glitters is not gold, all who wander are not lost."),
    };
    QByteArray out;
    for (int i = 0; out.size() < 10000; ++i)
        out += lines[(i * 7 + i / 3) % lines.size()].toUtf8() + '\n';
    return out;
}

constexpr int kLayers = 2, kExperts = 4, kK = 2, kContext = 16, kValWindows = 16, kSteps = 20, kEvalEvery = 5;

}  // namespace

class TestCliText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void trainWritesTheLanguageModelFolder();
    void trainPrintsProgressUnlessQuiet();
    void textStartsFromTheLanguageModelDefaults();
    void finiteCapacityWritesDropsByPosition();
    void divergenceStopsWithItsReason();
    void generatePrintsTheBytesAskedFor();
    void generateRoutingPrintsOneLinePerByte();
    void badInput_data();
    void badInput();
    void keysAndDatasetsListTheLanguageModel();
    void benchTimesTheLanguageModel_data();
    void benchTimesTheLanguageModel();

private:
    QStringList tiny() const;
    QTemporaryDir m_dir;
    QString m_text, m_run;
    Result m_train;
};

QStringList TestCliText::tiny() const
{
    return {"--set", "data.name=text",
            "--set", "data.path=" + m_text,
            "--set", QStringLiteral("model.layers=%1").arg(kLayers),
            "--set", "model.width=16",
            "--set", "model.heads=2",
            "--set", QStringLiteral("model.context=%1").arg(kContext),
            "--set", "model.hidden=32",
            "--set", QStringLiteral("model.experts=%1").arg(kExperts),
            "--set", QStringLiteral("train.steps=%1").arg(kSteps),
            "--set", QStringLiteral("train.eval_every=%1").arg(kEvalEvery),
            "--set", "train.warmup=2",
            "--set", "train.threads=1",
            "--set", QStringLiteral("data.val_windows=%1").arg(kValWindows)};
}

void TestCliText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_text = m_dir.filePath("corpus.txt");
    QVERIFY(writeFile(m_text, sampleText()));
    m_run = m_dir.filePath("run");
    m_train = runCli(QStringList {"train", "--formats", "png,svg"} << tiny() << "--out" << m_run);
    QVERIFY2(m_train.code == 0, qPrintable(m_train.err));
}

void TestCliText::trainWritesTheLanguageModelFolder()
{
    const QDir run(m_run);
    for (const char *f : {"config.moelab", "checkpoint.bin", "metrics.csv", "blocks.csv", "summary.json",
                          "plots/loss.png", "plots/loss.svg"})
        QVERIFY2(QFileInfo(run.filePath(f)).size() > 0, f);
    QVERIFY2(!run.exists("drops_by_position.csv"), "top-k without a capacity drops nothing");
    QVERIFY(!run.exists("experts.csv"));

    // metrics.csv: one row per evaluation, the validation loss falls.
    const QList<QStringList> metrics = csv(run.filePath("metrics.csv"));
    QCOMPARE(metrics.value(0),
             QStringList({"step", "train_loss", "val_loss", "bits_per_byte", "lr", "aux_loss", "grad_norm",
                          "ms_per_step", "fwd_ms", "bwd_ms", "opt_ms"}));
    QCOMPARE(metrics.size(), 1 + kSteps / kEvalEvery);
    for (int i = 1; i < metrics.size(); ++i) {
        QCOMPARE(metrics[i].size(), metrics[0].size());
        QCOMPARE(metrics[i][0].toInt(), i * kEvalEvery);
        const double val = metrics[i][2].toDouble(), bits = metrics[i][3].toDouble();
        QVERIFY(val > 0 && val < 6);
        QVERIFY(std::abs(bits - val / std::log(2.0)) < 1e-6);
        QVERIFY(metrics[i][4].toDouble() > 0);  // lr
        QVERIFY(metrics[i][7].toDouble() > 0);  // ms per step
    }
    const double firstVal = metrics[1][2].toDouble(), lastVal = metrics.last()[2].toDouble();
    QVERIFY2(lastVal < firstVal - 0.05, qPrintable(QStringLiteral("%1 -> %2").arg(firstVal).arg(lastVal)));
    QVERIFY(metrics.last()[1].toDouble() < metrics[1][1].toDouble());

    // blocks.csv: one row per evaluation and block; every kept assignment of the validation
    // windows counted (W windows × T bytes × k experts, dropless).
    const QList<QStringList> blocks = csv(run.filePath("blocks.csv"));
    QStringList header = {"step", "block", "max_over_mean", "cv", "dead_experts", "entropy_ratio", "dropped_fraction"};
    for (int e = 0; e < kExperts; ++e)
        header << QStringLiteral("tokens_%1").arg(e);
    QCOMPARE(blocks.value(0), header);
    QCOMPARE(blocks.size(), 1 + kLayers * kSteps / kEvalEvery);
    for (int i = 1; i < blocks.size(); ++i) {
        QCOMPARE(blocks[i].size(), header.size());
        QCOMPARE(blocks[i][0].toInt(), ((i - 1) / kLayers + 1) * kEvalEvery);
        QCOMPARE(blocks[i][1].toInt(), (i - 1) % kLayers);
        long long tokens = 0;
        for (int e = 0; e < kExperts; ++e)
            tokens += blocks[i][7 + e].toLongLong();
        QCOMPARE(tokens, (long long)kValWindows * kContext * kK);
        QVERIFY(blocks[i][2].toDouble() >= 1.0);  // max / mean
        QCOMPARE(blocks[i][6].toDouble(), 0.0);
        const double ratio = blocks[i][5].toDouble();
        QVERIFY(ratio > 1.0 / kExperts && ratio <= 1.0 + 1e-12);
    }

    // summary.json: the last evaluation and the run.
    const QJsonObject s = jsonFile(run.filePath("summary.json"));
    QCOMPARE(s.value("step").toInt(), kSteps);
    QVERIFY(std::abs(s.value("val_loss").toDouble() - lastVal) < 1e-6);
    QVERIFY(std::abs(s.value("bits_per_byte").toDouble() - lastVal / std::log(2.0)) < 1e-6);
    QVERIFY(s.value("params_total").toInteger() > s.value("params_active").toInteger());
    QVERIFY(s.value("params_active").toInteger() > 0);
    QVERIFY(s.value("flops_per_token").toDouble() > 0);
    QVERIFY(s.value("wall_seconds").toDouble() > 0);
    QVERIFY(s.value("steps_per_second").toDouble() > 0);
    QCOMPARE(s.value("threads").toInt(), 1);
    QVERIFY(s.value("warnings").isArray());
    QCOMPARE(s.value("diverged").toBool(), false);
    QCOMPARE(s.value("dataset").toString(), QStringLiteral("text"));
    QCOMPARE(s.value("layers").toInt(), kLayers);
    QCOMPARE(s.value("blocks").toArray().size(), kLayers);
    QCOMPARE(s.value("checkpoint").toString(), QStringLiteral("checkpoint.bin"));

    // The checkpoint is the language model's, and the experiment file names it.
    QCOMPARE(readAll(run.filePath("checkpoint.bin")).left(8), QByteArray("MOELABLM"));
    const QJsonObject experiment = jsonFile(run.filePath("config.moelab"));
    QCOMPARE(experiment.value("checkpoint").toObject().value("file").toString(), QStringLiteral("checkpoint.bin"));
    QVERIFY(!experiment.contains("weights"));
    QCOMPARE(experiment.value("config").toObject().value("data").toObject().value("name").toString(),
             QStringLiteral("text"));
}

void TestCliText::trainPrintsProgressUnlessQuiet()
{
    const QString out = QString::fromUtf8(m_train.out);
    for (int step = kEvalEvery; step <= kSteps; step += kEvalEvery)
        QVERIFY2(out.contains(QStringLiteral("step %1/%2").arg(step).arg(kSteps)), qPrintable(out));
    QVERIFY(out.contains("val loss"));
    const Result quiet = runCli(QStringList {"train", "--quiet", "--no-plots"} << tiny() << "--steps"
                                                                               << "5"
                                                                               << "--out" << m_dir.filePath("quiet"));
    QCOMPARE(quiet.code, 0);
    QVERIFY2(quiet.out.isEmpty(), quiet.out.constData());
    QVERIFY(!QDir(m_dir.filePath("quiet")).exists("plots"));
    QCOMPARE(csv(m_dir.filePath("quiet/metrics.csv")).size(), 2);  // header and step 5
}

void TestCliText::textStartsFromTheLanguageModelDefaults()
{
    // The run above: the baby model's recipe wherever the test set nothing.
    const QJsonObject config = jsonFile(QDir(m_run).filePath("config.moelab")).value("config").toObject();
    const QJsonObject train = config.value("train").toObject(), model = config.value("model").toObject();
    QCOMPARE(train.value("lr").toDouble(), 0.001);
    QCOMPARE(train.value("lr_schedule").toString(), QStringLiteral("cosine"));
    QCOMPARE(train.value("optimizer").toString(), QStringLiteral("adamw"));
    QCOMPARE(train.value("batch").toInt(), 12);
    QCOMPARE(train.value("warmup").toInt(), 2);  // set by the test
    QCOMPARE(model.value("activation").toString(), QStringLiteral("gelu_tanh"));
    QCOMPARE(model.value("width").toInt(), 16);  // set by the test
    QCOMPARE(config.value("routing").toObject().value("k").toInt(), 2);

    auto keys = [](const QStringList &args) {
        const Result r = runCli(QStringList {"keys"} << args);
        return r.code == 0 ? QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts) : QStringList();
    };
    const QStringList baby = keys({"--set", "data.name=shakespeare"});
    QVERIFY(baby.contains("train.lr=0.001"));
    QVERIFY(baby.contains("model.activation=gelu_tanh"));
    QVERIFY(baby.contains("train.steps=2000"));
    QVERIFY(baby.contains("model.experts=8"));
    // --set on top changes that key only.
    const QStringList fifty = keys({"--set", "data.name=shakespeare", "--set", "train.steps=50"});
    QCOMPARE(fifty.size(), baby.size());
    for (int i = 0; i < baby.size(); ++i)
        if (baby[i].startsWith("train.steps="))
            QCOMPARE(fifty[i], QStringLiteral("train.steps=50"));
        else
            QCOMPARE(fifty[i], baby[i]);
    // An explicit value wins over the language model's default; vector data keeps its own.
    QVERIFY(keys({"--set", "data.name=shakespeare", "--set", "model.activation=relu"})
                .contains("model.activation=relu"));
    const QStringList blobs = keys({"--set", "data.name=blobs"});
    QVERIFY(blobs.contains("train.lr=0.01"));
    QVERIFY(blobs.contains("model.activation=relu"));
    // An experiment file that names a text corpus: its keys, the language model's for the rest.
    const QString file = m_dir.filePath("shakespeare.moelab");
    QVERIFY(writeFile(file, R"({"format": "moelab-experiment", "version": 1,
        "config": {"data": {"name": "shakespeare"}, "train": {"steps": 30}}})"));
    const QStringList fromFile = keys({"--config", file});
    QVERIFY(fromFile.contains("train.steps=30"));
    QVERIFY(fromFile.contains("train.lr=0.001"));
    QVERIFY(fromFile.contains("model.layers=4"));
    QVERIFY(keys({"--config", file, "--set", "train.lr=0.002"}).contains("train.lr=0.002"));
}

void TestCliText::finiteCapacityWritesDropsByPosition()
{
    const QString out = m_dir.filePath("capacity");
    const Result r = runCli(QStringList {"train", "--quiet", "--no-plots"}
                            << tiny() << "--set"
                            << "routing.capacity_factor=1"
                            << "--steps"
                            << "10"
                            << "--out" << out);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<QStringList> drops = csv(QDir(out).filePath("drops_by_position.csv"));
    QCOMPARE(drops.value(0), QStringList({"step", "block", "position", "dropped_fraction"}));
    QCOMPARE(drops.size(), 1 + 2 * kLayers * kContext);  // evaluations at steps 5 and 10
    double most = 0;
    for (int i = 1; i < drops.size(); ++i) {
        QCOMPARE(drops[i][2].toInt(), (i - 1) % kContext);
        const double f = drops[i][3].toDouble();
        QVERIFY(f >= 0 && f <= 1);
        most = std::max(most, f);
    }
    QVERIFY2(most > 0, "capacity factor 1 drops some assignments of an untrained router");
    const QList<QStringList> blocks = csv(QDir(out).filePath("blocks.csv"));
    QVERIFY(blocks.value(1).value(6).toDouble() > 0);
}

void TestCliText::divergenceStopsWithItsReason()
{
    const QString out = m_dir.filePath("diverged");
    const Result r = runCli(QStringList {"train", "--no-plots"} << tiny() << "--set"
                                                                << "train.lr=1000"
                                                                << "--out" << out);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("training stopped") && r.err.contains("Lower the learning rate"), qPrintable(r.err));
    const QJsonObject s = jsonFile(QDir(out).filePath("summary.json"));
    QCOMPARE(s.value("diverged").toBool(), true);
    QVERIFY(s.value("stop_reason").toString().contains("at step"));
    const QList<QStringList> metrics = csv(QDir(out).filePath("metrics.csv"));
    QVERIFY(metrics.size() >= 2);
    QVERIFY(std::isfinite(metrics.last()[2].toDouble()));
    QCOMPARE(s.value("step").toInt(), metrics.last()[0].toInt());
    QCOMPARE(readAll(QDir(out).filePath("checkpoint.bin")).left(8), QByteArray("MOELABLM"));
    QVERIFY(!QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden).join(' ').contains("partial"));
}

void TestCliText::generatePrintsTheBytesAskedFor()
{
    const QString config = QDir(m_run).filePath("config.moelab");
    const QStringList args = {"generate", "--config", config, "--prompt", "To be", "--bytes", "40",
                              "--temperature", "0.8", "--seed", "3"};
    const Result a = runCli(args);
    QVERIFY2(a.code == 0, qPrintable(a.err));
    QCOMPARE(a.out.size(), 40);
    QCOMPARE(runCli(args).out, a.out);  // the same seed, the same bytes
    QVERIFY(runCli(QStringList(args.mid(0, 9)) << "--seed" << "4").out != a.out);
    // The checkpoint alone gives the same model.
    QCOMPARE(runCli(QStringList {"generate", "--config", QDir(m_run).filePath("checkpoint.bin")} << args.mid(3)).out,
             a.out);
    const Result none = runCli({"generate", "--config", config, "--bytes", "0"});
    QCOMPARE(none.code, 0);
    QVERIFY(none.out.isEmpty());
}

void TestCliText::generateRoutingPrintsOneLinePerByte()
{
    const QString config = QDir(m_run).filePath("config.moelab");
    const QStringList args = {"generate", "--config", config, "--prompt", "abc", "--bytes", "10", "--seed", "5",
                              "--top-k", "20"};
    const Result plain = runCli(args);
    const Result r = runCli(QStringList(args) << "--routing");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 3 + 10 + 1);  // prompt, generated, then the empty rest after the last newline
    QVERIFY(lines.last().isEmpty());
    QByteArray generated;
    for (int i = 0; i < 13; ++i) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines[i], &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
        const int byte = o.value("byte").toInt(-1);
        QVERIFY(byte >= 0 && byte < 256);
        QCOMPARE(o.value("generated").toBool(), i >= 3);
        if (i < 3) {
            QCOMPARE(byte, int("abc"[i]));
            QCOMPARE(o.value("char").toString(), QString(QChar("abc"[i])));
        } else {
            generated += char(byte);
        }
        if (byte >= 0x80)
            QVERIFY(o.value("char").isNull());
        const QJsonArray experts = o.value("experts").toArray(), weights = o.value("weights").toArray();
        QCOMPARE(experts.size(), kLayers);
        QCOMPARE(weights.size(), kLayers);
        for (int l = 0; l < kLayers; ++l) {
            const QJsonArray e = experts[l].toArray(), w = weights[l].toArray();
            QCOMPARE(e.size(), kK);
            QCOMPARE(w.size(), kK);
            QVERIFY(e[0].toInt() != e[1].toInt());
            double sum = 0;
            for (int j = 0; j < kK; ++j) {
                QVERIFY(e[j].toInt() >= 0 && e[j].toInt() < kExperts);
                QVERIFY(w[j].toDouble() > 0);
                sum += w[j].toDouble();
            }
            QVERIFY(w[0].toDouble() >= w[1].toDouble());  // rank order
            QVERIFY(std::abs(sum - 1.0) < 1e-5);  // top-k renormalised
        }
    }
    QCOMPARE(generated, plain.out);  // the routing run samples the same bytes
}

void TestCliText::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");  // in the message, each

    QTest::newRow("--bytes below zero") << QStringList {"generate", "--config", "RUN/config.moelab", "--bytes", "-1"}
                                        << QStringList {"--bytes", "-1"};
    QTest::newRow("--top-k too large") << QStringList {"generate", "--config", "RUN/config.moelab", "--top-k", "300"}
                                       << QStringList {"--top-k", "300"};
    QTest::newRow("missing config") << QStringList {"generate", "--config", "DIR/nothing.moelab"}
                                    << QStringList {"nothing.moelab", "no such file"};
    QTest::newRow("missing checkpoint") << QStringList {"generate", "--config", "DIR/lonely/config.moelab"}
                                        << QStringList {"lonely/checkpoint.bin", "missing"};
    QTest::newRow("damaged checkpoint") << QStringList {"generate", "--config", "DIR/damaged.bin"}
                                        << QStringList {"damaged.bin", "damaged or truncated"};
    QTest::newRow("vector run") << QStringList {"generate", "--config", "DIR/blobs.moelab"}
                                << QStringList {"blobs.moelab", "not a language-model run", "blobs"};
    QTest::newRow("invalid UTF-8") << QStringList {"train", "--set", "data.name=text", "--set", "data.path=DIR/bad.txt",
                                                   "--out", "DIR/bad_run"}
                                   << QStringList {"bad.txt", "invalid UTF-8", "byte offset 3000"};
    QTest::newRow("too short") << QStringList {"train", "--set", "data.name=text", "--set",
                                               "data.path=DIR/short.txt", "--out", "DIR/short_run"}
                               << QStringList {"short.txt"};
    QTest::newRow("width not a multiple of heads")
        << QStringList {"train", "--set", "data.name=text", "--set", "data.path=CORPUS", "--set", "model.width=18",
                        "--set", "model.heads=4", "--out", "DIR/heads_run"}
        << QStringList {"model.width", "model.heads"};
}

void TestCliText::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const QDir dir(m_dir.path());
    // The files the rows name.
    QDir().mkpath(dir.filePath("lonely"));
    QFile::remove(dir.filePath("lonely/config.moelab"));
    QVERIFY(QFile::copy(QDir(m_run).filePath("config.moelab"), dir.filePath("lonely/config.moelab")));
    QVERIFY(writeFile(dir.filePath("damaged.bin"), readAll(QDir(m_run).filePath("checkpoint.bin")).left(4000)));
    const Result blobs = runCli({"keys", "--json", "--set", "data.name=blobs"});
    QVERIFY(writeFile(dir.filePath("blobs.moelab"), blobs.out));
    QByteArray bad;
    while (bad.size() < 3000)
        bad += "An ASCII line, so that the cut below falls between characters.\n";
    bad.truncate(3000);
    bad += "\xC3\x28 and more text after the broken sequence\n";
    bad += sampleText().left(2000);
    QVERIFY(writeFile(dir.filePath("bad.txt"), bad));
    QVERIFY(writeFile(dir.filePath("short.txt"), "only a few bytes of text\n"));

    for (QString &a : args)
        a.replace("RUN", m_run).replace("DIR", dir.path()).replace("CORPUS", m_text);
    const Result r = runCli(args);
    QCOMPARE(r.code, 2);
    for (const QString &e : expected)
        QVERIFY2(r.err.contains(e), qPrintable(QStringLiteral("'%1' not in: %2").arg(e, r.err)));
    QVERIFY(r.out.isEmpty());
    const QStringList left = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &e : left)
        QVERIFY2(!e.endsWith("_run") && !e.contains("partial"), qPrintable(e));
}

void TestCliText::keysAndDatasetsListTheLanguageModel()
{
    const Result describe = runCli({"keys", "--describe"});
    QCOMPARE(describe.code, 0);
    const QString text = QString::fromUtf8(describe.out);
    for (const char *key : {"model.layers", "model.width", "model.heads", "model.context", "data.val_windows",
                            "train.lr_schedule", "train.warmup", "train.lr_min", "train.beta2"})
        QVERIFY2(text.contains(QLatin1String("  ") + QLatin1String(key) + QLatin1String("  (")), key);
    QVERIFY(text.contains("constant|cosine"));
    QVERIFY(text.contains("gelu_tanh"));

    const Result datasets = runCli({"datasets", "--json"});
    QCOMPARE(datasets.code, 0);
    QStringList text_ids;
    for (const QJsonValue &d : QJsonDocument::fromJson(datasets.out).array())
        if (d.toObject().value("task").toString() == "language_model")
            text_ids << d.toObject().value("id").toString();
    QCOMPARE(text_ids, QStringList({"shakespeare", "fortunes", "text"}));
    const QString list = QString::fromUtf8(runCli({"datasets"}).out);
    QVERIFY(list.contains(QRegularExpression("shakespeare\\s+bytes of text\\s+language model")));
}

void TestCliText::benchTimesTheLanguageModel_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("experts");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("hidden");
    QTest::newRow("baby MoE: 8 experts of 256, top-2") << "lm_baby" << 8 << 2 << 256;
    QTest::newRow("dense baby: one MLP of 512") << "lm_dense" << 1 << 1 << 512;
}

void TestCliText::benchTimesTheLanguageModel()
{
    QFETCH(QString, workload);
    QFETCH(int, experts);
    QFETCH(int, k);
    QFETCH(int, hidden);
    const Result r = runCli({"bench", "--workload", workload, "--steps", "2", "--warmup", "1", "--min-time", "0",
                             "--threads", "1"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("workload").toString(), workload);
    QCOMPARE(o.value("threads").toInt(), 1);
    QCOMPARE(o.value("data").toString(), QStringLiteral("shakespeare"));  // shipped with MoE Lab
    const QJsonObject shape = o.value("shape").toObject();
    QCOMPARE(shape.value("E").toInt(), experts);
    QCOMPARE(shape.value("k").toInt(), k);
    QCOMPARE(shape.value("h").toInt(), hidden);
    QCOMPARE(shape.value("d").toInt(), 128);
    QCOMPARE(shape.value("layers").toInt(), 4);
    QCOMPARE(o.value("steps_timed").toInt(), 2);
    const QJsonObject phases = o.value("phase_ms_median").toObject();
    double sum = 0;
    for (const char *p : {"fwd", "bwd", "opt"}) {
        QVERIFY2(phases.value(p).toDouble() > 0, p);
        sum += phases.value(p).toDouble();
    }
    QVERIFY(o.value("ms_per_step_median").toDouble() >= 0.9 * sum);
    // Sparse: the baby MoE model holds 8 experts and uses 2; the dense one uses all it has.
    if (experts == 1)
        QCOMPARE(o.value("params_total").toInteger(), o.value("params_active").toInteger());
    else
        QVERIFY(o.value("params_total").toInteger() > 2 * o.value("params_active").toInteger());
    QVERIFY(o.value("params_active").toInteger() > 800000);
    QVERIFY(std::isfinite(o.value("loss_first").toDouble()));
}

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_cli_text.moc"
