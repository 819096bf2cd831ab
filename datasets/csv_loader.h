// A user's CSV file as a Dataset (id "csv"). Parsing rules are in csv_parser.h.
//
// Labels: text labels become classes in order of first appearance. A label column that is
// all numbers becomes classes too when every value is an integer and there are at most
// kMaxNumericClasses distinct values (classes sorted by value); otherwise (a fractional
// value, or many distinct values) the file is a regression problem with that column as the
// one target. A classification file with a single class is an error.
#pragma once

#include "load_result.h"

#include <string>
#include <string_view>

namespace moe::data {

inline constexpr int kMaxNumericClasses = 100;
inline constexpr std::size_t kMaxCsvBytes = 256u << 20;

// Reads and parses the file (it may be gzip-compressed). No standardization here.
LoadResult loadCsvDataset(const std::string &path, int labelColumn, const ProgressFn &progress);

// The same from text already in memory; `fileName` is only used in messages.
LoadResult csvDatasetFromText(std::string_view text, const std::string &fileName, int labelColumn,
                              const ProgressFn &progress = {});

}  // namespace moe::data
