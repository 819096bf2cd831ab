// The IDX format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/):
//   bytes 0-1: 0, byte 2: element type (0x08 = unsigned byte, the only one we accept),
//   byte 3: number of dimensions D, then D big-endian uint32 sizes, then the elements.
// Images are D = 3 (count × rows × cols), labels D = 1 (count).
//
// The header is validated against limits BEFORE any allocation, so a header that claims
// 10⁹ images is rejected at once; the payload is then read in chunks, so a file that lies
// about its size fails when its data run out, never by allocating what it claimed.
#pragma once

#include "byte_reader.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace moe::data {

struct IdxLimits {
    std::uint64_t maxItems = 10'000'000;  // first dimension
    std::uint64_t maxItemSize = 1u << 20;  // product of the other dimensions
    std::uint64_t maxBytes = 512ull << 20;  // whole payload
};

struct IdxArray {
    std::vector<std::uint32_t> dims;  // dims[0] = item count
    std::vector<std::uint8_t> data;  // row-major, dims[0] × (product of the rest)

    [[nodiscard]] std::uint64_t itemCount() const { return dims.empty() ? 0 : dims[0]; }
    [[nodiscard]] std::uint64_t itemSize() const;
};

// Reads one IDX array of unsigned bytes with 1 to 3 dimensions. Returns an empty string on
// success, else an English message (no file name; the caller adds it). Trailing bytes after
// the payload are an error: they mean the header and the data disagree.
std::string readIdx(ByteReader &reader, IdxArray &out, const IdxLimits &limits = {},
                    const std::function<bool(double)> *progress = nullptr);

}  // namespace moe::data
