// Language-model checkpoints: a versioned little-endian binary with a checksum (binary_io.h).
//
//   "MOELABLM"  u32 version  u32 config-bytes  config as "key=value\n" lines
//   i64 step  u32 L  u32 E, then per block: E × u8 knocked-out, E × f64 selection bias
//   u32 tensors, each: u32 name-bytes, name, i64 rows, i64 cols, rows·cols f32 values,
//                      i64 t, u8 has-moments, [2 · rows·cols f32]
//   u32 FNV-1a of everything before it
// The model is rebuilt from the stored configuration (its shape keys included), then filled
// tensor by tensor by name; every length is checked before it is read.
#include "lm_trainer.h"

#include "core/binary_io.h"
#include "core/routing/registry.h"

#include <sstream>

namespace moe {

namespace {

constexpr char kMagic[8] = {'M', 'O', 'E', 'L', 'A', 'B', 'L', 'M'};
constexpr std::uint32_t kVersion = 1;

}  // namespace

std::vector<char> LmTrainer::serialize() const
{
    BinaryWriter w;
    w.putBytes(kMagic, sizeof kMagic);
    w.put(kVersion);
    const std::string text = configText(m_cfg);
    w.put(std::uint32_t(text.size()));
    w.putBytes(text.data(), text.size());
    w.put(std::int64_t(m_step));
    const auto &blocks = m_model->blocks();
    const int E = blocks.empty() ? 0 : blocks.front().moe().expertCount();
    w.put(std::uint32_t(blocks.size()));
    w.put(std::uint32_t(E));
    for (const auto &b : blocks) {
        for (int e = 0; e < E; ++e)
            w.put(std::uint8_t(b.moe().knockedOut(e) ? 1 : 0));
        for (int e = 0; e < E; ++e)
            w.put(double(b.moe().router().selectionBias()(e)));
    }
    const auto params = m_model->parameters();
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

std::string LmTrainer::deserialize(const std::vector<char> &bytes)
{
    if (bytes.size() < sizeof kMagic + 8)
        return "the checkpoint is truncated (" + std::to_string(bytes.size()) + " bytes)";
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return "not a MoE Lab language-model checkpoint (wrong magic bytes)";
    std::uint32_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 4, 4);
    if (fnv1a(bytes.data(), bytes.size() - 4) != stored)
        return "the checkpoint is damaged or truncated (checksum mismatch)";
    BinaryReader r(bytes, bytes.size() - 4);
    char magic[8];
    r.getBytes(magic, 8);
    std::uint32_t version = 0, textLen = 0;
    r.get(version);
    if (version > kVersion)
        return "the checkpoint was written by a newer MoE Lab (format " + std::to_string(version) + ", this one reads "
            + std::to_string(kVersion) + ")";
    if (!r.get(textLen) || textLen > r.remaining())
        return "the checkpoint is truncated (configuration)";
    std::string text(textLen, '\0');
    r.getBytes(text.data(), textLen);
    ExperimentConfig cfg = m_cfg;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const auto eq = line.find('=');
        if (eq != std::string::npos && findConfigKey(line.substr(0, eq)) && line.compare(0, 5, "data.") != 0)
            setConfigValue(cfg, line.substr(0, eq), line.substr(eq + 1));
    }
    std::int64_t step = 0;
    std::uint32_t L = 0, E = 0;
    if (!r.get(step) || !r.get(L) || !r.get(E) || L == 0 || L > 64 || E == 0 || E > 4096
        || std::uint64_t(L) * E * 9ull > r.remaining())
        return "the checkpoint is truncated or damaged (expert table)";
    std::vector<std::vector<std::uint8_t>> knocked(L, std::vector<std::uint8_t>(E));
    std::vector<VectorD> bias(L, VectorD(E));
    for (std::uint32_t l = 0; l < L; ++l) {
        r.getBytes(knocked[l].data(), E);
        r.getBytes(bias[l].data(), sizeof(double) * E);
    }
    LmSpec spec = lmSpecFromConfig(cfg);
    spec.experts = int(E);
    if (spec.layers != int(L) || !lmSpecProblem(spec).empty())
        return "the checkpoint's configuration does not describe its " + std::to_string(L) + " blocks";
    auto model = std::make_unique<LanguageModel<float>>(spec);
    auto params = model->parameters();
    std::uint32_t count = 0;
    if (!r.get(count) || count != params.size())
        return "the checkpoint does not match its model (it has " + std::to_string(count) + " tensors, expected "
            + std::to_string(params.size()) + ")";
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
        if (!ok || name != p->name || rows != p->value.rows() || cols != p->value.cols())
            return "the checkpoint does not match its model at tensor '" + p->name + "' (found '" + name + "' "
                + std::to_string(rows) + "x" + std::to_string(cols) + ")";
        const std::size_t n = std::size_t(rows * cols);
        if (!r.getBytes(p->value.data(), sizeof(float) * n) || !r.get(t) || !r.get(moments))
            return "the checkpoint is truncated at tensor '" + name + "'";
        p->t = t;
        if (moments) {
            p->m.resize(rows, cols);
            p->v.resize(rows, cols);
            if (!r.getBytes(p->m.data(), sizeof(float) * n) || !r.getBytes(p->v.data(), sizeof(float) * n))
                return "the checkpoint is truncated at the optimiser state of '" + name + "'";
        } else {
            p->resetState();
        }
    }
    for (std::uint32_t l = 0; l < L; ++l) {
        auto &moe = model->blocks()[l].moe();
        moe.setStrategy(makeStrategy(findStrategy(cfg.routing.strategy) ? cfg.routing.strategy : "topk"));
        for (std::uint32_t e = 0; e < E; ++e)
            moe.setKnockedOut(int(e), knocked[l][e] != 0);
        moe.router().selectionBias() = bias[l];
    }
    cfg.model.experts = int(E) / std::max(1, cfg.model.fineGrain);
    m_cfg = cfg;
    m_model = std::move(model);
    m_step = int(step);
    m_stepLimit = std::max(m_cfg.train.steps, m_step);
    m_diverged = false;
    m_divergence = {};
    m_stopReason.clear();
    m_guard.forgetInitialLoss();
    rememberGoodWeights();
    return {};
}

std::string LmTrainer::saveCheckpoint(const std::string &path) const
{
    return writeFileAtomically(path, serialize());
}

std::string LmTrainer::loadCheckpoint(const std::string &path)
{
    std::vector<char> bytes;
    if (!readWholeFile(path, bytes))
        return "cannot open '" + path + "'";
    const std::string err = deserialize(bytes);
    return err.empty() ? err : path + ": " + err;
}

}  // namespace moe
