// Toy generators: shapes, labels, determinism per seed, class balance, scale, separability.
#include "datasets/catalog.h"
#include "datasets/toy_generators.h"

#include <QTest>

#include <cmath>

using namespace moe;
using namespace moe::data;

namespace {

std::shared_ptr<Dataset> load(const char *id, int samples = 800, std::uint64_t seed = 1, int classes = 4,
                              double noise = 0.1, bool standardize = true)
{
    DataConfig c;
    c.name = id;
    c.samples = samples;
    c.seed = seed;
    c.classes = classes;
    c.noise = noise;
    c.standardize = standardize;
    LoadResult r = loadDataset(c);
    if (!r.ok())
        qWarning("%s", r.error->text().c_str());
    return r.dataset;
}

}  // namespace

class TestToyGenerators : public QObject {
    Q_OBJECT
private slots:
    void shapes_data();
    void shapes();
    void deterministicPerSeed_data() { shapes_data(); }
    void deterministicPerSeed();
    void balancedClasses_data() { shapes_data(); }
    void balancedClasses();
    void rawScaleIsAboutUnit_data() { shapes_data(); }
    void rawScaleIsAboutUnit();
    void standardized_data() { shapes_data(); }
    void standardized();
    void blobsAreSeparable_data();
    void blobsAreSeparable();
    void piecewiseHasJumps();
    void badParametersAreErrors_data();
    void badParametersAreErrors();
};

void TestToyGenerators::shapes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("classes");  // expected with data.classes = 4
    QTest::addColumn<int>("inputs");
    QTest::newRow("blobs has 4 clusters in 2-D") << "blobs" << 4 << 2;
    QTest::newRow("xor has 2 classes in 2-D") << "xor" << 2 << 2;
    QTest::newRow("spirals has 4 arms in 2-D") << "spirals" << 4 << 2;
    QTest::newRow("circles has 2 rings in 2-D") << "circles" << 2 << 2;
    QTest::newRow("moons has 2 moons in 2-D") << "moons" << 2 << 2;
    QTest::newRow("checkerboard has 2 colours in 2-D") << "checkerboard" << 2 << 2;
    QTest::newRow("piecewise is 1-D regression") << "piecewise" << 0 << 1;
}

void TestToyGenerators::shapes()
{
    QFETCH(QString, id);
    QFETCH(int, classes);
    QFETCH(int, inputs);
    const auto d = load(id.toUtf8().constData(), 333);
    QVERIFY(d);
    QCOMPARE(QString::fromStdString(d->id), id);
    QCOMPARE(d->rowCount, 333);
    QCOMPARE(d->featureCount, inputs);
    QCOMPARE(int(d->features.rows()), 333);
    QCOMPARE(int(d->features.cols()), inputs);
    QCOMPARE(int(d->featureNames.size()), inputs);
    QVERIFY(d->bytes.empty());
    QVERIFY(!d->isImage());
    QVERIFY(d->features.allFinite());
    QVERIFY(!d->source.empty());
    if (classes == 0) {
        QCOMPARE(d->task, Task::Regression);
        QCOMPARE(int(d->targets.rows()), 333);
        QCOMPARE(int(d->targets.cols()), 1);
        QVERIFY(d->targets.allFinite());
        QCOMPARE(d->outputDim(), 1);
    } else {
        QCOMPARE(d->task, Task::Classification);
        QCOMPARE(d->classCount(), classes);
        QCOMPARE(int(d->labels.size()), 333);
        for (int l : d->labels)
            QVERIFY(l >= 0 && l < classes);
    }
}

void TestToyGenerators::deterministicPerSeed()
{
    QFETCH(QString, id);
    const QByteArray name = id.toUtf8();
    const auto a = load(name.constData(), 200, 7);
    const auto b = load(name.constData(), 200, 7);
    const auto c = load(name.constData(), 200, 8);
    QVERIFY(a && b && c);
    QVERIFY(a->features == b->features);
    QVERIFY(a->labels == b->labels);
    QVERIFY(a->targets == b->targets);
    QVERIFY2(a->features != c->features, "another seed must give other points");
}

void TestToyGenerators::balancedClasses()
{
    QFETCH(QString, id);
    QFETCH(int, classes);
    if (classes == 0)
        QSKIP("regression: no classes");
    const auto d = load(id.toUtf8().constData(), 1001);
    QVERIFY(d);
    std::vector<int> counts(std::size_t(classes), 0);
    for (int l : d->labels)
        ++counts[std::size_t(l)];
    const auto [lo, hi] = std::minmax_element(counts.begin(), counts.end());
    QVERIFY2(*hi - *lo <= 1, "classes must be balanced to within one sample");
}

void TestToyGenerators::rawScaleIsAboutUnit()
{
    QFETCH(QString, id);
    const auto d = load(id.toUtf8().constData(), 2000, 1, 4, 0.1, false);
    QVERIFY(d);
    const float m = d->features.cwiseAbs().maxCoeff();
    QVERIFY2(m > 0.5f && m < 1.6f, qPrintable(QString("max |x| = %1").arg(m)));
}

void TestToyGenerators::standardized()
{
    QFETCH(QString, id);
    const auto d = load(id.toUtf8().constData(), 2000);
    QVERIFY(d);
    for (int c = 0; c < d->featureCount; ++c) {
        double mean = 0, sq = 0;
        for (int i = 0; i < d->rowCount; ++i)
            mean += d->features(i, c);
        mean /= d->rowCount;
        for (int i = 0; i < d->rowCount; ++i)
            sq += (d->features(i, c) - mean) * (d->features(i, c) - mean);
        const double sd = std::sqrt(sq / d->rowCount);
        QVERIFY2(std::abs(mean) < 1e-4, qPrintable(QString("mean %1").arg(mean)));
        QVERIFY2(std::abs(sd - 1.0) < 1e-3, qPrintable(QString("sd %1").arg(sd)));
    }
}

void TestToyGenerators::blobsAreSeparable_data()
{
    QTest::addColumn<int>("clusters");
    QTest::newRow("2 clusters") << 2;
    QTest::newRow("4 clusters (default)") << 4;
    QTest::newRow("8 clusters") << 8;
    QTest::newRow("12 clusters") << 12;
}

// Nearest-centroid on held-out points: a floor for what an MoE reaches.
void TestToyGenerators::blobsAreSeparable()
{
    QFETCH(int, clusters);
    const auto d = load("blobs", 2000, 3, clusters);
    QVERIFY(d);
    const int half = d->rowCount / 2;
    Eigen::MatrixXd centroid = Eigen::MatrixXd::Zero(clusters, 2);
    std::vector<int> count(std::size_t(clusters), 0);
    for (int i = 0; i < half; ++i) {
        centroid(d->labels[std::size_t(i)], 0) += d->features(i, 0);
        centroid(d->labels[std::size_t(i)], 1) += d->features(i, 1);
        ++count[std::size_t(d->labels[std::size_t(i)])];
    }
    for (int c = 0; c < clusters; ++c)
        centroid.row(c) /= count[std::size_t(c)];
    int correct = 0;
    for (int i = half; i < d->rowCount; ++i) {
        int best = 0;
        double bestDistance = 1e300;
        for (int c = 0; c < clusters; ++c) {
            const double dx = centroid(c, 0) - d->features(i, 0), dy = centroid(c, 1) - d->features(i, 1);
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = c;
            }
        }
        correct += best == d->labels[std::size_t(i)];
    }
    const double accuracy = double(correct) / (d->rowCount - half);
    QVERIFY2(accuracy > 0.97, qPrintable(QString("nearest-centroid accuracy %1").arg(accuracy)));
}

void TestToyGenerators::piecewiseHasJumps()
{
    // Four pieces on [-1, 1]: a jump of 1 at -0.5, 0 and 0.5; linear inside each piece.
    for (double b : {-0.5, 0.0, 0.5})
        QVERIFY(std::abs(piecewiseTruth(b - 1e-9, 4) - piecewiseTruth(b + 1e-9, 4)) > 0.99);
    QVERIFY(std::abs(piecewiseTruth(-0.9, 4) - piecewiseTruth(-0.8, 4) + 0.2) < 1e-9);
    // Without noise the targets are exactly the truth.
    const auto d = load("piecewise", 500, 2, 4, 0.0, false);
    QVERIFY(d);
    for (int i = 0; i < d->rowCount; ++i)
        QVERIFY(std::abs(d->targets(i, 0) - piecewiseTruth(d->features(i, 0), 4)) < 1e-5);
}

void TestToyGenerators::badParametersAreErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("noise");
    QTest::addColumn<int>("classes");
    QTest::newRow("negative samples") << "moons" << -5 << 0.1 << 4;
    QTest::newRow("NaN noise") << "circles" << 100 << std::nan("") << 4;
    QTest::newRow("negative noise") << "xor" << 100 << -1.0 << 4;
    QTest::newRow("one blob") << "blobs" << 100 << 0.1 << 1;
    QTest::newRow("one spiral arm") << "spirals" << 100 << 0.1 << 1;
    QTest::newRow("unknown id") << "pancakes" << 100 << 0.1 << 4;
}

void TestToyGenerators::badParametersAreErrors()
{
    QFETCH(QString, id);
    QFETCH(int, samples);
    QFETCH(double, noise);
    QFETCH(int, classes);
    DataConfig c;
    c.name = id.toStdString();
    c.samples = samples;
    c.noise = noise;
    c.classes = classes;
    const LoadResult r = loadDataset(c);
    QVERIFY(!r.ok());
    QVERIFY(r.error);
    QVERIFY(!r.dataset);
    QVERIFY(QString::fromStdString(r.error->text()).startsWith(id + ": "));
}

QTEST_GUILESS_MAIN(TestToyGenerators)
#include "tst_toy_generators.moc"
