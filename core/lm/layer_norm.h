// LayerNorm over the features of each row (LANGUAGE_MODEL.md §2):
//
//   μ_r = mean_c x_rc    σ²_r = mean_c (x_rc − μ_r)²  (biased)    s_r = 1 / √(σ²_r + ε),  ε = 1e-5
//   x̂ = (x − μ) s        y = γ ⊙ x̂ + β                             x, x̂, y: N × d;  γ, β: 1 × d
//
//   Backward:  dγ = Σ_r dy_r ⊙ x̂_r    dβ = Σ_r dy_r    g = dy ⊙ γ
//              dx_r = s_r (g_r − mean_c(g_r) − x̂_r mean_c(g_r ⊙ x̂_r))
#pragma once

#include "core/parameter.h"

#include <string>
#include <vector>

namespace moe {

template <class S>
struct LayerNormCache {
    Matrix<S> normalized;  // x̂, N × d
    Vector<S> inverseStd;  // s, N
};

template <class S>
class LayerNorm {
public:
    LayerNorm(int width, const std::string &prefix);

    void forward(const Matrix<S> &x, Matrix<S> &y, LayerNormCache<S> &cache) const;
    // Writes dγ, dβ (unless frozen) and dx (N × d, overwritten).
    void backward(const Matrix<S> &dy, const LayerNormCache<S> &cache, Matrix<S> &dx);

    void reset();  // γ = 1, β = 0
    std::vector<Parameter<S> *> parameters() { return {&m_gamma, &m_beta}; }
    std::vector<const Parameter<S> *> parameters() const { return {&m_gamma, &m_beta}; }
    Parameter<S> &gamma() { return m_gamma; }
    Parameter<S> &beta() { return m_beta; }

    static constexpr double kEpsilon = 1e-5;

private:
    Parameter<S> m_gamma, m_beta;
};

}  // namespace moe
