#include "parameter.h"

namespace moe {

template <class S>
double Parameter<S>::gradSquaredNorm() const
{
    if (!gradFactored())
        return double(grad.squaredNorm());
    // Gram matrices in double: the left rows read in place, the right factor as it is.
    const RowSet<S> &left = factors.left;
    const Eigen::Index n = left.rows;
    MatrixD gramLeft(n, n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto li = Eigen::Map<const RowVector<S>>(left.row(i), left.cols).template cast<double>();
        for (Eigen::Index j = 0; j <= i; ++j)
            gramLeft(i, j) = gramLeft(j, i) =
                li.dot(Eigen::Map<const RowVector<S>>(left.row(j), left.cols).template cast<double>());
    }
    const MatrixD right = factors.right->template cast<double>();
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
    grad.noalias() = factors.left.gathered().transpose() * *factors.right;
    if (factors.scale != S(1))
        grad *= factors.scale;
    dropGradFactors();
}

template struct Parameter<float>;
template struct Parameter<double>;
}  // namespace moe
