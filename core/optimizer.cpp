#include "optimizer.h"

#include <cmath>

namespace moe {

template <class S>
void optimizerStep(const OptimizerSettings &o, const std::vector<Parameter<S> *> &params)
{
    const int n = int(params.size());
#pragma omp parallel for schedule(dynamic, 1) if (n > 4)
    for (int i = 0; i < n; ++i) {
        Parameter<S> &p = *params[std::size_t(i)];
        if (p.frozen || p.value.size() == 0)
            continue;
        if (p.m.size() != p.value.size())
            p.m.setZero(p.value.rows(), p.value.cols());
        ++p.t;
        const S lr = S(o.lr);
        const S wd = p.decay ? S(o.weightDecay) : S(0);
        auto value = p.value.array();
        auto grad = p.grad.array();
        auto m = p.m.array();
        if (o.kind == OptimizerKind::Sgd) {
            const S mu = S(o.momentum);
            if (wd != S(0))
                m = mu * m + grad + wd * value;
            else
                m = mu * m + grad;
            value -= lr * m;
            continue;
        }
        if (p.v.size() != p.value.size())
            p.v.setZero(p.value.rows(), p.value.cols());
        auto v = p.v.array();
        const S b1 = S(o.beta1), b2 = S(o.beta2), eps = S(o.eps);
        const S bc1 = S(1 - std::pow(o.beta1, double(p.t)));
        const S bc2sqrt = S(std::sqrt(1 - std::pow(o.beta2, double(p.t))));
        const S stepSize = lr / bc1;
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

template void optimizerStep<float>(const OptimizerSettings &, const std::vector<Parameter<float> *> &);
template void optimizerStep<double>(const OptimizerSettings &, const std::vector<Parameter<double> *> &);

}  // namespace moe
