// Multi-task checkpoints: a versioned little-endian binary with a checksum (binary_io.h), as
// the vector model's (checkpoint.cpp) and the language model's (lm_checkpoint.cpp).
//
//   "MOELABMT"  u32 version  u32 config-bytes  config as "key=value\n" lines
//   i64 step  i64 shuffles  u64 cursor  u32 train rows
//   u32 E  E × u8 knocked-out  u32 G  G × E × f64 selection bias
//   u32 tensors, each: u32 name-bytes, name, i64 rows, i64 cols, rows·cols f32 values,
//                      i64 t, u8 has-moments, [2 · rows·cols f32]
//   u32 FNV-1a of everything before it
//
// The batch order is not stored: it is the train rows shuffled `shuffles` times by the batch
// generator seeded from train.seed, so loading replays the shuffles and puts the cursor back.
// The model is rebuilt from the stored configuration (its shape keys included; the data keys
// stay those of the data the trainer has, and train.steps the caller's), then filled tensor by
// tensor by name. Every length
// is checked before it is read; on an error the trainer is left as it was.
#include "multitask_trainer.h"

#include "core/binary_io.h"

#include <cstring>
#include <sstream>

namespace moe {
namespace {

constexpr char kMagic[8] = {'M', 'O', 'E', 'L', 'A', 'B', 'M', 'T'};
constexpr std::uint32_t kVersion = 1;

}  // namespace

std::vector<char> MultiTaskTrainer::serialize() const
{
    BinaryWriter w;
    w.putBytes(kMagic, sizeof kMagic);
    w.put(kVersion);
    const std::string text = configText(m_config);
    w.put(std::uint32_t(text.size()));
    w.putBytes(text.data(), text.size());
    w.put(std::int64_t(m_step));
    w.put(std::int64_t(m_shuffles));
    w.put(std::uint64_t(m_cursor));
    w.put(std::uint32_t(m_trainRows.size()));
    const int E = m_model->expertCount();
    w.put(std::uint32_t(E));
    for (int e = 0; e < E; ++e)
        w.put(std::uint8_t(m_model->knockedOut(e) ? 1 : 0));
    w.put(std::uint32_t(m_model->gateCount()));
    for (int g = 0; g < m_model->gateCount(); ++g)
        for (int e = 0; e < E; ++e)
            w.put(double(m_model->gate(g).selectionBias()(e)));
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

std::string MultiTaskTrainer::deserialize(const std::vector<char> &bytes)
{
    if (bytes.size() < sizeof kMagic + 8)
        return "the checkpoint is truncated (" + std::to_string(bytes.size()) + " bytes)";
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return "not a MoE Lab multi-task checkpoint (wrong magic bytes)";
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
    ExperimentConfig cfg = m_config;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const auto eq = line.find('=');
        if (eq != std::string::npos && findConfigKey(line.substr(0, eq)) && line.compare(0, 5, "data.") != 0)
            setConfigValue(cfg, line.substr(0, eq), line.substr(eq + 1));
    }
    cfg.train.steps = m_config.train.steps;  // how far to train is the caller's (moelab-cli --steps)
    std::int64_t step = 0, shuffles = 0;
    std::uint64_t cursor = 0;
    std::uint32_t trainRows = 0, E = 0;
    if (!r.get(step) || !r.get(shuffles) || !r.get(cursor) || !r.get(trainRows) || !r.get(E) || step < 0
        || step > (std::int64_t(1) << 40) || E > 4096 || E > r.remaining())
        return "the checkpoint is truncated or damaged (run state)";
    std::vector<std::uint8_t> knocked(E);
    r.getBytes(knocked.data(), E);
    std::uint32_t G = 0;
    if (!r.get(G) || G > 4096 || std::uint64_t(G) * E * 8 > r.remaining())
        return "the checkpoint is truncated or damaged (gate table)";
    std::vector<VectorD> bias(G, VectorD(E));
    for (std::uint32_t g = 0; g < G; ++g)
        r.getBytes(bias[g].data(), sizeof(double) * E);

    std::unique_ptr<MultiTaskTrainer> fresh;
    try {
        fresh = std::make_unique<MultiTaskTrainer>(cfg, m_data);
    } catch (const std::exception &e) {
        return std::string("the checkpoint's configuration does not fit this data: ") + e.what();
    }
    MultiTaskModel<float> &model = *fresh->m_model;
    if (int(E) != model.expertCount() || int(G) != model.gateCount())
        return "the checkpoint's configuration does not describe its " + std::to_string(E) + " experts and "
            + std::to_string(G) + " gates";
    if (trainRows != fresh->m_trainRows.size() || cursor > fresh->m_order.size() || shuffles < 1 || shuffles > step + 1)
        return "the checkpoint was trained on other data (" + std::to_string(trainRows)
            + " training rows, this data has " + std::to_string(fresh->m_trainRows.size()) + ")";
    auto params = model.parameters();
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
    for (std::uint32_t e = 0; e < E; ++e)
        model.setKnockedOut(int(e), knocked[e] != 0);
    for (std::uint32_t g = 0; g < G; ++g)
        model.gate(int(g)).selectionBias() = bias[g];
    while (fresh->m_shuffles < shuffles)
        fresh->shuffleOrder();
    fresh->m_cursor = std::size_t(cursor);
    fresh->m_step = int(step);
    fresh->m_stepLimit = std::max(fresh->m_config.train.steps, fresh->m_step);
    fresh->m_guard.forgetInitialLoss();
    fresh->m_guard.rememberWeights(model.parameters(), fresh->m_step);
    *this = std::move(*fresh);
    m_forward = {};
    return {};
}

std::string MultiTaskTrainer::saveCheckpoint(const std::string &path) const
{
    return writeFileAtomically(path, serialize());
}

std::string MultiTaskTrainer::loadCheckpoint(const std::string &path)
{
    std::vector<char> bytes;
    if (!readWholeFile(path, bytes))
        return "cannot open '" + path + "'";
    const std::string err = deserialize(bytes);
    return err.empty() ? err : path + ": " + err;
}

}  // namespace moe
