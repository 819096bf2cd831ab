// Engine benchmark: timed training steps on the fixed workloads of the PyTorch peer
// (shared/peers/torch_moe.py, "BENCH"), so the two can be compared on identical work.
//
// One timed step = forward + cross-entropy + aux loss | backward | Adam (lr 1e-3), float32,
// every parameter updated, on a pool of 8 pre-generated batches used round-robin. The three
// phases are timed apart (steady_clock). Warm-up steps first, then at least `steps` steps
// and at least `minSeconds` seconds; medians are reported.
//
// Plain C++ on the core (no Qt): moelab-cli bench prints the result as JSON.
#pragma once

#include <string>
#include <vector>

namespace moe::app {

struct BenchWorkload {
    std::string name;
    int d, C, E, h, k, B;
    std::string routing;  // core strategy id (registry)
    double cf;  // capacity factor (switch, expert choice); top-k is dropless
};

// toy2d, mnist, mnist_e64, switch_mnist, expert_choice_mnist (the peer's WORKLOADS), then every
// other router on the mnist shapes (<strategy>_mnist).
const std::vector<BenchWorkload> &benchWorkloads();
const BenchWorkload *findBenchWorkload(const std::string &name);

struct BenchOptions {
    int threads = 1;
    int steps = 200;  // at least this many timed steps
    double minSeconds = 2.0;  // and at least this long
    int warmup = 20;
    int batches = 8;
    double lr = 1e-3;
    double alpha = 0.01;  // aux coefficient (top-k, switch), Megatron f convention like the peer
    unsigned long long seed = 0;
    // Every weight gradient formed in the backward pass, as a framework does. By default the
    // engine leaves large expert first-layer gradients as factors that the optimizer forms in
    // its own pass (core/parameter.h): the work moves from the bwd phase to the opt phase.
    bool denseGradients = false;
};

struct BenchResult {
    BenchWorkload workload;
    int threads = 1;
    int stepsTimed = 0, warmup = 0;
    double secondsTimed = 0;
    double msMedian = 0, msMin = 0, msMax = 0, msP10 = 0, msP90 = 0, msMean = 0;
    double fwdMs = 0, bwdMs = 0, optMs = 0;  // medians of each phase
    // 10th percentile of each phase: the step with the memory system least disturbed by other
    // programs on a shared machine (the 64-expert phases vary most with it).
    double fwdMsP10 = 0, bwdMsP10 = 0, optMsP10 = 0;
    double pairsMedian = 0;  // (token, expert) pairs computed per step
    double mflopPerStep = 0;  // the peer's matmul FLOP model
    long long parameters = 0;
    // Weight tensors whose gradient the backward pass left as factors for the optimizer to form
    // (their products are timed in opt, not bwd), counted at the last step.
    int gradientsFormedInOptimizer = 0;
    bool denseGradients = false;
    double lossFirst = 0, lossLast = 0;
    double ownCpuCores = 0, otherCpuCores = 0, stealCores = 0;
    double loadBefore = 0, loadAfter = 0;
};

BenchResult runBench(const BenchWorkload &w, const BenchOptions &o);

// One JSON object on one line (the peer's field names where they mean the same).
std::string benchResultJson(const BenchResult &r);

}  // namespace moe::app
