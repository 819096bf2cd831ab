// A multi-task view of a data set with named columns (data.label_columns = "a,b"): the named
// feature columns become the regression targets, one task each, and leave the features.
//
//   features N × d, names {c_1..c_d};  label_columns = {c_a, c_b, ...} (k names)
//   → features N × (d − k) (the other columns, in order), targets N × k (in the order given),
//     taskNames = the k names (k ≥ 2: a multi-task set; k = 1: one regression target)
//
// The data set's own labels (classes, or a regression target) are dropped. With
// `standardize` each target column is scaled to mean 0, sd 1 (so MSEs of different tasks
// are comparable). Not for image data (bytes).
#pragma once

#include "core/dataset.h"

#include <string>

namespace moe::data {

// Returns "" or an English message naming data.label_columns and the bad column.
std::string selectTaskColumns(Dataset &data, const std::string &labelColumns, bool standardize);

}  // namespace moe::data
