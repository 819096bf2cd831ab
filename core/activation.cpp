#include "activation.h"

#include <cmath>
#include <numbers>

namespace moe {

template <class S>
void activate(Activation act, const Matrix<S> &a, Matrix<S> &h)
{
    h.resize(a.rows(), a.cols());
    switch (act) {
    case Activation::Relu: h.array() = a.array().max(S(0)); break;
    case Activation::Tanh: h.array() = a.array().tanh(); break;
    case Activation::Gelu: {
        const S invSqrt2 = S(1.0 / std::numbers::sqrt2);
        h = a.unaryExpr([invSqrt2](S v) { return v * S(0.5) * (S(1) + std::erf(v * invSqrt2)); });
        break;
    }
    case Activation::GeluTanh: {
        const S c = S(std::sqrt(2.0 / std::numbers::pi));
        h.array() = S(0.5) * a.array() * (S(1) + (c * (a.array() + S(0.044715) * a.array().cube())).tanh());
        break;
    }
    }
}

template <class S>
void activationBackward(Activation act, const Matrix<S> &a, const Matrix<S> &h, const Matrix<S> &dh, Matrix<S> &da)
{
    da.resize(a.rows(), a.cols());
    switch (act) {
    case Activation::Relu: da.array() = (a.array() > S(0)).select(dh.array(), S(0)); break;
    case Activation::Tanh: da.array() = dh.array() * (S(1) - h.array().square()); break;
    case Activation::Gelu: {
        const S invSqrt2 = S(1.0 / std::numbers::sqrt2);
        const S invSqrt2Pi = S(1.0 / std::sqrt(2.0 * std::numbers::pi));
        da = a.binaryExpr(dh, [invSqrt2, invSqrt2Pi](S v, S g) {
            return g * (S(0.5) * (S(1) + std::erf(v * invSqrt2)) + v * invSqrt2Pi * std::exp(S(-0.5) * v * v));
        });
        break;
    }
    case Activation::GeluTanh: {
        const S c = S(std::sqrt(2.0 / std::numbers::pi));
        const auto x = a.array();
        const auto t = (c * (x + S(0.044715) * x.cube())).tanh().eval();
        da.array() = dh.array()
            * (S(0.5) * (S(1) + t) + S(0.5) * x * (S(1) - t.square()) * c * (S(1) + S(3 * 0.044715) * x.square()));
        break;
    }
    }
}

template void activate<float>(Activation, const Matrix<float> &, Matrix<float> &);
template void activate<double>(Activation, const Matrix<double> &, Matrix<double> &);
template void activationBackward<float>(Activation, const Matrix<float> &, const Matrix<float> &, const Matrix<float> &,
                                        Matrix<float> &);
template void activationBackward<double>(Activation, const Matrix<double> &, const Matrix<double> &,
                                         const Matrix<double> &, Matrix<double> &);

}  // namespace moe
