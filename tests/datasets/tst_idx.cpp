// IDX images: Fashion-MNIST when installed; a small pair written here; every kind of bad
// input (truncated .gz, wrong magic, disagreeing counts, a 10⁹-image header that must be
// refused without allocating).
#include "datasets/catalog.h"
#include "datasets/idx_dataset.h"
#include "datasets/idx_reader.h"
#include "test_files.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>

// Record the largest single allocation so a test can prove a lying header allocates nothing big.
static std::atomic<std::size_t> g_largestAllocation {0};

void *operator new(std::size_t size)
{
    std::size_t seen = g_largestAllocation.load();
    while (size > seen && !g_largestAllocation.compare_exchange_weak(seen, size)) { }
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

using namespace moe;
using namespace moe::data;
using testfiles::idxHeader;

namespace {

QByteArray images(std::uint32_t n, std::uint32_t rows = 3, std::uint32_t cols = 2)
{
    QByteArray b = idxHeader({n, rows, cols});
    for (std::uint32_t i = 0; i < n * rows * cols; ++i)
        b.append(char(i * 7 % 256));
    return b;
}

QByteArray labels(std::uint32_t n, int classes = 3)
{
    QByteArray b = idxHeader({n});
    for (std::uint32_t i = 0; i < n; ++i)
        b.append(char(i % std::uint32_t(classes)));
    return b;
}

}  // namespace

class TestIdx : public QObject {
    Q_OBJECT
private slots:
    void fashionMnist();
    void fashionMnistCancel();
    void smallPairLoads();
    void directoryWithTestPart();
    void badInput_data();
    void badInput();
    void hugeHeaderIsRefusedWithoutAllocating_data();
    void hugeHeaderIsRefusedWithoutAllocating();
    void truncatedGzip();
};

void TestIdx::fashionMnist()
{
    if (!hasIdxPair(kFashionMnistDir))
        QSKIP("dataset-fashion-mnist is not installed");
    DataConfig c;
    c.name = "fashion_mnist";
    c.samples = 0;
    const LoadResult r = loadDataset(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const Dataset &d = *r.dataset;
    QCOMPARE(d.rowCount, 70000);
    QCOMPARE(d.fixedTrainCount.value_or(-1), 60000);
    QCOMPARE(d.featureCount, 784);
    QCOMPARE(d.imageRows, 28);
    QCOMPARE(d.imageCols, 28);
    QCOMPARE(d.classCount(), 10);
    QCOMPARE(QString::fromStdString(d.classNames[9]), QString("Ankle boot"));
    QCOMPARE(d.bytes.size(), std::size_t(70000) * 784);
    QVERIFY(d.bytes.capacity() * sizeof(std::uint8_t) + d.labels.capacity() * sizeof(int) < 60u * 1000 * 1000);
    QCOMPARE(d.features.size(), Eigen::Index(0));
    std::vector<int> trainCounts(10, 0), testCounts(10, 0);
    for (int i = 0; i < d.rowCount; ++i) {
        const int l = d.labels[std::size_t(i)];
        QVERIFY(l >= 0 && l <= 9);
        ++(i < 60000 ? trainCounts : testCounts)[std::size_t(l)];
    }
    QCOMPARE(trainCounts, std::vector<int>(10, 6000));
    QCOMPARE(testCounts, std::vector<int>(10, 1000));
    // Standardized through one byte scale: mean about 0, sd about 1 over a sample of rows.
    std::vector<int> rows;
    for (int i = 0; i < 70000; i += 70)
        rows.push_back(i);
    Matrix<float> x;
    d.gatherRows(rows, x);
    const double mean = x.cast<double>().mean();
    const double sd = std::sqrt((x.cast<double>().array() - mean).square().mean());
    QVERIFY2(std::abs(mean) < 0.05 && std::abs(sd - 1) < 0.05, qPrintable(QString("%1 %2").arg(mean).arg(sd)));

    // Subsampling keeps the split proportions and is deterministic.
    c.samples = 7000;
    const LoadResult small = loadDataset(c);
    QVERIFY(small.ok());
    QCOMPARE(small.dataset->rowCount, 7000);
    QCOMPARE(small.dataset->fixedTrainCount.value_or(-1), 6000);
    QCOMPARE(small.dataset->bytes.size(), std::size_t(7000) * 784);
}

void TestIdx::fashionMnistCancel()
{
    if (!hasIdxPair(kFashionMnistDir))
        QSKIP("dataset-fashion-mnist is not installed");
    DataConfig c;
    c.name = "fashion_mnist";
    int calls = 0;
    const LoadResult r = loadDataset(c, [&](double f) { return ++calls < 3 && f < 0.5; });
    QVERIFY(!r.ok());
    QCOMPARE(calls, 3);
    QVERIFY(QString::fromStdString(r.error->text()).endsWith(": cancelled"));
}

void TestIdx::smallPairLoads()
{
    QTemporaryDir dir;
    const std::string img = testfiles::write(dir.filePath("my-images-idx3-ubyte"), images(5));
    QVERIFY(!testfiles::write(dir.filePath("my-labels-idx1-ubyte"), labels(5)).empty());
    DataConfig c;
    c.name = "mnist";
    c.path = img;
    c.samples = 0;
    c.standardize = false;
    const LoadResult r = loadDataset(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    QCOMPARE(r.dataset->rowCount, 5);
    QCOMPARE(r.dataset->featureCount, 6);
    QCOMPARE(r.dataset->imageRows, 3);
    QCOMPARE(r.dataset->classCount(), 3);
    QCOMPARE(r.dataset->labels, (std::vector<int> {0, 1, 2, 0, 1}));
    QCOMPARE(int(r.dataset->bytes[7]), 49);
    QCOMPARE(r.dataset->byteScale, 1.0f / 255.0f);
    QVERIFY(!r.dataset->fixedTrainCount);
}

void TestIdx::directoryWithTestPart()
{
    QTemporaryDir dir;
    QVERIFY(!testfiles::writeGz(dir.filePath("train-images-idx3-ubyte.gz"), images(8)).empty());
    QVERIFY(!testfiles::writeGz(dir.filePath("train-labels-idx1-ubyte.gz"), labels(8, 4)).empty());
    QVERIFY(!testfiles::write(dir.filePath("t10k-images-idx3-ubyte"), images(2)).empty());
    QVERIFY(!testfiles::write(dir.filePath("t10k-labels-idx1-ubyte"), labels(2, 4)).empty());
    DataConfig c;
    c.name = "mnist";
    c.path = dir.path().toStdString();
    c.samples = 0;
    const LoadResult r = loadDataset(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    QCOMPARE(r.dataset->rowCount, 10);
    QCOMPARE(r.dataset->fixedTrainCount.value_or(-1), 8);
    QCOMPARE(r.dataset->classCount(), 4);
    QCOMPARE(r.dataset->labels[9], 1);
    // A test part with other image sizes is refused.
    QVERIFY(!testfiles::write(dir.filePath("t10k-images-idx3-ubyte"), images(2, 2, 3)).empty());
    const LoadResult bad = loadDataset(c);
    QVERIFY(!bad.ok());
    QVERIFY(QString::fromStdString(bad.error->message).contains("not the same size"));
}

void TestIdx::badInput_data()
{
    QTest::addColumn<QByteArray>("imageFile");
    QTest::addColumn<QByteArray>("labelFile");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty image file") << QByteArray() << labels(5) << "empty";
    QTest::newRow("wrong magic (a PNG)") << QByteArray("\x89PNG\r\n\x1a\n....") << labels(5) << "not an IDX file";
    QTest::newRow("int32 elements") << idxHeader({5, 3, 2}, 0x0C).append(QByteArray(120, 'x')) << labels(5)
                                    << "element type 0x0000000c is not supported";
    QTest::newRow("labels given as images") << images(5) << images(5) << "a label file needs 1 dimension";
    QTest::newRow("images with one dimension") << labels(5) << labels(5) << "needs 2 or 3 dimensions";
    QTest::newRow("four dimensions") << idxHeader({5, 1, 1, 1}) << labels(5) << "4 dimensions are not supported";
    QTest::newRow("counts disagree") << images(6) << labels(5) << "holds 5 labels but";
    QTest::newRow("fewer images than the header says")
        << images(5).chopped(1) << labels(5) << "ends after 4 of the 5 items";
    QTest::newRow("more bytes than the header says") << images(5).append('x') << labels(5) << "more data than";
    QTest::newRow("header cut short") << images(5).left(9) << labels(5) << "ends inside the IDX header";
    QTest::newRow("zero images") << idxHeader({0, 3, 2}) << labels(0) << "no items";
    QTest::newRow("zero-width images") << idxHeader({5, 3, 0}) << labels(5) << "dimension 3 is zero";
}

void TestIdx::badInput()
{
    QFETCH(QByteArray, imageFile);
    QFETCH(QByteArray, labelFile);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const std::string img = testfiles::write(dir.filePath("x-images-idx3-ubyte"), imageFile);
    QVERIFY(!img.empty() || imageFile.isEmpty());
    QVERIFY(!testfiles::write(dir.filePath("x-labels-idx1-ubyte"), labelFile).empty() || labelFile.isEmpty());
    DataConfig c;
    c.name = "mnist";
    c.path = dir.filePath("x-images-idx3-ubyte").toStdString();
    const LoadResult r = loadDataset(c);
    QVERIFY(!r.ok());
    const QString text = QString::fromStdString(r.error->text());
    QVERIFY2(text.contains(problem), qPrintable(text));
    QVERIFY2(text.startsWith(dir.path() + "/x-"), qPrintable(text));
}

void TestIdx::hugeHeaderIsRefusedWithoutAllocating_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("problem");
    QTest::newRow("10^9 images of 28x28") << idxHeader({1000000000u, 28, 28}) << "claims 1000000000 items";
    QTest::newRow("10^6 images of 1000x1000") << idxHeader({1000000u, 1000, 1000}) << "MiB of data";
    QTest::newRow("one image of 2^32-1 x 2^32-1") << idxHeader({1u, 0xffffffffu, 0xffffffffu}) << "are not accepted";
    QTest::newRow("4 x 10^9 labels") << idxHeader({4000000000u}) << "claims 4000000000 items";
}

void TestIdx::hugeHeaderIsRefusedWithoutAllocating()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, problem);
    header.append(QByteArray(64, '\x11'));
    MemoryReader reader(std::string_view(header.constData(), std::size_t(header.size())));
    IdxArray out;
    g_largestAllocation = 0;
    const std::string error = readIdx(reader, out);
    const std::size_t largest = g_largestAllocation.load();
    QVERIFY2(QString::fromStdString(error).contains(problem), error.c_str());
    QVERIFY2(largest < 4096, qPrintable(QString("largest allocation %1 bytes").arg(largest)));
    QVERIFY(out.data.empty());
    // A header within limits that lies about its size: the read fails after the data runs out,
    // having allocated only a bounded reserve, never the 400 MB it claimed.
    QByteArray liar = idxHeader({500000u, 28, 28}).append(QByteArray(1000, '\0'));
    MemoryReader liarReader(std::string_view(liar.constData(), std::size_t(liar.size())));
    g_largestAllocation = 0;
    const std::string liarError = readIdx(liarReader, out);
    QVERIFY2(QString::fromStdString(liarError).contains("ends after 1 of the 500000 items"), liarError.c_str());
    QVERIFY(g_largestAllocation.load() <= (64u << 20) + 4096);
}

void TestIdx::truncatedGzip()
{
    QTemporaryDir dir;
    const QString gzPath = dir.filePath("train-images-idx3-ubyte.gz");
    QVERIFY(!testfiles::writeGz(gzPath, images(300, 10, 10)).empty());
    QVERIFY(!testfiles::writeGz(dir.filePath("train-labels-idx1-ubyte.gz"), labels(300)).empty());
    DataConfig c;
    c.name = "mnist";
    c.path = dir.path().toStdString();
    QVERIFY(loadDataset(c).ok());
    QFile f(gzPath);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 2));
    f.close();
    const LoadResult r = loadDataset(c);
    QVERIFY(!r.ok());
    const QString text = QString::fromStdString(r.error->text());
    QVERIFY2(text.startsWith(gzPath + ": "), qPrintable(text));
    QVERIFY2(text.contains("compressed data") || text.contains("ends after"), qPrintable(text));
    // Garbage after a valid gzip header.
    QByteArray corrupt = QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10).append(QByteArray(200, '\xff'));
    QVERIFY(!testfiles::write(gzPath, corrupt).empty());
    const LoadResult r2 = loadDataset(c);
    QVERIFY(!r2.ok());
    QVERIFY2(QString::fromStdString(r2.error->text()).contains("corrupt compressed data"), r2.error->text().c_str());
}

QTEST_GUILESS_MAIN(TestIdx)
#include "tst_idx.moc"
