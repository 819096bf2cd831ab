#include "gemm.h"

#include "device.h"

#include <cublas_v2.h>

#include <stdexcept>
#include <string>

namespace moe::cuda {

void gemmRowMajor(const Context &ctx, bool transA, bool transB, int M, int N, int K, const float *A, int lda,
                  const float *B, int ldb, float beta, float *C, int ldc)
{
    if (M <= 0 || N <= 0)
        return;
    const float alpha = 1.0f;
    // Column-major view: Cᵀ (N×M) = op(B)ᵀ (N×K) · op(A)ᵀ (K×M).
    const cublasStatus_t st =
        cublasSgemm(static_cast<cublasHandle_t>(ctx.blasHandle()), transB ? CUBLAS_OP_T : CUBLAS_OP_N,
                    transA ? CUBLAS_OP_T : CUBLAS_OP_N, N, M, K, &alpha, B, ldb, A, lda, &beta, C, ldc);
    if (st != CUBLAS_STATUS_SUCCESS)
        throw std::runtime_error("cublasSgemm failed: " + std::string(cublasGetStatusString(st)));
}

}  // namespace moe::cuda
