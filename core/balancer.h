// Balancer: the auxiliary losses that act on the router's probabilities and logits, and
// the loss-free bias rule. Each returns its value and adds its exact gradient to dZ.
//
//   Switch f·P (§4, §2):  L = α E Σ_i f_i P_i,  P_i = mean_t p_{t,i},  f constant:
//       switch   f_i = #(rank-0 choices of i) / T
//       mixtral  f_i = #(tokens whose top-k contains i) / T           (uniform ⇒ L = α k)
//       megatron f_i = #(tokens whose top-k contains i) / (k T)       (uniform ⇒ L = α)
//     dZ_{t,j} = (α E / T) p_{t,j} (f_j − Σ_i f_i p_{t,i})
//   z-loss (§6):  L_z = c_z (1/T) Σ_t LSE(z_t)²,   dZ_{t,j} = c_z (2/T) LSE(z_t) p_{t,j}
//   loss-free bias (§11): b_e ← b_e + γ sign(c̄ − c_e), c_e = assignments of e this step
#pragma once

#include "core/config.h"
#include "routing/strategy.h"

namespace moe {

struct AuxResult {
    double value = 0;  // with its coefficient
    MatrixD dLogits;  // T×E, with its coefficient (empty when the coefficient is 0)
};

// Counts per convention; k is the number of choices per token in this routing.
std::vector<double> switchFractions(const Routing &r, AuxConvention convention, int k);
AuxResult switchAuxLoss(const Routing &r, double alpha, AuxConvention convention, int k);
AuxResult routerZLoss(const Routing &r, double coefficient);
// One step of loss-free balancing over the experts that are not knocked out.
void updateSelectionBias(VectorD &bias, const Routing &r, double rate);

}  // namespace moe
