// The MLP gate (model.router_hidden = H): logits Z = ReLU(X W1 + b1) Wg + bg against a hand
// computation, and, for every strategy of the registry, central finite differences (float64,
// h = 1e-6) of task + auxiliary loss against the analytic gradients of W1, b1, Wg, bg (and the
// noise network) and against the layer's input gradient dL/dX through the gate (what the
// language model's blocks use). A component whose perturbation changes a routing decision is
// skipped (MOE_SPEC §16).
#include "core/model.h"
#include "core/routing/registry.h"
#include "core/trainer.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace moe;

namespace {

Model<double> mlpGateModel(const std::string &strategy, Rng &init)
{
    ModelSpec spec;
    spec.inputs = 3;
    spec.outputs = 3;
    spec.experts = 4;
    spec.hidden = 5;
    spec.activation = Activation::Tanh;  // smooth experts: the differences are exact enough
    spec.routerBias = true;
    spec.routerHidden = 6;
    Model<double> model(spec);
    model.initialize(init, 0.8);  // a large init spreads the gate's probabilities
    model.layer().setStrategy(makeStrategy(strategy));
    for (auto *p : model.parameters())
        if (p->name == "router.Wnoise" || p->name == "router.b1")  // non-zero, so every path is exercised
            for (Eigen::Index i = 0; i < p->value.size(); ++i)
                p->value.data()[i] = 0.3 * init.normal();
    return model;
}

LayerOptions gradientOptions()
{
    LayerOptions opt;
    opt.route.k = 2;
    opt.route.capacityFactor = 0.0;
    opt.route.normalize = true;
    opt.route.importanceCoef = 0.1;
    opt.route.loadCoef = 0.1;
    opt.auxAlpha = 0.05;
    opt.zLoss = 0.01;
    return opt;
}

}  // namespace

class TestMlpRouter : public QObject {
    Q_OBJECT
private slots:
    // x = [1, −2], W1 = [[1, 0.5], [1, −1]], b1 = [0.5, 0]:
    //   A = [1 − 2 + 0.5, 0.5 + 2 + 0] = [−0.5, 2.5], G = ReLU(A) = [0, 2.5]
    //   Wg = [[1, 2], [3, −1]], bg = [0.25, 0]: Z = [0·1 + 2.5·3 + 0.25, 0·2 − 2.5 + 0] = [7.75, −2.5]
    // dZ = [1, 1]: dG = dZ Wgᵀ = [3, 2], dA = dG ⊙ 1[A > 0] = [0, 2], dX = dA W1ᵀ = [1, −2],
    //   dW1 = xᵀ dA = [[0, 2], [0, −4]], db1 = [0, 2], dWg = Gᵀ dZ = [[0, 0], [2.5, 2.5]].
    void logitsAndGradientsByHand()
    {
        Router<double> router(2, 2, true, false, 2);
        QCOMPARE(router.hidden(), 2);
        const auto params = router.parameters();  // Wg, bg, W1, b1
        QCOMPARE(int(params.size()), 4);
        params[0]->value = test::fromRows({{1, 2}, {3, -1}});
        params[1]->value = test::fromRows({{0.25, 0}});
        params[2]->value = test::fromRows({{1, 0.5}, {1, -1}});
        params[3]->value = test::fromRows({{0.5, 0}});
        QCOMPARE(params[2]->name, std::string("router.W1"));
        const MatrixD x = test::fromRows({{1, -2}});
        MatrixD z;
        router.logits(x, z);
        MOE_COMPARE_MATRIX(z, test::fromRows({{7.75, -2.5}}), 1e-12);

        const MatrixD dz = test::fromRows({{1, 1}});
        router.backward(x, dz, nullptr);
        MOE_COMPARE_MATRIX(params[0]->grad, test::fromRows({{0, 0}, {2.5, 2.5}}), 1e-12);
        MOE_COMPARE_MATRIX(params[1]->grad, test::fromRows({{1, 1}}), 1e-12);
        MOE_COMPARE_MATRIX(params[2]->grad, test::fromRows({{0, 2}, {0, -4}}), 1e-12);
        MOE_COMPARE_MATRIX(params[3]->grad, test::fromRows({{0, 2}}), 1e-12);
        MatrixD dx;
        router.inputGradient(x, dz, nullptr, dx);
        MOE_COMPARE_MATRIX(dx, test::fromRows({{1, -2}}), 1e-12);
    }

    // Growing the expert count adds columns to the last layer only; the hidden layer stays.
    void resizeKeepsTheHiddenLayer()
    {
        Router<double> router(3, 2, false, false, 4);
        Rng rng(5);
        router.initialize(rng, 0.1);
        const MatrixD w1 = router.parameters()[1]->value;
        router.resize(5, rng, 0.1);
        QCOMPARE(router.experts(), 5);
        QCOMPARE(int(router.parameters()[0]->value.rows()), 4);  // Wg: H × E
        MOE_COMPARE_MATRIX(router.parameters()[1]->value, w1, 0.0);
        router.setNoise(true);
        QCOMPARE(int(router.parameters()[1]->value.rows()), 4);  // Wnoise: H × E as well
    }

    // Through the Trainer: model.router_hidden = 8 on four clusters. Parameters by hand: each MLP
    // expert 2·16 + 16 + 16·4 + 4 = 116 (× 4 = 464); the gate W1 2·8 + b1 8 + Wg 8·4 = 56.
    void trainerWithAnMlpGate()
    {
        ExperimentConfig c;
        c.model.experts = 4;
        c.model.hidden = 16;
        c.model.routerHidden = 8;
        c.routing.strategy = "topk";
        c.train.steps = 300;
        c.train.threads = 1;
        Trainer t(c, test::fourClusters());
        QCOMPARE(t.snapshot().paramsTotal, 464LL + 56LL);
        while (t.step()) { }
        QVERIFY(!t.diverged());
        const EvalResult e = t.evaluate();
        QVERIFY2(e.accuracy > 0.9, qPrintable(QString("test accuracy %1").arg(e.accuracy)));
    }

    void everyStrategy_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const StrategyInfo &info : strategyInfos())
            QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
    }

    void everyStrategy()
    {
        QFETCH(QString, strategy);
        Rng init(3);
        Model<double> model = mlpGateModel(strategy.toStdString(), init);
        const test::GradientBatch prob = test::makeGradientBatch(10, 3, 3, 11);
        const test::GradientCheck r =
            test::checkModelGradients(model, prob, TaskLoss::CrossEntropy, gradientOptions(), Rng(77));
        QVERIFY2(r.checked > 50,
                 qPrintable(QString("only %1 components checked, %2 skipped").arg(r.checked).arg(r.skipped)));
        QVERIFY2(r.worst < 1e-4,
                 qPrintable("worst relative error " + QString::number(r.worst) + " at "
                            + QString::fromStdString(r.worstAt)));
    }

    // dL/dX of the layer (experts + the gate's MLP path) against finite differences in X.
    void inputGradient_data() { everyStrategy_data(); }
    void inputGradient()
    {
        QFETCH(QString, strategy);
        Rng init(3);
        Model<double> model = mlpGateModel(strategy.toStdString(), init);
        const test::GradientBatch prob = test::makeGradientBatch(10, 3, 3, 11);
        const LayerOptions opt = gradientOptions();
        const Rng stream(77);
        auto lossAt = [&](const MatrixD &x, test::Signature *signature) {
            ModelForward<double> f;
            model.forward(x, opt, true, stream, f);
            if (signature)
                *signature = test::signatureOf(f.layer.routing);
            return model.loss(TaskLoss::CrossEntropy, f, &prob.labels, nullptr, nullptr).task + f.layer.auxTotal;
        };
        ModelForward<double> f;
        ModelGrad<double> g;
        model.forward(prob.x, opt, true, stream, f);
        model.loss(TaskLoss::CrossEntropy, f, &prob.labels, nullptr, &g);
        MatrixD dx;
        model.layer().backward(f.layer, g.dOut, g.omega, opt, &dx);
        const test::Signature base = test::signatureOf(f.layer.routing);

        int checked = 0, skipped = 0;
        const double h = 1e-6;
        for (Eigen::Index i = 0; i < prob.x.size(); ++i) {
            MatrixD xp = prob.x, xm = prob.x;
            xp.data()[i] += h;
            xm.data()[i] -= h;
            test::Signature sp, sm;
            const double lp = lossAt(xp, &sp), lm = lossAt(xm, &sm);
            if (sp != base || sm != base) {
                ++skipped;
                continue;
            }
            const double numeric = (lp - lm) / (2 * h);
            QVERIFY2(test::near(dx.data()[i], numeric, 1e-6, 1e-4),
                     qPrintable(QString("dX[%1]: analytic %2, numeric %3").arg(i).arg(dx.data()[i]).arg(numeric)));
            ++checked;
        }
        QVERIFY2(checked >= 15, qPrintable(QString("only %1 inputs checked, %2 skipped").arg(checked).arg(skipped)));
    }
};

QTEST_APPLESS_MAIN(TestMlpRouter)
#include "tst_mlp_router.moc"
