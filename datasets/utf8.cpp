#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace moe::data {

std::size_t firstInvalidUtf8(std::string_view bytes)
{
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        // Text is mostly ASCII: skip 8 bytes at a time while no high bit is set.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const std::uint8_t lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The allowed range of the second byte depends on the lead (table 3-7); the rest
        // are always 80..BF.
        std::size_t length = 0;
        std::uint8_t lo = 0x80, hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                lo = 0xA0;  // below: overlong
            else if (lead == 0xED)
                hi = 0x9F;  // above: surrogates U+D800..DFFF
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                lo = 0x90;  // below: overlong
            else if (lead == 0xF4)
                hi = 0x8F;  // above: beyond U+10FFFF
        } else {
            return i;  // a continuation byte with no lead, or C0, C1, F5..FF
        }
        if (n - i < length || p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += length;
    }
    return std::string_view::npos;
}

}  // namespace moe::data
