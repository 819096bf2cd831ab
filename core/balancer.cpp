#include "balancer.h"

#include <cmath>

namespace moe {

std::vector<double> switchFractions(const Routing &r, AuxConvention convention, int k)
{
    std::vector<double> f(std::size_t(r.experts), 0.0);
    const double T = std::max(r.tokens, 1);
    for (const auto &s : r.assignments) {
        if (s.sampledOut)
            continue;
        if (convention == AuxConvention::Switch && s.rank != 0)
            continue;
        f[std::size_t(s.expert)] += 1.0;
    }
    const double denom = convention == AuxConvention::Megatron ? T * std::max(k, 1) : T;
    for (auto &v : f)
        v /= denom;
    return f;
}

AuxResult switchAuxLoss(const Routing &r, double alpha, AuxConvention convention, int k)
{
    AuxResult out;
    if (alpha == 0 || r.tokens == 0)
        return out;
    const auto f = switchFractions(r, convention, k);
    const int T = r.tokens, E = r.experts;
    // P_i = mean_t p_ti, summed row by row (contiguous rows: vectorised).
    Eigen::RowVectorXd P = Eigen::RowVectorXd::Zero(E);
    for (int t = 0; t < T; ++t)
        P += r.probs.row(t);
    P /= double(T);
    double sum = 0;
    for (int i = 0; i < E; ++i)
        sum += f[std::size_t(i)] * P(i);
    out.value = alpha * E * sum;
    out.dLogits.resize(T, E);
    const double scale = alpha * E / T;
    // Row by row with Eigen's vectorised dot product and array arithmetic, not a scalar loop
    // whose additions each wait for the previous one.
    const Eigen::Map<const Eigen::RowVectorXd> fRow(f.data(), E);
    for (int t = 0; t < T; ++t) {
        const double fp = r.probs.row(t).dot(fRow);  // Σ_i f_i p_ti
        out.dLogits.row(t).array() = scale * r.probs.row(t).array() * (fRow.array() - fp);
    }
    return out;
}

AuxResult routerZLoss(const Routing &r, double coefficient)
{
    AuxResult out;
    if (coefficient == 0 || r.tokens == 0)
        return out;
    const int T = r.tokens, E = r.experts;
    out.dLogits.resize(T, E);
    double sum = 0;
    for (int t = 0; t < T; ++t) {
        const double lse = logSumExp(r.logits.row(t).data(), E);
        sum += lse * lse;
        out.dLogits.row(t) = (coefficient * 2.0 / T * lse) * r.probs.row(t);
    }
    out.value = coefficient * sum / T;
    return out;
}

void updateSelectionBias(VectorD &bias, const Routing &r, double rate)
{
    if (rate == 0 || bias.size() != r.experts)
        return;
    std::vector<int> activeIdx;
    for (int e = 0; e < r.experts; ++e)
        if (r.tokens == 0 || std::isfinite(r.logits(0, e)))
            activeIdx.push_back(e);
    if (activeIdx.empty())
        return;
    double mean = 0;
    for (int e : activeIdx)
        mean += r.countPre[std::size_t(e)];
    mean /= double(activeIdx.size());
    for (int e : activeIdx) {
        const double diff = mean - r.countPre[std::size_t(e)];
        bias(e) += rate * double((diff > 0) - (diff < 0));
    }
}

}  // namespace moe
