// Row-major single-precision GEMM on the device (cuBLAS behind a plain C++ header).
//
//   C (M×N) = op(A) (M×K) · op(B) (K×N) + beta·C       all row-major, leading dims in elements
//
// op(A) = A when !transA (A stored M×K, lda ≥ K), Aᵀ when transA (A stored K×M, lda ≥ M);
// likewise B. cuBLAS is column-major: a row-major matrix is its transpose in column-major,
// so C = op(A)·op(B) is computed as Cᵀ = op(B)ᵀ·op(A)ᵀ with the operands swapped.
#pragma once

namespace moe::cuda {

class Context;

void gemmRowMajor(const Context &ctx, bool transA, bool transB, int M, int N, int K, const float *A, int lda,
                  const float *B, int ldb, float beta, float *C, int ldc);

}  // namespace moe::cuda
