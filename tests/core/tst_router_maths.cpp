// The routers added after the first six — sparsemax, 1.5-entmax, Soft MoE, hash, BASE,
// Sinkhorn (S-BASE) — on their own: the spec §15 vectors, their vector-Jacobian products
// against finite differences, and their invariants (supports, sums, optimality, balance).
// tst_router_training puts them in the model and the trainer.
#include "core/model.h"
#include "core/routing/base_assignment.h"
#include "core/routing/entmax.h"
#include "core/routing/hash.h"
#include "core/routing/registry.h"
#include "core/routing/sinkhorn.h"
#include "core/routing/soft_moe.h"
#include "core/routing/sparsemax.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <set>

using namespace moe;

namespace {

const MatrixD &fixtureZ()
{
    static const MatrixD z = test::fromRows({{2.0, 1.0, 0.1}, {0.5, 2.5, 0.0}, {1.2, 0.3, 2.2}, {3.0, -1.0, 0.5}});
    return z;
}

std::vector<double> rowMap(void (*map)(const double *, int, double *), std::vector<double> z)
{
    std::vector<double> p(z.size());
    map(z.data(), int(z.size()), p.data());
    return p;
}

void sparsemaxNoTau(const double *z, int n, double *p)
{
    sparsemaxRow(z, n, p);
}

}  // namespace

class TestRouterMaths : public QObject {
    Q_OBJECT
private slots:
    void registered()
    {
        for (const auto &id : test::extraRouters()) {
            auto s = makeStrategy(id.toStdString());
            QVERIFY2(s != nullptr, qPrintable(id));
            QCOMPARE(QString::fromStdString(s->info().id), id);
            QVERIFY(!s->info().displayName.empty());
            QVERIFY(!s->info().description.empty());
        }
        QVERIFY(!makeStrategy("sinkhorn")->info().usesAuxLoss);  // Megatron forbids combining them
        QVERIFY(!makeStrategy("base")->info().usesAuxLoss);
        QVERIFY(!makeStrategy("hash")->info().usesAuxLoss);
        QVERIFY(makeStrategy("sparsemax")->info().usesAuxLoss);
    }

    // The options StrategyInfo claims are the ones route() reads: the window greys out the others
    // and the trainer warns from these traits, so a trait that lies misleads the student.
    void traitsMatchWhatRouteReads()
    {
        const int T = 6, E = 4, d = 3;
        Rng rng(9);
        MatrixD z(T, E), x(T, d), normals(T, E);
        for (Eigen::Index i = 0; i < z.size(); ++i) {
            z.data()[i] = rng.normal();
            normals.data()[i] = rng.normal();
        }
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = rng.normal();
        const std::vector<double> uniforms(std::size_t(T), 0.6);
        const auto routeWith = [&](const RoutingStrategy &s, double temperature, double threshold, int k) {
            RouteContext ctx;
            ctx.k = k;
            ctx.temperature = temperature;
            ctx.gshardThreshold = threshold;
            ctx.fixedNormals = &normals;
            ctx.fixedUniforms = &uniforms;
            ctx.inputs = &x;
            Rng draws(5);
            ctx.rng = &draws;
            return s.route(z, MatrixD::Zero(T, E), ctx);
        };
        for (const StrategyInfo &info : strategyInfos()) {
            const auto s = makeStrategy(info.id);
            const QString id = QString::fromStdString(info.id);
            const MatrixD plain = routeWith(*s, 1.0, 0.5, 2).combineMatrix();
            const bool temperatureMatters = routeWith(*s, 3.0, 0.5, 2).combineMatrix() != plain;
            QVERIFY2(temperatureMatters == info.usesTemperature, qPrintable(id + ": usesTemperature"));
            const bool thresholdMatters = routeWith(*s, 1.0, 0.05, 2).combineMatrix() != plain;
            QVERIFY2(thresholdMatters == info.usesGShardThreshold, qPrintable(id + ": usesGShardThreshold"));
            if (!info.usesK || info.fixedK > 0)
                continue;  // k = 1 is not the user's choice there
            bool everyWeightIsOne = true;
            for (const RouteSlot &slot : routeWith(*s, 1.0, 0.5, 1).assignments)
                if (slot.kept)
                    everyWeightIsOne = everyWeightIsOne && std::abs(slot.weight - 1.0) < 1e-12;
            QVERIFY2(everyWeightIsOne == info.pickedWeightsSumToOne, qPrintable(id + ": pickedWeightsSumToOne"));
        }
    }

    // ---- §15.9 --------------------------------------------------------------------------
    void sparsemaxSpecVectors()
    {
        const MatrixD &Z = fixtureZ();
        const std::vector<std::vector<double>> oneHot {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}};
        const std::vector<double> tau {1.0, 1.5, 1.2, 2.0};
        for (int t = 0; t < 4; ++t) {
            std::vector<double> p(3);
            const double tt = sparsemaxRow(Z.row(t).data(), 3, p.data());
            QVERIFY(test::compareVector(p, oneHot[std::size_t(t)]).empty());
            QVERIFY2(test::near(tt, tau[std::size_t(t)]), qPrintable(QString::number(tt)));
        }
        const MatrixD Zh = Z / 2.0;
        const std::vector<std::vector<double>> half {{0.75, 0.25, 0}, {0, 1, 0}, {0.25, 0, 0.75}, {1, 0, 0}};
        const std::vector<double> tauHalf {0.25, 0.25, 0.35, 0.5};
        for (int t = 0; t < 4; ++t) {
            std::vector<double> p(3);
            const double tt = sparsemaxRow(Zh.row(t).data(), 3, p.data());
            const std::string msg = test::compareVector(p, half[std::size_t(t)]);
            QVERIFY2(msg.empty(), msg.c_str());
            QVERIFY2(test::near(tt, tauHalf[std::size_t(t)]), qPrintable(QString::number(tt)));
        }
        std::vector<double> z {0.4, 0.3, 0.1}, p(3), v {1, 2, 3}, dz(3);
        const double tt = sparsemaxRow(z.data(), 3, p.data());
        QVERIFY(test::compareVector(p, {0.466667, 0.366667, 0.166667}).empty());
        QVERIFY(test::near(tt, -0.066667));
        sparsemaxVjp(p.data(), v.data(), 3, dz.data());
        QVERIFY(test::compareVector(dz, {-1.0, 0.0, 1.0}).empty());
    }

    void entmaxSpecVectors()
    {
        const MatrixD &Z = fixtureZ();
        const std::vector<std::vector<double>> want {
            {0.830719, 0.169281, 0}, {0, 1, 0}, {0.169281, 0, 0.830719}, {1, 0, 0}};
        for (int t = 0; t < 4; ++t) {
            std::vector<double> p(3);
            entmax15Row(Z.row(t).data(), 3, p.data());
            const std::string msg = test::compareVector(p, want[std::size_t(t)]);
            QVERIFY2(msg.empty(), msg.c_str());
        }
        const auto p = rowMap(entmax15Row, {0.4, 0.3, 0.1});
        QVERIFY(test::compareVector(p, {0.410419, 0.348855, 0.240727}).empty());
        std::vector<double> v {1, 2, 3}, dz(3);
        entmax15Vjp(p.data(), v.data(), 3, dz.data());
        const std::string msg = test::compareVector(dz, {-0.584832, 0.051452, 0.533380});
        QVERIFY2(msg.empty(), msg.c_str());
    }

    // The VJPs against finite differences of the maps themselves, on rows with wide supports.
    void sparseMapsVjpMatchFiniteDifferences()
    {
        Rng rng(5);
        for (int trial = 0; trial < 20; ++trial) {
            const int n = 2 + trial % 6;
            MatrixD z(1, n);
            std::vector<double> v(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) {
                z(0, i) = 0.3 * rng.normal();
                v[std::size_t(i)] = rng.normal();
            }
            for (int which = 0; which < 2; ++which) {
                auto map = which == 0 ? sparsemaxNoTau : entmax15Row;
                auto loss = [&](const MatrixD &zz) {
                    std::vector<double> p(static_cast<std::size_t>(n));
                    map(zz.data(), n, p.data());
                    double s = 0;
                    for (int i = 0; i < n; ++i)
                        s += p[std::size_t(i)] * v[std::size_t(i)];
                    return s;
                };
                std::vector<double> p(static_cast<std::size_t>(n)), dz(p.size());
                map(z.data(), n, p.data());
                if (which == 0)
                    sparsemaxVjp(p.data(), v.data(), n, dz.data());
                else
                    entmax15Vjp(p.data(), v.data(), n, dz.data());
                const MatrixD num = test::numericGradient(loss, z);
                MatrixD ana(1, n);
                for (int i = 0; i < n; ++i)
                    ana(0, i) = dz[std::size_t(i)];
                MOE_COMPARE_MATRIX(ana, num, 1e-6);
            }
        }
    }

    // Rows sum to one; the support is exactly {e : z_e > τ} (sparsemax) and p > 0 elsewhere
    // only on it; the routing emits one assignment per support member with weight p.
    void sparseMapsSumToOneWithDocumentedSupport()
    {
        Rng rng(9);
        MatrixD z(64, 6);
        for (Eigen::Index i = 0; i < z.size(); ++i)
            z.data()[i] = rng.normal();
        z.col(4).setConstant(-std::numeric_limits<double>::infinity());  // knocked out
        RouteContext ctx;
        for (const char *id : {"sparsemax", "entmax"}) {
            auto s = makeStrategy(id);
            const Routing r = s->route(z, MatrixD(), ctx);
            const MatrixD c = r.combineMatrix();
            int sizes[7] = {0, 0, 0, 0, 0, 0, 0};
            for (int t = 0; t < 64; ++t) {
                QVERIFY2(std::abs(c.row(t).sum() - 1.0) < 1e-12,
                         qPrintable(QString("%1 row %2 sums to %3").arg(id).arg(t).arg(c.row(t).sum())));
                QCOMPARE(c(t, 4), 0.0);
                int support = 0;
                for (int e = 0; e < 6; ++e)
                    support += c(t, e) > 0 ? 1 : 0;
                ++sizes[support];
                if (QByteArray(id) == "sparsemax") {
                    std::vector<double> p(6);
                    const double tau = sparsemaxRow(z.row(t).data(), 6, p.data());
                    for (int e = 0; e < 6; ++e)
                        QCOMPARE(c(t, e) > 0, z(t, e) > tau);
                }
            }
            int distinct = 0;
            for (int n = 1; n <= 6; ++n)
                distinct += sizes[n] > 0 ? 1 : 0;
            QVERIFY2(distinct >= 2, "the number of experts per token should vary");
            QVERIFY(s->activeExpertsPerToken(ctx, 6) > 1.0 && s->activeExpertsPerToken(ctx, 6) < 5.0);
        }
    }

    // ---- §15.11 -------------------------------------------------------------------------
    void sinkhornSpecVectors()
    {
        int iters = 0;
        const MatrixD conv = 4.0 * SinkhornStrategy::plan(fixtureZ(), 1000, 1e-12, &iters);
        MOE_COMPARE_MATRIX(conv,
                           test::fromRows({{0.427823, 0.363171, 0.209006},
                                           {0.049922, 0.851178, 0.098900},
                                           {0.092449, 0.086731, 0.820820},
                                           {0.763140, 0.032253, 0.204607}}),
                           1e-6);
        for (int e = 0; e < 3; ++e)
            QVERIFY(test::near(conv.col(e).sum(), 4.0 / 3.0));
        const MatrixD three = 4.0 * SinkhornStrategy::plan(fixtureZ(), 3, 0.0, &iters);
        QCOMPARE(iters, 3);
        MOE_COMPARE_MATRIX(three,
                           test::fromRows({{0.436739, 0.349658, 0.202744},
                                           {0.053852, 0.865971, 0.101377},
                                           {0.099547, 0.088081, 0.839867},
                                           {0.743196, 0.029624, 0.189345}}),
                           1e-6);
        // top-1 of the balanced plan: still 2 tokens for expert 0 (T = 4 is too small).
        RouteContext ctx;
        ctx.k = 1;
        const Routing r = makeStrategy("sinkhorn")->route(fixtureZ(), MatrixD(), ctx);
        QCOMPARE(r.countPre, (std::vector<int> {2, 1, 1}));
        QVERIFY(test::near(r.assignments[0].weight, 1.0 / (1.0 + std::exp(-2.0))));  // σ(z), k = 1
    }

    // ---- §15.12 -------------------------------------------------------------------------
    void baseSpecVectors()
    {
        const MatrixD a = test::fromRows({{3.0, 1.0}, {2.0, 0.0}, {2.5, 2.0}, {1.0, 0.5}});
        QCOMPARE(BaseStrategy::balancedCapacities(a), (std::vector<int> {2, 2}));
        const auto pi = BaseStrategy::balancedAssignment(a, {2, 2});
        QCOMPARE(pi, (std::vector<int> {0, 0, 1, 1}));
        double objective = 0;
        for (int t = 0; t < 4; ++t)
            objective += a(t, pi[std::size_t(t)]);
        QVERIFY(test::near(objective, 7.5));
        auto base = makeStrategy("base");
        RouteContext ctx;
        ctx.training = true;
        const Routing r = base->route(a, MatrixD(), ctx);
        const std::vector<double> gates {0.952574, 0.880797, 0.880797, 0.622459};
        for (const auto &s : r.assignments) {
            QCOMPARE(s.expert, pi[std::size_t(s.token)]);
            QVERIFY(test::near(s.weight, gates[std::size_t(s.token)]));
        }
        ctx.training = false;  // inference: greedy top-1, unbalanced
        const Routing g = base->route(a, MatrixD(), ctx);
        for (const auto &s : g.assignments)
            QCOMPARE(s.expert, 0);
    }

    // The exact solver against brute force on small random problems, and the balance invariant.
    void baseAssignmentIsOptimalAndBalanced()
    {
        Rng rng(21);
        for (int trial = 0; trial < 30; ++trial) {
            const int T = 6, E = 3;
            MatrixD a(T, E);
            for (Eigen::Index i = 0; i < a.size(); ++i)
                a.data()[i] = std::round(rng.normal() * 4) / 4;  // quarter steps: ties happen
            const auto cap = BaseStrategy::balancedCapacities(a);
            const auto pi = BaseStrategy::balancedAssignment(a, cap);
            double got = 0;
            std::vector<int> count(3, 0);
            for (int t = 0; t < T; ++t) {
                got += a(t, pi[std::size_t(t)]);
                ++count[std::size_t(pi[std::size_t(t)])];
            }
            QCOMPARE(count, cap);
            double best = -1e300;
            std::vector<int> c(static_cast<std::size_t>(T), 0);
            for (int code = 0; code < 729; ++code) {  // 3^6 assignments
                int x = code;
                std::vector<int> n(3, 0);
                double obj = 0;
                for (int t = 0; t < T; ++t, x /= 3) {
                    ++n[std::size_t(x % 3)];
                    obj += a(t, x % 3);
                }
                if (n == cap)
                    best = std::max(best, obj);
            }
            QVERIFY2(test::near(got, best, 1e-12),
                     qPrintable(QString("trial %1: %2 < optimum %3").arg(trial).arg(got).arg(best)));
        }
        // Larger: every expert gets ⌊T/E⌋ or ⌈T/E⌉, knocked-out experts nothing.
        MatrixD z(257, 8);
        for (Eigen::Index i = 0; i < z.size(); ++i)
            z.data()[i] = rng.normal() + (i % 8 == 0 ? 3.0 : 0.0);  // expert 0 is everyone's favourite
        z.col(5).setConstant(-std::numeric_limits<double>::infinity());
        RouteContext ctx;
        const Routing r = makeStrategy("base")->route(z, MatrixD(), ctx);
        QCOMPARE(int(r.assignments.size()), 257);
        QCOMPARE(r.countPre[5], 0);
        for (int e = 0; e < 8; ++e)
            if (e != 5)
                QVERIFY2(r.countPre[std::size_t(e)] == 36 || r.countPre[std::size_t(e)] == 37,
                         qPrintable(QString("expert %1 got %2").arg(e).arg(r.countPre[std::size_t(e)])));
    }

    // ---- §15.13 -------------------------------------------------------------------------
    void softMoeSpecVectors()
    {
        // normalize = false through the real layer: linear experts f0 = v0 + v1, f1 = v0 − v1,
        // Φ = I as the router weights, L = Σ_t Y_t.
        ModelSpec spec;
        spec.inputs = 2;
        spec.outputs = 1;
        spec.experts = 2;
        spec.expertType = ExpertType::Linear;
        Model<double> model(spec);
        Rng init(1);
        model.initialize(init, 0.1);
        model.layer().setStrategy(makeStrategy("soft_moe"));
        model.layer().router().weight().value = MatrixD::Identity(2, 2);
        auto &ex = model.layer().experts();
        ex[0].parameters()[0]->value = test::fromRows({{1}, {1}});
        ex[1].parameters()[0]->value = test::fromRows({{1}, {-1}});
        ex[0].parameters()[1]->value.setZero();
        ex[1].parameters()[1]->value.setZero();
        const MatrixD X = test::fromRows({{1, 0}, {0, 1}, {1, 1}, {2, -1}});
        LayerForward<double> f;
        LayerOptions opt;
        model.layer().forward(X, opt, true, Rng(1), f);
        MOE_COMPARE_MATRIX(
            f.routing.stateA,
            test::fromRows({{0.196612, 0.146963}, {0.072329, 0.399486}, {0.196612, 0.399486}, {0.534447, 0.054065}}),
            1e-6);
        MOE_COMPARE_MATRIX(
            f.routing.probs,
            test::fromRows({{0.731059, 0.268941}, {0.268941, 0.731059}, {0.5, 0.5}, {0.952574, 0.047426}}), 1e-6);
        MOE_COMPARE_MATRIX(f.slotInput, test::fromRows({{1.462117, -0.265505}, {0.654578, 0.744908}}), 1e-6);
        QVERIFY(test::near(f.slotBatches[0].out(0, 0), 1.196612));
        QVERIFY(test::near(f.slotBatches[1].out(0, 0), -0.090330));
        MOE_COMPARE_MATRIX(f.routed, test::fromRows({{0.850500}, {0.255782}, {0.553141}, {1.135578}}), 1e-6);
        // Backward with G = 1: dOut rows w·G and ω = ⟨G, Ỹ_e⟩, as the task losses hand them over.
        std::vector<MatrixD> dOut(2);
        MatrixD omega(4, 2);
        for (int e = 0; e < 2; ++e) {
            const auto &b = f.batches[std::size_t(e)];
            dOut[std::size_t(e)].resize(Eigen::Index(b.token.size()), 1);
            for (std::size_t i = 0; i < b.token.size(); ++i) {
                dOut[std::size_t(e)](Eigen::Index(i), 0) = f.routing.assignments[std::size_t(b.slot[i])].weight;
                omega(b.token[i], e) = b.out(Eigen::Index(i), 0);
            }
        }
        model.layer().backward(f, dOut, omega, opt);
        MOE_COMPARE_MATRIX(model.layer().router().weight().grad,
                           test::fromRows({{0.468208, 0.129833}, {1.126857, -1.281660}}), 1e-6);

        // normalize = true (the static form; dispatch still mixes the original x).
        const MatrixD lam = SoftMoeStrategy::normalizedLogits(X, MatrixD::Identity(2, 2), 1.0);
        MatrixD D, Cw;
        SoftMoeStrategy::dispatchCombine(lam, D, Cw);
        MOE_COMPARE_MATRIX(
            D, test::fromRows({{0.331808, 0.156597}, {0.122065, 0.425676}, {0.247563, 0.317597}, {0.298564, 0.100129}}),
            2e-6);
        MOE_COMPARE_MATRIX(
            Cw, test::fromRows({{0.731059, 0.268941}, {0.268941, 0.731059}, {0.5, 0.5}, {0.792760, 0.207240}}), 2e-6);
        const MatrixD slotIn = D.transpose() * X;
        MOE_COMPARE_MATRIX(slotIn, test::fromRows({{1.176499, 0.071064}, {0.674454, 0.643144}}), 2e-6);
        MatrixD slotOut(2, 1);
        slotOut << slotIn(0, 0) + slotIn(0, 1), slotIn(1, 0) - slotIn(1, 1);
        MOE_COMPARE_MATRIX(slotOut, test::fromRows({{1.247563}, {0.031310}}), 2e-6);
        MOE_COMPARE_MATRIX(MatrixD(Cw * slotOut), test::fromRows({{0.920462}, {0.358411}, {0.639436}, {0.995506}}),
                           2e-6);
    }

    // The normalised logits' backward (Φ and scale) against finite differences.
    void softMoeNormalizedBackward()
    {
        Rng rng(4);
        MatrixD x(5, 3), phi(3, 4), w(5, 4);
        for (auto *m : {&x, &phi, &w})
            for (Eigen::Index i = 0; i < m->size(); ++i)
                m->data()[i] = rng.normal();
        const double scale = 1.7;
        MatrixD dPhi;
        double dScale = 0;
        SoftMoeStrategy::normalizedLogitsBackward(x, phi, scale, w, dPhi, dScale);
        auto loss = [&](const MatrixD &p) {
            return (SoftMoeStrategy::normalizedLogits(x, p, scale).array() * w.array()).sum();
        };
        MOE_COMPARE_MATRIX(dPhi, test::numericGradient(loss, phi), 1e-6);
        const double h = 1e-6;
        const double num = ((SoftMoeStrategy::normalizedLogits(x, phi, scale + h).array() * w.array()).sum()
                            - (SoftMoeStrategy::normalizedLogits(x, phi, scale - h).array() * w.array()).sum())
            / (2 * h);
        QVERIFY(test::near(dScale, num, 1e-6));
    }

    // Dispatch columns sum to 1 over tokens, combine rows to 1 over slots, every entry > 0.
    void softMoeWeightsSumToOne()
    {
        Rng rng(2);
        MatrixD z(50, 5);
        for (Eigen::Index i = 0; i < z.size(); ++i)
            z.data()[i] = 3.0 * rng.normal();
        z.col(2).setConstant(-std::numeric_limits<double>::infinity());
        const Routing r = makeStrategy("soft_moe")->route(z, MatrixD(), RouteContext {});
        for (int e = 0; e < 5; ++e) {
            const double sum = r.stateA.col(e).sum();
            QVERIFY2(e == 2 ? sum == 0.0 : std::abs(sum - 1.0) < 1e-12,
                     qPrintable(QString("slot %1: %2").arg(e).arg(sum)));
        }
        for (int t = 0; t < 50; ++t) {
            QVERIFY(std::abs(r.probs.row(t).sum() - 1.0) < 1e-12);
            for (int e = 0; e < 5; ++e)
                QVERIFY(e == 2 ? r.probs(t, e) == 0.0 && r.stateA(t, e) == 0.0
                               : r.probs(t, e) > 0 && r.stateA(t, e) > 0);
        }
        QCOMPARE(int(r.assignments.size()), 50 * 4);  // every token reaches every live slot
    }
};

QTEST_APPLESS_MAIN(TestRouterMaths)
#include "tst_router_maths.moc"
