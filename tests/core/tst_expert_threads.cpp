// Expert placement on threads (core/expert_threads.h): the owner blocks partition the
// experts, the balance rule against hand-computed shares, and the promise that placement
// never changes a number: a training step at two threads, on owned experts and on the
// balanced fallback, gives bit for bit the outputs, gradients and updated weights of one
// thread, and the optimizer with `homes` the same tensors as without.
#include "core/model.h"
#include "core/optimizer.h"
#include "core/routing/registry.h"

#include <QTest>

#include <omp.h>

using namespace moe;

namespace {

// One training step (forward, cross-entropy, backward) of a 64 → 8 experts × 64 → 10 model on
// 256 rows at `threads` threads (enough work for the engine and the optimizer to use them).
// `skewed` sets the router so that most tokens pick expert 0; else the loads are even.
struct Step {
    Model<float> model;
    ModelForward<float> fwd;
    ModelGrad<float> grad;
    Matrix<float> x;
    std::vector<int> labels;
    LayerOptions opt;

    Step(int threads, bool skewed)
        : model([] {
              ModelSpec spec;
              spec.inputs = 64;
              spec.outputs = 10;
              spec.experts = 8;
              spec.hidden = 64;
              return spec;
          }())
    {
        omp_set_num_threads(threads);
        Rng rng(11);
        model.initialize(rng, 0.5);
        model.layer().setStrategy(makeStrategy("topk"));
        x.resize(256, 64);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = float(rng.normal());
        if (skewed) {
            x.col(0).setConstant(1.0f);
            model.layer().router().weight().value.row(0).setZero();
            model.layer().router().weight().value(0, 0) = 10.0f;
        }
        labels.resize(256);
        for (int &y : labels)
            y = rng.uniformInt(10);
        opt.route.k = 2;
        opt.factorGradients = true;
        model.forward(x, opt, true, Rng(3), fwd);
        model.loss(TaskLoss::CrossEntropy, fwd, &labels, nullptr, &grad);
        model.backward(fwd, grad, opt);
    }

    [[nodiscard]] std::vector<long long> loads() const
    {
        std::vector<long long> load;
        for (const auto &b : fwd.layer.batches)
            load.push_back((long long)b.token.size());
        return load;
    }
};

void requireSameTensors(Model<float> &a, Model<float> &b)
{
    const auto pa = a.parameters(), pb = b.parameters();
    QCOMPARE(pa.size(), pb.size());
    for (std::size_t i = 0; i < pa.size(); ++i) {
        QVERIFY2(pa[i]->value == pb[i]->value, pa[i]->name.c_str());
        QVERIFY2(pa[i]->m == pb[i]->m, pa[i]->name.c_str());
        QVERIFY2(pa[i]->v == pb[i]->v, pa[i]->name.c_str());
    }
}

}  // namespace

class TestExpertThreads : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { omp_set_num_threads(1); }

    void ownersPartitionTheExpertsIntoBlocks()
    {
        for (int threads = 1; threads <= 8; ++threads)
            for (int experts = 0; experts <= 70; ++experts) {
                QCOMPARE(firstOwnedExpert(0, experts, threads), 0);
                QCOMPARE(firstOwnedExpert(threads, experts, threads), experts);
                for (int t = 0; t < threads; ++t) {
                    const int begin = firstOwnedExpert(t, experts, threads),
                              end = firstOwnedExpert(t + 1, experts, threads);
                    QVERIFY(end - begin == experts / threads || end - begin == experts / threads + 1);
                    for (int e = begin; e < end; ++e)
                        QCOMPARE(expertOwner(e, experts, threads), t);
                }
            }
        QCOMPARE(expertOwner(3, 8, 2), 0);  // experts 0–3 on thread 0, 4–7 on thread 1
        QCOMPARE(expertOwner(4, 8, 2), 1);
        QCOMPARE(expertOwner(0, 1, 2), 1);  // one expert, two threads: thread 0 owns none
    }

    void ownersBalancedWithinAQuarterOfTheMeanShare()
    {
        // Shares of the owner blocks, busiest · threads against 1.25 · total:
        QVERIFY(ownersBalanced({3, 2, 2, 3}, 2));  // 5 and 5: 10 ≤ 12.5
        QVERIFY(ownersBalanced({6, 6, 4, 4}, 2));  // 12 and 8: 24 ≤ 25
        QVERIFY(!ownersBalanced({7, 7, 4, 4}, 2));  // 14 and 8: 28 > 27.5
        QVERIFY(!ownersBalanced({10, 1, 1, 1}, 2));  // 11 and 2
        QVERIFY(ownersBalanced({2, 2, 2, 2, 2, 3}, 3));  // 4, 4, 5: 15 ≤ 16.25
        QVERIFY(!ownersBalanced({1, 1, 1, 1, 1, 4}, 3));  // 2, 2, 5: 15 > 11.25
        QVERIFY(ownersBalanced({10, 1, 1, 1}, 1));  // one thread owns everything
        QVERIFY(ownersBalanced({}, 2));
    }

    // The engine's two schedules (owned experts and, for skewed loads, biggest first) give
    // the numbers of one thread, bit for bit.
    void placementChangesNoNumber_data()
    {
        QTest::addColumn<bool>("skewed");
        QTest::addRow("even loads: owned experts") << false;
        QTest::addRow("skewed loads: biggest first") << true;
    }
    void placementChangesNoNumber()
    {
        QFETCH(bool, skewed);
        Step one(1, skewed);
        Step two(2, skewed);
        QCOMPARE(ownersBalanced(two.loads(), 2), !skewed);  // each schedule is the one meant
        if (skewed)
            QVERIFY(two.loads()[0] > 200);  // of 256 tokens
        QVERIFY(two.fwd.output == one.fwd.output);
        const auto p1 = one.model.parameters(), p2 = two.model.parameters();
        int written = 0;
        for (std::size_t i = 0; i < p1.size(); ++i) {
            p1[i]->materializeGrad();
            p2[i]->materializeGrad();
            QVERIFY2(p1[i]->grad == p2[i]->grad, p1[i]->name.c_str());
            written += p1[i]->grad.norm() > 0 ? 1 : 0;
        }
        int expertsWithRows = 0;
        for (const long long n : one.loads())
            expertsWithRows += n > 0 ? 1 : 0;
        QVERIFY(written >= 1 + 2 * expertsWithRows);  // the router's and each busy expert's W1, W2
    }

    // optimizerStep and gradSquaredNorm with `homes` (each expert's tensors on its owner
    // thread, the router's to any) against the plain list at one thread.
    void homesChangeNoUpdate()
    {
        Step reference(1, false);
        Step placed(2, false);
        const auto pr = reference.model.parameters(), pp = placed.model.parameters();
        const ParameterHomes homes = placed.model.parameterHomes();
        QCOMPARE(homes.experts, 8);
        QCOMPARE(homes.expert.size(), pp.size());
        QCOMPARE(homes.expert.front(), -1);  // the router's weight
        QCOMPARE(homes.expert.back(), 7);  // the last expert's b2
        OptimizerSettings adam;
        omp_set_num_threads(1);
        const double normReference = gradSquaredNorm(pr);
        omp_set_num_threads(2);
        QCOMPARE(gradSquaredNorm(pp, &homes), normReference);
        double serialSum = 0;
        for (const auto *p : pr)
            serialSum += p->gradSquaredNorm();
        QCOMPARE(normReference, serialSum);
        for (int step = 0; step < 2; ++step) {  // the second step reads the moments of the first
            omp_set_num_threads(1);
            optimizerStep(adam, pr);
            omp_set_num_threads(2);
            optimizerStep(adam, pp, &homes);
            requireSameTensors(reference.model, placed.model);
            for (auto *p : pr)  // the same gradient again
                p->grad.setConstant(p->value.rows(), p->value.cols(), 0.01f);
            for (auto *p : pp)
                p->grad.setConstant(p->value.rows(), p->value.cols(), 0.01f);
        }
    }
};

QTEST_APPLESS_MAIN(TestExpertThreads)
#include "tst_expert_threads.moc"
