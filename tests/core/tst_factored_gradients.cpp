// Factored first-layer gradients (core/parameter.h): an expert's dW1 = Xᵀ dA kept as its two
// factors and formed by the optimizer block by block. Checked against the dense gradient:
// the same update bit for bit, the same norm, clipping by the same scale, and the engine
// choosing the factored form only where it pays (many experts, few rows each).
#include "core/engine.h"
#include "core/optimizer.h"
#include "core/trainer.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace moe;

namespace {

Matrix<float> randomMatrix(Eigen::Index rows, Eigen::Index cols, Rng &rng)
{
    Matrix<float> m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = float(rng.normal());
    return m;
}

double maxRelativeError(const Matrix<float> &got, const Matrix<float> &want)
{
    const double scale = std::max(1.0, double(want.cwiseAbs().maxCoeff()));
    return double((got - want).cwiseAbs().maxCoeff()) / scale;
}

OptimizerSettings settingsFor(OptimizerKind kind)
{
    OptimizerSettings o;
    o.kind = kind;
    o.lr = 0.01;
    o.weightDecay = 0.1;  // exercises the L2 term (Adam, SGD) and the decoupled decay (AdamW)
    return o;
}

// The experts of a layer, all alike, its input and their batches of `rows[e]` random rows of it.
struct Layer {
    Matrix<float> x;  // 300 × 784: the experts read their rows in place
    std::vector<Expert<float>> experts;
    std::vector<ExpertBatch<float>> batches;
    std::vector<Matrix<float>> dOut;
    [[nodiscard]] RowSet<float> rowsOf(std::size_t e) const { return RowSet<float>::picked(x, batches[e].token); }
};

Layer makeLayer(const std::vector<int> &rows, int hidden, std::uint64_t seed)
{
    Layer l;
    Rng rng(seed);
    l.x = randomMatrix(300, 784, rng);
    for (std::size_t e = 0; e < rows.size(); ++e) {
        l.experts.emplace_back(ExpertType::Mlp, 784, hidden, 10, Activation::Relu);
        l.experts.back().initialize(rng);
        l.batches.emplace_back();
        for (int r = 0; r < rows[e]; ++r)
            l.batches.back().token.push_back(rng.uniformInt(300));
        l.dOut.push_back(randomMatrix(rows[e], 10, rng));
    }
    CpuEngine<float>().forwardExperts(l.x, l.experts, l.batches, 0.0, Rng(1), true);
    return l;
}

std::vector<Parameter<float> *> parametersOf(std::vector<Expert<float>> &experts)
{
    std::vector<Parameter<float> *> all;
    for (auto &e : experts)
        for (auto *p : e.parameters())
            all.push_back(p);
    return all;
}

// MNIST-shaped data (784 inputs, 10 classes) whose labels a linear map can learn, so that
// the loss must fall.
std::shared_ptr<Dataset> wideData(int n)
{
    auto d = std::make_shared<Dataset>();
    d->id = "test_wide";
    d->displayName = "Wide";
    d->rowCount = n;
    d->featureCount = 784;
    Rng rng(17);
    d->features = randomMatrix(n, 784, rng);
    const Matrix<float> teacher = randomMatrix(784, 10, rng);
    const Matrix<float> scores = d->features * teacher;
    for (int i = 0; i < n; ++i) {
        Eigen::Index label = 0;
        scores.row(i).maxCoeff(&label);
        d->labels.push_back(int(label));
    }
    for (int c = 0; c < 10; ++c)
        d->classNames.push_back("class " + std::to_string(c));
    return d;
}

ExperimentConfig wideConfig(int threads)
{
    ExperimentConfig c;
    c.model.experts = 64;  // 64 × 784 × 64 first-layer weights: 12.8 MB of gradients, factored
    c.model.hidden = 64;
    c.routing.strategy = "topk";
    c.routing.k = 2;
    c.train.batch = 256;
    c.train.lr = 1e-3;
    c.train.steps = 1000;
    c.train.seed = 3;
    c.train.threads = threads;
    c.train.evalEvery = 1000;
    c.train.clipNorm = 2.0;  // clipping scales the factors
    return c;
}

}  // namespace

class TestFactoredGradients : public QObject {
    Q_OBJECT

private slots:
    void factoredEqualsDense_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("hidden");
        QTest::newRow("one row") << 1 << 64;
        QTest::newRow("8 rows, 64 hidden (64 experts on MNIST)") << 8 << 64;
        QTest::newRow("13 rows, 48 hidden (a row remainder and three packets)") << 13 << 48;
        QTest::newRow("5 rows, 10 hidden (Eigen forms the blocks)") << 5 << 10;
    }
    void factoredEqualsDense()
    {
        QFETCH(int, rows);
        QFETCH(int, hidden);
        Layer l = makeLayer({rows}, hidden, 5);
        Expert<float> &expert = l.experts[0];
        const auto &b = l.batches[0];
        expert.backward(l.rowsOf(0), l.dOut[0], b.cache, GradientForm::Dense);
        const auto params = expert.parameters();
        std::vector<Matrix<float>> dense;
        for (const auto *p : params)
            dense.push_back(p->grad);

        expert.backward(l.rowsOf(0), l.dOut[0], b.cache, GradientForm::Factored);
        QVERIFY(params[0]->gradFactored());
        for (std::size_t i = 1; i < params.size(); ++i) {  // b1, W2, b2 stay dense
            QVERIFY(!params[i]->gradFactored());
            QVERIFY(params[i]->grad == dense[i]);
        }
        // ‖Xᵀ dA‖² from the Gram matrices.
        const double want = double(dense[0].cast<double>().squaredNorm());
        QVERIFY2(std::abs(params[0]->gradSquaredNorm() - want) <= 1e-5 * std::max(1.0, want),
                 qPrintable(QString("%1 vs %2").arg(params[0]->gradSquaredNorm()).arg(want)));
        // Scaled (clipping), then formed.
        params[0]->scaleGrad(0.25f);
        QVERIFY(std::abs(params[0]->gradSquaredNorm() - want / 16) <= 1e-5 * std::max(1.0, want));
        params[0]->materializeGrad();
        QVERIFY(!params[0]->gradFactored());
        QVERIFY(maxRelativeError(params[0]->grad, 0.25f * dense[0]) < 1e-5);
    }

    void optimizerAppliesTheSameUpdate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<float>("clipScale");
        QTest::newRow("Adam with L2") << int(OptimizerKind::Adam) << 64 << 1.0f;
        QTest::newRow("AdamW, clipped to 0.3") << int(OptimizerKind::AdamW) << 64 << 0.3f;
        QTest::newRow("SGD with momentum") << int(OptimizerKind::Sgd) << 64 << 1.0f;
        QTest::newRow("Adam, 10 hidden (Eigen blocks)") << int(OptimizerKind::Adam) << 10 << 0.5f;
    }
    void optimizerAppliesTheSameUpdate()
    {
        QFETCH(int, kind);
        QFETCH(int, hidden);
        QFETCH(float, clipScale);
        const OptimizerSettings o = settingsFor(OptimizerKind(kind));
        const std::vector<int> rows = {8, 1, 3, 17};
        Layer dense = makeLayer(rows, hidden, 9), factored = makeLayer(rows, hidden, 9);
        const auto pd = parametersOf(dense.experts), pf = parametersOf(factored.experts);
        for (int step = 0; step < 3; ++step) {  // later steps use the moments of earlier ones
            for (std::size_t e = 0; e < rows.size(); ++e) {
                dense.experts[e].backward(dense.rowsOf(e), dense.dOut[e], dense.batches[e].cache, GradientForm::Dense);
                factored.experts[e].backward(factored.rowsOf(e), factored.dOut[e], factored.batches[e].cache,
                                             GradientForm::Factored);
            }
            for (std::size_t i = 0; i < pd.size(); ++i) {
                pd[i]->scaleGrad(clipScale);
                pf[i]->scaleGrad(clipScale);
            }
            optimizerStep(o, pd);
            optimizerStep(o, pf);
            for (std::size_t i = 0; i < pd.size(); ++i) {
                QVERIFY2(!pf[i]->gradFactored(), "the optimizer drops the factors it applied");
                const QString what = QString("step %1, %2").arg(step).arg(QString::fromStdString(pd[i]->name));
                if (hidden % 8 == 0)  // the blocked kernel: the very same sums
                    QVERIFY2(pf[i]->value == pd[i]->value, qPrintable(what));
                else
                    QVERIFY2(maxRelativeError(pf[i]->value, pd[i]->value) < 1e-6, qPrintable(what));
            }
        }
        // The update really moved the weights (so the equality above is not of two untouched copies).
        QVERIFY(pd[0]->value != makeLayer(rows, hidden, 9).experts[0].parameters()[0]->value);
    }

    void nonFiniteFactorsGiveANonFiniteNorm()
    {
        Layer l = makeLayer({8}, 64, 2);
        auto &b = l.batches[0];
        l.experts[0].backward(l.rowsOf(0), l.dOut[0], b.cache, GradientForm::Factored);
        b.cache.da(3, 5) = std::numeric_limits<float>::quiet_NaN();  // what the divergence guard must see
        QVERIFY(!std::isfinite(l.experts[0].parameters()[0]->gradSquaredNorm()));
        b.cache.da(3, 5) = std::numeric_limits<float>::infinity();
        QVERIFY(!std::isfinite(l.experts[0].parameters()[0]->gradSquaredNorm()));
    }

    void engineFactorsOnlyLargeGradientsOfFewRows()
    {
        // 64 experts of 784 × 64 (12.8 MB of dW1): few rows → factored; one expert with 300 rows
        // (its Gram matrices would cost more than an eighth of the product) → written.
        std::vector<int> rows(64, 8);
        rows[5] = 300;
        rows[9] = 0;
        Layer l = makeLayer(rows, 64, 4);
        CpuEngine<float> engine;
        engine.backwardExperts(l.x, l.experts, l.batches, l.dOut, true);
        for (std::size_t e = 0; e < rows.size(); ++e) {
            const bool factored = l.experts[e].parameters()[0]->gradFactored();
            QCOMPARE(factored, e != 5 && e != 9);  // an expert without rows gets zeros
        }
        // Not allowed by the caller → dense everywhere.
        engine.backwardExperts(l.x, l.experts, l.batches, l.dOut, false);
        for (auto &expert : l.experts)
            QVERIFY(!expert.parameters()[0]->gradFactored());
        // 8 experts (1.6 MB): the optimizer finds dense gradients in cache; never factored.
        Layer small = makeLayer(std::vector<int>(8, 8), 64, 4);
        engine.backwardExperts(small.x, small.experts, small.batches, small.dOut, true);
        for (auto &expert : small.experts)
            QVERIFY(!expert.parameters()[0]->gradFactored());
    }

    // The trainer on the shapes where the engine factors: it learns, a run does not depend on
    // the thread count, and live changes between steps (experts knocked out, frozen, added,
    // removed) never leave a factor pointing at a stale batch (ASan runs this too).
    void trainerLearnsAndSurvivesLiveChangesWithFactoredGradients()
    {
        const auto data = wideData(800);
        Trainer one(wideConfig(1), data), two(wideConfig(2), data);
        double first = 0;
        for (int s = 0; s < 12; ++s) {
            QVERIFY(one.step());
            QVERIFY(two.step());
            if (s == 0)
                first = one.lastStep().loss;
            QCOMPARE(two.lastStep().loss, one.lastStep().loss);
        }
        QVERIFY2(one.lastStep().loss < 0.9 * first,
                 qPrintable(QString("loss %1 → %2").arg(first).arg(one.lastStep().loss)));
        // The same weights bit for bit (the stored configuration names the thread count).
        QCOMPARE(QString::fromStdString(two.apply(Command::set("train.threads", "1"))), QString());
        QVERIFY(one.serializeWeights() == two.serializeWeights());

        const Command changes[] = {Command::knockOut(3),
                                   {Command::Kind::FreezeExpert, {}, {}, 5, true},
                                   Command::addExpert(),
                                   Command::removeExpert(0),
                                   Command::freezeGate(true),
                                   Command::restore(2),
                                   Command::set("train.clip", "0.05"),
                                   Command::freezeExperts(true),
                                   Command::freezeExperts(false)};
        for (const Command &c : changes) {
            QCOMPARE(QString::fromStdString(one.apply(c)), QString());
            for (int s = 0; s < 2; ++s) {
                QVERIFY(one.step());
                QVERIFY(std::isfinite(one.lastStep().loss));
            }
        }
        QVERIFY(!one.diverged());
    }
};

QTEST_APPLESS_MAIN(TestFactoredGradients)
#include "tst_factored_gradients.moc"
