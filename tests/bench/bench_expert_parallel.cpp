// bench_expert_parallel: steps per second of expert-parallel training (EXPERT_PARALLEL.md §4),
// MNIST shape: d = 784, 10 classes, E = 64 MLP experts of h = 64, top-2 dropless, batch 256,
// Adam, one OpenMP thread per rank, synthetic N(0, 1) inputs (the speed does not depend on
// the pixels). Prints one line: ranks, steps/s of the global batch, the communication fraction
// (time inside MPI calls / step time, over the ranks; it includes waiting for the straggler),
// the expert fraction and the mean all-to-all bytes per step.
//
//   mpirun -np 1 bench_expert_parallel [--steps N] [--warmup N]       (MPI path, P = 1)
//   mpirun -np 2 bench_expert_parallel ...                             (P = 2)
//   bench_expert_parallel --one-process ...   the one-process Trainer, no MPI call at all
// expert_parallel_scaling.sh runs them interleaved and prints the ratio.
#include "core/parallel/expert_parallel_trainer.h"

#include "core/trainer.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace moe;

namespace {

std::shared_ptr<Dataset> mnistShaped(int rows)
{
    auto d = std::make_shared<Dataset>();
    d->id = "mnist_shape";
    d->rowCount = rows;
    d->featureCount = 784;
    d->features.resize(rows, 784);
    Rng rng(7);
    for (Eigen::Index i = 0; i < d->features.size(); ++i)
        d->features.data()[i] = float(rng.normal());
    for (int c = 0; c < 10; ++c)
        d->classNames.push_back(std::to_string(c));
    for (int i = 0; i < rows; ++i)
        d->labels.push_back(rng.uniformInt(10));
    d->fixedTrainCount = rows - 256;
    return d;
}

ExperimentConfig mnistConfig(int ranks, int steps)
{
    ExperimentConfig c;
    c.data.name = "mnist_shape";
    c.model.experts = 64;
    c.model.hidden = 64;
    c.routing.strategy = "topk";
    c.routing.k = 2;
    c.routing.capacityFactor = 0;
    c.balance.aux = 0.01;
    c.train.batch = 256;
    c.train.steps = steps;
    c.train.lr = 1e-3;
    c.train.threads = 1;
    c.train.evalEvery = 1 << 30;
    c.parallel.ranks = ranks;
    return c;
}

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    return fallback;
}

}  // namespace

int main(int argc, char **argv)
{
    const int steps = intArg(argc, argv, "--steps", 200), warmup = intArg(argc, argv, "--warmup", 20);
    bool oneProcess = false;
    for (int i = 1; i < argc; ++i)
        oneProcess = oneProcess || std::strcmp(argv[i], "--one-process") == 0;
    omp_set_num_threads(1);
    auto data = mnistShaped(8192);
    using Clock = std::chrono::steady_clock;

    if (oneProcess) {
        ExperimentConfig cfg = mnistConfig(1, warmup + steps);
        Trainer trainer(cfg, data);
        for (int s = 0; s < warmup; ++s)
            trainer.step();
        const auto t0 = Clock::now();
        for (int s = 0; s < steps; ++s)
            trainer.step();
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        std::printf("one-process  ranks 1  steps/s %.2f  (loss %.4f)\n", steps / seconds, trainer.lastStep().loss);
        return 0;
    }

    parallel::MpiSession session(&argc, &argv);
    parallel::Communicator comm;
    ExperimentConfig cfg = mnistConfig(comm.size(), warmup + steps);
    parallel::ExpertParallelTrainer<float> trainer(cfg, data, comm);
    for (int s = 0; s < warmup; ++s)
        trainer.step();
    comm.barrier();
    const auto t0 = Clock::now();
    double stepSum = 0, mpiSum = 0, expertSum = 0, bytes = 0;
    std::vector<double> rankStep(std::size_t(comm.size()), 0.0), rankMpi(rankStep), rankExpert(rankStep);
    double layerMpi = 0;  // rank 0's time in the layer's exchanges (counts, dispatch, combine, backward)
    for (int s = 0; s < steps; ++s) {
        trainer.step();
        const auto &last = trainer.last();
        for (int r = 0; r < comm.size(); ++r) {
            stepSum += last.rankStepSeconds[std::size_t(r)];
            mpiSum += last.rankMpiSeconds[std::size_t(r)];
            expertSum += last.rankExpertSeconds[std::size_t(r)];
            rankStep[std::size_t(r)] += last.rankStepSeconds[std::size_t(r)];
            rankMpi[std::size_t(r)] += last.rankMpiSeconds[std::size_t(r)];
            rankExpert[std::size_t(r)] += last.rankExpertSeconds[std::size_t(r)];
        }
        const auto &t = last.traffic;
        layerMpi += t.mpiSeconds;
        double rows = 0;
        for (int a = 0; a < t.ranks; ++a)
            for (int b = 0; b < t.ranks; ++b)
                rows += double(t.tokensFromTo(a, b));
        bytes += rows * double(t.rowBytesIn + 2 * t.rowBytesOut);
    }
    comm.barrier();
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    if (comm.rank() == 0)
        std::printf("mpi          ranks %d  steps/s %.2f  communication %.1f%%  experts %.1f%%  all-to-all %.0f "
                    "bytes/step  (loss %.4f)\n",
                    comm.size(), steps / seconds, 100.0 * mpiSum / stepSum, 100.0 * expertSum / stepSum,
                    bytes / steps, trainer.last().loss);
    if (comm.rank() == 0)
        std::printf("  rank 0: %.2f ms per step in the MoE layer's all-gather and all-to-alls\n", 1e3 * layerMpi / steps);
    if (comm.rank() == 0)
        for (int r = 0; r < comm.size(); ++r)
            std::printf("  rank %d: %.2f ms per step, %.2f ms in MPI, %.2f ms outside MPI (%.2f ms in its experts)\n", r,
                        1e3 * rankStep[std::size_t(r)] / steps, 1e3 * rankMpi[std::size_t(r)] / steps,
                        1e3 * (rankStep[std::size_t(r)] - rankMpi[std::size_t(r)]) / steps,
                        1e3 * rankExpert[std::size_t(r)] / steps);
    return 0;
}
