// Matrix-product throughput of Eigen (as the engine builds it) on the MoE shapes, to say how
// close the expert products come to the machine's FP32 peak. Not a test: prints JSON lines.
//
//   bench_gemm [threads] [seconds-per-shape]
#include "core/tensor.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

using moe::MatrixF;
using Clock = std::chrono::steady_clock;

struct Shape {
    const char *name;
    int m, k, n;
    bool transposeA;   // C = Aᵀ B with A stored k×m (the weight-gradient products)
};

}  // namespace

int main(int argc, char **argv)
{
    const int threads = argc > 1 ? std::atoi(argv[1]) : 1;
    const double seconds = argc > 2 ? std::atof(argv[2]) : 1.0;
    omp_set_num_threads(threads);
    const Shape shapes[] = {
        {"square_1024", 1024, 1024, 1024, false},
        {"fwd_per_expert 64x784@784x64", 64, 784, 64, false},
        {"fwd_per_expert_e64 8x784@784x64", 8, 784, 64, false},
        {"dW1 (x^T dA) 784x64@64x64", 784, 64, 64, true},
        {"dW1_e64 (x^T dA) 784x8@8x64", 784, 8, 64, true},
        {"fwd_all_experts 256x784@784x512", 256, 784, 512, false},
        {"router 256x784@784x8", 256, 784, 8, false},
        {"router_e64 256x784@784x64", 256, 784, 64, false},
    };
    for (const auto &s : shapes) {
        MatrixF a = s.transposeA ? MatrixF::Ones(s.k, s.m) : MatrixF::Ones(s.m, s.k);
        MatrixF b = MatrixF::Ones(s.k, s.n);
        MatrixF c(s.m, s.n);
        long long reps = 0;
        const auto t0 = Clock::now();
        double dt = 0;
        do {
            for (int i = 0; i < 10; ++i) {
                if (s.transposeA)
                    c.noalias() = a.transpose() * b;
                else
                    c.noalias() = a * b;
            }
            reps += 10;
            dt = std::chrono::duration<double>(Clock::now() - t0).count();
        } while (dt < seconds);
        const double gflops = 2.0 * s.m * s.k * s.n * double(reps) / dt * 1e-9;
        std::printf("{\"shape\":\"%s\",\"threads\":%d,\"us_per_product\":%.3f,\"gflops\":%.2f}\n", s.name, threads,
                    dt / double(reps) * 1e6, gflops);
    }
    return 0;
}
