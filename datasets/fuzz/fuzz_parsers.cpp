// libFuzzer target for the two parsers that read untrusted bytes: the CSV parser (plus the
// CSV → Dataset step) and the IDX reader (plain, and through zlib's gzip inflation).
// The first input byte picks the parser and the label column; the rest is the file.
// Build and run: see README.md in this folder.
#include "datasets/csv_loader.h"
#include "datasets/csv_parser.h"
#include "datasets/idx_reader.h"

#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace moe::data;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void fuzzCsv(std::string_view text, int labelColumn)
{
    const CsvParseResult r = parseCsv(text, CsvOptions {labelColumn, 1000, nullptr});
    if (r.error) {
        check(r.error->line >= 1 && r.error->column >= 0 && !r.error->message.empty());
        return;
    }
    const CsvTable &t = r.table;
    check(t.rowCount > 0 && t.columnCount >= 2);
    check(t.features.size() == std::size_t(t.rowCount) * std::size_t(t.columnCount - 1));
    check(t.labels.size() == std::size_t(t.rowCount));
    for (double v : t.features)
        check(std::isfinite(v));  // never a silent NaN
    const LoadResult d = csvDatasetFromText(text, "fuzz.csv", labelColumn);
    check(d.ok() != d.error.has_value());
    if (d.ok())
        check(d.dataset->features.allFinite() && d.dataset->targets.allFinite() && d.dataset->rowCount == t.rowCount);
}

void fuzzIdx(std::string_view bytes)
{
    IdxLimits limits;
    limits.maxItems = 1 << 16;
    limits.maxItemSize = 1 << 12;
    limits.maxBytes = 1 << 20;
    MemoryReader reader(bytes);
    IdxArray out;
    const std::string error = readIdx(reader, out, limits);
    if (error.empty())
        check(out.data.size() == out.itemCount() * out.itemSize() && out.itemCount() > 0);
    else
        check(out.data.empty());
}

// The same bytes as a gzip stream, inflated by zlib in memory (as GzFileReader does on disk).
class GzMemoryReader final : public ByteReader {
public:
    explicit GzMemoryReader(std::string_view bytes) : m_bytes(bytes)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
        m_stream.avail_in = uInt(bytes.size());
        m_ok = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK;
    }
    ~GzMemoryReader() override { inflateEnd(&m_stream); }
    std::size_t read(std::uint8_t *out, std::size_t size) override
    {
        if (!m_ok || m_done)
            return 0;
        m_stream.next_out = out;
        m_stream.avail_out = uInt(size);
        const int rc = inflate(&m_stream, Z_NO_FLUSH);
        if (rc == Z_STREAM_END)
            m_done = true;
        else if (rc != Z_OK)
            m_error = "corrupt compressed data";
        return size - m_stream.avail_out;
    }
    [[nodiscard]] std::string error() const override { return m_error; }
    [[nodiscard]] double fractionDone() const override { return 0.0; }

private:
    std::string_view m_bytes;
    z_stream m_stream {};
    bool m_ok = false, m_done = false;
    std::string m_error;
};

void fuzzGzIdx(std::string_view bytes)
{
    GzMemoryReader reader(bytes);
    IdxLimits limits;
    limits.maxBytes = 1 << 20;
    IdxArray out;
    const std::string error = readIdx(reader, out, limits);
    check(error.empty() == !out.dims.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const std::string_view rest(reinterpret_cast<const char *>(data + 1), size - 1);
    switch (selector % 4) {
    case 0:
    case 1:
        fuzzCsv(rest, int(selector >> 2) % 4 - 1);  // label column -1, 0, 1 or 2
        break;
    case 2: fuzzIdx(rest); break;
    default: fuzzGzIdx(rest); break;
    }
    return 0;
}
