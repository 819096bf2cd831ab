// Gather rows on the device (the dispatch of MoE: an expert's tokens as one contiguous block).
//   out[r, :] = x[rows[r], :]      x is T×cols row-major, out is n×cols row-major
#pragma once

#include "device.h"

namespace moe::cuda {

void gatherRows(const float *x, int cols, const int *rows, int n, float *out, Stream s);

}  // namespace moe::cuda
