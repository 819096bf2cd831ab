#include "checkpoint_frame.h"

namespace moe {

void writeCheckpointHead(BinaryWriter &w, const CheckpointKind &kind, const ExperimentConfig &config)
{
    w.putBytes(kind.magic, 8);
    w.put(kind.version);
    const std::string text = configText(config);
    w.put(std::uint32_t(text.size()));
    w.putBytes(text.data(), text.size());
}

void writeCheckpointTensors(BinaryWriter &w, const std::vector<const Parameter<float> *> &params)
{
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
}

void writeCheckpointChecksum(BinaryWriter &w)
{
    w.put(fnv1a(w.bytes.data(), w.bytes.size()));
}

BinaryReader checkpointReader(const std::vector<char> &bytes)
{
    return BinaryReader(bytes, bytes.size() >= 4 ? bytes.size() - 4 : 0);
}

std::string readCheckpointHead(const std::vector<char> &bytes, const CheckpointKind &kind, BinaryReader &r,
                               std::string &configText)
{
    if (bytes.size() < 8 + 8)
        return "the checkpoint is truncated (" + std::to_string(bytes.size()) + " bytes)";
    if (std::memcmp(bytes.data(), kind.magic, 8) != 0)
        return std::string("not a MoE Lab ") + kind.name + "checkpoint (wrong magic bytes)";
    char magic[8];
    std::uint32_t version = 0;
    r.getBytes(magic, 8);
    r.get(version);
    if (version > kind.version)
        return "the checkpoint was written by a newer MoE Lab (format " + std::to_string(version) + ", this one reads "
            + std::to_string(kind.version) + ")";
    std::uint32_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 4, 4);
    if (fnv1a(bytes.data(), bytes.size() - 4) != stored)
        return "the checkpoint is damaged or truncated (checksum mismatch)";
    std::uint32_t textLen = 0;
    if (!r.get(textLen) || textLen > r.remaining())
        return "the checkpoint is truncated (configuration)";
    configText.assign(textLen, '\0');
    r.getBytes(configText.data(), textLen);
    return {};
}

std::string readCheckpointTensors(BinaryReader &r, const std::vector<Parameter<float> *> &params)
{
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
    return {};
}

}  // namespace moe
