// The register-blocked products (core/blocked_product.h) against Eigen on every row remainder
// and column layout they handle, in both operand forms, with and without bias, and with
// streaming stores; and the expert and router paths that use them.
#include "core/blocked_product.h"
#include "core/narrow_product.h"
#include "core/expert.h"
#include "core/router.h"

#include <QTest>

#include <omp.h>

#include <limits>

using namespace moe;

namespace {

template <class S>
Matrix<S> randomMatrix(Eigen::Index rows, Eigen::Index cols, Rng &rng)
{
    Matrix<S> m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = S(rng.normal());
    return m;
}

template <class S>
double maxRelativeError(const Matrix<S> &got, const Matrix<S> &want)
{
    const double scale = std::max(1.0, double(want.cwiseAbs().maxCoeff()));
    return double((got - want).cwiseAbs().maxCoeff()) / scale;
}

// blockedProductOnThreads: both operand forms against Eigen, on ragged row counts (bands
// that do not divide evenly, fewer rows than threads' blocks), and the same bits on one,
// two and three threads as the serial kernel.
template <class S>
void checkProductOnThreads(double tolerance)
{
    Rng rng(23);
    const int threadsBefore = omp_get_max_threads();
    for (auto [rows, steps, cols] :
         {std::tuple {1, 700, 64}, {7, 3000, 48}, {13, 768, 128}, {128, 768, 384}, {257, 129, 40}, {768, 256, 128}}) {
        const Matrix<S> a = randomMatrix<S>(rows, steps, rng);  // X·B: X rows x steps
        const Matrix<S> x = randomMatrix<S>(steps, rows, rng);  // Xᵀ·B: X steps x rows
        const Matrix<S> b = randomMatrix<S>(steps, cols, rng);
        const Matrix<S> bias = randomMatrix<S>(1, cols, rng);
        Matrix<S> serialForward(rows, cols), serialGradient(rows, cols);
        detail::blockedProduct<S>(rows, cols, a.data(), steps, 1, b.data(), cols, steps, bias.data(),
                                  serialForward.data(), cols);
        detail::blockedProduct<S>(rows, cols, x.data(), 1, rows, b.data(), cols, steps, nullptr, serialGradient.data(),
                                  cols);
        Matrix<S> wantForward = a * b;
        wantForward.rowwise() += bias.row(0);
        const QString where = QString("%1 x %2 x %3").arg(rows).arg(steps).arg(cols);
        QVERIFY2(maxRelativeError<S>(serialForward, wantForward) < tolerance, qPrintable(where));
        QVERIFY2(maxRelativeError<S>(serialGradient, Matrix<S>(x.transpose() * b)) < tolerance, qPrintable(where));
        for (int threads : {1, 2, 3}) {
            omp_set_num_threads(threads);
            // NaN where nothing is written: a row no thread computes cannot pass.
            Matrix<S> forward = Matrix<S>::Constant(rows, cols, std::numeric_limits<S>::quiet_NaN());
            Matrix<S> gradient = forward;
            detail::blockedProductOnThreads<S>(rows, cols, a.data(), steps, 1, b.data(), cols, steps, bias.data(),
                                               forward.data(), cols);
            detail::blockedProductOnThreads<S>(rows, cols, x.data(), 1, rows, b.data(), cols, steps, nullptr,
                                               gradient.data(), cols);
            QVERIFY2(forward == serialForward, qPrintable(where + QString(", %1 threads").arg(threads)));
            QVERIFY2(gradient == serialGradient, qPrintable(where + QString(", %1 threads").arg(threads)));
        }
    }
    omp_set_num_threads(threadsBefore);
}

template <class S>
void checkForwardAndGradientForms(double tolerance)
{
    Rng rng(7);
    const int widths[] = {8, 16, 24, 48, 64, 80, 128};
    for (int cols : widths) {
        if (!detail::blockedFits<S>(cols))
            continue;
        for (int rows = 1; rows <= 30; ++rows) {  // every remainder of the 6- and 12-row blocks
            const int depth = 37;
            // Forward form: C = X·B + bias, X rows × depth.
            const Matrix<S> x = randomMatrix<S>(rows, depth, rng);
            const Matrix<S> b = randomMatrix<S>(depth, cols, rng);
            const Matrix<S> bias = randomMatrix<S>(1, cols, rng);
            Matrix<S> c(rows, cols);
            detail::blockedProduct<S>(rows, cols, x.data(), depth, 1, b.data(), cols, depth, bias.data(), c.data(),
                                      cols);
            Matrix<S> want = x * b;
            want.rowwise() += bias.row(0);
            QVERIFY2(maxRelativeError(c, want) < tolerance,
                     qPrintable(QStringLiteral("forward rows %1 cols %2").arg(rows).arg(cols)));

            // Gradient form: G = Xᵀ·D with X (rows tokens × depth), D (rows × cols): depth × cols.
            const Matrix<S> d = randomMatrix<S>(rows, cols, rng);
            const Matrix<S> wantG = x.transpose() * d;
            Matrix<S> cached(depth, cols), streamed(depth, cols);
            detail::blockedProduct<S>(depth, cols, x.data(), 1, depth, d.data(), cols, rows, nullptr, cached.data(),
                                      cols, detail::Store::Cached);
            detail::blockedProduct<S>(depth, cols, x.data(), 1, depth, d.data(), cols, rows, nullptr, streamed.data(),
                                      cols, detail::Store::Streaming);
            QVERIFY2(maxRelativeError(cached, wantG) < tolerance,
                     qPrintable(QStringLiteral("gradient rows %1 cols %2").arg(rows).arg(cols)));
            // Streaming changes where the result goes, never its value.
            QVERIFY(cached == streamed);
        }
    }
}

// The rows of a matrix picked by index (repeats and any order, as routing gives them): both
// picked-operand products against Eigen on the gathered copy, and bit for bit against the
// strided kernel on that copy (the same sums in the same order).
template <class S>
void checkPickedOperands(double tolerance)
{
    Rng rng(21);
    const int widths[] = {8, 16, 64, 80};
    const Matrix<S> x = randomMatrix<S>(50, 37, rng);  // the batch: 50 tokens × 37 inputs
    for (int cols : widths) {
        if (!detail::blockedFits<S>(cols))
            continue;
        for (int rows = 1; rows <= 26; ++rows) {
            std::vector<int> picked(static_cast<std::size_t>(rows));
            for (int &t : picked)
                t = rng.uniformInt(50);
            const RowSet<S> set = RowSet<S>::picked(x, picked);
            const Matrix<S> gathered = set.gathered();
            for (int r = 0; r < rows; ++r)
                QVERIFY(gathered.row(r) == x.row(picked[std::size_t(r)]));
            const QString what = QStringLiteral("rows %1 cols %2").arg(rows).arg(cols);

            // X·B + bias over the picked rows.
            const Matrix<S> b = randomMatrix<S>(37, cols, rng);
            const Matrix<S> bias = randomMatrix<S>(1, cols, rng);
            Matrix<S> c(rows, cols), strided(rows, cols);
            detail::pickedRowsProduct<S>(set, cols, b.data(), cols, bias.data(), c.data(), cols);
            detail::blockedProduct<S>(rows, cols, gathered.data(), 37, 1, b.data(), cols, 37, bias.data(),
                                      strided.data(), cols);
            Matrix<S> want = gathered * b;
            want.rowwise() += bias.row(0);
            QVERIFY2(maxRelativeError(c, want) < tolerance, qPrintable("rows product, " + what));
            QVERIFY2(c == strided, qPrintable("rows product bit for bit, " + what));

            // Xᵀ·D over the picked rows, n = 5 input columns from c0 = 11 and all 37.
            const Matrix<S> d = randomMatrix<S>(rows, cols, rng);
            const Matrix<S> wantG = gathered.transpose() * d;
            Matrix<S> g(37, cols), part(5, cols), stridedG(37, cols);
            detail::pickedColumnsProduct<S>(set, 0, 37, cols, d.data(), cols, g.data(), cols);
            detail::pickedColumnsProduct<S>(set, 11, 5, cols, d.data(), cols, part.data(), cols);
            detail::blockedProduct<S>(37, cols, gathered.data(), 1, 37, d.data(), cols, rows, nullptr, stridedG.data(),
                                      cols);
            QVERIFY2(maxRelativeError(g, wantG) < tolerance, qPrintable("columns product, " + what));
            QVERIFY2(g == stridedG, qPrintable("columns product bit for bit, " + what));
            QVERIFY2(part == g.middleRows(11, 5), qPrintable("columns product from c0, " + what));
        }
    }
    // Consecutive rows (no index) take the strided form.
    const RowSet<S> all = RowSet<S>::all(x);
    QVERIFY(all.gathered() == x);
}

}  // namespace

class TestKernels : public QObject {
    Q_OBJECT

private slots:
    void blockedProductMatchesEigenFloat() { checkForwardAndGradientForms<float>(1e-5); }
    void blockedProductMatchesEigenDouble() { checkForwardAndGradientForms<double>(1e-12); }
    void pickedRowsMatchTheirGatheredCopyFloat() { checkPickedOperands<float>(1e-5); }
    void pickedRowsMatchTheirGatheredCopyDouble() { checkPickedOperands<double>(1e-12); }

    void columnCountsTheKernelCannotTakeAreRefused()
    {
        QVERIFY(!detail::blockedFits<float>(0));
        QVERIFY(!detail::blockedFits<float>(10));  // the 10 classes of the second layer go to Eigen
        QVERIFY(!detail::blockedFits<double>(3));
    }

    void expertGradientsAreTheSameStreamedOrCached()
    {
        Rng rng(3);
        for (int rows : {1, 5, 8, 13, 64}) {
            Expert<float> expert(ExpertType::Mlp, 784, 64, 10, Activation::Relu);
            expert.initialize(rng);
            const Matrix<float> x = randomMatrix<float>(rows, 784, rng);
            const Matrix<float> dOut = randomMatrix<float>(rows, 10, rng);
            Matrix<float> out;
            ExpertCache<float> cache;
            expert.forward(x, out, cache, 0.0, nullptr);
            expert.backward(x, dOut, cache, GradientForm::Dense);
            std::vector<Matrix<float>> cached;
            for (const auto *p : expert.parameters())
                cached.push_back(p->grad);
            expert.backward(x, dOut, cache, GradientForm::Streamed);
            const auto params = expert.parameters();
            for (std::size_t i = 0; i < params.size(); ++i)
                QVERIFY2(params[i]->grad == cached[i], qPrintable(QString::fromStdString(params[i]->name)));
            // and dW1 is Xᵀ dA: check against Eigen with the cached activation derivative.
            const Matrix<float> dh = dOut * params[2]->value.transpose();
            const Matrix<float> da = (cache.a.array() > 0).select(dh, 0.0f);
            QVERIFY(maxRelativeError<float>(params[0]->grad, x.transpose() * da) < 1e-5);
        }
    }

    // An MLP expert's output and all four gradients against the plain formulas of expert.h,
    // computed in double from the same float inputs: the second layer runs on our kernels when
    // its output is narrower than a SIMD packet and h is whole packets (784 → 64 → 10 on
    // MNIST), on Eigen otherwise (o = 16, the toy shape h = 16).
    void expertMatchesThePlainFormulas_data()
    {
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("rows");
        for (int rows : {1, 2, 5, 8, 13, 64}) {
            QTest::addRow("784-64-10, %d rows", rows) << 784 << 64 << 10 << rows;
            QTest::addRow("784-64-16, %d rows", rows) << 784 << 64 << 16 << rows;
            QTest::addRow("784-128-3, %d rows", rows) << 784 << 128 << 3 << rows;
            QTest::addRow("2-16-2, %d rows", rows) << 2 << 16 << 2 << rows;
        }
    }
    void expertMatchesThePlainFormulas()
    {
        QFETCH(int, in);
        QFETCH(int, hidden);
        QFETCH(int, out);
        QFETCH(int, rows);
        Rng rng(std::uint64_t(in * 131 + hidden * 7 + out + rows * 1000));
        Expert<float> expert(ExpertType::Mlp, in, hidden, out, Activation::Relu);
        expert.initialize(rng);
        const Matrix<float> x = randomMatrix<float>(rows, in, rng);
        const Matrix<float> dOut = randomMatrix<float>(rows, out, rng);
        Matrix<float> y;
        ExpertCache<float> cache;
        expert.forward(x, y, cache, 0.0, nullptr);
        expert.backward(x, dOut, cache, GradientForm::Dense);
        const bool ours = detail::narrowFits<float>(hidden, out) && detail::blockedFits<float>(hidden);
        QCOMPARE(cache.w2t.size() > 0, ours);

        const auto p = expert.parameters();  // W1, b1, W2, b2
        const MatrixD w1 = p[0]->value.cast<double>(), w2 = p[2]->value.cast<double>();
        const MatrixD xd = x.cast<double>(), dO = dOut.cast<double>();
        MatrixD a = xd * w1;
        a.rowwise() += p[1]->value.cast<double>().row(0);
        const MatrixD h = a.cwiseMax(0.0);
        MatrixD want = h * w2;
        want.rowwise() += p[3]->value.cast<double>().row(0);
        const MatrixD dA = (a.array() > 0).select(dO * w2.transpose(), 0.0);
        QVERIFY(maxRelativeError<double>(y.cast<double>(), want) < 1e-5);
        QVERIFY(maxRelativeError<double>(p[2]->grad.cast<double>(), h.transpose() * dO) < 1e-5);
        QVERIFY(maxRelativeError<double>(p[3]->grad.cast<double>(), dO.colwise().sum()) < 1e-5);
        QVERIFY(maxRelativeError<double>(p[0]->grad.cast<double>(), xd.transpose() * dA) < 1e-5);
        QVERIFY(maxRelativeError<double>(p[1]->grad.cast<double>(), dA.colwise().sum()) < 1e-5);
    }

    void narrowProductMatchesEigen()
    {
        Rng rng(13);
        for (int d : {64, 100, 784})  // 100: a tail of d after the packets
            for (int experts = 1; experts <= 15; ++experts)
                for (int rows : {1, 2, 3, 37}) {
                    const Matrix<float> x = randomMatrix<float>(rows, d, rng);
                    const Matrix<float> w = randomMatrix<float>(d, experts, rng);
                    const Matrix<float> bias = randomMatrix<float>(1, experts, rng);
                    const Matrix<float> wt = w.transpose();
                    Matrix<float> z(rows, experts);
                    detail::narrowProduct<float>(rows, d, x.data(), wt.data(), experts, bias.data(), z.data());
                    Matrix<float> want = x * w;
                    want.rowwise() += bias.row(0);
                    QVERIFY2(maxRelativeError<float>(z, want) < 1e-5,
                             qPrintable(QString("d %1, E %2, rows %3").arg(d).arg(experts).arg(rows)));
                }
    }

    void routerLogitsAndGradientMatchEigen()
    {
        Rng rng(11);
        // 3, 4, 8, 11: dot products along d (fewer experts than a packet; on AVX-512, 8 and 11
        // too); 16, 64: whole packets, the blocked kernel.
        for (int experts : {3, 4, 8, 11, 16, 64}) {
            Router<float> router(784, experts, true, false);
            router.initialize(rng, 0.5);
            const Matrix<float> x = randomMatrix<float>(37, 784, rng);
            MatrixD z;
            router.logits(x, z);
            const Matrix<float> want = x * router.weight().value;  // bias starts at 0
            QVERIFY(maxRelativeError<float>(z.cast<float>(), want) < 1e-5);

            const MatrixD dz = randomMatrix<double>(37, experts, rng);
            router.backward(x, dz, nullptr);
            const Matrix<float> wantGrad = x.transpose() * dz.cast<float>();
            QVERIFY(maxRelativeError<float>(router.weight().grad, wantGrad) < 1e-5);
        }
    }

    void productOnThreadsMatchesEigenFloat() { checkProductOnThreads<float>(1e-5); }
    void productOnThreadsMatchesEigenDouble() { checkProductOnThreads<double>(1e-12); }

    // The router shares its products out to threads past a million multiply-adds: the results
    // must be those of one thread, bit for bit (each element is summed by one thread).
    void routerIsTheSameOnOneOrTwoThreads()
    {
        Rng rng(17);
        for (int experts : {8, 11, 64}) {
            Router<float> router(784, experts, true, false);
            router.initialize(rng, 0.5);
            const Matrix<float> x = randomMatrix<float>(256, 784, rng);  // 1.6 M multiply-adds at E = 8
            const MatrixD dz = randomMatrix<double>(256, experts, rng);
            MatrixD z[2];
            Matrix<float> grad[2];
            for (int threads : {1, 2}) {
                omp_set_num_threads(threads);
                router.logits(x, z[threads - 1]);
                router.backward(x, dz, nullptr);
                grad[threads - 1] = router.weight().grad;
            }
            // Shapes our kernels do not take go to Eigen, whose own threaded product may block
            // differently per thread count (E = 11 without AVX-512, e.g. the portable ASan build).
            if (detail::narrowFits<float>(784, experts) || detail::blockedFits<float>(experts)) {
                QVERIFY2(z[0] == z[1], qPrintable(QString("logits, E = %1").arg(experts)));
                QVERIFY2(grad[0] == grad[1], qPrintable(QString("gradient, E = %1").arg(experts)));
            }
            QVERIFY(maxRelativeError<float>(grad[0], x.transpose() * dz.cast<float>()) < 1e-5);
        }
    }
};

QTEST_APPLESS_MAIN(TestKernels)
#include "tst_kernels.moc"
