// Matrix-product throughput of Eigen (as the engine builds it) on the MoE shapes, to say how
// close the expert products come to the machine's FP32 peak. Not a test: prints JSON lines.
//
//   bench_gemm [threads] [seconds-per-shape]
#include "core/expert.h"
#include "core/router.h"
#include "core/tensor.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

using moe::MatrixF;
using Clock = std::chrono::steady_clock;

struct Shape {
    const char *name;
    int m, k, n;
    bool transposeA;  // C = Aᵀ B with A stored k×m (the weight-gradient products)
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
    // The router as the engine runs it (core/router.cpp: logits X·Wg and the gradient Xᵀ·dZ on
    // the register-blocked kernel, with the casts to and from the double-precision routing),
    // to set beside the Eigen router rows above.
    for (const int experts : {8, 64}) {
        moe::Router<float> router(784, experts, false, false);
        moe::Rng rng(3);
        router.initialize(rng, 0.1);
        const MatrixF x = MatrixF::Ones(256, 784);
        const moe::MatrixD dz = moe::MatrixD::Constant(256, experts, 0.01);
        moe::MatrixD z;
        for (const bool gradient : {false, true}) {
            long long reps = 0;
            const auto t0 = Clock::now();
            double dt = 0;
            do {
                for (int i = 0; i < 10; ++i) {
                    if (gradient)
                        router.backward(x, dz, nullptr);
                    else
                        router.logits(x, z);
                }
                reps += 10;
                dt = std::chrono::duration<double>(Clock::now() - t0).count();
            } while (dt < seconds);
            std::printf(
                "{\"shape\":\"Router<float>::%s, E = %d\",\"threads\":1,\"us_per_product\":%.3f,\"gflops\":%.2f}\n",
                gradient ? "backward" : "logits", experts, dt / double(reps) * 1e6,
                2.0 * 256 * 784 * experts * double(reps) / dt * 1e-9);
        }
    }
    // The engine's own expert products (register-blocked first layer, Eigen second layer):
    // forward X·W1+b1 → ReLU → ·W2+b2, backward dW2, dH, dW1 (what one expert does per step).
    for (const int rows : {64, 8}) {
        moe::Expert<float> expert(moe::ExpertType::Mlp, 784, 64, 10, moe::Activation::Relu);
        moe::Rng rng(7);
        expert.initialize(rng);
        MatrixF x = MatrixF::Ones(rows, 784), out, dOut = MatrixF::Constant(rows, 10, 0.01f);
        moe::ExpertCache<float> cache;
        double fwd = 0, bwd = 0;
        long long reps = 0;
        do {
            const auto t0 = Clock::now();
            expert.forward(x, out, cache, 0, nullptr);
            const auto t1 = Clock::now();
            expert.backward(x, dOut, cache);
            const auto t2 = Clock::now();
            fwd += std::chrono::duration<double>(t1 - t0).count();
            bwd += std::chrono::duration<double>(t2 - t1).count();
            ++reps;
        } while (fwd + bwd < seconds);
        const double flopFwd = 2.0 * rows * (784.0 * 64 + 64.0 * 10),
                     flopBwd = 2.0 * rows * (784.0 * 64 + 2 * 64.0 * 10);
        std::printf("{\"shape\":\"expert %dx784 -> 64 -> 10\",\"threads\":1,\"fwd_us\":%.2f,\"fwd_gflops\":%.2f,"
                    "\"bwd_us\":%.2f,\"bwd_gflops\":%.2f}\n",
                    rows, fwd / double(reps) * 1e6, flopFwd * double(reps) / fwd * 1e-9, bwd / double(reps) * 1e6,
                    flopBwd * double(reps) / bwd * 1e-9);
    }
    // Memory bandwidth as Adam sees it: 4 streams read (p, g, m, v), 3 written (p, m, v),
    // 28 bytes per element, over arrays far larger than the caches (3.3 M elements = mnist_e64).
    {
        const Eigen::Index n = 3307136;
        Eigen::ArrayXf p = Eigen::ArrayXf::Constant(n, 0.5f), g = Eigen::ArrayXf::Constant(n, 0.1f);
        Eigen::ArrayXf m = Eigen::ArrayXf::Zero(n), v = Eigen::ArrayXf::Zero(n);
        long long reps = 0;
        const auto t0 = Clock::now();
        double dt = 0;
        do {
#pragma omp parallel for schedule(static)
            for (Eigen::Index i0 = 0; i0 < n; i0 += 4096) {
                const Eigen::Index len = std::min<Eigen::Index>(4096, n - i0);
                auto ms = m.segment(i0, len);
                auto vs = v.segment(i0, len);
                const auto gs = g.segment(i0, len);
                ms = 0.9f * ms + 0.1f * gs;
                vs = 0.999f * vs + 0.001f * gs.square();
                p.segment(i0, len) -= 1e-3f * ms / (vs.sqrt() + 1e-8f);
            }
            ++reps;
            dt = std::chrono::duration<double>(Clock::now() - t0).count();
        } while (dt < seconds);
        std::printf("{\"shape\":\"adam-like stream 3.3M params, 28 B each\",\"threads\":%d,\"us_per_pass\":%.1f,"
                    "\"gb_per_s\":%.2f}\n",
                    threads, dt / double(reps) * 1e6, 28.0 * double(n) * double(reps) / dt * 1e-9);
    }
    return 0;
}
