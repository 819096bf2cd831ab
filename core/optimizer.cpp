#include "optimizer.h"

#include <algorithm>
#include <cmath>

namespace moe {
namespace {

// Elements per block of the fused pass: the four streams of a block (p, g, m, v) stay in L1
// between the moment updates and the parameter update, so each element crosses memory once.
constexpr Eigen::Index kBlock = 1024;

template <class S>
using ArrayMap = Eigen::Map<Eigen::Array<S, Eigen::Dynamic, 1>>;
template <class S>
using ConstArrayMap = Eigen::Map<const Eigen::Array<S, Eigen::Dynamic, 1>>;

template <class S>
void updateTensor(const OptimizerSettings &o, Parameter<S> &p)
{
    if (p.m.size() != p.value.size())
        p.m.setZero(p.value.rows(), p.value.cols());
    const bool adam = o.kind != OptimizerKind::Sgd;
    if (adam && p.v.size() != p.value.size())
        p.v.setZero(p.value.rows(), p.value.cols());
    ++p.t;
    const S lr = S(o.lr);
    const S wd = p.decay ? S(o.weightDecay) : S(0);
    const S mu = S(o.momentum);
    const S b1 = S(o.beta1), b2 = S(o.beta2), eps = S(o.eps);
    const S bc1 = adam ? S(1 - std::pow(o.beta1, double(p.t))) : S(1);
    const S bc2sqrt = adam ? S(std::sqrt(1 - std::pow(o.beta2, double(p.t)))) : S(1);
    const S stepSize = lr / bc1;
    const Eigen::Index n = p.value.size();
    for (Eigen::Index i0 = 0; i0 < n; i0 += kBlock) {
        const Eigen::Index len = std::min(kBlock, n - i0);
        ArrayMap<S> value(p.value.data() + i0, len);
        ConstArrayMap<S> grad(p.grad.data() + i0, len);
        ArrayMap<S> m(p.m.data() + i0, len);
        if (!adam) {
            if (wd != S(0))
                m = mu * m + grad + wd * value;
            else
                m = mu * m + grad;
            value -= lr * m;
            continue;
        }
        ArrayMap<S> v(p.v.data() + i0, len);
        if (o.kind == OptimizerKind::Adam && wd != S(0)) {
            m = b1 * m + (S(1) - b1) * (grad + wd * value);
            v = b2 * v + (S(1) - b2) * (grad + wd * value).square();
        } else {
            m = b1 * m + (S(1) - b1) * grad;
            v = b2 * v + (S(1) - b2) * grad.square();
        }
        if (o.kind == OptimizerKind::AdamW && wd != S(0))
            value *= S(1) - lr * wd;
        value -= stepSize * m / (v.sqrt() / bc2sqrt + eps);
    }
}

}  // namespace

template <class S>
void optimizerStep(const OptimizerSettings &o, const std::vector<Parameter<S> *> &params)
{
    const int n = int(params.size());
    long long elements = 0;
    for (const auto *p : params)
        elements += p->frozen ? 0 : p->value.size();
        // Threads only pay off past a few tens of thousands of elements (toy models stay serial).
#pragma omp parallel for schedule(dynamic, 1) if (n > 1 && elements > 32768)
    for (int i = 0; i < n; ++i) {
        Parameter<S> &p = *params[std::size_t(i)];
        if (p.frozen || p.value.size() == 0)
            continue;
        updateTensor(o, p);
    }
}

template void optimizerStep<float>(const OptimizerSettings &, const std::vector<Parameter<float> *> &);
template void optimizerStep<double>(const OptimizerSettings &, const std::vector<Parameter<double> *> &);

}  // namespace moe
