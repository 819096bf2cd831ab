// The synthetic two-task regression of Ma et al., "Modeling Task Relationships in Multi-task
// Learning with Multi-gate Mixture-of-Experts", KDD 2018, §3.2 (dataset id mmoe_synthetic).
//
//   u1, u2 ∈ R^d      orthonormal (Gram–Schmidt of two N(0, I) draws)
//   w1 = c·u1,  w2 = c·(ρ·u1 + √(1 − ρ²)·u2)             ρ = data.task_correlation ∈ [−1, 1]
//   x ~ N(0, I_d)
//   y_k = w_kᵀx + Σ_{i=1..m} sin(α_i·w_kᵀx + β_i) + ε_k,  ε_k ~ N(0, σ²),  k = 1, 2
//
// with d = 100, c = 1, m = 10 as in the paper, σ = data.noise (default 0.1: variance 0.01, the
// paper's N(0, 0.01)), and α_i, β_i ~ N(0, 1), drawn once per data.seed and shared by both
// tasks (the paper does not list its values). Since ‖w1‖ = ‖w2‖ = c and x is isotropic, the
// linear parts w1ᵀx and w2ᵀx have Pearson correlation cos(w1, w2) = ρ; the sine terms make the
// labels' own correlation somewhat lower. Everything (u, α, β, x, ε) comes from data.seed.
// Targets: N × 2 (task names y1, y2); features x1..x100.
#pragma once

#include "core/dataset.h"

#include <cstdint>

namespace moe::data {

struct MmoeSyntheticParams {
    int samples = 10000;
    int dim = 100;
    double correlation = 0.5;  // ρ
    double noise = 0.1;  // σ
    double scale = 1.0;  // c
    int sines = 10;  // m
    std::uint64_t seed = 1;
};

struct MmoeSynthetic {
    Dataset data;
    VectorD w1, w2;  // the tasks' weight vectors (for tests: the linear parts are X w_k)
};

MmoeSynthetic makeMmoeSynthetic(const MmoeSyntheticParams &p);

}  // namespace moe::data
