// Parameter: one trainable tensor with its gradient and optimiser state.
//
// Freezing is per tensor (MOE_SPEC §13.1): a frozen tensor gets no gradient GEMM and the
// optimiser skips it entirely; unfreezing resets its moments and step count, so stale
// Adam state from an earlier stage is never applied.
//
// Factored gradients. An expert's first-layer gradient dW1 = Xᵀ dA (d × h) has rank at most
// n, the rows routed to the expert. With many experts n is small (64 experts on MNIST: about
// 8 rows for a 784 × 64 matrix), and writing the 12.8 MB of all dW1 and reading it back in the
// optimizer costs more than the arithmetic. The engine may then keep the two factors instead,
//     grad = scale · leftᵀ · right        (left: n × rows, right: n × cols)
// and the optimizer forms the gradient block by block in cache (core/optimizer.cpp). Its
// squared norm needs only the two n × n Gram matrices:
//     ‖Lᵀ R‖²_F = Σ_ab (L Lᵀ)_ab (R Rᵀ)_ab
// The factors point into the layer's input X and its forward record, so they are valid until
// the next forward (and while X lives); the optimizer drops them once it has applied them.
// Read the gradient through gradSquaredNorm(), scaleGrad() and materializeGrad(): while
// factored, `grad` is stale.
#pragma once

#include "row_set.h"
#include "tensor.h"

#include <string>

namespace moe {

template <class S>
struct GradFactors {
    RowSet<S> left;  // n × rows (an expert's input rows, read where they lie)
    const Matrix<S> *right = nullptr;  // n × cols
    S scale = S(1);
};

template <class S>
struct Parameter {
    std::string name;  // "expert3.W1", "router.Wg", ...
    Matrix<S> value;
    Matrix<S> grad;  // same shape; overwritten each step (stale while `factors` are set)
    GradFactors<S> factors;  // set only by a backward pass that was allowed to factor
    Matrix<S> m, v;  // optimiser moments (momentum buffer for SGD in m)
    long long t = 0;  // optimiser steps taken by this tensor
    bool frozen = false;
    bool decay = true;  // weight decay applies (not to biases)

    Parameter() = default;
    Parameter(std::string n, Eigen::Index rows, Eigen::Index cols, bool decays = true)
        : name(std::move(n)), value(Matrix<S>::Zero(rows, cols)), grad(Matrix<S>::Zero(rows, cols)), decay(decays)
    { }

    void resetState()
    {
        m.resize(0, 0);
        v.resize(0, 0);
        t = 0;
    }
    void setFrozen(bool f)
    {
        if (frozen && !f)
            resetState();
        frozen = f;
    }
    [[nodiscard]] Eigen::Index size() const { return value.size(); }

    [[nodiscard]] bool gradFactored() const { return factors.right != nullptr; }
    void setGradFactors(const RowSet<S> &left, const Matrix<S> &right) { factors = {left, &right, S(1)}; }
    void dropGradFactors() { factors = {}; }
    // ‖grad‖²_F, in double, from the Gram matrices when factored.
    [[nodiscard]] double gradSquaredNorm() const;
    void scaleGrad(S s);
    // Forms `grad` from the factors (and drops them); a no-op when the gradient is dense.
    void materializeGrad();
};

}  // namespace moe
