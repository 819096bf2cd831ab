// The balance losses of an expert-parallel layer (EXPERT_PARALLEL.md §2), from global or
// per-rank statistics. With T = Σ_r T_r tokens over the P ranks:
//
//   global  Switch f·P  L = α E Σ_i f_i P_i, with f_i (counts) and P_i = (1/T) Σ_t p_ti summed
//           over every rank (MPI_Allreduce of 2E numbers), so L is the one-process value;
//           its gradient on this rank's rows  dZ_tj = (α E / T) p_tj (f_j − Σ_i f_i p_ti)
//           z-loss  L_z = c_z (1/T) Σ_t LSE(z_t)²  (one summed number), dZ_tj = c_z (2/T) LSE p_tj
//   local   each rank's loss from its own T_r tokens (GShard's groups); the reported loss is
//           their mean over the ranks, so each rank's gradient is (1/P) × its local one
//
// The values come back the same on every rank; the gradients are this rank's rows (T_r × E).
#pragma once

#include "communicator.h"

#include "core/balancer.h"

namespace moe::parallel {

struct BalanceTerms {
    std::vector<NamedValue> terms;  // "switch_aux", "z_loss" (with their coefficients)
    double total = 0;
    MatrixD dLogits;  // T_r × E, empty when no term is on
};

BalanceTerms distributedBalanceLosses(const Routing &local, bool usesAuxLoss, double alpha, AuxConvention convention,
                                      int k, double zCoefficient, AuxScope scope, Communicator &comm);

}  // namespace moe::parallel
