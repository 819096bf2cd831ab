// The one place the matrix layout is stated.
//
// Rows are samples: a batch X is T × d, row-major, so routing a token to an expert is a
// contiguous row copy (a "gather"). Weights are stored so that a layer is X·W + 1·bᵀ
// (W is d_in × d_out), matching MOE_SPEC.md §0.7.
//
// The engine is a template on the scalar type: float for training speed, double for the
// tests that compare against hand-computed values and finite differences. Router
// arithmetic (softmax, top-k, losses on logits) is always done in double ("selective
// precision", MOE_SPEC.md §0.2): the T × E logit matrix is small.
#pragma once

#include <Eigen/Core>

namespace moe {

template <class S>
using Matrix = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <class S>
using Vector = Eigen::Matrix<S, Eigen::Dynamic, 1>;
template <class S>
using RowVector = Eigen::Matrix<S, 1, Eigen::Dynamic>;

using MatrixD = Matrix<double>;
using MatrixF = Matrix<float>;
using VectorD = Vector<double>;
using VectorF = Vector<float>;

}  // namespace moe
