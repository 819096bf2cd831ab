// Router (the gating network): linear logits, optional noise network, selection bias.
//
//   Z = X Wg + 1 bgᵀ                 T×E logits          (Wg: d×E, bg: 1×E optional)
//   N = X Wnoise                     T×E noise logits    (noisy top-k only, MOE_SPEC §3)
//   b ∈ R^E                          selection bias of loss-free balancing (§11): not a
//                                    parameter, no gradient, updated by a rule per step
//
//   Backward: dWg = Xᵀ dZ   dbg = colsum(dZ)   dWnoise = Xᵀ dN
//   Error to the inputs (language-model blocks): dX = dZ Wgᵀ + dN Wnoiseᵀ
//
// Init: Wg ~ N(0, σ²) with σ = model.router_init (0.02 default, §0.3); σ = 0 gives the
// all-equal-logits collapse the lessons demonstrate. Wnoise starts at 0 (Shazeer et al.).
#pragma once

#include "parameter.h"
#include "rng.h"

#include <vector>

namespace moe {

template <class S>
class Router {
public:
    Router(int in, int experts, bool bias, bool noise);

    void initialize(Rng &rng, double initStd);
    // Logits in double (selective precision); x is T×d.
    void logits(const Matrix<S> &x, MatrixD &z) const;
    void noiseLogits(const Matrix<S> &x, MatrixD &n) const;
    void backward(const Matrix<S> &x, const MatrixD &dz, const MatrixD *dNoise);
    // dX = dZ Wgᵀ (+ dN Wnoiseᵀ), T × d (written, not added).
    void inputGradient(const MatrixD &dz, const MatrixD *dNoise, Matrix<S> &dx) const;
    // Names its tensors prefix + ".w_g", ".b_g", ".w_noise" (default "router.Wg", ...).
    void setNames(const std::string &prefix);

    // Grow or shrink to `experts` columns; surviving columns (0..min−1) are untouched,
    // new columns drawn from N(0, initStd²) (noise columns 0, bias 0).
    void resize(int experts, Rng &rng, double initStd);
    // Remove one column (an expert removed from the middle).
    void removeColumn(int e);

    [[nodiscard]] int experts() const { return int(m_w.value.cols()); }
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
    int m_in;
    bool m_hasBias, m_hasNoise;
    Parameter<S> m_w, m_b, m_noise;
    VectorD m_selectionBias;
};

}  // namespace moe
