// The multi-task models (core/mmoe/): MMoE, OMoE and the shared bottom. Tower outputs against
// a hand computation (MOE_SPEC §15.17's two-expert MMoE), central finite differences (float64,
// h = 1e-6) of Σ λ_k MSE_k + aux against every parameter's analytic gradient — per-task gates,
// one shared gate, the bottom network, the towers — for every strategy of the registry that
// routes samples (linear and MLP gates), and the configuration errors.
#include "core/mmoe/multitask_model.h"
#include "core/mmoe/multitask_trainer.h"
#include "core/routing/registry.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace moe;

namespace {

using Signatures = std::vector<test::Signature>;

Signatures signaturesOf(const MultiTaskForward<double> &f)
{
    Signatures s;
    for (const Routing &r : f.routing)
        s.push_back(test::signatureOf(r));
    return s;
}

LayerOptions gradientOptions()
{
    LayerOptions opt;
    opt.route.k = 2;
    opt.route.normalize = true;
    opt.route.importanceCoef = 0.1;
    opt.route.loadCoef = 0.1;
    opt.auxAlpha = 0.05;
    opt.zLoss = 0.01;
    return opt;
}

}  // namespace

class TestMultiTaskModel : public QObject {
    Q_OBJECT
private slots:
    // x = [1]; expert 0: ReLU(2x) = 2, expert 1: ReLU(1x) = 1; dense gates, task A's logits
    // [1, 0], task B's [0, 1]: w^A = [0.731059, 0.268941], w^B = [0.268941, 0.731059].
    // Towers pass u through (ReLU(1·u) · 1): y^A = 0.731059·2 + 0.268941 = 1.731059,
    // y^B = 0.268941·2 + 0.731059 = 1.268941. One shared gate (OMoE, logits [1, 0]) gives
    // both tasks 1.731059.
    void towerOutputsByHand_data()
    {
        QTest::addColumn<int>("gates");
        QTest::addColumn<double>("taskB");
        QTest::newRow("one gate per task (MMoE)") << int(TaskGates::PerTask) << 1.268941;
        QTest::newRow("one shared gate (OMoE)") << int(TaskGates::Shared) << 1.731059;
    }
    void towerOutputsByHand()
    {
        QFETCH(int, gates);
        QFETCH(double, taskB);
        MultiTaskSpec spec;
        spec.inputs = 1;
        spec.tasks = 2;
        spec.experts = 2;
        spec.hidden = 1;
        spec.towerHidden = 1;
        spec.gates = TaskGates(gates);
        spec.strategy = "dense";
        MultiTaskModel<double> model(spec);
        // parameters(): gates (Wg each), then experts (W, b), then towers (hidden W, b; out W, b).
        auto params = model.parameters();
        const int G = model.gateCount();
        QCOMPARE(G, spec.gates == TaskGates::PerTask ? 2 : 1);
        QCOMPARE(int(params.size()), G + 4 + 8);
        params[0]->value = test::fromRows({{1, 0}});
        if (G == 2)
            params[1]->value = test::fromRows({{0, 1}});
        const double expertW[2] = {2, 1};
        for (int e = 0; e < 2; ++e) {
            params[std::size_t(G + 2 * e)]->value = test::fromRows({{expertW[e]}});
            params[std::size_t(G + 2 * e + 1)]->value = test::fromRows({{0}});
        }
        for (std::size_t i = std::size_t(G + 4); i < params.size(); ++i)
            params[i]->value.setConstant((i - std::size_t(G)) % 2 == 0 ? 1.0 : 0.0);  // weights 1, biases 0
        MultiTaskForward<double> f;
        model.forward(test::fromRows({{1}}), LayerOptions {}, false, Rng(1), f);
        MOE_COMPARE_MATRIX(f.output, test::fromRows({{1.731059, taskB}}), 1e-6);

        // Loss with weights λ = [1, 0.5] against targets [1, 1]:
        //   0.731059² + 0.5 · (taskB − 1)²
        const std::vector<double> weights {1.0, 0.5};
        MatrixD dOut;
        const MultiTaskLoss l = model.loss(f, test::fromRows({{1, 1}}), weights, &dOut);
        QVERIFY(test::near(l.task[0], 0.731059 * 0.731059, 1e-6));
        QVERIFY(test::near(l.weighted, 0.731059 * 0.731059 + 0.5 * (taskB - 1) * (taskB - 1), 1e-6));
        MOE_COMPARE_MATRIX(dOut, test::fromRows({{2 * 0.731059, 0.5 * 2 * (taskB - 1)}}), 1e-6);
    }

    void gradients_data()
    {
        QTest::addColumn<int>("gates");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("routerHidden");
        QTest::newRow("shared bottom") << int(TaskGates::None) << QString() << 0;
        for (const StrategyInfo &info : strategyInfos()) {
            if (info.softDispatch)
                continue;  // refused as a gate (refusesSlotStrategies)
            for (int hidden : {0, 4}) {
                const QString gate = hidden > 0 ? QStringLiteral("MLP gates") : QStringLiteral("linear gates");
                const QString id = QString::fromStdString(info.id);
                QTest::newRow(qPrintable("MMoE, " + id + ", " + gate)) << int(TaskGates::PerTask) << id << hidden;
                QTest::newRow(qPrintable("OMoE, " + id + ", " + gate)) << int(TaskGates::Shared) << id << hidden;
            }
        }
    }
    void gradients()
    {
        QFETCH(int, gates);
        QFETCH(QString, strategy);
        QFETCH(int, routerHidden);
        MultiTaskSpec spec;
        spec.inputs = 3;
        spec.tasks = 2;
        spec.experts = 4;
        spec.hidden = 3;
        spec.towerHidden = 3;
        spec.routerHidden = routerHidden;
        spec.routerBias = true;
        spec.gates = TaskGates(gates);
        spec.strategy = strategy.isEmpty() ? "dense" : strategy.toStdString();
        MultiTaskModel<double> model(spec);
        Rng init(5);
        model.initialize(init, 0.8);
        for (auto *p : model.parameters())  // noise networks and biases non-zero: every path is used
            if (p->name.find("w_noise") != std::string::npos || p->name.find(".b") != std::string::npos)
                for (Eigen::Index i = 0; i < p->value.size(); ++i)
                    p->value.data()[i] = 0.3 * init.normal();

        const test::GradientBatch prob = test::makeGradientBatch(12, 3, 2, 19);
        const std::vector<double> weights {1.0, 0.7};
        const LayerOptions opt = gradientOptions();
        const Rng stream(33);
        auto total = [&](MultiTaskForward<double> &f) {
            model.forward(prob.x, opt, true, stream, f);
            return model.loss(f, prob.targets, weights, nullptr).weighted + f.auxTotal;
        };
        MultiTaskForward<double> f;
        MatrixD dOut;
        model.forward(prob.x, opt, true, stream, f);
        model.loss(f, prob.targets, weights, &dOut);
        model.backward(f, dOut, opt);
        const Signatures base = signaturesOf(f);

        int checked = 0, skipped = 0, gateNonZero = 0;
        const double h = 1e-6;
        for (auto *p : model.parameters()) {
            const MatrixD analytic = p->grad;
            QCOMPARE(analytic.rows(), p->value.rows());
            for (Eigen::Index i = 0; i < p->value.size(); ++i) {
                const double old = p->value.data()[i];
                MultiTaskForward<double> fp, fm;
                p->value.data()[i] = old + h;
                const double lp = total(fp);
                p->value.data()[i] = old - h;
                const double lm = total(fm);
                p->value.data()[i] = old;
                if (signaturesOf(fp) != base || signaturesOf(fm) != base) {
                    ++skipped;
                    continue;
                }
                const double numeric = (lp - lm) / (2 * h);
                QVERIFY2(test::near(analytic.data()[i], numeric, 1e-6, 1e-4),
                         qPrintable(QString("%1[%2]: analytic %3, numeric %4")
                                        .arg(QString::fromStdString(p->name))
                                        .arg(i)
                                        .arg(analytic.data()[i], 0, 'g', 10)
                                        .arg(numeric, 0, 'g', 10)));
                if (p->name.rfind("gate", 0) == 0 && std::abs(numeric) > 1e-8)
                    ++gateNonZero;
                ++checked;
            }
        }
        QVERIFY2(checked > 60, qPrintable(QString("only %1 checked, %2 skipped").arg(checked).arg(skipped)));
        if (gates != int(TaskGates::None) && strategy != "hash")  // hash routing ignores its gate
            QVERIFY2(gateNonZero > 0, "no gate parameter has a gradient: the gates were not checked");
    }

    void refusesSlotStrategies()
    {
        MultiTaskSpec spec;
        spec.strategy = "soft_moe";
        try {
            MultiTaskModel<double> model(spec);
            QFAIL("soft_moe was accepted as a multi-task gate");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString(e.what()).startsWith("routing.strategy: soft_moe"), e.what());
        }
    }

    void taskWeights()
    {
        std::vector<double> w;
        QCOMPARE(std::string(parseTaskWeights("", 3, &w)), std::string());
        QCOMPARE(w, (std::vector<double> {1, 1, 1}));
        QCOMPARE(std::string(parseTaskWeights(" 1, 0.25 ", 2, &w)), std::string());
        QCOMPARE(w, (std::vector<double> {1, 0.25}));
        QCOMPARE(std::string(parseTaskWeights("1,x", 2, &w)), std::string("train.task_weights: 'x' is not a weight (a number >= 0)"));
        QCOMPARE(std::string(parseTaskWeights("1,-2", 2, &w)), std::string("train.task_weights: '-2' is not a weight (a number >= 0)"));
        QCOMPARE(std::string(parseTaskWeights("1,2,3", 2, &w)), std::string("train.task_weights: 3 weights given for 2 tasks"));
    }
};

QTEST_APPLESS_MAIN(TestMultiTaskModel)
#include "tst_multitask_model.moc"
