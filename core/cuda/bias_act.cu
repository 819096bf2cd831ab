#include "bias_act.h"

namespace moe::cuda {

namespace {

constexpr float kInvSqrt2 = 0.70710678118654752440f;
constexpr float kInvSqrt2Pi = 0.39894228040143267794f;
constexpr float kSqrt2OverPi = 0.79788456080286535588f;

__device__ float activate(Act act, float a)
{
    switch (act) {
    case Act::Relu: return a > 0.0f ? a : 0.0f;
    case Act::Gelu: return a * 0.5f * (1.0f + erff(a * kInvSqrt2));
    case Act::Tanh: return tanhf(a);
    case Act::GeluTanh: return 0.5f * a * (1.0f + tanhf(kSqrt2OverPi * (a + 0.044715f * a * a * a)));
    }
    return a;
}

__device__ float derivative(Act act, float a)
{
    switch (act) {
    case Act::Relu: return a > 0.0f ? 1.0f : 0.0f;
    case Act::Gelu: return 0.5f * (1.0f + erff(a * kInvSqrt2)) + a * kInvSqrt2Pi * expf(-0.5f * a * a);
    case Act::Tanh: {
        const float t = tanhf(a);
        return 1.0f - t * t;
    }
    case Act::GeluTanh: {
        const float t = tanhf(kSqrt2OverPi * (a + 0.044715f * a * a * a));
        return 0.5f * (1.0f + t) + 0.5f * a * (1.0f - t * t) * kSqrt2OverPi * (1.0f + 3.0f * 0.044715f * a * a);
    }
    }
    return 1.0f;
}

__global__ void addBiasKernel(float *__restrict__ m, const float *__restrict__ bias, long long count, int cols)
{
    for (long long i = blockIdx.x * static_cast<long long>(blockDim.x) + threadIdx.x; i < count;
         i += static_cast<long long>(gridDim.x) * blockDim.x)
        m[i] += bias[i % cols];
}

__global__ void biasActivateKernel(float *__restrict__ a, const float *__restrict__ bias,
                                   const float *__restrict__ mask, float *__restrict__ h, long long count, int cols,
                                   Act act)
{
    for (long long i = blockIdx.x * static_cast<long long>(blockDim.x) + threadIdx.x; i < count;
         i += static_cast<long long>(gridDim.x) * blockDim.x) {
        const float v = a[i] + bias[i % cols];
        a[i] = v;
        const float y = activate(act, v);
        h[i] = mask ? y * mask[i] : y;
    }
}

__global__ void activationBackwardKernel(const float *__restrict__ a, const float *__restrict__ dh,
                                         const float *__restrict__ mask, float *__restrict__ da, long long count,
                                         Act act)
{
    for (long long i = blockIdx.x * static_cast<long long>(blockDim.x) + threadIdx.x; i < count;
         i += static_cast<long long>(gridDim.x) * blockDim.x) {
        const float g = mask ? dh[i] * mask[i] : dh[i];
        // relu selects rather than multiplies, as the CPU does (keeps 0·inf out of the gradient).
        da[i] = act == Act::Relu ? (a[i] > 0.0f ? g : 0.0f) : g * derivative(act, a[i]);
    }
}

int blocksFor(long long count, int threads)
{
    const long long b = (count + threads - 1) / threads;
    return static_cast<int>(b < 4096 ? b : 4096);
}

}  // namespace

void addBias(float *m, const float *bias, int rows, int cols, Stream s)
{
    const long long count = static_cast<long long>(rows) * cols;
    if (count <= 0)
        return;
    addBiasKernel<<<blocksFor(count, 256), 256, 0, s>>>(m, bias, count, cols);
    checkLaunch("addBias");
}

void biasActivate(float *a, const float *bias, const float *mask, float *h, int rows, int cols, Act act, Stream s)
{
    const long long count = static_cast<long long>(rows) * cols;
    if (count <= 0)
        return;
    biasActivateKernel<<<blocksFor(count, 256), 256, 0, s>>>(a, bias, mask, h, count, cols, act);
    checkLaunch("biasActivate");
}

void activationBackward(const float *a, const float *dh, const float *mask, float *da, int rows, int cols, Act act,
                        Stream s)
{
    const long long count = static_cast<long long>(rows) * cols;
    if (count <= 0)
        return;
    activationBackwardKernel<<<blocksFor(count, 256), 256, 0, s>>>(a, dh, mask, da, count, act);
    checkLaunch("activationBackward");
}

}  // namespace moe::cuda
