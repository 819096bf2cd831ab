// The frame every checkpoint shares (the vector model's checkpoint.cpp, the language model's
// lm/lm_checkpoint.cpp, the multi-task model's mmoe/multitask_checkpoint.cpp), little-endian:
//
//   8-byte magic  u32 version  u32 config-bytes  config as "key=value\n" lines
//   ... the model's own fields (step, expert tables, ...) ...
//   u32 tensors, each: u32 name-bytes, name, i64 rows, i64 cols, rows·cols f32 values,
//                      i64 t, u8 has-moments, [2 · rows·cols f32]
//   u32 FNV-1a of everything before it
//
// Reading checks every length against the bytes that remain before it reads, so a bad or
// truncated file gives a message, never a crash or a huge allocation.
#pragma once

#include "binary_io.h"
#include "parameter.h"

#include <string>
#include <vector>

namespace moe {

struct CheckpointKind {
    const char *magic;  // 8 bytes, e.g. "MOELABCK"
    std::uint32_t version;  // the newest this build writes and reads
    const char *name;  // in messages: "" , "language-model ", "multi-task "
};

void writeCheckpointHead(BinaryWriter &w, const CheckpointKind &kind, const ExperimentConfig &config);
void writeCheckpointTensors(BinaryWriter &w, const std::vector<const Parameter<float> *> &params);
void writeCheckpointChecksum(BinaryWriter &w);

// Checks the size, magic bytes, version and checksum and reads the configuration text;
// `reader` (made over bytes without the checksum: checkpointReader) is then just after it.
// Returns "" or the problem.
std::string readCheckpointHead(const std::vector<char> &bytes, const CheckpointKind &kind, BinaryReader &reader,
                               std::string &configText);
BinaryReader checkpointReader(const std::vector<char> &bytes);
// The stored configuration onto `config`: the keys that pass `take` (known keys only).
template <class Take>
void applyCheckpointConfig(const std::string &configText, ExperimentConfig &config, Take take);
// Fills `params` tensor by tensor, by name and shape, with their optimiser state.
std::string readCheckpointTensors(BinaryReader &r, const std::vector<Parameter<float> *> &params);

template <class Take>
void applyCheckpointConfig(const std::string &configText, ExperimentConfig &config, Take take)
{
    std::size_t start = 0;
    while (start < configText.size()) {
        std::size_t end = configText.find('\n', start);
        if (end == std::string::npos)
            end = configText.size();
        const std::string line = configText.substr(start, end - start);
        start = end + 1;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq);
        if (findConfigKey(key) && take(key))
            setConfigValue(config, key, line.substr(eq + 1));
    }
}

}  // namespace moe
