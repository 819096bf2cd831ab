#include "cuda_engine.h"

#include "bias_act.h"
#include "colsum.h"
#include "core/engine_registry.h"
#include "device.h"
#include "gather.h"
#include "gemm.h"

#include <cstdint>
#include <exception>

namespace moe {

namespace {

// Device copies of one expert's operands, grown on demand and reused every step.
struct Slot {
    cuda::DeviceBuffer tokens, x, a, h, mask, out;
    cuda::DeviceBuffer w1, b1, w2, b2;
    cuda::DeviceBuffer dOut, dh, da, gW1, gB1, gW2, gB2;
    // Which forward the device copies belong to (checked before the backward reuses them).
    std::uint64_t generation = 0;
    const float *hostX = nullptr;
    int rows = 0;
    bool hasMask = false;
};

cuda::Act activationOf(Slot &, const Expert<float> &expert)
{
    switch (expert.activation()) {
    case Activation::Relu: return cuda::Act::Relu;
    case Activation::Gelu: return cuda::Act::Gelu;
    case Activation::Tanh: return cuda::Act::Tanh;
    case Activation::GeluTanh: return cuda::Act::GeluTanh;
    }
    return cuda::Act::Relu;
}

std::size_t count(const Matrix<float> &m)
{
    return std::size_t(m.size());
}

}  // namespace

struct CudaEngine<float>::Impl {
    std::unique_ptr<cuda::Context> ctx;
    cuda::DeviceBuffer x;
    std::vector<Slot> slots;
    std::uint64_t generation = 0;
};

CudaEngine<float>::CudaEngine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) { }

CudaEngine<float>::~CudaEngine()
{
    if (m_impl && m_impl->ctx) {
        try {
            m_impl->ctx->makeCurrent();
        } catch (const std::exception &) {  // freeing on a broken device: nothing left to do
        }
    }
}

std::string CudaEngine<float>::deviceName() const
{
    return m_impl->ctx->deviceName();
}

void CudaEngine<float>::forwardExperts(const Matrix<float> &x, std::vector<Expert<float>> &experts,
                                       std::vector<ExpertBatch<float>> &batches, double dropout, const Rng &stream,
                                       bool training)
{
    auto &im = *m_impl;
    const auto &ctx = *im.ctx;
    const cuda::Stream s = ctx.stream();
    ctx.makeCurrent();
    ++im.generation;
    const int n = int(batches.size());
    if (im.slots.size() < batches.size())
        im.slots.resize(batches.size());
    const int d = int(x.cols());
    bool uploaded = false;

    for (int e = 0; e < n; ++e) {
        auto &b = batches[std::size_t(e)];
        auto &slot = im.slots[std::size_t(e)];
        const auto &expert = experts[std::size_t(e)];
        const int rows = int(b.token.size());
        const int o = expert.outputDim();
        slot.generation = 0;
        if (rows == 0) {
            b.x.resize(0, d);
            b.out.resize(0, o);
            continue;
        }
        if (!uploaded) {
            im.x.upload(x.data(), count(x), s);
            uploaded = true;
        }
        // A host copy of the gathered rows: its address tells backward that the device copies
        // are this forward's (the CPU engine leaves b.x empty); the device gathers its own
        // copy from the uploaded x.
        b.x.resize(rows, d);
        for (int r = 0; r < rows; ++r)
            b.x.row(r) = x.row(b.token[std::size_t(r)]);
        const int *tokens = slot.tokens.upload(b.token.data(), b.token.size(), s);
        float *xe = slot.x.reserve<float>(std::size_t(rows) * std::size_t(d));
        cuda::gatherRows(im.x.data<float>(), d, tokens, rows, xe, s);

        const auto params = expert.parameters();
        const float *w1 = slot.w1.upload(params[0]->value.data(), count(params[0]->value), s);
        const float *b1 = slot.b1.upload(params[1]->value.data(), count(params[1]->value), s);
        float *out = slot.out.reserve<float>(std::size_t(rows) * std::size_t(o));
        slot.hasMask = false;

        if (expert.type() == ExpertType::Linear) {
            cuda::gemmRowMajor(ctx, false, false, rows, o, d, xe, d, w1, o, 0.0f, out, o);
            cuda::addBias(out, b1, rows, o, s);
        } else {
            const int h = expert.hiddenDim();
            const std::size_t nh = std::size_t(rows) * std::size_t(h);
            float *a = slot.a.reserve<float>(nh);
            float *hd = slot.h.reserve<float>(nh);
            cuda::gemmRowMajor(ctx, false, false, rows, h, d, xe, d, w1, h, 0.0f, a, h);
            const float *mask = nullptr;
            if (training && dropout > 0) {
                // The same stream and draw order as Expert::forward on the CPU engine.
                Rng rng = stream.fork(std::uint64_t(e));
                b.cache.mask.resize(rows, h);
                const float keepScale = float(1.0 / (1.0 - dropout));
                for (Eigen::Index i = 0; i < b.cache.mask.size(); ++i)
                    b.cache.mask.data()[i] = rng.uniform() < dropout ? 0.0f : keepScale;
                mask = slot.mask.upload(b.cache.mask.data(), nh, s);
                slot.hasMask = true;
            } else {
                b.cache.mask.resize(0, 0);
            }
            cuda::biasActivate(a, b1, mask, hd, rows, h, activationOf(slot, expert), s);
            const float *w2 = slot.w2.upload(params[2]->value.data(), count(params[2]->value), s);
            const float *b2 = slot.b2.upload(params[3]->value.data(), count(params[3]->value), s);
            cuda::gemmRowMajor(ctx, false, false, rows, o, h, hd, h, w2, o, 0.0f, out, o);
            cuda::addBias(out, b2, rows, o, s);
            b.cache.a.resize(rows, h);
            b.cache.h.resize(rows, h);
            b.cache.w2t.resize(0, 0);  // a CPU backward then reads W2 itself (expert.h)
            slot.a.download(b.cache.a.data(), nh, s);
            slot.h.download(b.cache.h.data(), nh, s);
        }
        b.out.resize(rows, o);
        slot.out.download(b.out.data(), count(b.out), s);
        slot.generation = im.generation;
        slot.hostX = b.x.data();
        slot.rows = rows;
    }
    ctx.synchronize();
}

void CudaEngine<float>::backwardExperts(const Matrix<float> &x, std::vector<Expert<float>> &experts,
                                        const std::vector<ExpertBatch<float>> &batches,
                                        const std::vector<Matrix<float>> &dOut, bool /*mayFactor*/)
{
    auto &im = *m_impl;
    const auto &ctx = *im.ctx;
    const cuda::Stream s = ctx.stream();
    ctx.makeCurrent();
    const int n = int(batches.size());
    if (im.slots.size() < batches.size())
        im.slots.resize(batches.size());
    std::vector<Matrix<float>> staged;  // host rows uploaded asynchronously
    staged.reserve(batches.size());

    for (int e = 0; e < n; ++e) {
        auto &expert = experts[std::size_t(e)];
        if (expert.frozen())
            continue;
        const auto &b = batches[std::size_t(e)];
        auto &slot = im.slots[std::size_t(e)];
        const int rows = int(b.token.size());
        if (rows == 0) {
            expert.zeroGrad();
            continue;
        }
        const int d = expert.inputDim();
        const int o = expert.outputDim();
        const bool mlp = expert.type() == ExpertType::Mlp;
        const int h = mlp ? expert.hiddenDim() : 0;
        const std::size_t nh = std::size_t(rows) * std::size_t(h);
        const bool hasMask = b.cache.mask.size() > 0;
        // Reuse the device copies only when they come from the latest forward over these very
        // batches; otherwise (another engine ran the forward, or a forward over other batches
        // came in between) upload the expert's rows of x and what the host-side batch holds.
        const bool fresh = slot.generation == im.generation && b.x.rows() == rows && slot.hostX == b.x.data()
            && slot.rows == rows && slot.hasMask == hasMask;
        if (!fresh) {
            staged.push_back(RowSet<float>::picked(x, b.token).gathered());  // kept until synchronize()
            slot.x.upload(staged.back().data(), count(staged.back()), s);
            if (mlp) {
                slot.a.upload(b.cache.a.data(), nh, s);
                slot.h.upload(b.cache.h.data(), nh, s);
                if (hasMask)
                    slot.mask.upload(b.cache.mask.data(), nh, s);
            }
        }
        const float *xe = slot.x.data<float>();
        const auto &g = dOut[std::size_t(e)];
        const float *dO = slot.dOut.upload(g.data(), count(g), s);
        auto params = expert.parameters();

        if (!mlp) {
            float *gW = slot.gW1.reserve<float>(std::size_t(d) * std::size_t(o));
            float *gB = slot.gB1.reserve<float>(std::size_t(o));
            cuda::gemmRowMajor(ctx, true, false, d, o, rows, xe, d, dO, o, 0.0f, gW, o);  // Xᵀ dO
            cuda::columnSums(dO, rows, o, gB, s);
        } else {
            float *gW2 = slot.gW2.reserve<float>(std::size_t(h) * std::size_t(o));
            float *gB2 = slot.gB2.reserve<float>(std::size_t(o));
            float *gW1 = slot.gW1.reserve<float>(std::size_t(d) * std::size_t(h));
            float *gB1 = slot.gB1.reserve<float>(std::size_t(h));
            float *dh = slot.dh.reserve<float>(nh);
            float *da = slot.da.reserve<float>(nh);
            // W2 as it is now (the CPU backward reads the current value too).
            const float *w2 = slot.w2.upload(params[2]->value.data(), count(params[2]->value), s);
            cuda::gemmRowMajor(ctx, true, false, h, o, rows, slot.h.data<float>(), h, dO, o, 0.0f, gW2, o);  // Hᵀ dO
            cuda::columnSums(dO, rows, o, gB2, s);
            cuda::gemmRowMajor(ctx, false, true, rows, h, o, dO, o, w2, o, 0.0f, dh, h);  // dO W2ᵀ
            cuda::activationBackward(slot.a.data<float>(), dh, hasMask ? slot.mask.data<float>() : nullptr, da, rows, h,
                                     activationOf(slot, expert), s);
            cuda::gemmRowMajor(ctx, true, false, d, h, rows, xe, d, da, h, 0.0f, gW1, h);  // Xᵀ dA
            cuda::columnSums(da, rows, h, gB1, s);
        }
        // Gradients back into the host parameters (the optimiser runs on the host).
        const cuda::DeviceBuffer *src[4] = {&slot.gW1, &slot.gB1, &slot.gW2, &slot.gB2};
        for (std::size_t i = 0; i < params.size(); ++i) {
            auto &p = *params[i];
            p.dropGradFactors();
            p.grad.resize(p.value.rows(), p.value.cols());
            src[i]->download(p.grad.data(), count(p.grad), s);
        }
    }
    ctx.synchronize();
}

std::unique_ptr<Engine<float>> makeCudaEngine(std::string *whyNot)
{
    try {
        std::string why;
        auto ctx = cuda::Context::create(0, &why);
        if (!ctx) {
            if (whyNot)
                *whyNot = why.empty() ? "no CUDA device" : why;
            return nullptr;
        }
        if (whyNot)
            *whyNot = "Computing on the GPU (CUDA device 0: " + ctx->deviceName() + ").";
        auto impl = std::make_unique<CudaEngine<float>::Impl>();
        impl->ctx = std::move(ctx);
        return std::make_unique<CudaEngine<float>>(std::move(impl));
    } catch (const std::exception &e) {
        if (whyNot)
            *whyNot = std::string("CUDA engine failed to start: ") + e.what();
        return nullptr;
    }
}

namespace {
// Registered with the core's engine registry (core/engine_registry.h) during static
// initialisation; probes nothing (the factory probes when first asked).
[[maybe_unused]] const bool kRegistered = registerEngineBackend("cuda", 100, &makeCudaEngine);
}  // namespace

}  // namespace moe

// The link of every program that links moe_core asks for this symbol (core/cuda/CMakeLists.txt),
// so this object file, and with it the registration above, is never dropped from the archive.
extern "C" void moelab_cuda_engine_anchor() { }
