// Shipped UCI sets: checksums, sizes, labels, class counts; the SHA-256 itself; the data
// directory override; a damaged copy is refused.
#include "datasets/catalog.h"
#include "datasets/sha256.h"
#include "datasets/shipped_data.h"
#include "test_files.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <numeric>
#include <filesystem>

using namespace moe;
using namespace moe::data;

class TestShipped : public QObject {
    Q_OBJECT
private slots:
    void sha256KnownVectors_data();
    void sha256KnownVectors();

private:
    static void files_data();
private slots:
    void checksumMatchesReadme();
    void checksumMatchesReadme_data() { files_data(); }
    void loadsWithExpectedShape();
    void loadsWithExpectedShape_data() { files_data(); }
    void subsampleIsDeterministic();
    void damagedCopyIsRefused();
};

void TestShipped::sha256KnownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("two blocks (FIPS 180-2 example)")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestShipped::sha256KnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(QString::fromStdString(Sha256::of(std::string_view(input.constData(), std::size_t(input.size())))),
             digest);
}

void TestShipped::files_data()
{
    // Independent copy of datasets/data/README.md: a change there must be deliberate here too.
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("features");
    QTest::addColumn<QList<int>>("classCounts");
    QTest::newRow("iris") << "iris"
                          << "iris.csv" << qint64(2734)
                          << "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449" << 150 << 4
                          << QList<int> {50, 50, 50};
    QTest::newRow("wine") << "wine"
                          << "wine_data.csv" << qint64(11157)
                          << "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede" << 178 << 13
                          << QList<int> {59, 71, 48};
    QTest::newRow("breast_cancer") << "breast_cancer"
                                   << "breast_cancer.csv" << qint64(119913)
                                   << "fed3eb72d0575ef6192293f5093c6e801b1476b577d0386bf4455504522172ed" << 569 << 30
                                   << QList<int> {212, 357};
    QTest::newRow("digits") << "digits"
                            << "digits.csv.gz" << qint64(57512)
                            << "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a" << 1797 << 64
                            << QList<int> {178, 182, 177, 183, 181, 182, 181, 179, 174, 180};
}

void TestShipped::checksumMatchesReadme()
{
    QFETCH(QString, id);
    QFETCH(QString, file);
    QFETCH(qint64, size);
    QFETCH(QString, sha256);
    const std::string dir = dataDirectory();
    QVERIFY2(!dir.empty(), "the shipped data directory must be found");
    const auto path = std::filesystem::path(dir) / file.toStdString();
    QCOMPARE(qint64(std::filesystem::file_size(path)), size);
    QCOMPARE(QString::fromStdString(Sha256::ofFile(path.string())), sha256);
    const ShippedFile *entry = findShipped(id.toStdString());
    QVERIFY(entry);
    QCOMPARE(QString(entry->sha256), sha256);
    QCOMPARE(qint64(entry->size), size);
}

void TestShipped::loadsWithExpectedShape()
{
    QFETCH(QString, id);
    QFETCH(int, rows);
    QFETCH(int, features);
    QFETCH(QList<int>, classCounts);
    DataConfig c;
    c.name = id.toStdString();
    c.samples = 0;
    const LoadResult r = loadDataset(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const Dataset &d = *r.dataset;
    QCOMPARE(QString::fromStdString(d.id), id);
    QCOMPARE(d.rowCount, rows);
    QCOMPARE(d.featureCount, features);
    QCOMPARE(d.task, Task::Classification);
    QCOMPARE(d.classCount(), int(classCounts.size()));
    QCOMPARE(int(d.featureNames.size()), features);
    QCOMPARE(int(d.labels.size()), rows);
    QList<int> counts(classCounts.size(), 0);
    for (int l : d.labels) {
        QVERIFY(l >= 0 && l < classCounts.size());
        ++counts[l];
    }
    QCOMPARE(counts, classCounts);
    QVERIFY(QString::fromStdString(d.source).contains("CC BY 4.0"));
    QVERIFY(!d.fixedTrainCount);
    Matrix<float> x;
    std::vector<int> all(static_cast<std::size_t>(rows));
    std::iota(all.begin(), all.end(), 0);
    d.gatherRows(all, x);
    QVERIFY(x.allFinite());
    // Standardized (the default): every pixel/feature column has mean about 0 overall.
    QVERIFY(std::abs(x.mean()) < 1e-3);
    if (id == "digits") {
        QVERIFY(d.isImage());
        QCOMPARE(d.imageRows, 8);
        QCOMPARE(d.imageCols, 8);
        QCOMPARE(int(d.bytes.size()), rows * 64);
        QVERIFY(*std::max_element(d.bytes.begin(), d.bytes.end()) == 16);
    } else {
        QCOMPARE(int(d.features.rows()), rows);
        const double sd = std::sqrt((x.col(0).cast<double>().array() - x.col(0).cast<double>().mean()).square().mean());
        QVERIFY(std::abs(sd - 1.0) < 1e-3);
    }
}

void TestShipped::subsampleIsDeterministic()
{
    DataConfig c;
    c.name = "digits";
    c.samples = 500;
    c.seed = 11;
    const LoadResult a = loadDataset(c), b = loadDataset(c);
    c.seed = 12;
    const LoadResult other = loadDataset(c);
    QVERIFY(a.ok() && b.ok() && other.ok());
    QCOMPARE(a.dataset->rowCount, 500);
    QCOMPARE(int(a.dataset->bytes.size()), 500 * 64);
    QVERIFY(a.dataset->bytes == b.dataset->bytes);
    QVERIFY(a.dataset->labels == b.dataset->labels);
    QVERIFY(a.dataset->labels != other.dataset->labels);
}

void TestShipped::damagedCopyIsRefused()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string dir = dataDirectory();
    QFile original(QString::fromStdString(dir + "/iris.csv"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes[20] = bytes[20] == '1' ? '2' : '1';  // one digit changed
    QVERIFY(!testfiles::write(tmp.filePath("iris.csv"), bytes).empty());
    qputenv("MOELAB_DATA_DIR", tmp.path().toLocal8Bit());
    QCOMPARE(QString::fromStdString(dataDirectory()), tmp.path());
    DataConfig c;
    c.name = "iris";
    const LoadResult r = loadDataset(c);
    qunsetenv("MOELAB_DATA_DIR");
    QVERIFY(!r.ok());
    const QString text = QString::fromStdString(r.error->text());
    QVERIFY2(text.contains("checksum mismatch"), qPrintable(text));
    QVERIFY(text.startsWith(tmp.filePath("iris.csv") + ": "));
    QCOMPARE(QString::fromStdString(dataDirectory()), QString::fromStdString(dir));
}

QTEST_GUILESS_MAIN(TestShipped)
#include "tst_shipped.moc"
