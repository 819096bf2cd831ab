// Language-model checkpoints, in the frame every checkpoint shares (core/checkpoint_frame.h):
//
//   "MOELABLM"  u32 version  config
//   i64 step  u32 L  u32 E, then per block: E × u8 knocked-out, E × f64 selection bias
//   tensors  checksum
// The model is rebuilt from the stored configuration (its shape keys included), then filled
// tensor by tensor by name; every length is checked before it is read.
#include "lm_trainer.h"

#include "core/checkpoint_frame.h"
#include "core/routing/registry.h"

#include <utility>

namespace moe {

namespace {

constexpr CheckpointKind kKind {"MOELABLM", 1, "language-model "};

}  // namespace

std::vector<char> LmTrainer::serialize() const
{
    BinaryWriter w;
    writeCheckpointHead(w, kKind, m_cfg);
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
    writeCheckpointTensors(w, std::as_const(*m_model).parameters());
    writeCheckpointChecksum(w);
    return w.bytes;
}

std::string LmTrainer::deserialize(const std::vector<char> &bytes)
{
    BinaryReader r = checkpointReader(bytes);
    std::string text;
    if (std::string err = readCheckpointHead(bytes, kKind, r, text); !err.empty())
        return err;
    ExperimentConfig cfg = m_cfg;
    applyCheckpointConfig(text, cfg, [](const std::string &key) { return key.compare(0, 5, "data.") != 0; });
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
    if (std::string err = readCheckpointTensors(r, model->parameters()); !err.empty())
        return err;
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
