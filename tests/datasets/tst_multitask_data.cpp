// Multi-task data: the MMoE paper's synthetic tasks (mmoe_synthetic.h) and the multi-task view
// of a table (data.label_columns, task_columns.h). The linear parts' Pearson correlation is the
// knob ρ, the labels' correlation falls with it, generation is deterministic per seed, and bad
// column names give a message naming the column.
#include "datasets/catalog.h"
#include "datasets/mmoe_synthetic.h"

#include <QtTest>

#include <cmath>

using namespace moe;
using namespace moe::data;

namespace {

double pearson(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    const Eigen::ArrayXd x = a.array() - a.mean(), y = b.array() - b.mean();
    return (x * y).sum() / std::sqrt((x * x).sum() * (y * y).sum());
}

MmoeSynthetic generate(double rho, std::uint64_t seed = 1, int samples = 10000)
{
    MmoeSyntheticParams p;
    p.correlation = rho;
    p.seed = seed;
    p.samples = samples;
    return makeMmoeSynthetic(p);
}

}  // namespace

class TestMultiTaskData : public QObject {
    Q_OBJECT
private slots:
    void linearPartsHaveTheCorrelation_data()
    {
        QTest::addColumn<double>("rho");
        for (double rho : {1.0, 0.9, 0.5, 0.0, -0.5})
            QTest::newRow(qPrintable(QString("rho = %1").arg(rho))) << rho;
    }
    void linearPartsHaveTheCorrelation()
    {
        QFETCH(double, rho);
        const MmoeSynthetic s = generate(rho);
        QCOMPARE(s.data.featureCount, 100);
        QCOMPARE(int(s.data.targets.cols()), 2);
        QVERIFY(std::abs(s.w1.norm() - 1.0) < 1e-12 && std::abs(s.w2.norm() - 1.0) < 1e-12);
        QVERIFY2(std::abs(s.w1.dot(s.w2) - rho) < 1e-12, "cos(w1, w2) is not rho");
        const Eigen::MatrixXd x = s.data.features.cast<double>();
        const double r = pearson(x * s.w1, x * s.w2);
        // 10 000 samples: the sampling error of r is about (1 − ρ²)/100.
        QVERIFY2(std::abs(r - rho) < 0.03, qPrintable(QString("Pearson of the linear parts %1, rho %2").arg(r).arg(rho)));
        // The label is the linear part plus the sines and noise: recompute the residual's size.
        const Eigen::VectorXd residual = s.data.targets.col(0).cast<double>() - x * s.w1;
        QVERIFY2(residual.cwiseAbs().maxCoeff() <= 10.0 + 1.0, "a label is more than m + noise away from its linear part");
    }

    void labelCorrelationFallsWithRho()
    {
        double previous = 2;
        for (double rho : {1.0, 0.5, 0.0}) {
            const MmoeSynthetic s = generate(rho);
            const double r = pearson(s.data.targets.col(0).cast<double>(), s.data.targets.col(1).cast<double>());
            QVERIFY2(r < previous, qPrintable(QString("label correlation %1 at rho %2 is not below %3").arg(r).arg(rho).arg(previous)));
            previous = r;
        }
        // ρ = 1: the tasks differ only by their noise (σ = 0.1), so the labels are almost equal.
        const MmoeSynthetic same = generate(1.0);
        const double gap = (same.data.targets.col(0) - same.data.targets.col(1)).cast<double>().cwiseAbs().maxCoeff();
        QVERIFY2(gap < 1.0, qPrintable(QString("at rho = 1 the labels differ by up to %1").arg(gap)));
    }

    void deterministicPerSeed()
    {
        const MmoeSynthetic a = generate(0.5, 7, 500), b = generate(0.5, 7, 500), c = generate(0.5, 8, 500);
        QVERIFY(a.data.features == b.data.features);
        QVERIFY(a.data.targets == b.data.targets);
        QVERIFY(a.data.features != c.data.features);
        QVERIFY(a.data.targets != c.data.targets);
    }

    void catalogEntry()
    {
        DataConfig config;
        config.name = "mmoe_synthetic";
        config.samples = 300;
        config.taskCorrelation = 0.25;
        const LoadResult r = loadDataset(config);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error->text().c_str());
        QCOMPARE(r.dataset->taskNames, (std::vector<std::string> {"y1", "y2"}));
        QCOMPARE(r.dataset->size(), 300);
        bool listed = false;
        for (const DatasetInfo &info : listDatasets())
            listed = listed || (info.id == "mmoe_synthetic" && info.task == Task::Regression && info.features == 100);
        QVERIFY(listed);
        config.taskCorrelation = 1.5;
        const LoadResult bad = loadDataset(config);
        QVERIFY(!bad.ok());
        QCOMPARE(QString::fromStdString(bad.error->message), QString("data.task_correlation must be between -1 and 1"));
    }

    // wine's first row: alcohol 14.23, colour intensity 5.64 (datasets/data/wine_data.csv).
    void labelColumnsOfATable()
    {
        DataConfig config;
        config.name = "wine";
        config.standardize = false;
        config.labelColumns = "alcohol, color intensity";
        const LoadResult r = loadDataset(config);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error->text().c_str());
        const Dataset &d = *r.dataset;
        QCOMPARE(d.task, Task::Regression);
        QCOMPARE(d.taskNames, (std::vector<std::string> {"alcohol", "color intensity"}));
        QCOMPARE(d.featureCount, 11);
        QCOMPARE(int(d.featureNames.size()), 11);
        QCOMPARE(d.featureNames.front(), std::string("malic acid"));
        QVERIFY(d.labels.empty());
        QCOMPARE(d.targets(0, 0), 14.23f);
        QCOMPARE(d.targets(0, 1), 5.64f);
        QCOMPARE(d.features(0, 0), 1.71f);  // malic acid moved to the first column

        config.standardize = true;
        const LoadResult s = loadDataset(config);
        QVERIFY(s.ok());
        const Eigen::VectorXd t = s.dataset->targets.col(1).cast<double>();
        QVERIFY(std::abs(t.mean()) < 1e-5);
        QVERIFY(std::abs(std::sqrt((t.array() - t.mean()).square().mean()) - 1.0) < 1e-4);
    }

    void badLabelColumns_data()
    {
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown name") << "alcohol,colour"
                                      << "data.label_columns: no column named 'colour' in wine (its columns: alcohol, "
                                         "malic acid, ash,";
        QTest::newRow("named twice") << "hue,hue" << "data.label_columns: the column 'hue' is named twice";
        QTest::newRow("empty name") << "hue,,ash" << "data.label_columns: an empty column name in 'hue,,ash'";
    }
    void badLabelColumns()
    {
        QFETCH(QString, columns);
        QFETCH(QString, message);
        DataConfig config;
        config.name = "wine";
        config.labelColumns = columns.toStdString();
        const LoadResult r = loadDataset(config);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error->message).startsWith(message), r.error->text().c_str());
        QCOMPARE(QString::fromStdString(r.error->file), QString("wine"));
    }
};

QTEST_APPLESS_MAIN(TestMultiTaskData)
#include "tst_multitask_data.moc"
