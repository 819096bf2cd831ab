#include "gather.h"

namespace moe::cuda {

namespace {

__global__ void gatherRowsKernel(const float *__restrict__ x, int cols, const int *__restrict__ rows, int n,
                                 float *__restrict__ out)
{
    // One block row per output row; threads sweep the columns (coalesced reads and writes).
    for (int r = blockIdx.x; r < n; r += gridDim.x) {
        const float *src = x + static_cast<long long>(rows[r]) * cols;
        float *dst = out + static_cast<long long>(r) * cols;
        for (int c = threadIdx.x; c < cols; c += blockDim.x)
            dst[c] = src[c];
    }
}

}  // namespace

void gatherRows(const float *x, int cols, const int *rows, int n, float *out, Stream s)
{
    if (n <= 0 || cols <= 0)
        return;
    const int threads = cols >= 256 ? 256 : (cols >= 64 ? 128 : 32);
    const int blocks = n < 65535 ? n : 65535;
    gatherRowsKernel<<<blocks, threads, 0, s>>>(x, cols, rows, n, out);
    checkLaunch("gatherRows");
}

}  // namespace moe::cuda
