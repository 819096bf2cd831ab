// Experiment files (.moelab): round trip of configuration, weights and history; typed,
// nested and flat keys; every kind of bad file gives an error that names the problem.
#include "app/common/experiment_file.h"
#include "app/runs/run_folder.h"
#include "app/runs/staged_folder.h"
#include "app/runs/sweep.h"

#include "core/trainer.h"
#include "datasets/catalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace moe;
using namespace moe::app;

class TestExperimentFile : public QObject {
    Q_OBJECT

private slots:
    void configRoundTrip();
    void typedNestedJson();
    void flatKeysAccepted();
    void badFiles_data();
    void badFiles();
    void unknownKeyWarns();
    void weightsBitIdentical();
    void historyAndExtrasKept();
    void atomicSaveKeepsOldFile();
    void assignments_data();
    void assignments();
    void stagedFolderAllOrNothing();
    void sweepGrid();
    void runFolderFromSnapshot();

private:
    QTemporaryDir m_dir;
};

static ExperimentConfig unusualConfig()
{
    ExperimentConfig c;
    const std::vector<std::pair<std::string, std::string>> values = {
        {"data.name", "spirals"},
        {"data.noise", "0.123456789012345"},
        {"data.seed", "8999999999999999"},  // near the top of the range: exact through JSON
        {"model.experts", "7"},
        {"model.expert_type", "linear"},
        {"routing.strategy", "switch"},
        {"routing.capacity_factor", "1.25"},
        {"routing.normalize", "false"},
        {"train.optimizer", "sgd"},
        {"train.lr", "0.1"},
    };
    for (const auto &[key, value] : values)
        if (!setConfigValue(c, key, value).empty())
            qFatal("bad test value for %s", key.c_str());
    return c;
}

static void compareConfigs(const ExperimentConfig &a, const ExperimentConfig &b)
{
    for (const ConfigKey &k : configKeys())
        QCOMPARE(QString::fromStdString(configValue(a, k.key)), QString::fromStdString(configValue(b, k.key)));
}

void TestExperimentFile::configRoundTrip()
{
    ExperimentFile file;
    file.config = unusualConfig();
    const ExperimentReadResult back = parseExperiment(file.toBytes(), QStringLiteral("mem"));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QVERIFY(back.warnings.isEmpty());
    compareConfigs(back.file.config, file.config);
}

void TestExperimentFile::typedNestedJson()
{
    ExperimentFile file;
    file.config = unusualConfig();
    const QJsonObject root = file.toJson();
    QCOMPARE(root.value("format").toString(), QStringLiteral("moelab-experiment"));
    QCOMPARE(root.value("version").toInt(), ExperimentFile::kFormatVersion);
    const QJsonObject config = root.value("config").toObject();
    QVERIFY(config.value("model").toObject().value("experts").isDouble());
    QCOMPARE(config.value("model").toObject().value("experts").toInt(), 7);
    QVERIFY(config.value("routing").toObject().value("normalize").isBool());
    QCOMPARE(config.value("routing").toObject().value("strategy").toString(), QStringLiteral("switch"));
    QCOMPARE(config.value("data").toObject().value("seed").toInteger(), Q_INT64_C(8999999999999999));
    QVERIFY(!root.contains("weights"));  // optional: absent when empty
}

void TestExperimentFile::flatKeysAccepted()
{
    const QByteArray text = R"({"format":"moelab-experiment","version":1,
        "config":{"routing.k":1,"model":{"experts":3},"data.name":"moons"}})";
    const ExperimentReadResult r = parseExperiment(text, QStringLiteral("flat"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.file.config.routing.k, 1);
    QCOMPARE(r.file.config.model.experts, 3);
    QCOMPARE(r.file.config.data.name, std::string("moons"));
}

void TestExperimentFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("truncated file") << QByteArray(R"({"format":"moelab-experiment","version":1,"config":{"rou)")
                                    << "not a valid experiment file";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "not a valid experiment file";
    QTest::newRow("other format") << QByteArray(R"({"format":"something-else"})") << "not a MoE Lab";
    QTest::newRow("newer version") << QByteArray(R"({"format":"moelab-experiment","version":99})")
                                   << "newer MoE Lab (format version 99";
    QTest::newRow("wrong type: text for a number")
        << QByteArray(R"({"version":1,"config":{"routing":{"k":"two"}}})") << "routing.k: expected a whole number";
    QTest::newRow("wrong type: fraction for a whole number")
        << QByteArray(R"({"version":1,"config":{"model":{"experts":2.5}}})") << "model.experts";
    QTest::newRow("wrong type: number for a switch")
        << QByteArray(R"({"version":1,"config":{"routing":{"normalize":1}}})") << "routing.normalize";
    QTest::newRow("out of range") << QByteArray(R"({"version":1,"config":{"model":{"experts":0}}})") << "model.experts";
    QTest::newRow("unknown choice") << QByteArray(R"({"version":1,"config":{"train":{"optimizer":"lbfgs"}}})")
                                    << "train.optimizer";
    QTest::newRow("damaged weights") << QByteArray(
        R"({"version":1,"weights":{"encoding":"base64","bytes":10,"data":"!!notbase64"}})")
                                     << "weights are damaged";
    QTest::newRow("weights of the wrong length")
        << QByteArray(R"({"version":1,"weights":{"encoding":"base64","bytes":10,"data":"AAAA"}})")
        << "weights are damaged";
}

void TestExperimentFile::badFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mustMention);
    const ExperimentReadResult r = parseExperiment(text, QStringLiteral("bad.moelab"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mustMention), qPrintable(r.error));
    QVERIFY2(r.error.contains("bad.moelab"), qPrintable(r.error));
}

void TestExperimentFile::unknownKeyWarns()
{
    const ExperimentReadResult r =
        parseExperiment(R"({"version":1,"config":{"model":{"experts":5,"colour":"blue"}}})", QStringLiteral("f"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains("model.colour"));
    QCOMPARE(r.file.config.model.experts, 5);
}

void TestExperimentFile::weightsBitIdentical()
{
    ExperimentConfig config;
    config.data.name = "blobs";
    config.data.samples = 120;
    config.model.hidden = 6;
    config.train.steps = 5;
    config.train.batch = 16;
    config.train.threads = 1;
    const data::LoadResult data = data::loadDataset(config.data);
    QVERIFY(data.ok());
    Trainer trainer(config, data.dataset);
    for (int i = 0; i < 5; ++i)
        trainer.step();
    const std::vector<char> raw = trainer.serializeWeights();
    QVERIFY(!raw.empty());

    ExperimentFile file;
    file.config = config;
    file.weights = QByteArray(raw.data(), qsizetype(raw.size()));
    const QString path = m_dir.filePath("weights.moelab");
    QCOMPARE(file.save(path), QString());
    const ExperimentReadResult back = openExperiment(path);
    QVERIFY2(back.ok(), qPrintable(back.error));
    compareConfigs(back.file.config, config);
    QCOMPARE(back.file.weights, file.weights);

    Trainer restored(back.file.config, data.dataset);
    const std::vector<char> bytes(back.file.weights.begin(), back.file.weights.end());
    QCOMPARE(QString::fromStdString(restored.deserializeWeights(bytes)), QString());
    QVERIFY(restored.serializeWeights() == raw);
}

void TestExperimentFile::historyAndExtrasKept()
{
    ExperimentFile file;
    HistoryPoint p;
    p.step = 50;
    p.trainLoss = 0.5;
    p.testLoss = 0.25;
    p.testAccuracy = 0.875;
    p.expertLoad = {0.25, 0.75};
    file.history = {p};
    file.extras.insert("lesson", QJsonObject {{"title", "Balance loss off vs on"}});
    const ExperimentReadResult back = parseExperiment(file.toBytes(), QStringLiteral("h"));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(int(back.file.history.size()), 1);
    QCOMPARE(back.file.history[0].step, 50);
    QCOMPARE(back.file.history[0].testAccuracy, 0.875);
    QCOMPARE(back.file.history[0].expertLoad, (std::vector<double> {0.25, 0.75}));
    QCOMPARE(back.file.extras.value("lesson").toObject().value("title").toString(),
             QStringLiteral("Balance loss off vs on"));
}

void TestExperimentFile::atomicSaveKeepsOldFile()
{
    const QString path = m_dir.filePath("keep.moelab");
    ExperimentFile first;
    first.config.model.experts = 3;
    QCOMPARE(first.save(path), QString());
    // A save into a folder that does not exist fails and leaves nothing behind.
    QVERIFY(!first.save(m_dir.filePath("missing/dir/x.moelab")).isEmpty());
    // The earlier file is still there, unchanged.
    const ExperimentReadResult back = openExperiment(path);
    QVERIFY(back.ok());
    QCOMPARE(back.file.config.model.experts, 3);
    QVERIFY(openExperiment(m_dir.filePath("nope.moelab")).error.contains("no such file"));
}

void TestExperimentFile::assignments_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("error");
    QTest::newRow("valid") << "routing.k=1"
                           << "";
    QTest::newRow("valid id") << "routing.strategy=expert_choice"
                              << "";
    QTest::newRow("no equals sign") << "routing.k"
                                    << "expected key=value";
    QTest::newRow("unknown key") << "routing.kk=2"
                                 << "unknown key 'routing.kk'";
    QTest::newRow("wrong type") << "routing.k=two"
                                << "routing.k";
    QTest::newRow("out of range") << "train.lr=-1"
                                  << "train.lr";
}

void TestExperimentFile::assignments()
{
    QFETCH(QString, assignment);
    QFETCH(QString, error);
    ExperimentConfig c;
    const QString got = applyAssignment(c, assignment);
    if (error.isEmpty())
        QCOMPARE(got, QString());
    else
        QVERIFY2(got.contains(error), qPrintable(got));
}

void TestExperimentFile::stagedFolderAllOrNothing()
{
    const QString target = m_dir.filePath("run");
    {
        StagedFolder folder;
        QCOMPARE(folder.begin(target), QString());
        QCOMPARE(writeFileAtomically(folder.filePath("config.moelab"), "{}"), QString());
        // no commit: the staging folder disappears, the target never appears
    }
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter("partial"),
             QStringList());
    {
        StagedFolder folder;
        QCOMPARE(folder.begin(target), QString());
        QCOMPARE(writeFileAtomically(folder.filePath("config.moelab"), "{}"), QString());
        QCOMPARE(folder.commit(), QString());
    }
    QVERIFY(QFileInfo::exists(target + "/config.moelab"));
    {  // an earlier run is replaced
        StagedFolder folder;
        QCOMPARE(folder.begin(target), QString());
        QCOMPARE(writeFileAtomically(folder.filePath("config.moelab"), "{\"v\":2}"), QString());
        QCOMPARE(folder.commit(), QString());
        QFile f(target + "/config.moelab");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"v\":2}"));
    }
    {  // a folder with other files is not
        QDir().mkpath(m_dir.filePath("photos"));
        QFile f(m_dir.filePath("photos/cat.jpg"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        StagedFolder folder;
        QVERIFY(folder.begin(m_dir.filePath("photos")).contains("not a MoE Lab run"));
    }
    {  // below a file: cannot be written
        StagedFolder folder;
        QVERIFY(!folder.begin(m_dir.filePath("photos/cat.jpg/run")).isEmpty());
    }
}

void TestExperimentFile::sweepGrid()
{
    ExperimentConfig base;
    SweepAxis k, aux;
    QCOMPARE(parseSweepAxis("routing.k=1,2", base, &k), QString());
    QCOMPARE(parseSweepAxis("balance.aux=0, 0.01 ,0.1", base, &aux), QString());
    const std::vector<SweepPoint> grid = expandSweep(base, {k, aux});
    QCOMPARE(int(grid.size()), 6);
    QCOMPARE(grid[0].config.routing.k, 1);
    QCOMPARE(grid[5].config.routing.k, 2);
    QCOMPARE(grid[5].config.balance.aux, 0.1);
    QCOMPARE(grid[4].label(), QStringLiteral("routing.k=2, balance.aux=0.01"));
    QCOMPARE(grid[4].folderName(), QStringLiteral("005_routing.k-2_balance.aux-0.01"));
    SweepAxis bad;
    QVERIFY(parseSweepAxis("routing.k=1,zero", base, &bad).contains("routing.k"));
    QVERIFY(parseSweepAxis("nope.key=1", base, &bad).contains("nope.key"));
    QVERIFY(!parseSweepAxis("routing.k=", base, &bad).isEmpty());
}

// The window's "Export run…" path: a run folder from the newest snapshot alone.
void TestExperimentFile::runFolderFromSnapshot()
{
    ExperimentConfig config;
    config.data.samples = 120;
    config.model.hidden = 6;
    config.train.steps = 60;
    config.train.batch = 16;
    config.train.threads = 1;
    const data::LoadResult data = data::loadDataset(config.data);
    QVERIFY(data.ok());
    Trainer trainer(config, data.dataset);
    while (trainer.step()) { }
    const Snapshot snapshot = trainer.snapshot(SnapshotDetail::Full);
    const std::vector<char> raw = trainer.serializeWeights();
    const RunRecord record = RunRecord::fromSnapshot(snapshot, QByteArray(raw.data(), qsizetype(raw.size())));
    QVERIFY(!record.metrics.empty());
    QCOMPARE(record.metrics.back().step, 60);

    RunFolderOptions options;
    options.plots = false;  // plots need a QApplication (covered by tst_cli)
    const QString dir = m_dir.filePath("exported");
    QCOMPARE(writeRunFolder(dir, record, options), QString());
    QFile metrics(dir + "/metrics.csv");
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = metrics.readAll().trimmed().split('\n');
    QCOMPARE(rows.first(), metricsColumns().join(',').toUtf8());
    QCOMPARE(rows.size(), 1 + int(record.metrics.size()));
    QFile summary(dir + "/summary.json");
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QJsonObject s = QJsonDocument::fromJson(summary.readAll()).object();
    for (const QString &key : summaryKeys())
        QVERIFY2(s.contains(key), qPrintable(key));
    const ExperimentReadResult back = openExperiment(dir + "/config.moelab");
    QVERIFY2(back.ok(), qPrintable(back.error));
    QVERIFY(std::vector<char>(back.file.weights.begin(), back.file.weights.end()) == raw);
}

QTEST_GUILESS_MAIN(TestExperimentFile)
#include "tst_experiment_file.moc"
