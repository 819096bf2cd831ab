// Test utilities shared by every suite: tolerant comparison of numbers and matrices with
// a readable failure message, and central finite differences.
#pragma once

#include "core/tensor.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace moe::test {

// |a − b| <= abs + rel·max(|a|, |b|)
bool near(double a, double b, double abs = 1e-6, double rel = 0.0);

// Empty string when every entry is near; else a message naming the first bad entry.
std::string compareMatrix(const MatrixD &actual, const MatrixD &expected, double abs = 1e-6, double rel = 0.0);
std::string compareVector(const std::vector<double> &actual, const std::vector<double> &expected, double abs = 1e-6,
                          double rel = 0.0);

MatrixD fromRows(const std::vector<std::vector<double>> &rows);

// Central difference of f around x along every entry of x: df/dx, h = 1e-6 by default.
MatrixD numericGradient(const std::function<double(const MatrixD &)> &f, const MatrixD &x, double h = 1e-6);

// A random batch for gradient checks: x ~ N(0, 1) (T×d), labels uniform in [0, o), targets ~ N(0, 1).
struct GradientBatch {
    MatrixD x;
    std::vector<int> labels;
    MatrixD targets;
};
GradientBatch makeGradientBatch(int T, int d, int o, std::uint64_t seed);

}  // namespace moe::test

// QVERIFY2 with the comparison's message.
#define MOE_COMPARE_MATRIX(actual, expected, tol)                                                                      \
    do {                                                                                                               \
        const std::string moeMsg_ = moe::test::compareMatrix((actual), (expected), (tol));                             \
        QVERIFY2(moeMsg_.empty(), moeMsg_.c_str());                                                                    \
    } while (0)

#include "core/dataset.h"

#include <memory>

namespace moe::test {
// Four well-separated Gaussian clusters in the plane (one class each), n samples, seeded.
std::shared_ptr<Dataset> fourClusters(int n = 800, std::uint64_t seed = 1);
// y = piecewise function of x (1-D regression with `pieces` pieces).
std::shared_ptr<Dataset> piecewise1d(int n = 600, std::uint64_t seed = 1);
}  // namespace moe::test

#include "core/routing/strategy.h"

#include <tuple>

namespace moe::test {
// The routing decisions of a Routing (token, expert, kept), sorted: finite differences are
// valid only where a perturbation leaves this unchanged (MOE_SPEC §16).
using Signature = std::vector<std::tuple<int, int, bool>>;
Signature signatureOf(const Routing &r);
}  // namespace moe::test

#include "core/model.h"

namespace moe::test {
// Central finite differences (h = 1e-6) of task + auxiliary loss against the analytic gradient
// of every parameter of `model`, on `prob` with a fixed random stream. A component whose
// perturbation changes a routing decision is skipped (MOE_SPEC §16).
struct GradientCheck {
    int checked = 0, skipped = 0;
    int routerNonZero = 0;  // router components with a non-zero numeric gradient
    double worst = 0;  // worst relative error among components off by more than 1e-6
    std::string worstAt;  // where, with both values
};
GradientCheck checkModelGradients(Model<double> &model, const GradientBatch &prob, TaskLoss kind, const LayerOptions &opt,
                                  const Rng &stream);
}  // namespace moe::test

#include <QStringList>

namespace moe::test {
// The routers tst_router_maths and tst_router_training study one by one (their spec vectors,
// invariants and training at k = 1): sparsemax, entmax, soft_moe, hash, base, sinkhorn.
// tst_gradients checks every strategy of the registry.
const QStringList &extraRouters();
}  // namespace moe::test
