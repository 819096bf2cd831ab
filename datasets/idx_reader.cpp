#include "idx_reader.h"

#include "core/text_marker.h"

#include <algorithm>
#include <array>

namespace moe::data {

std::uint64_t IdxArray::itemSize() const
{
    std::uint64_t size = 1;
    for (std::size_t i = 1; i < dims.size(); ++i)
        size *= dims[i];
    return size;
}

namespace {

std::string hex(std::uint32_t v)
{
    static const char *digits = "0123456789abcdef";
    std::string s = "0x";
    for (int shift = 28; shift >= 0; shift -= 4)
        s += digits[(v >> shift) & 0xf];
    return s;
}

}  // namespace

std::string readIdx(ByteReader &reader, IdxArray &out, const IdxLimits &limits,
                    const std::function<bool(double)> *progress)
{
    out = {};
    std::uint8_t magic[4];
    const std::size_t got = reader.read(magic, 4);
    if (!reader.error().empty())
        return reader.error();
    if (got == 0)
        return MOE_TR_NOOP("LoadErrors", "the file is empty");
    if (got < 4)
        return MOE_TR_NOOP("LoadErrors", "the file ends inside the IDX header");
    const std::uint32_t magicValue =
        std::uint32_t(magic[0]) << 24 | std::uint32_t(magic[1]) << 16 | std::uint32_t(magic[2]) << 8 | magic[3];
    if (magic[0] != 0 || magic[1] != 0)
        return "not an IDX file (magic number " + hex(magicValue) + ")";
    if (magic[2] != 0x08)
        return "IDX element type " + hex(magic[2]) + " is not supported (only unsigned bytes, 0x08)";
    const int rank = magic[3];
    if (rank < 1 || rank > 3)
        return "IDX arrays with " + std::to_string(rank) + " dimensions are not supported (1 to 3)";

    std::uint8_t sizes[12];
    if (reader.read(sizes, std::size_t(4 * rank)) != std::size_t(4 * rank))
        return reader.error().empty() ? MOE_TR_NOOP("LoadErrors", "the file ends inside the IDX header")
                                      : reader.error();
    std::array<std::uint32_t, 3> dims {};  // a fixed array: nothing allocated before validation
    for (int i = 0; i < rank; ++i)
        dims[std::size_t(i)] = std::uint32_t(sizes[4 * i]) << 24 | std::uint32_t(sizes[4 * i + 1]) << 16
            | std::uint32_t(sizes[4 * i + 2]) << 8 | sizes[4 * i + 3];

    // Validate before allocating anything.
    if (dims[0] == 0)
        return MOE_TR_NOOP("LoadErrors", "the IDX header says the file holds no items");
    if (dims[0] > limits.maxItems)
        return "the IDX header claims " + std::to_string(dims[0]) + " items; at most " + std::to_string(limits.maxItems)
            + " are accepted";
    std::uint64_t itemSize = 1;
    for (int i = 1; i < rank; ++i) {
        if (dims[std::size_t(i)] == 0)
            return "IDX dimension " + std::to_string(i + 1) + " is zero";
        itemSize *= dims[std::size_t(i)];
        if (itemSize > limits.maxItemSize)
            return "IDX items of more than " + std::to_string(limits.maxItemSize) + " bytes are not accepted";
    }
    const std::uint64_t total = std::uint64_t(dims[0]) * itemSize;
    if (total > limits.maxBytes)
        return "the IDX header claims " + std::to_string(total >> 20) + " MiB of data; at most "
            + std::to_string(limits.maxBytes >> 20) + " MiB are accepted";

    std::vector<std::uint8_t> data;
    data.reserve(std::size_t(std::min<std::uint64_t>(total, 64u << 20)));  // bounded: a liar costs <= 64 MiB
    constexpr std::size_t chunk = 1 << 20;
    while (data.size() < total) {
        const std::size_t want = std::size_t(std::min<std::uint64_t>(chunk, total - data.size()));
        const std::size_t old = data.size();
        data.resize(old + want);
        const std::size_t n = reader.read(data.data() + old, want);
        data.resize(old + n);
        if (!reader.error().empty())
            return reader.error();
        if (n < want)
            return "the file ends after " + std::to_string(data.size() / itemSize) + " of the "
                + std::to_string(dims[0]) + " items its header announces";
        if (progress && *progress && !(*progress)(reader.fractionDone()))
            return MOE_TR_NOOP("LoadErrors", "cancelled");
    }
    std::uint8_t extra = 0;
    if (reader.read(&extra, 1) != 0)
        return "the file has more data than the " + std::to_string(dims[0]) + " items its header announces";
    if (!reader.error().empty())
        return reader.error();
    out.dims.assign(dims.begin(), dims.begin() + rank);
    out.data = std::move(data);
    return {};
}

}  // namespace moe::data
