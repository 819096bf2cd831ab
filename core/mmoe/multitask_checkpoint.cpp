// Multi-task checkpoints, in the frame every checkpoint shares (core/checkpoint_frame.h):
//
//   "MOELABMT"  u32 version  config
//   i64 step  i64 shuffles  u64 cursor  u32 train rows
//   u32 E  E × u8 knocked-out  u32 G  G × E × f64 selection bias
//   tensors  checksum
//
// The batch order is not stored: it is the train rows shuffled `shuffles` times by the batch
// generator seeded from train.seed, so loading replays the shuffles and puts the cursor back.
// The model is rebuilt from the stored configuration (its shape keys included; the data keys
// stay those of the data the trainer has, and train.steps the caller's), then filled tensor by
// tensor by name. Every length
// is checked before it is read; on an error the trainer is left as it was.
#include "multitask_trainer.h"

#include "core/checkpoint_frame.h"

#include <utility>

namespace moe {
namespace {

constexpr CheckpointKind kKind {"MOELABMT", 1, "multi-task "};

}  // namespace

std::vector<char> MultiTaskTrainer::serialize() const
{
    BinaryWriter w;
    writeCheckpointHead(w, kKind, m_config);
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
    writeCheckpointTensors(w, std::as_const(*m_model).parameters());
    writeCheckpointChecksum(w);
    return w.bytes;
}

std::string MultiTaskTrainer::deserialize(const std::vector<char> &bytes)
{
    BinaryReader r = checkpointReader(bytes);
    std::string text;
    if (std::string err = readCheckpointHead(bytes, kKind, r, text); !err.empty())
        return err;
    ExperimentConfig cfg = m_config;
    applyCheckpointConfig(text, cfg, [](const std::string &key) { return key.compare(0, 5, "data.") != 0; });
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
    if (std::string err = readCheckpointTensors(r, model.parameters()); !err.empty())
        return err;
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
