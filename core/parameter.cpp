#include "parameter.h"

namespace moe {

template <class S>
double Parameter<S>::gradSquaredNorm() const
{
    if (!gradFactored())
        return double(grad.squaredNorm());
    const MatrixD left = factors.left->template cast<double>();
    const MatrixD right = factors.right->template cast<double>();
    const MatrixD gramLeft = left * left.transpose();  // n × n
    const MatrixD gramRight = right * right.transpose();
    const double scale = double(factors.scale);
    return scale * scale * gramLeft.cwiseProduct(gramRight).sum();
}

template <class S>
void Parameter<S>::scaleGrad(S s)
{
    if (gradFactored())
        factors.scale *= s;
    else
        grad *= s;
}

template <class S>
void Parameter<S>::materializeGrad()
{
    if (!gradFactored())
        return;
    grad.resize(value.rows(), value.cols());
    grad.noalias() = factors.left->transpose() * *factors.right;
    if (factors.scale != S(1))
        grad *= factors.scale;
    dropGradFactors();
}

template struct Parameter<float>;
template struct Parameter<double>;
}  // namespace moe
