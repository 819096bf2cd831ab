// Router (the gating network): linear or MLP logits, optional noise network, selection bias.
//
//   G = X                                 linear gate (model.router_hidden = 0, the default)
//   G = ReLU(X W1 + 1 b1ᵀ)    T×H         MLP gate d → H → E (model.router_hidden = H > 0;
//                                         W1: d×H, b1: 1×H)
//   Z = G Wg + 1 bgᵀ                 T×E logits          (Wg: in×E, bg: 1×E optional; in = d or H)
//   N = G Wnoise                     T×E noise logits    (noisy top-k only, MOE_SPEC §3)
//   b ∈ R^E                          selection bias of loss-free balancing (§11): not a
//                                    parameter, no gradient, updated by a rule per step
//
//   Backward: dWg = Gᵀ dZ   dbg = colsum(dZ)   dWnoise = Gᵀ dN
//             MLP: dG = dZ Wgᵀ + dN Wnoiseᵀ,  dA = dG ⊙ 1[A > 0],  dW1 = Xᵀ dA,  db1 = colsum(dA)
//   Error to the inputs (language-model blocks): dX = dZ Wgᵀ + dN Wnoiseᵀ (linear), dA W1ᵀ (MLP)
//   The MLP's hidden layer is recomputed from X in backward (no state kept between calls).
//
// Init: Wg ~ N(0, σ²) with σ = model.router_init (0.02 default, §0.3); σ = 0 gives the
// all-equal-logits collapse the lessons demonstrate. Wnoise starts at 0 (Shazeer et al.).
// MLP gate: W1, b1 ~ U(−1/√d, 1/√d) (as the experts), drawn after Wg.
#pragma once

#include "parameter.h"
#include "rng.h"

#include <vector>

namespace moe {

template <class S>
class Router {
public:
    // hidden > 0: an MLP gate in → hidden → experts (ReLU); 0: linear.
    Router(int in, int experts, bool bias, bool noise, int hidden = 0);

    void initialize(Rng &rng, double initStd);
    // Logits in double (selective precision); x is T×d.
    void logits(const Matrix<S> &x, MatrixD &z) const;
    void noiseLogits(const Matrix<S> &x, MatrixD &n) const;
    void backward(const Matrix<S> &x, const MatrixD &dz, const MatrixD *dNoise);
    // dL/dX, T × d (written, not added), for the inputs x the logits were computed from.
    void inputGradient(const Matrix<S> &x, const MatrixD &dz, const MatrixD *dNoise, Matrix<S> &dx) const;
    // Names its tensors prefix + ".w_g", ".b_g", ".w_noise", ".w_h", ".b_h" (default
    // "router.Wg", "router.bg", "router.Wnoise", "router.W1", "router.b1").
    void setNames(const std::string &prefix);

    // Grow or shrink to `experts` columns; surviving columns (0..min−1) are untouched,
    // new columns drawn from N(0, initStd²) (noise columns 0, bias 0).
    void resize(int experts, Rng &rng, double initStd);
    // Remove one column (an expert removed from the middle).
    void removeColumn(int e);

    [[nodiscard]] int experts() const { return int(m_w.value.cols()); }
    [[nodiscard]] int hidden() const { return m_hidden; }  // 0: linear gate
    [[nodiscard]] bool hasNoise() const { return m_hasNoise; }
    void setNoise(bool on);
    [[nodiscard]] bool frozen() const { return m_w.frozen; }
    void setFrozen(bool f);

    VectorD &selectionBias() { return m_selectionBias; }
    [[nodiscard]] const VectorD &selectionBias() const { return m_selectionBias; }

    std::vector<Parameter<S> *> parameters();
    std::vector<const Parameter<S> *> parameters() const;
    [[nodiscard]] long long parameterCount() const;

    Parameter<S> &weight() { return m_w; }

private:
    // The gate's features G: x itself (linear) or ReLU(x W1 + b1) into `scratch` (MLP).
    const Matrix<S> &gateFeatures(const Matrix<S> &x, Matrix<S> &scratch) const;
    // dG = dZ Wgᵀ (+ dN Wnoiseᵀ), T × (d or H).
    void featureGradient(const MatrixD &dz, const MatrixD *dNoise, Matrix<S> &dg) const;

    int m_in;  // inputs of the last layer: d (linear) or H (MLP)
    int m_hidden;
    bool m_hasBias, m_hasNoise;
    Parameter<S> m_w, m_b, m_noise;
    Parameter<S> m_w1, m_b1;  // the MLP gate's hidden layer (empty when linear)
    VectorD m_selectionBias;
};

}  // namespace moe
