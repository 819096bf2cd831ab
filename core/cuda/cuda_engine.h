// CudaEngine: the experts' forward and backward on an NVIDIA GPU, behind the same Engine
// interface as CpuEngine (the reference), and equal to it within 1e-4 relative
// (tests/core/tst_cuda_engine.cpp).
//
// Per step and expert e with n_e routed rows (core/expert.h has the equations):
//   forward   x → device once; gather X_e; A = X_e W1 (cuBLAS) ; A += b1, H = act(A)·mask ;
//             O = H W2 (cuBLAS) ; O += b2          (linear experts: O = X_e W + b)
//   backward  dW2 = Hᵀ dO ; db2 = colsum(dO) ; dH = dO W2ᵀ ; dA = dH·mask·act'(A) ;
//             dW1 = X_eᵀ dA ; db1 = colsum(dA)    (column sums deterministic, no atomics)
//
// Parameters are uploaded every forward (the optimiser runs on the host), gradients come
// back after every backward. The forward fills the host-side ExpertBatch (x, out, cache) as
// the CPU engine does, so any engine can run the backward; this engine's backward reuses
// the device copies when they still belong to the same batches. Dropout masks are drawn on
// the host from the same Rng streams as the CPU engine, so both draw identical masks.
//
// Only float: the double path is for finite-difference tests and stays on the CPU.
#pragma once

#include "core/engine.h"

#include <memory>
#include <string>

namespace moe {

template <class S>
class CudaEngine;

template <>
class CudaEngine<float> final : public Engine<float> {
public:
    struct Impl;
    explicit CudaEngine(std::unique_ptr<Impl> impl);
    ~CudaEngine() override;

    [[nodiscard]] std::string name() const override { return "cuda"; }
    [[nodiscard]] std::string deviceName() const;
    void forwardExperts(const Matrix<float> &x, std::vector<Expert<float>> &experts,
                        std::vector<ExpertBatch<float>> &batches, double dropout, const Rng &stream,
                        bool training) override;
    // Gradients are computed on the device and downloaded whole: mayFactor is not used.
    void backwardExperts(const Matrix<float> &x, std::vector<Expert<float>> &experts,
                         const std::vector<ExpertBatch<float>> &batches, const std::vector<Matrix<float>> &dOut,
                         bool mayFactor) override;

private:
    std::unique_ptr<Impl> m_impl;
};

// The CUDA engine on device 0, or nullptr with the reason in *whyNot ("no CUDA device:
// <cudaGetErrorString>" on a machine without a GPU). Never throws. On success *whyNot
// receives one sentence naming the device.
std::unique_ptr<Engine<float>> makeCudaEngine(std::string *whyNot = nullptr);

}  // namespace moe
