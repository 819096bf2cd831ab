#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace moe::test {

bool near(double a, double b, double abs, double rel)
{
    if (!std::isfinite(a) || !std::isfinite(b))
        return a == b;
    return std::abs(a - b) <= abs + rel * std::max(std::abs(a), std::abs(b));
}

std::string compareMatrix(const MatrixD &actual, const MatrixD &expected, double abs, double rel)
{
    std::ostringstream os;
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        os << "shape " << actual.rows() << "x" << actual.cols() << " != expected " << expected.rows() << "x"
           << expected.cols();
        return os.str();
    }
    for (Eigen::Index r = 0; r < actual.rows(); ++r)
        for (Eigen::Index c = 0; c < actual.cols(); ++c)
            if (!near(actual(r, c), expected(r, c), abs, rel)) {
                os.precision(9);
                os << "entry (" << r << "," << c << ") = " << actual(r, c) << ", expected " << expected(r, c);
                return os.str();
            }
    return {};
}

std::string compareVector(const std::vector<double> &actual, const std::vector<double> &expected, double abs,
                          double rel)
{
    MatrixD a(1, Eigen::Index(actual.size())), e(1, Eigen::Index(expected.size()));
    for (std::size_t i = 0; i < actual.size(); ++i)
        a(0, Eigen::Index(i)) = actual[i];
    for (std::size_t i = 0; i < expected.size(); ++i)
        e(0, Eigen::Index(i)) = expected[i];
    return compareMatrix(a, e, abs, rel);
}

MatrixD fromRows(const std::vector<std::vector<double>> &rows)
{
    MatrixD m(Eigen::Index(rows.size()), rows.empty() ? 0 : Eigen::Index(rows.front().size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            m(Eigen::Index(r), Eigen::Index(c)) = rows[r][c];
    return m;
}

MatrixD numericGradient(const std::function<double(const MatrixD &)> &f, const MatrixD &x, double h)
{
    MatrixD g(x.rows(), x.cols());
    MatrixD xp = x;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double old = xp.data()[i];
        xp.data()[i] = old + h;
        const double fp = f(xp);
        xp.data()[i] = old - h;
        const double fm = f(xp);
        xp.data()[i] = old;
        g.data()[i] = (fp - fm) / (2 * h);
    }
    return g;
}

}  // namespace moe::test

#include "core/rng.h"

namespace moe::test {

std::shared_ptr<Dataset> fourClusters(int n, std::uint64_t seed)
{
    auto d = std::make_shared<Dataset>();
    d->id = "test_clusters";
    d->displayName = "Four clusters";
    d->task = Task::Classification;
    d->rowCount = n;
    d->featureCount = 2;
    d->features.resize(n, 2);
    d->labels.resize(std::size_t(n));
    d->classNames = {"A", "B", "C", "D"};
    Rng rng(seed);
    const double cx[4] = {-1.5, 1.5, -1.5, 1.5}, cy[4] = {-1.5, -1.5, 1.5, 1.5};
    for (int i = 0; i < n; ++i) {
        const int c = i % 4;
        d->labels[std::size_t(i)] = c;
        d->features(i, 0) = float(cx[c] + 0.45 * rng.normal());
        d->features(i, 1) = float(cy[c] + 0.45 * rng.normal());
    }
    return d;
}

std::shared_ptr<Dataset> piecewise1d(int n, std::uint64_t seed)
{
    auto d = std::make_shared<Dataset>();
    d->id = "test_piecewise";
    d->task = Task::Regression;
    d->rowCount = n;
    d->featureCount = 1;
    d->features.resize(n, 1);
    d->targets.resize(n, 1);
    Rng rng(seed);
    for (int i = 0; i < n; ++i) {
        const double x = rng.uniform(-1.5, 1.5);
        d->features(i, 0) = float(x);
        d->targets(i, 0) = float(x < -0.5 ? -1.0 - x : (x < 0.5 ? 2.0 * x : 1.5 - x) + 0.05 * rng.normal());
    }
    return d;
}

}  // namespace moe::test

#include <algorithm>

namespace moe::test {

GradientBatch makeGradientBatch(int T, int d, int o, std::uint64_t seed)
{
    Rng rng(seed);
    GradientBatch p;
    p.x.resize(T, d);
    for (Eigen::Index i = 0; i < p.x.size(); ++i)
        p.x.data()[i] = rng.normal();
    p.labels.resize(std::size_t(T));
    for (int t = 0; t < T; ++t)
        p.labels[std::size_t(t)] = rng.uniformInt(o);
    p.targets.resize(T, o);
    for (Eigen::Index i = 0; i < p.targets.size(); ++i)
        p.targets.data()[i] = rng.normal();
    return p;
}

Signature signatureOf(const Routing &r)
{
    Signature s;
    for (const auto &a : r.assignments)
        s.emplace_back(a.token, a.expert, a.kept);
    std::sort(s.begin(), s.end());
    return s;
}

}  // namespace moe::test

#include <cmath>
#include <sstream>

namespace moe::test {

GradientCheck checkModelGradients(Model<double> &model, const GradientBatch &prob, TaskLoss kind, const LayerOptions &opt,
                                  const Rng &stream)
{
    const bool regression = kind == TaskLoss::Mse || kind == TaskLoss::Competitive;
    const std::vector<int> *labels = regression ? nullptr : &prob.labels;
    const MatrixD *targets = regression ? &prob.targets : nullptr;
    auto totalLoss = [&](ModelForward<double> &f) {
        model.forward(prob.x, opt, true, stream, f);
        return model.loss(kind, f, labels, targets, nullptr).task + f.layer.auxTotal;
    };

    ModelForward<double> f;
    ModelGrad<double> g;
    model.forward(prob.x, opt, true, stream, f);
    model.loss(kind, f, labels, targets, &g);
    model.backward(f, g, opt);
    const Signature base = signatureOf(f.layer.routing);

    GradientCheck out;
    const double h = 1e-6;
    for (auto *p : model.parameters()) {
        const MatrixD analytic = p->grad;
        for (Eigen::Index i = 0; i < p->value.size(); ++i) {
            const double old = p->value.data()[i];
            ModelForward<double> fp, fm;
            p->value.data()[i] = old + h;
            const double lp = totalLoss(fp);
            const bool samePlus = signatureOf(fp.layer.routing) == base;
            p->value.data()[i] = old - h;
            const double lm = totalLoss(fm);
            const bool sameMinus = signatureOf(fm.layer.routing) == base;
            p->value.data()[i] = old;
            if (!samePlus || !sameMinus) {
                ++out.skipped;
                continue;
            }
            const double numeric = (lp - lm) / (2 * h);
            const double diff = std::abs(numeric - analytic.data()[i]);
            const double err = diff / std::max(1e-4, std::abs(numeric));
            if (diff > 1e-6 && err > out.worst) {
                out.worst = err;
                std::ostringstream os;
                os.precision(10);
                os << p->name << "[" << i << "] analytic " << analytic.data()[i] << " numeric " << numeric;
                out.worstAt = os.str();
            }
            if (p->name.rfind("router.", 0) == 0 && std::abs(numeric) > 1e-8)
                ++out.routerNonZero;
            ++out.checked;
        }
    }
    return out;
}

}  // namespace moe::test

namespace moe::test {

const QStringList &extraRouters()
{
    static const QStringList list {"sparsemax", "entmax", "soft_moe", "hash", "base", "sinkhorn"};
    return list;
}

}  // namespace moe::test
