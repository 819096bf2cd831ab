// SHA-256 (FIPS 180-4) of a byte buffer or a file, as lowercase hex: used to check that the
// data files we ship are the ones recorded in datasets/data/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace moe::data {

class Sha256 {
public:
    Sha256();
    void add(const void *data, std::size_t size);
    [[nodiscard]] std::string hexDigest();  // finishes the hash; call once

    static std::string of(std::string_view bytes);
    // Empty string when the file cannot be read.
    static std::string ofFile(const std::string &path);

private:
    void block(const std::uint8_t *p);

    std::uint32_t m_h[8];
    std::uint8_t m_buffer[64];
    std::size_t m_used = 0;
    std::uint64_t m_bits = 0;
};

}  // namespace moe::data
