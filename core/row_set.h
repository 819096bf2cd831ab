// RowSet: n rows of a row-major matrix, read where they lie.
//
//   row r = base + index[r] · stride        (index = nullptr: row r = base + r · stride)
//
// An expert runs on the rows of the batch X (T × d) routed to it. Copying them into a
// contiguous n × d block first (a "gather") writes and reads every routed row once more: with
// 2 experts per token on MNIST that is 2 × 256 rows × 3 KB = 1.6 MB per step, on a pass that
// otherwise streams only the experts' weights. The kernels (blocked_product.h) read the
// picked rows directly instead, in the same order, so the results are bit for bit those of
// the gathered copy.
//
// A RowSet does not own its rows: it is valid while the matrix and the index live (for an
// expert's batch: the layer input X and ExpertBatch::token, until the next forward pass).
#pragma once

#include "tensor.h"

#include <vector>

namespace moe {

template <class S>
struct RowSet {
    const S *base = nullptr;
    const int *index = nullptr;  // nullptr: the rows are consecutive
    Eigen::Index rows = 0, cols = 0;
    Eigen::Index stride = 0;  // elements from one row of the underlying matrix to the next

    // All rows of m, in order.
    static RowSet all(const Matrix<S> &m) { return {m.data(), nullptr, m.rows(), m.cols(), m.cols()}; }
    // The rows of m listed in `picked` (row r of the set is row picked[r] of m).
    static RowSet picked(const Matrix<S> &m, const std::vector<int> &picked)
    {
        return {m.data(), picked.data(), Eigen::Index(picked.size()), m.cols(), m.cols()};
    }

    [[nodiscard]] const S *row(Eigen::Index r) const { return base + (index ? Eigen::Index(index[r]) : r) * stride; }
    // A contiguous copy (for the products our kernels do not take).
    [[nodiscard]] Matrix<S> gathered() const
    {
        Matrix<S> m(rows, cols);
        for (Eigen::Index r = 0; r < rows; ++r)
            m.row(r) = Eigen::Map<const RowVector<S>>(row(r), cols);
        return m;
    }
};

}  // namespace moe
