#include "device.h"

#include "cublas_library.h"

#include <cuda_runtime_api.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace moe::cuda {

namespace {

void check(cudaError_t err, const char *what)
{
    if (err != cudaSuccess)
        throw std::runtime_error(std::string("CUDA error in ") + what + ": " + cudaGetErrorString(err));
}

}  // namespace

int deviceCount(std::string *why)
{
    static std::once_flag once;
    static int count = 0;
    static std::string reason;
    std::call_once(once, [] {
        int n = 0;
        const cudaError_t err = cudaGetDeviceCount(&n);
        if (err != cudaSuccess) {
            reason = std::string("no CUDA device: ") + cudaGetErrorString(err);
            (void)cudaGetLastError();  // clear it so that it cannot surface in later calls
            n = 0;
        } else if (n == 0) {
            reason = "no CUDA device: the driver reports none";
        }
        count = n;
    });
    if (why)
        *why = reason;
    return count;
}

bool cublasLoadable(std::string *why)
{
    return cublasLibrary(why) != nullptr;
}

void checkLaunch(const char *what)
{
    check(cudaGetLastError(), what);
}

DeviceBuffer::~DeviceBuffer()
{
    if (m_ptr)
        (void)cudaFree(m_ptr);
}

DeviceBuffer::DeviceBuffer(DeviceBuffer &&other) noexcept : m_ptr(other.m_ptr), m_bytes(other.m_bytes)
{
    other.m_ptr = nullptr;
    other.m_bytes = 0;
}

DeviceBuffer &DeviceBuffer::operator=(DeviceBuffer &&other) noexcept
{
    if (this != &other) {
        if (m_ptr)
            (void)cudaFree(m_ptr);
        m_ptr = other.m_ptr;
        m_bytes = other.m_bytes;
        other.m_ptr = nullptr;
        other.m_bytes = 0;
    }
    return *this;
}

void *DeviceBuffer::reserveBytes(std::size_t bytes)
{
    if (bytes <= m_bytes && m_ptr)
        return m_ptr;
    if (m_ptr) {
        // Work queued on the buffer may still be running; cudaFree waits for the device.
        check(cudaFree(m_ptr), "cudaFree");
        m_ptr = nullptr;
        m_bytes = 0;
    }
    const std::size_t grown = std::max<std::size_t>(bytes, 256);
    check(cudaMalloc(&m_ptr, grown), "cudaMalloc");
    m_bytes = grown;
    return m_ptr;
}

void DeviceBuffer::uploadBytes(const void *host, std::size_t bytes, Stream s)
{
    reserveBytes(bytes);
    if (bytes > 0)
        check(cudaMemcpyAsync(m_ptr, host, bytes, cudaMemcpyHostToDevice, s), "cudaMemcpyAsync (to device)");
}

void DeviceBuffer::downloadBytes(void *host, std::size_t bytes, Stream s) const
{
    if (bytes == 0)
        return;
    if (bytes > m_bytes)
        throw std::logic_error("DeviceBuffer::download: more bytes than the buffer holds");
    check(cudaMemcpyAsync(host, m_ptr, bytes, cudaMemcpyDeviceToHost, s), "cudaMemcpyAsync (to host)");
}

std::unique_ptr<Context> Context::create(int device, std::string *whyNot)
{
    std::string why;
    if (deviceCount(&why) <= device) {
        if (whyNot)
            *whyNot = why.empty() ? "no CUDA device " + std::to_string(device) : why;
        return nullptr;
    }
    std::unique_ptr<Context> ctx(new Context);
    ctx->m_device = device;
    try {
        check(cudaSetDevice(device), "cudaSetDevice");
        cudaDeviceProp prop {};
        check(cudaGetDeviceProperties(&prop, device), "cudaGetDeviceProperties");
        ctx->m_name = prop.name;
        cudaStream_t stream = nullptr;
        check(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking), "cudaStreamCreate");
        ctx->m_stream = stream;
        std::string noBlas;
        const CublasLibrary *blasLibrary = cublasLibrary(&noBlas);
        if (!blasLibrary)
            throw std::runtime_error(noBlas);
        cublasHandle_t blas = nullptr;
        if (blasLibrary->create(&blas) != CUBLAS_STATUS_SUCCESS)
            throw std::runtime_error("cublasCreate failed");
        ctx->m_blas = blas;
        if (blasLibrary->setStream(blas, stream) != CUBLAS_STATUS_SUCCESS)
            throw std::runtime_error("cublasSetStream failed");
        // Plain FP32 products: the default math mode never rounds inputs to TF32, so the GPU
        // matches the CPU to 1e-4. (Stated here so that nobody turns tensor-op TF32 on unawares.)
        if (blasLibrary->setMathMode(blas, CUBLAS_DEFAULT_MATH) != CUBLAS_STATUS_SUCCESS)
            throw std::runtime_error("cublasSetMathMode failed");
        // No atomics: the same inputs give the same bits on every run.
        if (blasLibrary->setAtomicsMode(blas, CUBLAS_ATOMICS_NOT_ALLOWED) != CUBLAS_STATUS_SUCCESS)
            throw std::runtime_error("cublasSetAtomicsMode failed");
    } catch (const std::exception &e) {
        if (whyNot)
            *whyNot = std::string("CUDA device ") + std::to_string(device) + " unusable: " + e.what();
        return nullptr;
    }
    return ctx;
}

Context::~Context()
{
    if (m_blas)  // a handle exists only where the library was loaded
        (void)cublasLibrary()->destroy(static_cast<cublasHandle_t>(m_blas));
    if (m_stream)
        (void)cudaStreamDestroy(m_stream);
}

void Context::makeCurrent() const
{
    check(cudaSetDevice(m_device), "cudaSetDevice");
}

void Context::synchronize() const
{
    check(cudaStreamSynchronize(m_stream), "cudaStreamSynchronize");
}

}  // namespace moe::cuda
