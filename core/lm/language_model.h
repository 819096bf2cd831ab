// LanguageModel: a byte-level GPT whose every block has a routed MoE feed-forward layer
// (LANGUAGE_MODEL.md §2; the PyTorch reference is peers/torch_moe_gpt.py).
//
//   x⁰_r = Wte[byte_r] + Wpe[t_r]                 Wte: V×d, Wpe: T×d, r = b·T + t
//   xˡ   = Blockₗ(xˡ⁻¹), l = 1..L                 lm_block.h
//   logits = LN_f(xᴸ) Wteᵀ                        N × V (weight tying: the unembedding is Wte)
//   task = (1/N) Σ_r CE(logits_r, target_r)       natural log
//   loss = task + Σ_l aux_l (+ z-loss terms)      balance losses per block over its N rows
//
//   Backward: dlogits = (softmax(logits) − onehot(target)) / N
//             dWte = dlogitsᵀ LN_f(xᴸ) + scatter of dx⁰ by byte;  dWpe[t] = Σ_b dx⁰_{b·T+t}
//
// Init (nanoGPT): every weight N(0, 0.02²), W_o and W₂ scaled by 1/√(2L), biases 0, LN γ = 1,
// β = 0, router N(0, model.router_init²). Weight decay applies to 2-D weights only (Wte, Wqkv,
// W_o, Wg, W₁, W₂), not to Wpe, biases or LayerNorm.
#pragma once

#include "layer_norm.h"
#include "lm_block.h"
#include "lm_spec.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace moe {

template <class S>
struct LmForward {
    int sequences = 0, length = 0;  // B, T
    std::vector<int> tokens;  // N bytes
    Matrix<S> embedded;  // x⁰
    std::vector<BlockForward<S>> blocks;
    LayerNormCache<S> lnFinal;
    Matrix<S> final;  // LN_f(xᴸ)
    Matrix<S> logits;  // N × V
};

struct LmLoss {
    double task = 0;  // mean cross-entropy, nats per byte
    double aux = 0;  // Σ over blocks of every balance term (coefficients included)
    [[nodiscard]] double total() const { return task + aux; }
};

template <class S>
class LanguageModel {
public:
    explicit LanguageModel(const LmSpec &spec);

    void initialize(Rng &rng);
    // tokens: B·T bytes, row r = b·T + t; T ≤ context.
    void forward(const std::vector<int> &tokens, int sequences, int length, const LayerOptions &opt, bool training,
                 const Rng &stream, LmForward<S> &f);
    // Cross-entropy against the targets (B·T bytes) plus the blocks' balance losses. When
    // dLogits is non-null it receives ∂task/∂logits (N × V).
    LmLoss loss(const LmForward<S> &f, const std::vector<int> &targets, Matrix<S> *dLogits) const;
    // Writes every unfrozen parameter's gradient (the balance losses' gradients included).
    void backward(LmForward<S> &f, const Matrix<S> &dLogits, const LayerOptions &opt);

    [[nodiscard]] const LmSpec &spec() const { return m_spec; }
    LmSpec &mutableSpec() { return m_spec; }
    std::vector<LmBlock<S>> &blocks() { return m_blocks; }
    const std::vector<LmBlock<S>> &blocks() const { return m_blocks; }
    Parameter<S> &tokenEmbedding() { return m_wte; }
    const Parameter<S> &tokenEmbedding() const { return m_wte; }
    Parameter<S> &positionEmbedding() { return m_wpe; }
    LayerNorm<S> &finalNorm() { return m_lnFinal; }

    std::vector<Parameter<S> *> parameters();
    std::vector<const Parameter<S> *> parameters() const;
    Parameter<S> *findParameter(const std::string &name);

    // Sparse compute: parameters in total and used per token (shared + k routed experts).
    [[nodiscard]] long long parameterCount() const;
    [[nodiscard]] long long activeParameterCount(double expertsPerToken) const;
    // Forward FLOPs per token (projections, attention over T/2 positions on average, experts, unembedding).
    [[nodiscard]] double flopsPerToken(double expertsPerToken) const;

private:
    LmSpec m_spec;
    Parameter<S> m_wte, m_wpe;
    std::vector<LmBlock<S>> m_blocks;
    LayerNorm<S> m_lnFinal;
    Matrix<S> m_dx, m_dxNext, m_dFinal;  // backward scratch
};

}  // namespace moe
