// Parameter: one trainable tensor with its gradient and optimiser state.
//
// Freezing is per tensor (MOE_SPEC §13.1): a frozen tensor gets no gradient GEMM and the
// optimiser skips it entirely; unfreezing resets its moments and step count, so stale
// Adam state from an earlier stage is never applied.
#pragma once

#include "tensor.h"

#include <string>

namespace moe {

template <class S>
struct Parameter {
    std::string name;  // "expert3.W1", "router.Wg", ...
    Matrix<S> value;
    Matrix<S> grad;  // same shape; overwritten each step
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
};

}  // namespace moe
