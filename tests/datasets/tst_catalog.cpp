// The catalogue: the stable ids, what each entry says, loading every available set, its
// traits (names, byte scale, defaults), error text format, and that nothing throws.
#include "datasets/catalog.h"
#include "datasets/text_corpus_loader.h"

#include <QTest>

using namespace moe;
using namespace moe::data;

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void stableIds();
    void everyAvailableSetLoads_data();
    void everyAvailableSetLoads();
    void loadedSetsCarryTheirRowsTraits_data();
    void loadedSetsCarryTheirRowsTraits();
    void defaultsAreKeysThatTakeTheirValues();
    void imageSetsStartFromTheirOwnDefaults();
    void unknownIdsAreRefused();
    void errorTextFormat_data();
    void errorTextFormat();
    void fashionMnistAvailabilityMatchesInstall();
};

void TestCatalog::stableIds()
{
    const std::vector<std::string> expected = {
        "blobs",    "xor",  "spirals",       "circles", "moons",         "checkerboard", "piecewise", "mmoe_synthetic",
        "iris",     "wine", "breast_cancer", "digits",  "fashion_mnist", "mnist",        "csv",       "shakespeare",
        "fortunes", "text"};
    std::vector<std::string> ids;
    for (const DatasetInfo &info : listDatasets()) {
        ids.push_back(info.id);
        QVERIFY(!info.displayName.empty());
        QVERIFY(!info.note.empty());
    }
    QCOMPARE(ids, expected);
}

void TestCatalog::everyAvailableSetLoads_data()
{
    QTest::addColumn<QString>("id");
    for (const DatasetInfo &info : listDatasets())
        if (info.available && info.kind != DatasetKind::File && !isTextDataset(info.id))  // text: tst_text_corpus
            QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
}

void TestCatalog::everyAvailableSetLoads()
{
    QFETCH(QString, id);
    DataConfig c;
    c.name = id.toStdString();
    c.samples = 500;
    const LoadResult r = loadDataset(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const Dataset &d = *r.dataset;
    const auto infos = listDatasets();
    const auto info = std::find_if(infos.begin(), infos.end(), [&](const DatasetInfo &i) { return i.id == d.id; });
    QVERIFY(info != infos.end());
    QCOMPARE(d.task, info->task);
    QCOMPARE(d.featureCount, info->features);
    QCOMPARE(d.imageRows, info->imageRows);
    if (info->classes > 0)
        QCOMPARE(d.classCount(), info->classes);
    QCOMPARE(d.rowCount, std::min(500, info->rows > 0 ? info->rows : 500));
    QCOMPARE(int(d.labels.size()), d.task == Task::Classification ? d.rowCount : 0);
    QVERIFY(d.features.size() > 0 || d.bytes.size() == std::size_t(d.rowCount) * std::size_t(d.featureCount));
}

void TestCatalog::loadedSetsCarryTheirRowsTraits_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("firstFeature");
    QTest::addColumn<float>("fullInk");  // the byte that scales to 1 (0: features are floats)
    QTest::newRow("iris names its measurements") << "iris"
                                                 << "sepal length (cm)" << 0.0f;
    QTest::newRow("breast cancer names its means") << "breast_cancer"
                                                   << "mean radius" << 0.0f;
    QTest::newRow("digits are pixels up to 16") << "digits"
                                                << "pixel 0,0" << 16.0f;
    QTest::newRow("a toy set has coordinates") << "spirals"
                                               << "x1" << 0.0f;
    for (const DatasetInfo &info : listDatasets())
        if (info.id == "fashion_mnist" && info.available)
            QTest::newRow("fashion pixels up to 255") << "fashion_mnist"
                                                      << "pixel 0,0" << 255.0f;
}

void TestCatalog::loadedSetsCarryTheirRowsTraits()
{
    QFETCH(QString, id);
    QFETCH(QString, firstFeature);
    QFETCH(float, fullInk);
    DataConfig c;
    c.name = id.toStdString();
    c.standardize = false;
    const LoadResult r = loadDataset(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const DatasetInfo *info = findDataset(c.name);
    QVERIFY(info);
    QCOMPARE(r.dataset->displayName, info->displayName);
    QCOMPARE(QString::fromStdString(r.dataset->featureNames.front()), firstFeature);
    QCOMPARE(int(r.dataset->featureNames.size()), r.dataset->featureCount);
    if (fullInk > 0) {
        QCOMPARE(info->byteScale, fullInk);
        QCOMPARE(r.dataset->byteScale, 1.0f / fullInk);
    }
}

void TestCatalog::defaultsAreKeysThatTakeTheirValues()
{
    for (const DatasetInfo &info : listDatasets()) {
        ExperimentConfig config;
        QCOMPARE(QString::fromStdString(applyDatasetDefaults(config, info.id)), QString());
        for (const ConfigDefault &d : info.defaults) {
            QVERIFY2(findConfigKey(d.key), d.key.c_str());
            QVERIFY2(d.key != "data.name" && d.key != "train.threads", d.key.c_str());
            // The value reads back as written (the table holds the canonical text).
            ExperimentConfig once;
            QCOMPARE(setConfigValue(once, d.key, d.value).english(), std::string());
            QCOMPARE(configValue(config, d.key), configValue(once, d.key));
        }
    }
}

void TestCatalog::imageSetsStartFromTheirOwnDefaults()
{
    // Adam 0.01 over 784 pixels trains badly: the image sets bring a smaller rate and a decay.
    for (const char *id : {"fashion_mnist", "mnist"}) {
        ExperimentConfig config;
        const ExperimentConfig plain;
        QCOMPARE(applyDatasetDefaults(config, id), std::string());
        QVERIFY2(config.train.lr < plain.train.lr, id);
        QCOMPARE(config.train.lrSchedule, LrSchedule::Cosine);
        QVERIFY(config.train.warmup > 0);
        QVERIFY(config.model.hidden > plain.model.hidden);
        QCOMPARE(config.data.name, plain.data.name);  // the dataset itself is the caller's
        QCOMPARE(config.data.samples, 0);  // every image
    }
    // A toy set keeps the program's defaults.
    ExperimentConfig toy;
    QCOMPARE(applyDatasetDefaults(toy, "spirals"), std::string());
    QCOMPARE(toy.train.lr, ExperimentConfig().train.lr);
    QVERIFY(findDataset("spirals")->defaults.empty());
}

void TestCatalog::unknownIdsAreRefused()
{
    QVERIFY(!findDataset("sine"));
    DataConfig c;
    c.name = "sine";
    const LoadResult r = loadDataset(c);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error->text()), QStringLiteral("sine: unknown dataset id \"sine\""));
    c.name = "shakespeare";
    QVERIFY(!loadDataset(c).ok());  // a text corpus is not a set of samples
    QVERIFY(findDataset("shakespeare")->textCorpus);
}

void TestCatalog::errorTextFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("line and column") << "a.csv" << 3 << 2 << "a.csv:3:2: boom";
    QTest::newRow("line only") << "a.csv" << 3 << 0 << "a.csv:3: boom";
    QTest::newRow("neither") << "a.idx" << 0 << 0 << "a.idx: boom";
}

void TestCatalog::errorTextFormat()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(LoadError {file.toStdString(), line, column, "boom"}.text()), text);
}

void TestCatalog::fashionMnistAvailabilityMatchesInstall()
{
    for (const DatasetInfo &info : listDatasets())
        if (info.id == "fashion_mnist") {
            QCOMPARE(info.available, QFile::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"));
            QCOMPARE(info.rows, 70000);
            return;
        }
    QFAIL("fashion_mnist is missing from the catalogue");
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
