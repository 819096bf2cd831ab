// DenseLayer: one fully connected layer of the multi-task models (experts, shared bottom,
// towers), with an optional ReLU.
//
//   A = X W + 1 bᵀ        X: n×in, W: in×out, b: 1×out
//   Y = A  or  ReLU(A)    n×out
//
//   Backward (given dY): dA = dY (⊙ 1[Y > 0] with ReLU)
//     dW = Xᵀ dA   db = colsum(dA)   dX = dA Wᵀ  (only when asked)
//
// Init: W, b ~ U(−1/√in, 1/√in) (as torch.nn.Linear and the experts of core/expert.h).
#pragma once

#include "core/parameter.h"
#include "core/rng.h"

#include <string>
#include <vector>

namespace moe {

template <class S>
class DenseLayer {
public:
    DenseLayer(std::string name, int in, int out, bool relu);

    void initialize(Rng &rng);
    void forward(const Matrix<S> &x, Matrix<S> &y) const;
    // Adds to the gradients of W and b (call zeroGrad() first); dX written when non-null.
    void backward(const Matrix<S> &x, const Matrix<S> &y, const Matrix<S> &dy, Matrix<S> *dx);
    void zeroGrad();

    [[nodiscard]] int inputs() const { return int(m_w.value.rows()); }
    [[nodiscard]] int outputs() const { return int(m_w.value.cols()); }
    std::vector<Parameter<S> *> parameters() { return {&m_w, &m_b}; }
    std::vector<const Parameter<S> *> parameters() const { return {&m_w, &m_b}; }

private:
    Parameter<S> m_w, m_b;
    bool m_relu;
};

}  // namespace moe
