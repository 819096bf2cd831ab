#include "gemm.h"

#include "cublas_library.h"
#include "device.h"

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
    const CublasLibrary &blas = *cublasLibrary();  // loaded: the context's handle exists
    const cublasStatus_t st =
        blas.sgemm(static_cast<cublasHandle_t>(ctx.blasHandle()), transB ? CUBLAS_OP_T : CUBLAS_OP_N,
                   transA ? CUBLAS_OP_T : CUBLAS_OP_N, N, M, K, &alpha, B, ldb, A, lda, &beta, C, ldc);
    if (st != CUBLAS_STATUS_SUCCESS)
        throw std::runtime_error("cublasSgemm failed: " + std::string(blas.statusString(st)));
}

}  // namespace moe::cuda
