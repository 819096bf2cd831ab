#include "byte_reader.h"

#include "core/text_marker.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace moe::data {

std::size_t MemoryReader::read(std::uint8_t *out, std::size_t size)
{
    const std::size_t n = std::min(size, m_bytes.size() - m_pos);
    if (n > 0)
        std::memcpy(out, m_bytes.data() + m_pos, n);
    m_pos += n;
    return n;
}

double MemoryReader::fractionDone() const
{
    return m_bytes.empty() ? 1.0 : double(m_pos) / double(m_bytes.size());
}

GzFileReader::GzFileReader(const std::string &path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    m_fileSize = ec ? 0.0 : double(size);
    m_file = gzopen(path.c_str(), "rb");
    if (!m_file)
        m_error = MOE_TR_NOOP("LoadErrors", "cannot open the file");
    else
        gzbuffer(static_cast<gzFile>(m_file), 1 << 17);
}

GzFileReader::~GzFileReader()
{
    if (m_file)
        gzclose(static_cast<gzFile>(m_file));
}

std::size_t GzFileReader::read(std::uint8_t *out, std::size_t size)
{
    if (!m_file || !m_error.empty())
        return 0;
    std::size_t total = 0;
    while (total < size) {
        const unsigned chunk = unsigned(std::min<std::size_t>(size - total, 1u << 30));
        const int n = gzread(static_cast<gzFile>(m_file), out + total, chunk);
        if (n < 0) {
            int code = Z_OK;
            const char *message = gzerror(static_cast<gzFile>(m_file), &code);
            m_error = std::string("corrupt compressed data (") + (message ? message : "zlib error") + ")";
            return total;
        }
        if (n == 0) {
            // gzread returns 0 both at a clean end and when the compressed stream stops early.
            int code = Z_OK;
            const char *message = gzerror(static_cast<gzFile>(m_file), &code);
            if (code != Z_OK && code != Z_STREAM_END)
                m_error = std::string("corrupt compressed data (") + (message ? message : "zlib error") + ")";
            else if (code == Z_OK && gzdirect(static_cast<gzFile>(m_file)) == 0 && !gzeof(static_cast<gzFile>(m_file)))
                m_error = MOE_TR_NOOP("LoadErrors", "unexpected end of compressed data");
            return total;
        }
        total += std::size_t(n);
    }
    return total;
}

double GzFileReader::fractionDone() const
{
    if (!m_file || m_fileSize <= 0)
        return 0.0;
    const double done = double(gzoffset(static_cast<gzFile>(m_file)));
    return std::clamp(done / m_fileSize, 0.0, 1.0);
}

ReadAllResult readAll(ByteReader &reader, std::size_t maxBytes, const std::function<bool(double)> *progress)
{
    ReadAllResult result;
    constexpr std::size_t chunk = 1 << 16;
    for (;;) {
        const std::size_t old = result.bytes.size();
        if (old > maxBytes) {
            result.error = "the file is larger than " + std::to_string(maxBytes >> 20) + " MiB";
            result.bytes.clear();
            return result;
        }
        result.bytes.resize(old + chunk);
        const std::size_t n = reader.read(reinterpret_cast<std::uint8_t *>(result.bytes.data() + old), chunk);
        result.bytes.resize(old + n);
        if (!reader.error().empty()) {
            result.error = reader.error();
            result.bytes.clear();
            return result;
        }
        if (progress && *progress && !(*progress)(reader.fractionDone())) {
            result.error = MOE_TR_NOOP("LoadErrors", "cancelled");
            result.bytes.clear();
            return result;
        }
        if (n < chunk)
            break;
    }
    if (result.bytes.size() > maxBytes) {
        result.error = "the file is larger than " + std::to_string(maxBytes >> 20) + " MiB";
        result.bytes.clear();
    }
    return result;
}

}  // namespace moe::data
