// The optimizers (core/optimizer.h) against hand-computed steps, the SIMD pass against the
// formulas element by element (every packet/tail split), and the per-tensor rules: frozen
// tensors untouched, moments reset on unfreeze, biases not decayed.
#include "core/optimizer.h"
#include "core/rng.h"

#include <QTest>

#include <cmath>

using namespace moe;

namespace {

template <class S>
Parameter<S> scalarParameter(double value, bool decays = true)
{
    Parameter<S> p("p", 1, 1, decays);
    p.value(0, 0) = S(value);
    return p;
}

OptimizerSettings settings(OptimizerKind kind, double weightDecay)
{
    OptimizerSettings o;
    o.kind = kind;
    o.lr = 0.1;
    o.weightDecay = weightDecay;
    return o;  // momentum 0.9, β1 0.9, β2 0.999, ε 1e-8
}

// The formulas of optimizer.h in double, one element, for the comparisons below.
struct Reference {
    double p, m = 0, v = 0;
    int t = 0;
    void step(const OptimizerSettings &o, double g, bool decays)
    {
        const double wd = decays ? o.weightDecay : 0.0;
        ++t;
        if (o.kind == OptimizerKind::Sgd) {
            m = o.momentum * m + g + wd * p;
            p -= o.lr * m;
            return;
        }
        if (o.kind == OptimizerKind::Adam)
            g += wd * p;
        m = o.beta1 * m + (1 - o.beta1) * g;
        v = o.beta2 * v + (1 - o.beta2) * g * g;
        if (o.kind == OptimizerKind::AdamW)
            p *= 1 - o.lr * wd;
        p -= o.lr / (1 - std::pow(o.beta1, t)) * m / (std::sqrt(v) / std::sqrt(1 - std::pow(o.beta2, t)) + o.eps);
    }
};

}  // namespace

class TestOptimizer : public QObject {
    Q_OBJECT

private slots:
    // p = 1, gradients 0.5 then −0.25, lr 0.1. By hand:
    //   Adam step 1: m = 0.05, v = 0.00025, m̂ = 0.5, v̂ = 0.25 → p = 1 − 0.1·0.5/(0.5 + 1e−8) = 0.900000002
    //   Adam step 2: m = 0.02, v = 0.00031225, m̂ = 0.02/0.19, v̂ = 0.00031225/0.001999 → p = 0.8733662987
    //   SGD (μ 0.9, L2 0.1): m = 0.5 + 0.1 = 0.6 → p = 0.94; m = 0.54 − 0.25 + 0.094 = 0.384 → p = 0.9016
    //   AdamW (0.1): p = 1·(1 − 0.01) − 0.1·(≈1) = 0.890000002, then 0.8544662987
    //   Adam with L2 0.1 (g + 0.1 p): 0.9000000016667, then 0.8544413675
    void handComputedSteps_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("weightDecay");
        QTest::addColumn<double>("after1");
        QTest::addColumn<double>("after2");
        QTest::newRow("Adam") << int(OptimizerKind::Adam) << 0.0 << 0.900000002 << 0.8733662987078463;
        QTest::newRow("Adam with L2 0.1") << int(OptimizerKind::Adam) << 0.1 << 0.9000000016666666 << 0.8544413674617625;
        QTest::newRow("AdamW decay 0.1") << int(OptimizerKind::AdamW) << 0.1 << 0.890000002 << 0.8544662986878463;
        QTest::newRow("SGD momentum 0.9, L2 0.1") << int(OptimizerKind::Sgd) << 0.1 << 0.94 << 0.9016;
    }
    void handComputedSteps()
    {
        QFETCH(int, kind);
        QFETCH(double, weightDecay);
        QFETCH(double, after1);
        QFETCH(double, after2);
        const OptimizerSettings o = settings(OptimizerKind(kind), weightDecay);
        Parameter<double> p = scalarParameter<double>(1.0);
        p.grad(0, 0) = 0.5;
        optimizerStep<double>(o, {&p});
        QVERIFY2(std::abs(p.value(0, 0) - after1) < 1e-12, qPrintable(QString::number(p.value(0, 0), 'g', 17)));
        p.grad(0, 0) = -0.25;
        optimizerStep<double>(o, {&p});
        QVERIFY2(std::abs(p.value(0, 0) - after2) < 1e-12, qPrintable(QString::number(p.value(0, 0), 'g', 17)));
        QCOMPARE(p.t, 2LL);
    }

    // The vectorised pass: every element of tensors whose sizes straddle the packet width
    // (and the 1024-element blocks) follows the formulas, in float.
    void everyElementFollowsTheFormulas_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("size");
        for (int size : {1, 7, 15, 16, 17, 33, 1023, 1024, 1025, 3000})
            for (auto [kind, name] : {std::pair {OptimizerKind::Adam, "Adam"}, std::pair {OptimizerKind::AdamW, "AdamW"},
                                      std::pair {OptimizerKind::Sgd, "SGD"}})
                QTest::newRow(qPrintable(QString("%1, %2 elements").arg(name).arg(size))) << int(kind) << size;
    }
    void everyElementFollowsTheFormulas()
    {
        QFETCH(int, kind);
        QFETCH(int, size);
        const OptimizerSettings o = settings(OptimizerKind(kind), 0.05);
        Rng rng(size);
        Parameter<float> p("w", 1, size);
        std::vector<Reference> want;
        for (int i = 0; i < size; ++i) {
            p.value(0, i) = float(rng.normal());
            want.push_back({double(p.value(0, i))});
        }
        for (int step = 0; step < 4; ++step) {
            for (int i = 0; i < size; ++i) {
                p.grad(0, i) = float(rng.normal());
                want[std::size_t(i)].step(o, double(p.grad(0, i)), true);
            }
            optimizerStep<float>(o, {&p});
        }
        for (int i = 0; i < size; ++i) {
            const double error = std::abs(double(p.value(0, i)) - want[std::size_t(i)].p);
            QVERIFY2(error < 1e-5 * std::max(1.0, std::abs(want[std::size_t(i)].p)),
                     qPrintable(QString("element %1: %2 vs %3").arg(i).arg(p.value(0, i)).arg(want[std::size_t(i)].p)));
        }
    }

    void frozenTensorsAreUntouchedAndUnfreezingResetsMoments()
    {
        const OptimizerSettings o = settings(OptimizerKind::Adam, 0.0);
        Parameter<double> p = scalarParameter<double>(1.0);
        p.grad(0, 0) = 0.5;
        optimizerStep<double>(o, {&p});
        const double afterOne = p.value(0, 0);
        p.setFrozen(true);
        optimizerStep<double>(o, {&p});
        QCOMPARE(p.value(0, 0), afterOne);
        QCOMPARE(p.t, 1LL);
        p.setFrozen(false);  // fresh moments: the next step is a first Adam step again (moves by ≈ lr)
        QCOMPARE(p.t, 0LL);
        optimizerStep<double>(o, {&p});
        QVERIFY(std::abs(p.value(0, 0) - (afterOne - 0.1)) < 1e-7);
    }

    void biasesAreNotDecayed()
    {
        const OptimizerSettings o = settings(OptimizerKind::AdamW, 0.5);
        Parameter<double> weight = scalarParameter<double>(1.0), bias = scalarParameter<double>(1.0, false);
        weight.grad(0, 0) = bias.grad(0, 0) = 0.5;
        optimizerStep<double>(o, {&weight, &bias});
        QVERIFY(std::abs(bias.value(0, 0) - 0.900000002) < 1e-12);  // the plain Adam step
        QVERIFY(std::abs(weight.value(0, 0) - (0.95 - 0.1 + 2e-9)) < 1e-9);  // decayed by 1 − 0.1·0.5 first
    }
};

QTEST_APPLESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
