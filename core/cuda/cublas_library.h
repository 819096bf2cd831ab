// cuBLAS opened at run time, the first time a CUDA context is made on a device that exists.
// Linked at build time, libcublas and libcublasLt are mapped when the program starts and
// their initialised data touched: over 200 MB of resident memory in every process of a CUDA
// build, on machines without a GPU too. The engine calls cuBLAS only through this table.
#pragma once

#include <cublas_v2.h>

#include <string>

namespace moe::cuda {

// The cuBLAS functions the engine calls (their exported names: cublas_v2.h maps cublasCreate
// to cublasCreate_v2 and so on).
struct CublasLibrary {
    decltype(&cublasCreate_v2) create = nullptr;
    decltype(&cublasDestroy_v2) destroy = nullptr;
    decltype(&cublasSetStream_v2) setStream = nullptr;
    decltype(&cublasSetMathMode) setMathMode = nullptr;
    decltype(&cublasSetAtomicsMode) setAtomicsMode = nullptr;
    decltype(&cublasSgemm_v2) sgemm = nullptr;
    decltype(&cublasGetStatusString) statusString = nullptr;
};

// The library, loaded once (thread-safe); nullptr with one English sentence in *whyNot when it
// cannot be opened or lacks a function.
const CublasLibrary *cublasLibrary(std::string *whyNot = nullptr);

}  // namespace moe::cuda
