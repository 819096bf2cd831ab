// Causal multi-head self-attention (LANGUAGE_MODEL.md §2) on B sequences of T rows each:
//
//   [Q K V] = U Wqkv + bqkv        U: N×d (N = B·T, row r = b·T + t), Wqkv: d×3d, bqkv: 1×3d
//                                  head j reads columns [j·dh, (j+1)·dh) of Q, K and V (dh = d/H)
//   S = Q_bj K_bjᵀ / √dh, −∞ above the diagonal (a position sees itself and the past only)
//   P = softmax_row(S)             T×T for sequence b, head j
//   C_bj = P V_bj                  T×dh, written into columns [j·dh, (j+1)·dh) of C (N×d)
//   out = C Wo + bo                Wo: d×d
//
//   Backward:  dWo = Cᵀ dOut   dbo = colsum(dOut)   dC = dOut Woᵀ
//              dP = dC_bj V_bjᵀ   dV = Pᵀ dC_bj   dS = P ⊙ (dP − rowsum(dP ⊙ P))
//              dQ = dS K / √dh    dK = dSᵀ Q / √dh
//              dWqkv = Uᵀ dQKV    dbqkv = colsum(dQKV)   dU = dQKV Wqkvᵀ
//
// Memory: P is kept for backward, B·H·T² values (baby model: 12·4·64² floats, 0.8 MB a block),
// next to QKV (N×3d) and C (N×d); at T = 64 recomputing P would cost more than keeping it.
// Sequences and heads run in parallel; each writes only its own rows and columns. One head of
// one sequence is attention_head.h.
#pragma once

#include "core/parameter.h"
#include "core/rng.h"

#include <string>
#include <vector>

namespace moe {

template <class S>
struct AttentionCache {
    const Matrix<S> *input = nullptr;  // U (must outlive backward)
    int sequences = 0, length = 0;  // B, T
    Matrix<S> qkv;  // N × 3d
    Matrix<S> probs;  // (B·H·T) × T: P of sequence b, head j in rows [(b·H + j)·T, … + T)
    Matrix<S> context;  // C, N × d
};

template <class S>
class CausalSelfAttention {
public:
    CausalSelfAttention(int width, int heads, const std::string &prefix);

    // Init (nanoGPT): Wqkv ~ N(0, std²), Wo ~ N(0, outStd²), biases 0.
    void initialize(Rng &rng, double std, double outStd);
    void forward(const Matrix<S> &u, int sequences, int length, Matrix<S> &out, AttentionCache<S> &cache) const;
    // Writes the parameter gradients (unless frozen) and dU (N × d, overwritten).
    void backward(const Matrix<S> &dOut, const AttentionCache<S> &cache, Matrix<S> &dU);

    // The attention weights of one head for one sequence (rows: query position), for the views.
    [[nodiscard]] Matrix<S> headProbabilities(const AttentionCache<S> &cache, int sequence, int head) const;

    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int heads() const { return m_heads; }
    std::vector<Parameter<S> *> parameters() { return {&m_wqkv, &m_bqkv, &m_wo, &m_bo}; }
    std::vector<const Parameter<S> *> parameters() const { return {&m_wqkv, &m_bqkv, &m_wo, &m_bo}; }
    [[nodiscard]] long long parameterCount() const;
    // Forward FLOPs per token at context position t (0-based): projections plus t + 1 scores.
    [[nodiscard]] double flopsPerToken(double meanAttended) const;

private:
    int m_width, m_heads;
    Parameter<S> m_wqkv, m_bqkv, m_wo, m_bo;
    mutable Matrix<S> m_dContext, m_dqkv;  // backward scratch
};

}  // namespace moe
