// k-means (core/kmeans.h) on points whose clusters are known by hand.
#include "core/kmeans.h"

#include <QTest>

#include <algorithm>

using namespace moe;

class TestKMeans : public QObject {
    Q_OBJECT

private slots:
    // Two pairs far apart: from any start the centres end at the two pair means,
    // (0, 0.5) and (10, 10.5).
    void twoPairsFindTheirMeans()
    {
        MatrixF x(4, 2);
        x << 0, 0, 0, 1, 10, 10, 10, 11;
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            Rng rng(seed);
            MatrixF c = kMeansCentres(x, 2, 10, rng);
            if (c(0, 0) > c(1, 0))
                c.row(0).swap(c.row(1));
            QCOMPARE(c(0, 0), 0.0f);
            QCOMPARE(c(0, 1), 0.5f);
            QCOMPARE(c(1, 0), 10.0f);
            QCOMPARE(c(1, 1), 10.5f);
            const std::vector<int> near = nearestCentres(x, c);
            QCOMPARE(near[0], near[1]);
            QCOMPARE(near[2], near[3]);
            QVERIFY(near[0] != near[2]);
        }
    }

    void nearestTakesTheFirstOnATie()
    {
        MatrixF centres(2, 1);
        centres << -1, 1;
        MatrixF x(3, 1);
        x << 0, 0.9f, -5;
        QCOMPARE(nearestCentres(x, centres), (std::vector<int> {0, 1, 0}));
    }

    // A centre that no row is nearest to stays where it was.
    void anEmptyCentreStays()
    {
        MatrixF x(3, 1);
        x << 1, 1, 1;
        Rng rng(5);
        const MatrixF c = kMeansCentres(x, 2, 3, rng);  // both start at 1; the second never wins a row
        QCOMPARE(c(0, 0), 1.0f);
        QCOMPARE(c(1, 0), 1.0f);
    }
};

QTEST_APPLESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
