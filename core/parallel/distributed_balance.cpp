// Balance losses over the ranks of an expert-parallel job (see the header).
#include "distributed_balance.h"

#include <cmath>

namespace moe::parallel {
namespace {

void add(BalanceTerms &out, const char *name, double value, MatrixD dLogits)
{
    out.terms.push_back({name, value});
    out.total += value;
    if (out.dLogits.size() == 0)
        out.dLogits = std::move(dLogits);
    else
        out.dLogits += dLogits;
}

// The global Switch loss: counts and probability sums all-reduced (2E numbers).
void globalSwitch(const Routing &r, double alpha, AuxConvention convention, int k, Communicator &comm,
                  BalanceTerms &out)
{
    const int E = r.experts, T = r.tokens;
    std::vector<double> stats(std::size_t(2 * E + 1), 0.0);  // counts, prob sums, tokens
    for (const auto &s : r.assignments) {
        if (s.sampledOut || (convention == AuxConvention::Switch && s.rank != 0))
            continue;
        stats[std::size_t(s.expert)] += 1.0;
    }
    Eigen::RowVectorXd probSum = Eigen::RowVectorXd::Zero(E);
    for (int t = 0; t < T; ++t)
        probSum += r.probs.row(t);
    for (int e = 0; e < E; ++e)
        stats[std::size_t(E + e)] = probSum(e);
    stats[std::size_t(2 * E)] = T;
    comm.allreduceSum(stats.data(), int(stats.size()));
    const double globalT = std::max(1.0, stats[std::size_t(2 * E)]);
    const double denom = convention == AuxConvention::Megatron ? globalT * std::max(k, 1) : globalT;
    Eigen::RowVectorXd f(E), P(E);
    for (int e = 0; e < E; ++e) {
        f(e) = stats[std::size_t(e)] / denom;
        P(e) = stats[std::size_t(E + e)] / globalT;
    }
    double sum = 0;
    for (int e = 0; e < E; ++e)
        sum += f(e) * P(e);
    MatrixD d(T, E);
    const double scale = alpha * E / globalT;
    for (int t = 0; t < T; ++t) {
        const double fp = r.probs.row(t).dot(f);
        d.row(t).array() = scale * r.probs.row(t).array() * (f.array() - fp);
    }
    add(out, "switch_aux", alpha * E * sum, std::move(d));
}

void globalZ(const Routing &r, double c, Communicator &comm, BalanceTerms &out)
{
    const int E = r.experts, T = r.tokens;
    double stats[2] = {0, double(T)};
    std::vector<double> lse(static_cast<std::size_t>(T));
    for (int t = 0; t < T; ++t) {
        lse[std::size_t(t)] = logSumExp(r.logits.row(t).data(), E);
        stats[0] += lse[std::size_t(t)] * lse[std::size_t(t)];
    }
    comm.allreduceSum(stats, 2);
    const double globalT = std::max(1.0, stats[1]);
    MatrixD d(T, E);
    for (int t = 0; t < T; ++t)
        d.row(t) = (c * 2.0 / globalT * lse[std::size_t(t)]) * r.probs.row(t);
    add(out, "z_loss", c * stats[0] / globalT, std::move(d));
}

// Per rank, then the mean over ranks: value all-reduced, gradient scaled by 1/P.
void local(const char *name, AuxResult r, Communicator &comm, BalanceTerms &out)
{
    const double P = comm.size();
    const double mean = comm.allreduceSum(r.value) / P;  // every rank calls it, even with no rows
    if (r.dLogits.size() == 0)
        return;
    r.dLogits /= P;
    add(out, name, mean, std::move(r.dLogits));
}

}  // namespace

BalanceTerms distributedBalanceLosses(const Routing &r, bool usesAuxLoss, double alpha, AuxConvention convention,
                                      int k, double zCoefficient, AuxScope scope, Communicator &comm)
{
    BalanceTerms out;
    if (scope == AuxScope::Global) {
        if (usesAuxLoss && alpha != 0)
            globalSwitch(r, alpha, convention, k, comm, out);
        if (zCoefficient != 0)
            globalZ(r, zCoefficient, comm, out);
    } else {
        if (usesAuxLoss && alpha != 0)
            local("switch_aux", switchAuxLoss(r, alpha, convention, k), comm, out);
        if (zCoefficient != 0)
            local("z_loss", routerZLoss(r, zCoefficient), comm, out);
    }
    return out;
}

}  // namespace moe::parallel
