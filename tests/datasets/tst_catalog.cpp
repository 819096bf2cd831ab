// The catalogue: the stable ids, what each entry says, loading every available set, error
// text format, and that nothing throws.
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
    void errorTextFormat_data();
    void errorTextFormat();
    void fashionMnistAvailabilityMatchesInstall();
};

void TestCatalog::stableIds()
{
    const std::vector<std::string> expected = {
        "blobs",         "xor",    "spirals",       "circles", "moons", "checkerboard", "piecewise", "mmoe_synthetic",
        "iris",          "wine",   "breast_cancer", "digits",  "fashion_mnist", "mnist", "csv", "shakespeare",
        "fortunes",      "text"};
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
