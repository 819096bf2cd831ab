// A strict CSV parser for numeric tables with one label column.
//
// Accepts ',', ';' or tab as the delimiter (detected from the first lines), optional
// RFC 4180 double quotes on one line, \n or \r\n line ends, a UTF-8 byte-order mark, and
// a header row (detected: the first row is a header when one of its non-label fields is a
// non-empty non-number). With ';' or tab as delimiter a decimal comma ("3,5") is accepted.
// Blank lines are skipped. Everything else that is not a clean table is an error naming the
// line and the field (1-based): an empty file, invalid UTF-8, a NUL byte, an unclosed quote,
// a missing value (empty, "NA", "?"), a non-number or a non-finite number, a row with fewer
// fields or more fields than the first row. Never a NaN in the output.
//
// This file knows nothing of Dataset; csv_loader turns the table into one.
#pragma once

#include "core/problem.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace moe::data {

struct CsvTable {
    char delimiter = ',';
    bool hasHeader = false;
    int columnCount = 0;  // fields per row, label column included
    int labelColumn = 0;  // resolved, 0-based
    std::vector<std::string> columnNames;  // header fields, or "column 1", ...
    int rowCount = 0;
    std::vector<double> features;  // rowCount × (columnCount - 1), row-major
    std::vector<std::string> labels;  // rowCount raw label texts (trimmed)
    std::vector<int> rowLines;  // 1-based line of each row, for later errors
};

struct CsvError {
    int line = 0;  // 1-based
    int column = 0;  // 1-based field number (0 = the whole line)
    std::string message;  // English
    Problem problem;  // set when the message carries values (load_result.h)
};

struct CsvParseResult {
    CsvTable table;
    std::optional<CsvError> error;
};

struct CsvOptions {
    int labelColumn = -1;  // 0-based; -1 = last
    int maxColumns = 100'000;
    const std::function<bool(double)> *progress = nullptr;  // return false to cancel
};

CsvParseResult parseCsv(std::string_view text, const CsvOptions &options = {});

// Whether text is a finite number as the parser reads it (used for header detection).
std::optional<double> parseCsvNumber(std::string_view field, bool decimalComma);

}  // namespace moe::data
