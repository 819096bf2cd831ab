// Language-model benchmark: timed training steps of the MoE language model (core/lm) on the
// configurations of LANGUAGE_MODEL.md, so they can be compared with the PyTorch reference
// (shared/peers/torch_moe_gpt.py bench, same flags):
//
//   lm_baby   the baby MoE model: d 128, H 4, L 4, T 64, B 12, E 8, k 2, h 256, top-k
//             (torch_moe_gpt.py bench)
//   lm_dense  the dense baby model: the same with E 1, k 1, h 512 = 4d
//             (torch_moe_gpt.py bench --experts 1 --k 1 --hidden 512 --strategy dense)
//
// One timed step is LmTrainer::step() as training runs it: B random windows, forward and loss,
// backward, gradient clipping, AdamW (the trainer times the three phases), on the bytes of
// Tiny Shakespeare, or on random bytes when the corpus cannot be loaded (the JSON says which).
// Warm-up steps first, then at least `steps` steps and at least `minSeconds` seconds; medians.
#pragma once

#include "bench.h"

#include <string>
#include <vector>

namespace moe::app {

struct LmBenchWorkload {
    std::string name;
    int experts, k, hidden;
    std::string routing;  // core strategy id
};

const std::vector<LmBenchWorkload> &lmBenchWorkloads();
const LmBenchWorkload *findLmBenchWorkload(const std::string &name);

// Runs one workload (threads, steps, minSeconds, warmup and seed of BenchOptions; the rest is the
// model's own recipe) and returns its JSON line.
std::string runLmBenchJson(const LmBenchWorkload &workload, const BenchOptions &options);

}  // namespace moe::app
