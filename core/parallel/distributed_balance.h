// The balance losses of an expert-parallel layer (EXPERT_PARALLEL.md §2), from global or
// per-rank statistics. With T = Σ_r T_r tokens over the P ranks:
//
//   global  Switch f·P  L = α E Σ_i f_i P_i, with f_i (counts) and P_i = (1/T) Σ_t p_ti summed
//           over every rank (2E + 1 numbers all-reduced), so L is the one-process value;
//           its gradient on this rank's rows  dZ_tj = (α E / T) p_tj (f_j − Σ_i f_i p_ti)
//           z-loss  L_z = c_z (1/T) Σ_t LSE(z_t)²  (two summed numbers), dZ_tj = c_z (2/T) LSE p_tj
//   local   each rank's loss from its own T_r tokens (GShard's groups); the reported loss is
//           their mean over the ranks, so each rank's gradient is (1/P) × its local one
//
// Two halves around one all-reduce, so the trainer can sum these numbers together with its
// other step statistics (one synchronisation instead of three):
//   balanceStatistics()  this rank's numbers to be summed over the ranks
//   balanceLosses()      values (the same on every rank) and this rank's gradient rows (T_r × E)
#pragma once

#include "core/balancer.h"

namespace moe::parallel {

struct BalanceSettings {
    bool usesAuxLoss = true;  // the strategy's StrategyInfo::usesAuxLoss
    double alpha = 0;  // balance.aux
    AuxConvention convention = AuxConvention::Megatron;
    int k = 1;  // choices per token
    double z = 0;  // balance.z
    AuxScope scope = AuxScope::Global;
};

struct BalanceTerms {
    std::vector<NamedValue> terms;  // "switch_aux", "z_loss" (with their coefficients)
    double total = 0;
    MatrixD dLogits;  // T_r × E, empty when no term is on
};

std::vector<double> balanceStatistics(const Routing &local, const BalanceSettings &settings);
// summed: balanceStatistics() summed over the `ranks` ranks.
BalanceTerms balanceLosses(const Routing &local, const BalanceSettings &settings, const std::vector<double> &summed,
                           int ranks);

}  // namespace moe::parallel
