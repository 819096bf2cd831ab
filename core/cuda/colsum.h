// Column sums on the device, deterministic: the bias gradients db = colsum(dO) and
// colsum(dA). Each column is reduced by one fixed tree of threads in one block — no
// atomics — so the same input gives the same bits on every run.
//   sums[c] = Σ_r M[r, c]        M is rows×cols row-major
#pragma once

#include "device.h"

namespace moe::cuda {

void columnSums(const float *m, int rows, int cols, float *sums, Stream s);

}  // namespace moe::cuda
