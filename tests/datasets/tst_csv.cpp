// CSV import: delimiters, header detection, labels, standardization; every malformed case
// gives an error naming the file, line and column (field); never a NaN.
#include "datasets/catalog.h"
#include "datasets/csv_loader.h"
#include "test_files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace moe;
using namespace moe::data;

namespace {

LoadResult loadText(const QTemporaryDir &dir, const QByteArray &text, bool standardize = false, int labelColumn = -1,
                    bool gz = false)
{
    const QString path = dir.filePath(gz ? "t.csv.gz" : "t.csv");
    const std::string written = gz ? testfiles::writeGz(path, text) : testfiles::write(path, text);
    DataConfig c;
    c.name = "csv";
    c.path = written;
    c.samples = 0;
    c.standardize = standardize;
    c.labelColumn = labelColumn;
    return loadDataset(c);
}

}  // namespace

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void goodFiles_data();
    void goodFiles();
    void labelsBecomeClasses();
    void labelColumnIsChosen();
    void regressionWhenLabelsAreFractional();
    void standardizes();
    void gzipCompressed();
    void malformed_data();
    void malformed();
    void missingFileIsAnError();
    void progressCanCancel();

private:
    QTemporaryDir m_dir;
};

void TestCsv::goodFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("features");
    QTest::addColumn<QString>("firstFeatureName");
    QTest::addColumn<double>("lastValue");  // row N-1, last feature
    QTest::newRow("comma with header") << QByteArray("a,b,y\n1,2,x\n3,4,z\n") << 2 << 2 << "a" << 4.0;
    QTest::newRow("semicolon with decimal comma") << QByteArray("a;b;y\n1,5;2;x\n3;4,25;z\n") << 2 << 2 << "a" << 4.25;
    QTest::newRow("tab without header") << QByteArray("1\t2\tx\n3\t-4e1\tz\n") << 2 << 2 << "column 1" << -40.0;
    QTest::newRow("CRLF, BOM, blank lines, no final newline") << QByteArray("\xEF\xBB\xBF"
                                                                            "a,b,y\r\n\r\n1,2,x\r\n3,+5,z")
                                                              << 2 << 2 << "a" << 5.0;
    QTest::newRow("quoted fields") << QByteArray("\"a, one\",\"b\",y\n\"1\",2,\"x, \"\"quoted\"\"\"\n3,4,z\n") << 2 << 2
                                   << "a, one" << 4.0;
    QTest::newRow("spaces around fields")
        << QByteArray(" a , b , y \n 1 , 2 , x \n3,  4  ,z\n") << 2 << 2 << "a" << 4.0;
    QTest::newRow("UTF-8 names") << QByteArray("größe,höhe,art\n1,2,käfer\n3,4,bär\n") << 2 << 2 << "größe" << 4.0;
}

void TestCsv::goodFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(int, rows);
    QFETCH(int, features);
    QFETCH(QString, firstFeatureName);
    QFETCH(double, lastValue);
    const LoadResult r = loadText(m_dir, text);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const Dataset &d = *r.dataset;
    QCOMPARE(QString::fromStdString(d.id), QString("csv"));
    QCOMPARE(d.rowCount, rows);
    QCOMPARE(d.featureCount, features);
    QCOMPARE(QString::fromStdString(d.featureNames.front()), firstFeatureName);
    QCOMPARE(double(d.features(rows - 1, features - 1)), lastValue);
    QCOMPARE(d.classCount(), 2);
    QVERIFY(d.features.allFinite());
}

void TestCsv::labelsBecomeClasses()
{
    const LoadResult r = loadText(m_dir, "f,species\n1,cat\n2,dog\n3,cat\n4,emu\n");
    QVERIFY(r.ok());
    const Dataset &d = *r.dataset;
    QCOMPARE(d.task, Task::Classification);
    QCOMPARE(d.classNames, (std::vector<std::string> {"cat", "dog", "emu"}));
    QCOMPARE(d.labels, (std::vector<int> {0, 1, 0, 2}));
    const LoadResult numeric = loadText(m_dir, "f,y\n1,7\n2,3\n3,7\n4,-1\n");
    QVERIFY(numeric.ok());
    QCOMPARE(numeric.dataset->classNames, (std::vector<std::string> {"-1", "3", "7"}));
    QCOMPARE(numeric.dataset->labels, (std::vector<int> {2, 1, 2, 0}));
}

void TestCsv::labelColumnIsChosen()
{
    const LoadResult r = loadText(m_dir, "y,a,b\nx,1,2\nz,3,4\n", false, 0);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    QCOMPARE(r.dataset->featureNames, (std::vector<std::string> {"a", "b"}));
    QCOMPARE(r.dataset->features(1, 1), 4.0f);
    QCOMPARE(r.dataset->classNames, (std::vector<std::string> {"x", "z"}));
}

void TestCsv::regressionWhenLabelsAreFractional()
{
    const LoadResult r = loadText(m_dir, "x,y\n1,0.5\n2,1.5\n3,2.25\n");
    QVERIFY(r.ok());
    QCOMPARE(r.dataset->task, Task::Regression);
    QCOMPARE(int(r.dataset->targets.rows()), 3);
    QCOMPARE(r.dataset->targets(2, 0), 2.25f);
    QCOMPARE(r.dataset->outputDim(), 1);
}

void TestCsv::standardizes()
{
    const LoadResult r = loadText(m_dir, "a,b,y\n1,10,p\n2,10,q\n3,10,p\n", true);
    QVERIFY(r.ok());
    const auto &x = r.dataset->features;
    QVERIFY(std::abs(x.col(0).mean()) < 1e-6f);
    QVERIFY(std::abs(x(2, 0) - 1.2247449f) < 1e-5f);  // (3 - 2) / sqrt(2/3)
    QCOMPARE(x(0, 1), 0.0f);  // a constant column is only centred
    QVERIFY(x.allFinite());
}

void TestCsv::gzipCompressed()
{
    const LoadResult r = loadText(m_dir, "a,b,y\n1,2,x\n3,4,z\n", false, -1, true);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    QCOMPARE(r.dataset->rowCount, 2);
}

void TestCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("labelColumn");
    QTest::newRow("empty file") << QByteArray() << 1 << 1 << "empty" << -1;
    QTest::newRow("only blank lines") << QByteArray("\n  \n\t\n") << 1 << 1 << "empty" << -1;
    QTest::newRow("missing value") << QByteArray("a,b,y\n1,2,x\n3,,z\n") << 3 << 2 << "missing value in column \"b\""
                                   << -1;
    QTest::newRow("NA is a missing value") << QByteArray("a,b,y\n1,NA,x\n3,4,z\n") << 2 << 2 << "missing value" << -1;
    QTest::newRow("missing label") << QByteArray("a,b,y\n1,2,x\n3,4,\n") << 3 << 3 << "missing value in column \"y\""
                                   << -1;
    QTest::newRow("not a number") << QByteArray("a,b,y\n1,2,x\n3,4x,z\n") << 3 << 2 << "not a number: \"4x\"" << -1;
    QTest::newRow("infinity") << QByteArray("a,b,y\n1,2,x\n3,inf,z\n") << 3 << 2 << "not a finite number" << -1;
    QTest::newRow("overflowing number") << QByteArray("a,b,y\n1,2,x\n3,1e999,z\n") << 3 << 2 << "number out of range"
                                        << -1;
    QTest::newRow("beyond float range (found by the fuzzer)")
        << QByteArray("a;b;y\n1;2;x\n3;3333333333333333333333333333333333333333334,2;z\n") << 3 << 2
        << "number out of range" << -1;
    QTest::newRow("ragged row") << QByteArray("a,b,y\n1,2,x\n3,z\n4,5,x\n") << 3 << 3
                                << "has 2 fields but the header has 3" << -1;
    QTest::newRow("ragged row without header")
        << QByteArray("1,2,x\n3,4,y\n5,6\n") << 3 << 3 << "the first row has 3" << -1;
    QTest::newRow("more columns than the header")
        << QByteArray("a,b,y\n1,2,x\n3,4,z,9\n") << 3 << 4 << "more than the 3 of the header" << -1;
    QTest::newRow("single class") << QByteArray("a,b,y\n1,2,x\n3,4,x\n") << 2 << 3 << "single class" << -1;
    QTest::newRow("single numeric class") << QByteArray("a,y\n1,1\n3,1\n") << 2 << 2 << "single class" << -1;
    QTest::newRow("non-UTF-8 (Latin-1 ä)") << QByteArray("a,b,y\n1,2,x\n3,4,K\xe4"
                                                         "fer\n")
                                           << 3 << 3 << "invalid UTF-8" << -1;
    QTest::newRow("overlong UTF-8") << QByteArray("a,b,y\n1,2,x\n3,\xc0\xaf,z\n") << 3 << 2 << "invalid UTF-8" << -1;
    QTest::newRow("truncated UTF-8 at the end")
        << QByteArray("a,b,y\n1,2,x\n3,4,\xe2\x82") << 3 << 3 << "invalid UTF-8" << -1;
    QTest::newRow("NUL byte") << QByteArray("a,b,y\n1,2,x\n3,4", 15).append('\0').append(",z\n") << 3 << 2 << "NUL byte"
                              << -1;
    QTest::newRow("unclosed quote") << QByteArray("a,b,y\n1,\"2,x\n") << 2 << 2 << "unclosed quote" << -1;
    QTest::newRow("text after a quote") << QByteArray("a,b,y\n1,\"2\"3,x\n") << 2 << 2 << "after the closing quote"
                                        << -1;
    QTest::newRow("header only") << QByteArray("a,b,y\n") << 2 << 0 << "no data rows" << -1;
    QTest::newRow("one column") << QByteArray("a\n1\n2\n") << 1 << 1 << "at least two columns" << -1;
    QTest::newRow("label column out of range")
        << QByteArray("a,b,y\n1,2,x\n") << 1 << 0 << "label column 5 does not exist" << 5;
}

void TestCsv::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, problem);
    QFETCH(int, labelColumn);
    const LoadResult r = loadText(m_dir, text, true, labelColumn);
    QVERIFY(!r.ok());
    QVERIFY(!r.dataset);
    QVERIFY(r.error);
    const QString message = QString::fromStdString(r.error->text());
    QCOMPARE(QString::fromStdString(r.error->file), m_dir.filePath("t.csv"));
    QCOMPARE(r.error->line, line);
    QCOMPARE(r.error->column, column);
    QVERIFY2(message.contains(problem), qPrintable(message));
    const QString where = column > 0 ? QString("%1:%2:%3: ").arg(m_dir.filePath("t.csv")).arg(line).arg(column)
                                     : QString("%1:%2: ").arg(m_dir.filePath("t.csv")).arg(line);
    QVERIFY2(message.startsWith(where), qPrintable(message));
}

void TestCsv::missingFileIsAnError()
{
    DataConfig c;
    c.name = "csv";
    c.path = m_dir.filePath("absent.csv").toStdString();
    const LoadResult r = loadDataset(c);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error->text()), m_dir.filePath("absent.csv") + ": cannot open the file");
    c.path.clear();
    QVERIFY(!loadDataset(c).ok());
}

void TestCsv::progressCanCancel()
{
    QByteArray big = "a,b,y\n";
    for (int i = 0; i < 20000; ++i)
        big += QByteArray::number(i) + "," + QByteArray::number(i % 7) + "," + (i % 2 ? "p" : "q") + "\n";
    const std::string path = testfiles::write(m_dir.filePath("big.csv"), big);
    DataConfig c;
    c.name = "csv";
    c.path = path;
    c.samples = 0;
    double last = -1;
    int calls = 0;
    bool monotonic = true;
    const LoadResult ok = loadDataset(c, [&](double f) {
        monotonic = monotonic && f >= last && f <= 1.0;
        last = f;
        ++calls;
        return true;
    });
    QVERIFY(ok.ok());
    QCOMPARE(ok.dataset->rowCount, 20000);
    QVERIFY(calls >= 2);
    QVERIFY(monotonic);
    QCOMPARE(last, 1.0);
    const LoadResult cancelled = loadDataset(c, [](double) { return false; });
    QVERIFY(!cancelled.ok());
    QVERIFY(QString::fromStdString(cancelled.error->message).contains("cancelled"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
