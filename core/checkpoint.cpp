// The vector model's checkpoints, in the frame every checkpoint shares (checkpoint_frame.h):
//
//   "MOELABCK"  u32 version  config
//   i64 step  i32 epoch  u32 E  E × u8 knocked-out  E × f64 selection bias
//   tensors  checksum
#include "trainer_impl.h"

#include "checkpoint_frame.h"
#include "routing/registry.h"

#include <utility>

namespace moe {
namespace {

constexpr CheckpointKind kKind {"MOELABCK", 1, ""};

}  // namespace

std::vector<char> Trainer::serializeWeights() const
{
    const auto &impl = *m_impl;
    BinaryWriter w;
    writeCheckpointHead(w, kKind, impl.cfg);
    w.put(std::int64_t(impl.stepCount));
    w.put(std::int32_t(impl.epoch));
    const auto &layer = impl.model->layer();
    const int E = layer.expertCount();
    w.put(std::uint32_t(E));
    for (int e = 0; e < E; ++e)
        w.put(std::uint8_t(layer.knockedOut(e) ? 1 : 0));
    for (int e = 0; e < E; ++e)
        w.put(double(layer.router().selectionBias()(e)));
    writeCheckpointTensors(w, std::as_const(*impl.model).parameters());
    writeCheckpointChecksum(w);
    return w.bytes;
}

std::string Trainer::deserializeWeights(const std::vector<char> &bytes)
{
    auto &impl = *m_impl;
    BinaryReader r = checkpointReader(bytes);
    std::string text;
    if (std::string err = readCheckpointHead(bytes, kKind, r, text); !err.empty())
        return err;
    ExperimentConfig cfg = impl.cfg;
    applyCheckpointConfig(text, cfg, [](const std::string &key) { return !keyNeedsNewModel(key); });
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
    if (std::string err = readCheckpointTensors(r, model->parameters()); !err.empty()) {
        impl.cfg = before;
        return err;
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
