// The experts' forward and backward alone, on the MNIST expert shape (784 → 64 → 10), with
// the rows per expert and the expert count of the bench workloads: mnist (≈ 64 rows × 8
// experts) and mnist_e64 (≈ 8 rows × 64 experts, 12.8 MB of W1). Each configuration runs with
// the weight gradients written normally and streamed past the caches, interleaved, so the two
// columns are a side-by-side ratio. Not a test: prints one JSON line per configuration.
//
//   bench_expert_kernels [rounds] [repetitions-per-round]
#include "core/expert.h"
#include "core/rng.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
    std::vector<double> fwd, bwd;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char **argv)
{
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
    const int reps = argc > 2 ? std::atoi(argv[2]) : 100;
    struct Config {
        int rows, experts;
    };
    for (const Config cfg : {Config {64, 8}, Config {8, 64}}) {
        moe::Rng rng(1);
        std::vector<moe::Expert<float>> experts;
        for (int e = 0; e < cfg.experts; ++e) {
            experts.emplace_back(moe::ExpertType::Mlp, 784, 64, 10, moe::Activation::Relu);
            experts.back().initialize(rng);
        }
        moe::MatrixF x(cfg.rows, 784), dOut(cfg.rows, 10), out;
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = float(rng.normal());
        for (Eigen::Index i = 0; i < dOut.size(); ++i)
            dOut.data()[i] = float(rng.normal());
        std::vector<moe::ExpertCache<float>> caches(std::size_t(cfg.experts));
        Timing timing[2];  // [0] cached gradients, [1] streamed
        for (int round = 0; round < rounds; ++round)
            for (int stream = 0; stream < 2; ++stream)
                for (int r = 0; r < reps; ++r) {
                    const auto t0 = Clock::now();
                    for (int e = 0; e < cfg.experts; ++e)
                        experts[std::size_t(e)].forward(x, out, caches[std::size_t(e)], 0.0, nullptr);
                    const auto t1 = Clock::now();
                    for (int e = 0; e < cfg.experts; ++e)
                        experts[std::size_t(e)].backward(x, dOut, caches[std::size_t(e)],
                                                        stream == 1 ? moe::GradientForm::Streamed : moe::GradientForm::Dense);
                    const auto t2 = Clock::now();
                    if (r < 3)
                        continue;  // warm-up after switching
                    timing[stream].fwd.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                    timing[stream].bwd.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
                }
        const double flops = 2.0 * cfg.rows * cfg.experts * (784.0 * 64 + 64.0 * 10);
        std::printf("{\"rows_per_expert\":%d,\"experts\":%d", cfg.rows, cfg.experts);
        for (int stream = 0; stream < 2; ++stream) {
            const double f = median(timing[stream].fwd), b = median(timing[stream].bwd);
            std::printf(",\"%s\":{\"fwd_ms\":%.4f,\"bwd_ms\":%.4f,\"fwd_gflops\":%.1f}", stream ? "streamed" : "cached",
                        f, b, flops / f * 1e-6);
        }
        const double ratio =
            (median(timing[0].fwd) + median(timing[0].bwd)) / (median(timing[1].fwd) + median(timing[1].bwd));
        std::printf(",\"fwd_bwd_cached_over_streamed\":%.3f}\n", ratio);
    }
    return 0;
}
