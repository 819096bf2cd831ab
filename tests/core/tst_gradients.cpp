// Finite-difference checks of every parameter gradient of the whole model (router, noise
// network, experts, shared experts) for every strategy of the registry × task loss, plus
// capacity drops, shared experts and the balancing terms, in float64 (MOE_SPEC §16): central
// differences with h = 1e-6, skipping a component only when the perturbation changes a
// routing decision.
#include "core/model.h"
#include "core/routing/registry.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace moe;

namespace {

using test::makeGradientBatch;
using test::GradientBatch;
using test::Signature;
using test::signatureOf;

}  // namespace

class TestGradients : public QObject {
    Q_OBJECT
private slots:
    void wholeModel_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("loss");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("cf");
        QTest::addColumn<double>("aux");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("cv");
        QTest::addColumn<bool>("normalize");
        QTest::addColumn<int>("shared");
        const QList<int> losses {int(TaskLoss::CrossEntropy), int(TaskLoss::MixtureOfDistributions), int(TaskLoss::Mse),
                                 int(TaskLoss::Competitive)};
        const QStringList lossNames {"ce", "mixture", "mse", "competitive"};
        // Every strategy of the registry, so a new one cannot miss its check.
        for (const StrategyInfo &info : strategyInfos()) {
            const QString s = QString::fromStdString(info.id);
            const double cv = info.usesNoise ? 0.1 : 0.0;  // the noise network's CV² losses
            for (int li = 0; li < losses.size(); ++li) {
                const QByteArray name = (s + " with " + lossNames[li] + " loss, aux + z-loss").toUtf8();
                QTest::newRow(name.constData()) << s << losses[li] << 2 << 0.0 << 0.05 << 0.01 << cv << true << 0;
            }
        }
        QTest::newRow("topk unnormalised with capacity 1.0 and a shared expert")
            << "topk" << int(TaskLoss::CrossEntropy) << 2 << 1.0 << 0.05 << 0.01 << 0.0 << false << 1;
        QTest::newRow("switch with capacity 1.0 (drops)")
            << "switch" << int(TaskLoss::CrossEntropy) << 1 << 1.0 << 0.05 << 0.01 << 0.0 << false << 0;
        QTest::newRow("noisy top-1 with importance and load losses")
            << "noisy_topk" << int(TaskLoss::CrossEntropy) << 1 << 0.0 << 0.0 << 0.0 << 0.2 << true << 0;
        QTest::newRow("expert choice with a shared expert, mixture loss")
            << "expert_choice" << int(TaskLoss::MixtureOfDistributions) << 2 << 1.0 << 0.0 << 0.01 << 0.0 << true << 1;
    }

    void wholeModel()
    {
        QFETCH(QString, strategy);
        QFETCH(int, loss);
        QFETCH(int, k);
        QFETCH(double, cf);
        QFETCH(double, aux);
        QFETCH(double, z);
        QFETCH(double, cv);
        QFETCH(bool, normalize);
        QFETCH(int, shared);
        const int T = 10, d = 3, o = 3, E = 4;
        const auto kind = TaskLoss(loss);
        GradientBatch prob = makeGradientBatch(T, d, o, 11);

        ModelSpec spec;
        spec.inputs = d;
        spec.outputs = o;
        spec.experts = E;
        spec.hidden = 5;
        spec.activation = Activation::Tanh;  // smooth, so finite differences are exact enough
        spec.sharedExperts = shared;
        spec.routerBias = true;
        Model<double> model(spec);
        Rng init(3);
        model.initialize(init, 0.8);  // a large router init spreads the probabilities
        model.layer().setStrategy(makeStrategy(strategy.toStdString()));
        if (model.layer().router().hasNoise()) {  // give the noise network non-zero weights
            for (auto *p : model.parameters())
                if (p->name == "router.Wnoise")
                    for (Eigen::Index i = 0; i < p->value.size(); ++i)
                        p->value.data()[i] = 0.3 * init.normal();
        }

        LayerOptions opt;
        opt.route.k = k;
        opt.route.capacityFactor = cf;
        opt.route.normalize = normalize;
        opt.route.importanceCoef = cv;
        opt.route.loadCoef = cv;
        opt.auxAlpha = aux;
        opt.zLoss = z;
        const Rng stream(77);

        const test::GradientCheck r = test::checkModelGradients(model, prob, kind, opt, stream);
        QVERIFY2(r.checked > 50,
                 qPrintable(QString("only %1 components checked, %2 skipped").arg(r.checked).arg(r.skipped)));
        QVERIFY2(r.worst < 1e-4,
                 qPrintable("worst relative error " + QString::number(r.worst) + " at "
                            + QString::fromStdString(r.worstAt)));
        QVERIFY2(r.routerNonZero > 0, "the router gradient was never exercised");
    }
};

QTEST_APPLESS_MAIN(TestGradients)
#include "tst_gradients.moc"
