// Plain C++ view of one CUDA device: probing, device memory, a stream and a cuBLAS handle.
// No CUDA type appears here — the stream is the opaque `CUstream_st *`, which is what
// cudaStream_t names — so C++ sources include this without CUDA headers (ggml-style: the
// CUDA specifics live in device.cpp and the .cu files behind small headers).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

struct CUstream_st;

namespace moe::cuda {

using Stream = CUstream_st *;

// Number of usable CUDA devices. 0 when there is none or the runtime reports any error
// (cudaGetDeviceCount fails with "insufficient driver" on a machine without a GPU); then
// *why (if given) says "no CUDA device: <cudaGetErrorString>". Probed once per process.
int deviceCount(std::string *why = nullptr);

// Opens cuBLAS (cublas_library.h: loaded at run time, the first time a context is made) and
// says whether it has every function the engine calls; *why says what failed. No device needed.
bool cublasLoadable(std::string *why = nullptr);

// Throws std::runtime_error naming `what` when the last kernel launch failed.
void checkLaunch(const char *what);

// Device memory that grows on demand and never shrinks (contents are not kept on growth).
class DeviceBuffer {
public:
    DeviceBuffer() = default;
    ~DeviceBuffer();
    DeviceBuffer(DeviceBuffer &&other) noexcept;
    DeviceBuffer &operator=(DeviceBuffer &&other) noexcept;
    DeviceBuffer(const DeviceBuffer &) = delete;
    DeviceBuffer &operator=(const DeviceBuffer &) = delete;

    template <class T>
    T *reserve(std::size_t count)
    {
        return static_cast<T *>(reserveBytes(count * sizeof(T)));
    }
    template <class T>
    T *upload(const T *host, std::size_t count, Stream s)
    {
        uploadBytes(host, count * sizeof(T), s);
        return static_cast<T *>(m_ptr);
    }
    template <class T>
    void download(T *host, std::size_t count, Stream s) const
    {
        downloadBytes(host, count * sizeof(T), s);
    }
    template <class T>
    [[nodiscard]] T *data() const
    {
        return static_cast<T *>(m_ptr);
    }

private:
    void *reserveBytes(std::size_t bytes);
    void uploadBytes(const void *host, std::size_t bytes, Stream s);
    void downloadBytes(void *host, std::size_t bytes, Stream s) const;

    void *m_ptr = nullptr;
    std::size_t m_bytes = 0;
};

// One device, one stream, one cuBLAS handle. Everything an engine enqueues goes on the
// stream in order, so results never depend on timing.
class Context {
public:
    // nullptr and the reason in *whyNot when the device cannot be opened.
    static std::unique_ptr<Context> create(int device, std::string *whyNot);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    [[nodiscard]] Stream stream() const { return m_stream; }
    [[nodiscard]] void *blasHandle() const { return m_blas; }  // a cublasHandle_t
    [[nodiscard]] const std::string &deviceName() const { return m_name; }
    [[nodiscard]] int device() const { return m_device; }
    // Makes this context's device current for the calling thread (the trainer may run on
    // another thread than the one that created the engine).
    void makeCurrent() const;
    // Waits for the stream; throws std::runtime_error on an asynchronous error.
    void synchronize() const;

private:
    Context() = default;
    int m_device = 0;
    Stream m_stream = nullptr;
    void *m_blas = nullptr;
    std::string m_name;
};

}  // namespace moe::cuda
