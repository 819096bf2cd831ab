// Expert: a small network f_e applied to the rows routed to it (MOE_SPEC §0.7).
//
//   MLP     A = X W1 + 1 b1ᵀ  (n×h)    H = act(A) [⊙ dropout mask / (1−p)]    O = H W2 + 1 b2ᵀ  (n×o)
//   linear  O = X W + 1 bᵀ    (n×o)
//
//   Backward (error to the weights):
//     dW2 = Hᵀ dO   db2 = colsum(dO)   dH = dO W2ᵀ   dA = dH ⊙ act'(A)
//     dW1 = Xᵀ dA   db1 = colsum(dA)
//   Error to the inputs, only where X is not data (the language model's blocks):
//     dX = dA W1ᵀ  (MLP)        dX = dO Wᵀ  (linear)
//
// Init (documented, like torch.nn.Linear): W ~ U(−1/√fan_in, 1/√fan_in), b likewise.
#pragma once

#include "config.h"
#include "parameter.h"
#include "rng.h"
#include "row_set.h"

#include <vector>

namespace moe {

template <class S>
struct ExpertCache {
    Matrix<S> a, h;  // pre-activation and activation (MLP only)
    Matrix<S> mask;  // dropout mask (empty when no dropout)
    // W2ᵀ (o × h), written by forward when the second layer runs on our own kernels (a narrow
    // output: fewer columns than a SIMD packet); backward then uses it too. Empty otherwise.
    Matrix<S> w2t;
    // Backward scratch (dH, dA, dW2ᵀ), kept here so a step allocates nothing once shapes settle.
    mutable Matrix<S> dh, da, dw2t;
};

// How backward hands over the first layer's weight gradient dW1 = Xᵀ dA:
//   Dense     written into W1.grad;
//   Streamed  written into W1.grad past the caches (all experts' gradients exceed the cache;
//             see blocked_product.h);
//   Factored  kept as its factors X and dA (parameter.h), for a caller that reads gradients
//             only through the Parameter functions and the optimizer.
enum class GradientForm { Dense, Streamed, Factored };

template <class S>
class Expert {
public:
    Expert(ExpertType type, int in, int hidden, int out, Activation act);

    void initialize(Rng &rng);
    // out = f(x) for the rows of x (read in place: an engine passes the rows of the batch
    // routed to this expert); the cache keeps what backward needs. training enables dropout.
    void forward(const RowSet<S> &x, Matrix<S> &out, ExpertCache<S> &cache, double dropout, Rng *rng) const;
    void forward(const Matrix<S> &x, Matrix<S> &out, ExpertCache<S> &cache, double dropout, Rng *rng) const
    {
        forward(RowSet<S>::all(x), out, cache, dropout, rng);
    }
    // Writes (overwrites) the parameter gradients from dOut, for the same rows x as forward.
    // Skipped when frozen. A factored dW1 points at x's rows and cache.da, which must then
    // outlive the optimizer step.
    void backward(const RowSet<S> &x, const Matrix<S> &dOut, const ExpertCache<S> &cache,
                  GradientForm form = GradientForm::Dense);
    void backward(const Matrix<S> &x, const Matrix<S> &dOut, const ExpertCache<S> &cache,
                  GradientForm form = GradientForm::Dense)
    {
        backward(RowSet<S>::all(x), dOut, cache, form);
    }
    void zeroGrad();
    // dX (n × in) for the rows of the last forward. dAReady: backward() has just run on the same
    // rows and dOut and left dA in the cache (a frozen expert's backward does not: then dA is
    // formed here from dOut).
    void inputGradient(const Matrix<S> &dOut, const ExpertCache<S> &cache, bool dAReady, Matrix<S> &dX) const;

    std::vector<Parameter<S> *> parameters();
    std::vector<const Parameter<S> *> parameters() const;
    [[nodiscard]] long long parameterCount() const;
    [[nodiscard]] double flopsPerToken() const;  // forward, 2 FLOPs per multiply-add
    [[nodiscard]] bool frozen() const { return m_w1.frozen; }
    void setFrozen(bool f);
    void setNames(const std::string &prefix);

    [[nodiscard]] ExpertType type() const { return m_type; }
    [[nodiscard]] int inputDim() const { return m_in; }
    [[nodiscard]] int hiddenDim() const { return m_hidden; }
    [[nodiscard]] int outputDim() const { return m_out; }
    void setActivation(Activation a) { m_act = a; }
    [[nodiscard]] Activation activation() const { return m_act; }

private:
    ExpertType m_type;
    int m_in, m_hidden, m_out;
    Activation m_act;
    // MLP: W1 (in×h), b1 (1×h), W2 (h×out), b2 (1×out). Linear: W1 (in×out), b1 (1×out).
    Parameter<S> m_w1, m_b1, m_w2, m_b2;
};

}  // namespace moe
