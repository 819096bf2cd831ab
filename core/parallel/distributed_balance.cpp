// Balance losses over the ranks of an expert-parallel job (see the header).
#include "distributed_balance.h"

#include <cmath>

namespace moe::parallel {
namespace {

bool switchOn(const BalanceSettings &s)
{
    return s.usesAuxLoss && s.alpha != 0;
}

void add(BalanceTerms &out, const char *name, double value, MatrixD dLogits)
{
    out.terms.push_back({name, value});
    out.total += value;
    if (out.dLogits.size() == 0)
        out.dLogits = std::move(dLogits);
    else
        out.dLogits += dLogits;
}

// Global Switch statistics: counts per expert, probability sums per expert, tokens.
void switchStatistics(const Routing &r, const BalanceSettings &s, std::vector<double> &out)
{
    const int E = r.experts;
    const std::size_t base = out.size();
    out.resize(base + std::size_t(2 * E + 1), 0.0);
    for (const auto &a : r.assignments) {
        if (a.sampledOut || (s.convention == AuxConvention::Switch && a.rank != 0))
            continue;
        out[base + std::size_t(a.expert)] += 1.0;
    }
    Eigen::RowVectorXd probSum = Eigen::RowVectorXd::Zero(E);
    for (int t = 0; t < r.tokens; ++t)
        probSum += r.probs.row(t);
    for (int e = 0; e < E; ++e)
        out[base + std::size_t(E + e)] = probSum(e);
    out[base + std::size_t(2 * E)] = r.tokens;
}

void globalSwitch(const Routing &r, const BalanceSettings &s, const double *stats, BalanceTerms &out)
{
    const int E = r.experts, T = r.tokens;
    const double globalT = std::max(1.0, stats[2 * E]);
    const double denom = s.convention == AuxConvention::Megatron ? globalT * std::max(s.k, 1) : globalT;
    Eigen::RowVectorXd f(E), P(E);
    for (int e = 0; e < E; ++e) {
        f(e) = stats[e] / denom;
        P(e) = stats[E + e] / globalT;
    }
    const double sum = f.dot(P);
    MatrixD d(T, E);
    const double scale = s.alpha * E / globalT;
    for (int t = 0; t < T; ++t) {
        const double fp = r.probs.row(t).dot(f);
        d.row(t).array() = scale * r.probs.row(t).array() * (f.array() - fp);
    }
    add(out, "switch_aux", s.alpha * E * sum, std::move(d));
}

void globalZ(const Routing &r, const BalanceSettings &s, const double *stats, BalanceTerms &out)
{
    const int E = r.experts, T = r.tokens;
    const double globalT = std::max(1.0, stats[1]);
    MatrixD d(T, E);
    for (int t = 0; t < T; ++t)
        d.row(t) = (s.z * 2.0 / globalT * logSumExp(r.logits.row(t).data(), E)) * r.probs.row(t);
    add(out, "z_loss", s.z * stats[0] / globalT, std::move(d));
}

}  // namespace

std::vector<double> balanceStatistics(const Routing &r, const BalanceSettings &s)
{
    std::vector<double> out;
    if (s.scope == AuxScope::Global) {
        if (switchOn(s))
            switchStatistics(r, s, out);
        if (s.z != 0) {
            double squares = 0;
            for (int t = 0; t < r.tokens; ++t) {
                const double lse = logSumExp(r.logits.row(t).data(), r.experts);
                squares += lse * lse;
            }
            out.push_back(squares);
            out.push_back(r.tokens);
        }
    } else {  // the local values, to be averaged
        if (switchOn(s))
            out.push_back(switchAuxLoss(r, s.alpha, s.convention, s.k).value);
        if (s.z != 0)
            out.push_back(routerZLoss(r, s.z).value);
    }
    return out;
}

BalanceTerms balanceLosses(const Routing &r, const BalanceSettings &s, const std::vector<double> &summed, int ranks)
{
    BalanceTerms out;
    const double *at = summed.data();
    if (s.scope == AuxScope::Global) {
        if (switchOn(s)) {
            globalSwitch(r, s, at, out);
            at += 2 * r.experts + 1;
        }
        if (s.z != 0)
            globalZ(r, s, at, out);
        return out;
    }
    const double P = ranks;
    if (switchOn(s)) {
        AuxResult a = switchAuxLoss(r, s.alpha, s.convention, s.k);
        if (a.dLogits.size() > 0)
            add(out, "switch_aux", *at / P, MatrixD(a.dLogits / P));
        ++at;
    }
    if (s.z != 0) {
        AuxResult a = routerZLoss(r, s.z);
        if (a.dLogits.size() > 0)
            add(out, "z_loss", *at / P, MatrixD(a.dLogits / P));
    }
    return out;
}

}  // namespace moe::parallel
