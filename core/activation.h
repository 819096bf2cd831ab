// Element-wise activations of the MLP experts and their derivatives.
//   relu(a) = max(a, 0)                   relu'(a) = 1[a > 0]
//   gelu(a) = a·Φ(a)  (exact, with erf)    gelu'(a) = Φ(a) + a·φ(a)
//   tanh(a)                               tanh'(a) = 1 − tanh(a)²
//   gelu_tanh(a) = ½ a (1 + tanh(u)),  u = √(2/π) (a + 0.044715 a³)      (GPT-2; PyTorch's
//                  approximate='tanh')   gelu_tanh'(a) = ½ (1 + tanh u) + ½ a (1 − tanh² u) u'(a),
//                  u'(a) = √(2/π) (1 + 3·0.044715 a²)
#pragma once

#include "config.h"
#include "tensor.h"

namespace moe {

// H = act(A), in place allowed (H may alias A only for relu/tanh; callers pass distinct).
template <class S>
void activate(Activation act, const Matrix<S> &a, Matrix<S> &h);

// dA = dH ⊙ act'(A)   (H = act(A) is passed to avoid recomputing it)
template <class S>
void activationBackward(Activation act, const Matrix<S> &a, const Matrix<S> &h, const Matrix<S> &dh, Matrix<S> &da);

}  // namespace moe
