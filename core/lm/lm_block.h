// One transformer block with a routed MoE feed-forward layer (pre-LayerNorm, GPT-2 style):
//
//   a = x + Attn(LN₁(x))                    x, a, out: N × d  (N = B·T rows, r = b·T + t)
//   u = LN₂(a)
//   y = Σ_{kept (r,e)} w_{r,e} f_e(u_r) + Σ_s g_s(u_r)      routed experts (moe_layer.h) + shared
//   out = a + y                             a token whose assignments were all dropped keeps a
//
//   Backward (dOut = ∂L/∂out):
//     experts:  dO_e[i] = w_{r,e} dOut_r,   ω_{r,e} = dOut_r · f_e(u_r)  (kept pairs)
//     du = MoE input gradient + Σ_s g_s input gradient
//     da = dOut + LN₂ᵀ(du)      dx = da + LN₁ᵀ(Attnᵀ(da))
#pragma once

#include "causal_attention.h"
#include "layer_norm.h"
#include "lm_spec.h"

#include "core/moe_layer.h"

#include <vector>

namespace moe {

template <class S>
struct BlockForward {
    LayerNormCache<S> ln1, ln2;
    Matrix<S> attnInput;  // LN₁(x)
    AttentionCache<S> attn;
    Matrix<S> attnOut;  // Attn(LN₁(x))
    Matrix<S> residual;  // a
    Matrix<S> moeInput;  // u = LN₂(a)
    LayerForward<S> moe;
    std::vector<Matrix<S>> sharedOut;
    std::vector<ExpertCache<S>> sharedCache;
    Matrix<S> output;  // a + y
};

template <class S>
class LmBlock {
public:
    LmBlock(const LmSpec &spec, int index);

    void initialize(Rng &rng, const LmSpec &spec);
    // Re-draws the listed experts with the block's init (after the expert count grew).
    void initializeExperts(Rng &rng, const LmSpec &spec, int firstExpert);
    void forward(const Matrix<S> &x, int sequences, int length, const LayerOptions &opt, bool training,
                 const Rng &stream, BlockForward<S> &f);
    // dOut: ∂L/∂out (N × d). Writes every unfrozen parameter's gradient and dX (N × d).
    void backward(const Matrix<S> &dOut, BlockForward<S> &f, const LayerOptions &opt, Matrix<S> &dX);

    LayerNorm<S> &ln1() { return m_ln1; }
    LayerNorm<S> &ln2() { return m_ln2; }
    CausalSelfAttention<S> &attention() { return m_attn; }
    const CausalSelfAttention<S> &attention() const { return m_attn; }
    MoeLayer<S> &moe() { return m_moe; }
    const MoeLayer<S> &moe() const { return m_moe; }
    std::vector<Expert<S>> &sharedExperts() { return m_shared; }
    const std::vector<Expert<S>> &sharedExperts() const { return m_shared; }

    std::vector<Parameter<S> *> parameters();
    std::vector<const Parameter<S> *> parameters() const;
    // Renames the experts' tensors after a change of the expert count ("blocks.l.moe.expert3.W1").
    void nameExperts();

private:
    template <class Block, class Out>
    static void collectParameters(Block &block, Out &out);

    int m_index;
    LayerNorm<S> m_ln1, m_ln2;
    CausalSelfAttention<S> m_attn;
    MoeLayer<S> m_moe;
    std::vector<Expert<S>> m_shared;
    // backward scratch
    std::vector<Matrix<S>> m_dExpertOut;
    Matrix<S> m_dMoeInput, m_dShared, m_dResidual, m_dAttnInput, m_dLn;
};

}  // namespace moe
