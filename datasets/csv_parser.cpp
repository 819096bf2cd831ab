#include "csv_parser.h"

#include "core/text_marker.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <charconv>
#include <cmath>

namespace moe::data {

namespace {

constexpr int kSniffLines = 5;

struct Line {
    std::string_view text;
    int number = 0;
    std::size_t end = 0;  // byte offset after the line (for progress)
};

class LineCursor {
public:
    explicit LineCursor(std::string_view text) : m_text(text) { }

    bool next(Line &line)
    {
        if (m_pos >= m_text.size())
            return false;
        std::size_t eol = m_text.find('\n', m_pos);
        if (eol == std::string_view::npos)
            eol = m_text.size();
        std::string_view t = m_text.substr(m_pos, eol - m_pos);
        if (!t.empty() && t.back() == '\r')
            t.remove_suffix(1);
        line = {t, ++m_number, eol};
        m_pos = eol + 1;
        return true;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_number = 0;
};

bool isBlank(std::string_view s)
{
    for (char c : s)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Offset of the first byte that is not valid UTF-8 (or NUL), or npos.
std::size_t firstBadByte(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0;  // overlong
            if (c == 0xED)
                hi = 0x9F;  // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;  // overlong
            if (c == 0xF4)
                hi = 0x8F;  // above U+10FFFF
        } else {
            return i;
        }
        if (i + std::size_t(extra) >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned b = p[i + std::size_t(k)];
            if (b < (k == 1 ? lo : 0x80u) || b > (k == 1 ? hi : 0xBFu))
                return i;
        }
        i += std::size_t(extra) + 1;
    }
    return std::string_view::npos;
}

// Splits one line into fields (quote-aware). On error fills err and returns false.
bool splitFields(std::string_view line, char delim, std::vector<std::string> &fields, int &count, std::string &err,
                 int &errField)
{
    count = 0;
    std::size_t i = 0;
    const std::size_t n = line.size();
    for (;;) {
        if (std::size_t(count) == fields.size())
            fields.emplace_back();
        std::string &field = fields[std::size_t(count)];
        field.clear();
        ++count;
        std::size_t j = i;
        while (j < n && (line[j] == ' ' || (line[j] == '\t' && delim != '\t')))
            ++j;
        if (j < n && line[j] == '"') {
            ++j;
            bool closed = false;
            while (j < n) {
                if (line[j] == '"') {
                    if (j + 1 < n && line[j + 1] == '"') {
                        field += '"';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                field += line[j++];
            }
            if (!closed) {
                err = MOE_TR_NOOP("LoadErrors", "unclosed quote (quoted fields cannot span lines)");
                errField = count;
                return false;
            }
            while (j < n && (line[j] == ' ' || (line[j] == '\t' && delim != '\t')))
                ++j;
            if (j < n && line[j] != delim) {
                err = MOE_TR_NOOP("LoadErrors", "text after the closing quote");
                errField = count;
                return false;
            }
            field = std::string(trim(field));
        } else {
            const std::size_t end = line.find(delim, i);
            const std::string_view raw = line.substr(i, end == std::string_view::npos ? n - i : end - i);
            field = std::string(trim(raw));
            j = end == std::string_view::npos ? n : end;
        }
        if (j >= n)
            return true;
        i = j + 1;  // skip the delimiter
    }
}

int countFields(std::string_view line, char delim)
{
    int count = 1;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == delim && !quoted)
            ++count;
    }
    return count;
}

char sniffDelimiter(const std::vector<std::string_view> &lines)
{
    constexpr std::array<char, 3> candidates = {'\t', ';', ','};
    for (char d : candidates) {
        const int first = countFields(lines.front(), d);
        bool consistent = first >= 2;
        for (std::size_t i = 1; consistent && i < lines.size(); ++i)
            consistent = countFields(lines[i], d) == first;
        if (consistent)
            return d;
    }
    char best = ',';
    int bestCount = 1;
    for (char d : candidates) {
        const int c = countFields(lines.front(), d);
        if (c > bestCount) {
            best = d;
            bestCount = c;
        }
    }
    return best;
}

bool isMissingToken(std::string_view s)
{
    static constexpr std::array<std::string_view, 10> tokens = {"",    "?",   "NA",   "N/A",  "n/a",
                                                                "NaN", "nan", "null", "NULL", "None"};
    for (auto t : tokens)
        if (s == t)
            return true;
    return false;
}

std::string quoteForMessage(std::string_view s)
{
    std::string out(s.substr(0, 40));
    if (s.size() > 40)
        out += "...";
    return "\"" + out + "\"";
}

}  // namespace

namespace {

enum class NumberKind { Number, NotANumber, NotFinite, OutOfRange };

NumberKind readNumber(std::string_view field, bool decimalComma, double &value)
{
    std::string buffer;
    if (decimalComma && field.find(',') != std::string_view::npos) {
        if (field.find('.') != std::string_view::npos || field.find(',') != field.rfind(','))
            return NumberKind::NotANumber;
        buffer = std::string(field);
        buffer[buffer.find(',')] = '.';
        field = buffer;
    }
    if (field.size() > 1 && field.front() == '+' && field[1] != '-' && field[1] != '+')
        field.remove_prefix(1);
    if (field.empty())
        return NumberKind::NotANumber;
    const char *end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (ptr != end || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return NumberKind::NotANumber;
    if (!std::isfinite(value))
        return NumberKind::NotFinite;
    // Features are stored as float: a number beyond float's range would silently become inf.
    if (ec == std::errc::result_out_of_range || std::abs(value) > double(FLT_MAX))
        return NumberKind::OutOfRange;
    return NumberKind::Number;
}

}  // namespace

std::optional<double> parseCsvNumber(std::string_view field, bool decimalComma)
{
    double value = 0;
    if (readNumber(field, decimalComma, value) != NumberKind::Number)
        return std::nullopt;
    return value;
}

CsvParseResult parseCsv(std::string_view text, const CsvOptions &options)
{
    CsvParseResult result;
    auto fail = [&result](int line, int column, std::string message) {
        result.error = CsvError {line, column, std::move(message), {}};
        result.table = {};
        return result;
    };
    auto failWith = [&result](int line, int column, Problem problem) {
        result.error = CsvError {line, column, problem.english(), problem};
        result.table = {};
        return result;
    };

    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);

    // First lines, to choose the delimiter.
    std::vector<std::string_view> sample;
    {
        LineCursor cursor(text);
        Line line;
        while (int(sample.size()) < kSniffLines && cursor.next(line))
            if (!isBlank(line.text))
                sample.push_back(line.text);
    }
    if (sample.empty())
        return fail(1, 1, MOE_TR_NOOP("LoadErrors", "the file is empty"));
    const char delim = sniffDelimiter(sample);
    const bool decimalComma = delim != ',';
    CsvTable &table = result.table;
    table.delimiter = delim;

    std::vector<std::string> fields;
    int count = 0;
    std::string err;
    int errField = 0;
    LineCursor cursor(text);
    Line line;
    bool first = true;
    int featureCount = 0;
    std::size_t lineStart = 0;
    while (cursor.next(line)) {
        const std::size_t bad = firstBadByte(line.text);
        if (bad != std::string_view::npos) {
            const int field = countFields(line.text.substr(0, bad), delim);
            const unsigned byte = static_cast<unsigned char>(line.text[bad]);
            if (byte == 0)
                return fail(line.number, field, MOE_TR_NOOP("LoadErrors", "NUL byte (is this a binary file?)"));
            return failWith(line.number, field,
                            problem(MOE_TR_NOOP("moe::Problem", "invalid UTF-8 at byte %1 of the line (the file must be UTF-8 text)"),
                                    {std::to_string(bad + 1)}));
        }
        lineStart = line.end;
        if (isBlank(line.text))
            continue;
        if (!splitFields(line.text, delim, fields, count, err, errField))
            return fail(line.number, errField, err);

        if (first) {
            first = false;
            if (count < 2)
                return fail(line.number, 1,
                            MOE_TR_NOOP("LoadErrors", "a table needs at least two columns (features and a label); no ',' ';' or tab found"));
            if (count > options.maxColumns)
                return failWith(line.number, options.maxColumns + 1,
                                problem(MOE_TR_NOOP("moe::Problem", "more than %1 columns"), {std::to_string(options.maxColumns)}));
            if (options.labelColumn < -1 || options.labelColumn >= count)
                return failWith(
                    line.number, 0,
                    problem(MOE_TR_NOOP("moe::Problem", "label column %1 does not exist (columns are numbered 0 to %2, or -1 for the last)"),
                            {std::to_string(options.labelColumn), std::to_string(count - 1)}));
            table.columnCount = count;
            table.labelColumn = options.labelColumn < 0 ? count - 1 : options.labelColumn;
            featureCount = count - 1;
            for (int c = 0; c < count; ++c)
                if (c != table.labelColumn && !fields[std::size_t(c)].empty() && !isMissingToken(fields[std::size_t(c)])
                    && !parseCsvNumber(fields[std::size_t(c)], decimalComma))
                    table.hasHeader = true;
            if (table.hasHeader) {
                for (int c = 0; c < count; ++c) {
                    const std::string &name = fields[std::size_t(c)];
                    table.columnNames.push_back(name.empty() ? "column " + std::to_string(c + 1) : name);
                }
                continue;
            }
            for (int c = 0; c < count; ++c)
                table.columnNames.push_back("column " + std::to_string(c + 1));
        }

        const std::vector<std::string> counts {std::to_string(count), std::to_string(table.columnCount)};
        if (count < table.columnCount)
            return failWith(line.number, count + 1,
                            table.hasHeader ? problem(MOE_TR_NOOP("moe::Problem", "this row has %1 fields but the header has %2"), counts)
                                            : problem(MOE_TR_NOOP("moe::Problem", "this row has %1 fields but the first row has %2"), counts));
        if (count > table.columnCount)
            return failWith(
                line.number, table.columnCount + 1,
                table.hasHeader ? problem(MOE_TR_NOOP("moe::Problem", "this row has %1 fields, more than the %2 of the header"), counts)
                                : problem(MOE_TR_NOOP("moe::Problem", "this row has %1 fields, more than the %2 of the first row"), counts));
        for (int c = 0; c < count; ++c) {
            const std::string &f = fields[std::size_t(c)];
            const std::string &name = table.columnNames[std::size_t(c)];
            if (isMissingToken(f))
                return failWith(line.number, c + 1,
                                f.empty() ? problem(MOE_TR_NOOP("moe::Problem", "missing value in column \"%1\""), {name})
                                          : problem(MOE_TR_NOOP("moe::Problem", "missing value in column \"%1\" (%2)"),
                                                    {name, quoteForMessage(f)}));
            if (c == table.labelColumn) {
                table.labels.push_back(f);
                continue;
            }
            double value = 0;
            const NumberKind kind = readNumber(f, decimalComma, value);
            if (kind != NumberKind::Number) {
                const char *what = kind == NumberKind::NotFinite
                    ? MOE_TR_NOOP("moe::Problem", "not a finite number: %1 in column \"%2\"")
                    : kind == NumberKind::OutOfRange
                    ? MOE_TR_NOOP("moe::Problem", "number out of range (beyond +-3.4e38, or too close to 0): %1 in column \"%2\"")
                    : MOE_TR_NOOP("moe::Problem", "not a number: %1 in column \"%2\"");
                return failWith(line.number, c + 1, problem(what, {quoteForMessage(f), name}));
            }
            table.features.push_back(value);
        }
        table.rowLines.push_back(line.number);
        ++table.rowCount;
        if (table.rowCount == 2'000'000'000 / std::max(1, featureCount))
            return fail(line.number, 0, MOE_TR_NOOP("LoadErrors", "too many rows"));
        if (options.progress && *options.progress && table.rowCount % 8192 == 0
            && !(*options.progress)(double(lineStart) / double(text.size())))
            return fail(line.number, 0, MOE_TR_NOOP("LoadErrors", "cancelled"));
    }
    if (table.rowCount == 0)
        return fail(line.number + 1, 0,
                    table.hasHeader ? MOE_TR_NOOP("LoadErrors", "no data rows after the header") : MOE_TR_NOOP("LoadErrors", "no data rows"));
    return result;
}

}  // namespace moe::data
