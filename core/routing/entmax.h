// 1.5-entmax routing (MOE_SPEC §10, Peters et al. 2019): between softmax and sparsemax —
// smooth weights, still exactly zero for weak experts.
//
//   z̃_t = z_t / τ_temp,   x = (z̃_t − max z̃_t)/2, sorted descending x_(1) ≥ … ≥ x_(E)
//   for ρ = 1..E:  μ_ρ = mean of the top ρ,  ss_ρ = ρ(mean of their squares − μ_ρ²),
//                  τ_ρ = μ_ρ − √max((1 − ss_ρ)/ρ, 0)
//   ρ* = the largest ρ with τ_ρ ≤ x_(ρ);   p_t = max(x − τ_{ρ*}, 0)²     (Σ_e p_{t,e} = 1)
//   S_t = { e : p_{t,e} > 0 }        y_t = Σ_{e∈S_t} p_{t,e} f_e(x_t)
//
//   Backward, g = √p, v = ∂L/∂p_t:  dz_t = (g ⊙ v − (⟨g, v⟩ / Σ g) g) / τ_temp
//   (the ½ of the forward cancels the 2 of the square). |S_t| = 1 ⇒ zero Jacobian.
//
// Shapes and balancing as sparsemax (sparsemax.h).
#pragma once

#include "sparsemax.h"

namespace moe {

void entmax15Row(const double *z, int n, double *p);
void entmax15Vjp(const double *p, const double *v, int n, double *dz);

class EntmaxStrategy : public SparseMapStrategy {
public:
    EntmaxStrategy();

protected:
    void mapRow(const double *z, int n, double *p) const override { entmax15Row(z, n, p); }
    void vjpRow(const double *p, const double *v, int n, double *dz) const override { entmax15Vjp(p, v, n, dz); }
};

}  // namespace moe
