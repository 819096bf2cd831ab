// keepStepMemoryMapped (core/allocator_tuning.h): after it, training steps on MNIST shapes
// stop page-faulting their buffers in anew. Counted with the kernel's minor-fault counter
// around 80 steps of a trainer: under 4 a step (1.6 measured); with glibc's defaults the
// same steps fault about 12 times each. Not under ASan (its allocator ignores mallopt), so
// no "sanitize" label.
#include "core/allocator_tuning.h"
#include "core/rng.h"
#include "core/trainer.h"

#include <QTest>

#include <sys/resource.h>

#include <cstdlib>

using namespace moe;

namespace {

long minorFaults()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

std::shared_ptr<Dataset> mnistShaped(int n)
{
    auto d = std::make_shared<Dataset>();
    d->id = "test_wide";
    d->rowCount = n;
    d->featureCount = 784;
    d->features.resize(n, 784);
    Rng rng(5);
    for (Eigen::Index i = 0; i < d->features.size(); ++i)
        d->features.data()[i] = float(rng.normal());
    for (int i = 0; i < n; ++i)
        d->labels.push_back(i % 10);
    for (int c = 0; c < 10; ++c)
        d->classNames.push_back(std::to_string(c));
    return d;
}

}  // namespace

class TestAllocatorTuning : public QObject {
    Q_OBJECT

private slots:
    void stepsStopPageFaulting()
    {
#if !defined(__GLIBC__)
        QSKIP("glibc only");
#endif
        moe::keepStepMemoryMapped();
        ExperimentConfig c;
        c.model.experts = 8;
        c.model.hidden = 64;
        c.routing.k = 2;
        c.train.batch = 256;  // 8 experts × 64 rows × 784 inputs: 200 kB gathered per expert
        c.train.steps = 1000;
        c.train.threads = 1;
        c.train.evalEvery = 1000;
        Trainer t(c, mnistShaped(1200));
        for (int s = 0; s < 10; ++s)  // buffers reach their sizes
            QVERIFY(t.step());
        const long before = minorFaults();
        constexpr int kSteps = 80;
        for (int s = 0; s < kSteps; ++s)
            QVERIFY(t.step());
        const long perStepTimes10 = 10 * (minorFaults() - before) / kSteps;
        // Measured: 1.6 a step (the trainer's own bookkeeping) against 12 with glibc's defaults.
        QVERIFY2(perStepTimes10 < 40, qPrintable(QString("%1 faults per 10 steps").arg(perStepTimes10)));
    }
};

QTEST_APPLESS_MAIN(TestAllocatorTuning)
#include "tst_allocator_tuning.moc"
