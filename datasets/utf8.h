// UTF-8 validation (Unicode 15, §3.9, table 3-7): where the first ill-formed byte sequence
// starts, so that a loader can name the byte offset instead of failing somewhere later.
//
// Well-formed sequences, and nothing else:
//   00..7F
//   C2..DF 80..BF
//   E0 A0..BF 80..BF     E1..EC 80..BF 80..BF     ED 80..9F 80..BF     EE..EF 80..BF 80..BF
//   F0 90..BF 80..BF 80..BF     F1..F3 80..BF 80..BF 80..BF     F4 80..8F 80..BF 80..BF
// So overlong forms (C0, C1, E0 80..9F, F0 80..8F), surrogates (ED A0..BF = U+D800..DFFF),
// code points above U+10FFFF (F4 90.., F5..FF) and stray or missing continuation bytes are
// all invalid. The offset reported is where the bad sequence starts (the lead byte of a
// truncated or overlong sequence, or the stray byte itself), as Python's decoder reports it.
#pragma once

#include <cstddef>
#include <string_view>

namespace moe::data {

// Offset of the first byte of the first ill-formed sequence in bytes, or
// std::string_view::npos when all of bytes is well-formed UTF-8.
[[nodiscard]] std::size_t firstInvalidUtf8(std::string_view bytes);

[[nodiscard]] inline bool isValidUtf8(std::string_view bytes)
{
    return firstInvalidUtf8(bytes) == std::string_view::npos;
}

// 3 when bytes begins with the UTF-8 byte order mark EF BB BF, else 0.
[[nodiscard]] inline std::size_t utf8BomLength(std::string_view bytes)
{
    return bytes.substr(0, 3) == std::string_view("\xEF\xBB\xBF", 3) ? 3 : 0;
}

}  // namespace moe::data
