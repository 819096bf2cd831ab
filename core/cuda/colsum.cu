#include "colsum.h"

namespace moe::cuda {

namespace {

constexpr int kTileCols = 32;  // threadIdx.x: one column each (coalesced row reads)
constexpr int kTileRows = 16;  // threadIdx.y: strided partial sums over the rows

__global__ void columnSumsKernel(const float *__restrict__ m, int rows, int cols, float *__restrict__ sums)
{
    __shared__ float partial[kTileRows][kTileCols + 1];
    const int c = blockIdx.x * kTileCols + threadIdx.x;
    float acc = 0.0f;
    if (c < cols)
        for (int r = threadIdx.y; r < rows; r += kTileRows)
            acc += m[static_cast<long long>(r) * cols + c];
    partial[threadIdx.y][threadIdx.x] = acc;
    __syncthreads();
    // Fixed-shape tree over the row partials: the order of additions never changes.
    for (int stride = kTileRows / 2; stride > 0; stride /= 2) {
        if (threadIdx.y < stride)
            partial[threadIdx.y][threadIdx.x] += partial[threadIdx.y + stride][threadIdx.x];
        __syncthreads();
    }
    if (threadIdx.y == 0 && c < cols)
        sums[c] = partial[0][threadIdx.x];
}

}  // namespace

void columnSums(const float *m, int rows, int cols, float *sums, Stream s)
{
    if (cols <= 0)
        return;
    const dim3 threads(kTileCols, kTileRows);
    const dim3 blocks((cols + kTileCols - 1) / kTileCols);
    columnSumsKernel<<<blocks, threads, 0, s>>>(m, rows, cols, sums);
    checkLaunch("columnSums");
}

}  // namespace moe::cuda
