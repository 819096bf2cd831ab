// Windows of text for the language model (LANGUAGE_MODEL.md §1, as peers/torch_moe_gpt.py):
//
//   training    B offsets o_b drawn uniformly from [0, n − T − 1]; input = bytes[o_b, o_b + T),
//               target = bytes[o_b + 1, o_b + T + 1)
//   validation  a fixed set of W windows, o_i = ⌊i (n − T − 1) / (W − 1)⌋, i = 0 … W − 1
//               (W = 0: every non-overlapping window o_i = i T, i < ⌊(n − 1) / T⌋)
// Tokens and targets come out batch-major: row r = b·T + t.
#pragma once

#include "core/rng.h"

#include <cstdint>
#include <vector>

namespace moe {

std::vector<long long> randomWindowOffsets(std::size_t length, int context, int count, Rng &rng);
std::vector<long long> validationWindowOffsets(std::size_t length, int context, int windows);
// Fills tokens and targets (|offsets| · T each) from the windows at `offsets`.
void gatherWindows(const std::vector<std::uint8_t> &bytes, const long long *offsets, int count, int context,
                   std::vector<int> &tokens, std::vector<int> &targets);

}  // namespace moe
