#include "dense_layer.h"

#include <algorithm>
#include <cmath>

namespace moe {

template <class S>
DenseLayer<S>::DenseLayer(std::string name, int in, int out, bool relu)
    : m_w(name + ".W", in, out), m_b(name + ".b", 1, out, false), m_relu(relu)
{ }

template <class S>
void DenseLayer<S>::initialize(Rng &rng)
{
    const double bound = 1.0 / std::sqrt(double(std::max(1, inputs())));
    for (auto *p : parameters()) {
        for (Eigen::Index i = 0; i < p->value.size(); ++i)
            p->value.data()[i] = S(rng.uniform(-bound, bound));
        p->resetState();
    }
}

template <class S>
void DenseLayer<S>::forward(const Matrix<S> &x, Matrix<S> &y) const
{
    y.noalias() = x * m_w.value;
    y.rowwise() += m_b.value.row(0);
    if (m_relu)
        y = y.cwiseMax(S(0));
}

template <class S>
void DenseLayer<S>::backward(const Matrix<S> &x, const Matrix<S> &y, const Matrix<S> &dy, Matrix<S> *dx)
{
    Matrix<S> da = dy;
    if (m_relu)
        da.array() *= (y.array() > S(0)).template cast<S>();
    m_w.grad.noalias() += x.transpose() * da;
    m_b.grad += da.colwise().sum();
    if (dx)
        dx->noalias() = da * m_w.value.transpose();
}

template <class S>
void DenseLayer<S>::zeroGrad()
{
    for (auto *p : parameters())
        p->grad.setZero(p->value.rows(), p->value.cols());
}

template class DenseLayer<float>;
template class DenseLayer<double>;

}  // namespace moe
