// One attention head on the blocked kernel (core/lm/attention_head.h) against the reference on
// Eigen's products, and against central finite differences of L = Σ C ⊙ R, in double; the
// causal zeros of P; and the fall-back for shapes the blocked kernel does not take.
#include "core/lm/attention_head.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace moe;
using namespace moe::detail;

namespace {

template <class S>
std::vector<S> randomValues(std::size_t n, unsigned seed, double scale = 1.0)
{
    std::mt19937 gen(seed);
    std::normal_distribution<double> normal(0.0, scale);
    std::vector<S> v(n);
    for (auto &x : v)
        x = S(normal(gen));
    return v;
}

// QKV of one sequence as in the layer: T rows of [Q | K | V], each dh wide, plus a spare column
// so that the row stride is not the head width.
template <class S>
struct HeadData {
    int T, dh;
    Eigen::Index ld;
    std::vector<S> qkv;
    HeadData(int length, int width, unsigned seed)
        : T(length), dh(width), ld(3 * width + 1), qkv(randomValues<S>(std::size_t(length) * (3 * width + 1), seed))
    { }
    HeadOperands<S> operands() const
    {
        return {qkv.data(), qkv.data() + dh, qkv.data() + 2 * dh, ld, T, dh, S(1.0 / std::sqrt(double(dh)))};
    }
};

template <class S>
double maxRelativeDifference(const std::vector<S> &a, const std::vector<S> &b)
{
    double worst = 0, scale = 1e-30;
    for (std::size_t i = 0; i < a.size(); ++i)
        scale = std::max(scale, std::abs(double(b[i])));
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(double(a[i]) - double(b[i])) / scale);
    return worst;
}

struct Results {
    std::vector<double> probs, context, dq, dk, dv;
};

template <class S>
Results runHead(const HeadData<S> &data, const std::vector<S> &dContext, bool blocked)
{
    const int T = data.T, dh = data.dh;
    std::vector<S> probs(std::size_t(T) * T, S(-7)), context(std::size_t(T) * dh), dq(context.size()),
        dk(context.size()), dv(context.size());
    const auto h = data.operands();
    if (blocked) {
        attentionHeadForward(h, probs.data(), context.data(), dh);
        attentionHeadBackward(h, probs.data(), dContext.data(), dh, dq.data(), dk.data(), dv.data(), dh);
    } else {
        attentionHeadForwardReference(h, probs.data(), context.data(), dh);
        attentionHeadBackwardReference(h, probs.data(), dContext.data(), dh, dq.data(), dk.data(), dv.data(), dh);
    }
    auto widen = [](const std::vector<S> &v) {
        return std::vector<double>(v.begin(), v.end());
    };
    return {widen(probs), widen(context), widen(dq), widen(dk), widen(dv)};
}

}  // namespace

class TestAttentionHead : public QObject {
    Q_OBJECT
private slots:
    void blockedMatchesReference_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("headWidth");
        QTest::newRow("T16 dh8") << 16 << 8;
        QTest::newRow("T64 dh32 (baby model)") << 64 << 32;
        QTest::newRow("T48 dh16") << 48 << 16;
    }
    void blockedMatchesReference()
    {
        QFETCH(int, length);
        QFETCH(int, headWidth);
        QVERIFY(attentionBlockedFits<double>(length, headWidth));
        QVERIFY(attentionBlockedFits<float>(length, headWidth));
        const HeadData<double> data(length, headWidth, 3);
        const auto dC = randomValues<double>(std::size_t(length) * headWidth, 5);
        const Results fast = runHead(data, dC, true), ref = runHead(data, dC, false);
        QVERIFY(maxRelativeDifference(fast.probs, ref.probs) < 1e-13);
        QVERIFY(maxRelativeDifference(fast.context, ref.context) < 1e-13);
        QVERIFY(maxRelativeDifference(fast.dq, ref.dq) < 1e-13);
        QVERIFY(maxRelativeDifference(fast.dk, ref.dk) < 1e-13);
        QVERIFY(maxRelativeDifference(fast.dv, ref.dv) < 1e-13);

        // The same in float, at float's precision.
        HeadData<float> dataF(length, headWidth, 3);
        std::vector<float> dCF(dC.begin(), dC.end());
        const Results fastF = runHead(dataF, dCF, true), refF = runHead(dataF, dCF, false);
        QVERIFY(maxRelativeDifference(fastF.context, refF.context) < 1e-5);
        QVERIFY(maxRelativeDifference(fastF.dk, refF.dk) < 1e-5);
    }

    // Rows of P are distributions over the past only: zero above the diagonal, sum 1.
    void probabilitiesAreCausal()
    {
        const HeadData<double> data(32, 8, 11);
        const auto dC = randomValues<double>(32 * 8, 12);
        const Results r = runHead(data, dC, true);
        for (int t = 0; t < 32; ++t) {
            double sum = 0;
            for (int s = 0; s < 32; ++s) {
                const double p = r.probs[std::size_t(t) * 32 + s];
                if (s > t)
                    QCOMPARE(p, 0.0);
                else
                    QVERIFY(p > 0);
                sum += p;
            }
            QVERIFY(std::abs(sum - 1.0) < 1e-12);
        }
    }

    // dQ, dK, dV of the blocked kernel against central differences of L = Σ C ⊙ dC.
    void blockedGradientsMatchFiniteDifferences()
    {
        const int T = 16, dh = 8;
        HeadData<double> data(T, dh, 21);
        const auto dC = randomValues<double>(std::size_t(T) * dh, 22);
        const Results r = runHead(data, dC, true);
        auto loss = [&]() {
            std::vector<double> probs(std::size_t(T) * T), context(std::size_t(T) * dh);
            attentionHeadForward(data.operands(), probs.data(), context.data(), dh);
            double l = 0;
            for (std::size_t i = 0; i < context.size(); ++i)
                l += context[i] * dC[i];
            return l;
        };
        const double eps = 1e-6;
        double worst = 0;
        for (int t = 0; t < T; ++t)
            for (int c = 0; c < 3 * dh; ++c) {
                double &x = data.qkv[std::size_t(t) * data.ld + c];
                const double keep = x;
                x = keep + eps;
                const double up = loss();
                x = keep - eps;
                const double down = loss();
                x = keep;
                const double numeric = (up - down) / (2 * eps);
                const auto &grad = c < dh ? r.dq : c < 2 * dh ? r.dk : r.dv;
                const double analytic = grad[std::size_t(t) * dh + c % dh];
                worst = std::max(worst, std::abs(numeric - analytic) / std::max(1.0, std::abs(numeric)));
            }
        QVERIFY2(worst < 1e-7, qPrintable(QString("worst relative error %1").arg(worst)));
    }

    // Shapes the blocked kernel does not take go to the reference (same numbers).
    void otherShapesFallBack()
    {
        QVERIFY(!attentionBlockedFits<double>(10, 8));
        QVERIFY(!attentionBlockedFits<double>(16, 3));
        const HeadData<double> data(10, 3, 31);
        const auto dC = randomValues<double>(30, 32);
        const Results fast = runHead(data, dC, true), ref = runHead(data, dC, false);
        QCOMPARE(fast.context, ref.context);
        QCOMPARE(fast.dk, ref.dk);
    }
};

QTEST_APPLESS_MAIN(TestAttentionHead)
#include "tst_attention_head.moc"
