// Sequential byte sources for the parsers: a file that may be gzip-compressed (zlib reads
// plain files transparently) and a memory buffer (tests, the fuzzer). The parsers only ever
// ask for "the next n bytes", so they never need the whole input in memory up front.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace moe::data {

class ByteReader {
public:
    virtual ~ByteReader() = default;
    // Reads up to size bytes; returns how many were read (0 at the end or on error).
    virtual std::size_t read(std::uint8_t *out, std::size_t size) = 0;
    // Empty while all is well; an English message after a read error (e.g. corrupt gzip data).
    [[nodiscard]] virtual std::string error() const = 0;
    // Fraction of the input consumed so far, in [0, 1] (for progress bars).
    [[nodiscard]] virtual double fractionDone() const = 0;
};

class MemoryReader final : public ByteReader {
public:
    explicit MemoryReader(std::string_view bytes) : m_bytes(bytes) { }
    std::size_t read(std::uint8_t *out, std::size_t size) override;
    [[nodiscard]] std::string error() const override { return {}; }
    [[nodiscard]] double fractionDone() const override;

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
};

// A file read through zlib's gz* API: .gz files are inflated, other files pass through.
class GzFileReader final : public ByteReader {
public:
    explicit GzFileReader(const std::string &path);
    ~GzFileReader() override;
    GzFileReader(const GzFileReader &) = delete;
    GzFileReader &operator=(const GzFileReader &) = delete;

    [[nodiscard]] bool isOpen() const { return m_file != nullptr; }
    std::size_t read(std::uint8_t *out, std::size_t size) override;
    [[nodiscard]] std::string error() const override { return m_error; }
    [[nodiscard]] double fractionDone() const override;

private:
    void *m_file = nullptr;  // gzFile (kept opaque so zlib.h stays out of this header)
    std::string m_error;
    double m_fileSize = 0;
};

// Reads a whole (possibly gzip-compressed) file into text. Fails with an English message in
// `error` if the file cannot be opened, is corrupt, is larger than maxBytes once inflated,
// or the progress callback cancels.
struct ReadAllResult {
    std::string bytes;
    std::string error;
};
ReadAllResult readAll(ByteReader &reader, std::size_t maxBytes, const std::function<bool(double)> *progress = nullptr);

}  // namespace moe::data
