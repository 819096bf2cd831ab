// Bias and activation of the MLP experts on the device (see core/expert.h, core/activation.h).
//
//   addBias:             M[r, c] += b[c]
//   biasActivate:        A[r, c] += b[c];  H[r, c] = act(A[r, c]) · mask[r, c]     (mask may be null)
//   activationBackward:  dA[r, c] = dH[r, c] · mask[r, c] · act'(A[r, c])          (mask may be null)
//
//   relu'(a) = 1[a > 0]    gelu'(a) = Φ(a) + a·φ(a)    tanh'(a) = 1 − tanh(a)²
//   gelu_tanh as in core/activation.h
// act' is computed from A, so it is the derivative of the un-masked activation, as on the CPU.
#pragma once

#include "device.h"

namespace moe::cuda {

enum class Act : int { Relu = 0, Gelu = 1, Tanh = 2, GeluTanh = 3 };

void addBias(float *m, const float *bias, int rows, int cols, Stream s);
void biasActivate(float *a, const float *bias, const float *mask, float *h, int rows, int cols, Act act, Stream s);
void activationBackward(const float *a, const float *dh, const float *mask, float *da, int rows, int cols, Act act,
                        Stream s);

}  // namespace moe::cuda
