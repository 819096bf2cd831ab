// Checkpoints: a versioned little-endian binary with a checksum.
//
//   "MOELABCK"  u32 version  u32 config-bytes  config as "key=value\n" lines
//   i64 step  i32 epoch  u32 E  E × u8 knocked-out  E × f64 selection bias
//   u32 tensors, each: u32 name-bytes, name, i64 rows, i64 cols, rows·cols f32 values,
//                      i64 t, u8 has-moments, [2 · rows·cols f32]
//   u32 FNV-1a of everything before it
// Loading checks every length against the bytes that remain before reading, so a bad or
// truncated file gives a message, never a crash or a huge allocation.
#include "trainer_impl.h"

#include "binary_io.h"
#include "routing/registry.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace moe {
namespace {

constexpr char kMagic[8] = {'M', 'O', 'E', 'L', 'A', 'B', 'C', 'K'};
constexpr std::uint32_t kVersion = 1;

}  // namespace

std::vector<char> Trainer::serializeWeights() const
{
    const auto &impl = *m_impl;
    BinaryWriter w;
    w.putBytes(kMagic, sizeof kMagic);
    w.put(kVersion);
    const std::string text = configText(impl.cfg);
    w.put(std::uint32_t(text.size()));
    w.putBytes(text.data(), text.size());
    w.put(std::int64_t(impl.stepCount));
    w.put(std::int32_t(impl.epoch));
    const auto &layer = impl.model->layer();
    const int E = layer.expertCount();
    w.put(std::uint32_t(E));
    for (int e = 0; e < E; ++e)
        w.put(std::uint8_t(layer.knockedOut(e) ? 1 : 0));
    for (int e = 0; e < E; ++e)
        w.put(double(layer.router().selectionBias()(e)));
    const auto params = impl.model->parameters();
    w.put(std::uint32_t(params.size()));
    for (const auto *p : params) {
        w.put(std::uint32_t(p->name.size()));
        w.putBytes(p->name.data(), p->name.size());
        w.put(std::int64_t(p->value.rows()));
        w.put(std::int64_t(p->value.cols()));
        w.putBytes(p->value.data(), sizeof(float) * std::size_t(p->value.size()));
        w.put(std::int64_t(p->t));
        const bool moments = p->m.size() == p->value.size() && p->v.size() == p->value.size();
        w.put(std::uint8_t(moments ? 1 : 0));
        if (moments) {
            w.putBytes(p->m.data(), sizeof(float) * std::size_t(p->m.size()));
            w.putBytes(p->v.data(), sizeof(float) * std::size_t(p->v.size()));
        }
    }
    w.put(fnv1a(w.bytes.data(), w.bytes.size()));
    return w.bytes;
}

std::string Trainer::deserializeWeights(const std::vector<char> &bytes)
{
    auto &impl = *m_impl;
    if (bytes.size() < sizeof kMagic + 8)
        return "the checkpoint is truncated (" + std::to_string(bytes.size()) + " bytes)";
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return "not a MoE Lab checkpoint (wrong magic bytes)";
    std::uint32_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 4, 4);
    BinaryReader r(bytes, bytes.size() - 4);
    char magic[8];
    r.getBytes(magic, 8);
    std::uint32_t version = 0;
    r.get(version);
    if (version > kVersion)
        return "the checkpoint was written by a newer MoE Lab (format " + std::to_string(version) + ", this one reads "
            + std::to_string(kVersion) + ")";
    if (fnv1a(bytes.data(), bytes.size() - 4) != stored)
        return "the checkpoint is damaged or truncated (checksum mismatch)";
    std::uint32_t textLen = 0;
    if (!r.get(textLen) || textLen > r.remaining())
        return "the checkpoint is truncated (configuration)";
    std::string text(textLen, '\0');
    r.getBytes(text.data(), textLen);
    ExperimentConfig cfg = impl.cfg;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq);
        if (findConfigKey(key) && !keyNeedsNewModel(key))
            setConfigValue(cfg, key, line.substr(eq + 1));
    }
    std::int64_t step = 0;
    std::int32_t epoch = 0;
    std::uint32_t E = 0;
    if (!r.get(step) || !r.get(epoch) || !r.get(E) || E == 0 || E > 4096 || E * 9ull > r.remaining())
        return "the checkpoint is truncated or damaged (expert table)";
    std::vector<std::uint8_t> knocked(E);
    r.getBytes(knocked.data(), E);
    VectorD bias(E);
    r.getBytes(bias.data(), sizeof(double) * E);

    // Build the model with the stored expert count, then fill it by tensor name.
    ExperimentConfig before = impl.cfg;
    impl.cfg = cfg;
    auto model = std::make_unique<Model<float>>(impl.specFromConfig());
    if (model->layer().expertCount() != int(E))
        model->layer().resizeExperts(int(E), impl.initRng, cfg.model.routerInitStd),
            model->setExpertCountInSpec(int(E));
    model->layer().setStrategy(makeStrategy(cfg.routing.strategy));
    auto params = model->parameters();
    std::uint32_t count = 0;
    if (!r.get(count) || count != params.size()) {
        impl.cfg = before;
        return "the checkpoint does not match this model (it has " + std::to_string(count) + " tensors, expected "
            + std::to_string(params.size()) + ")";
    }
    for (auto *p : params) {
        std::uint32_t nameLen = 0;
        std::int64_t rows = 0, cols = 0, t = 0;
        std::uint8_t moments = 0;
        std::string name;
        bool ok = r.get(nameLen) && nameLen < 256 && nameLen <= r.remaining();
        if (ok) {
            name.resize(nameLen);
            ok = r.getBytes(name.data(), nameLen) && r.get(rows) && r.get(cols);
        }
        if (!ok || name != p->name || rows != p->value.rows() || cols != p->value.cols()) {
            impl.cfg = before;
            return "the checkpoint does not match this model at tensor '" + p->name + "' (found '" + name + "' "
                + std::to_string(rows) + "x" + std::to_string(cols) + ")";
        }
        const std::size_t n = std::size_t(rows * cols);
        if (!r.getBytes(p->value.data(), sizeof(float) * n) || !r.get(t) || !r.get(moments)) {
            impl.cfg = before;
            return "the checkpoint is truncated at tensor '" + name + "'";
        }
        p->t = t;
        if (moments) {
            p->m.resize(rows, cols);
            p->v.resize(rows, cols);
            if (!r.getBytes(p->m.data(), sizeof(float) * n) || !r.getBytes(p->v.data(), sizeof(float) * n)) {
                impl.cfg = before;
                return "the checkpoint is truncated at the optimiser state of '" + name + "'";
            }
        } else {
            p->resetState();
        }
    }
    for (std::uint32_t e = 0; e < E; ++e)
        model->layer().setKnockedOut(int(e), knocked[e] != 0);
    model->layer().router().selectionBias() = bias;
    impl.model = std::move(model);
    impl.stepCount = int(step);
    impl.epoch = epoch;
    impl.stepLimit = std::max(impl.stepLimit, impl.cfg.train.steps);
    impl.diverged = false;
    impl.divergence = {};
    impl.stopReason.clear();
    impl.guard.forgetInitialLoss();
    impl.stage = Stage::Joint;
    impl.rememberGoodWeights();
    return {};
}

std::string Trainer::saveCheckpoint(const std::string &path) const
{
    return writeFileAtomically(path, serializeWeights());
}

std::string Trainer::loadCheckpoint(const std::string &path)
{
    std::vector<char> bytes;
    if (!readWholeFile(path, bytes))
        return "cannot open '" + path + "'";
    const std::string err = deserializeWeights(bytes);
    return err.empty() ? err : path + ": " + err;
}

}  // namespace moe
