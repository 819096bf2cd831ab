// The small classic data sets shipped in datasets/data/ (copies of the UCI sets as carried by
// Debian's python3-sklearn; sources, licences and checksums in datasets/data/README.md).
//
// The files are found in, in order: $MOELAB_DATA_DIR, the source tree (compiled in as
// MOELAB_SOURCE_DATA_DIR) and the install location (MOELAB_INSTALL_DATA_DIR). Each file is
// checked against its SHA-256 before it is parsed.
#pragma once

#include "catalog.h"
#include "load_result.h"

#include <string>
#include <vector>

namespace moe::data {

struct ShippedFile {
    const char *id;  // dataset id
    const char *fileName;  // in the data directory
    const char *sha256;  // of the file as shipped
    long long size;  // bytes on disk
};

const std::vector<ShippedFile> &shippedFiles();
const ShippedFile *findShipped(const std::string &id);

// The first candidate directory that holds the shipped files; empty if none does.
std::string dataDirectory();

// Loads a shipped set, checking it has the shape its catalogue row gives (rows, features,
// classes; images have no header line). No subsampling or standardization: the catalogue
// does that, and it names the features.
LoadResult loadShipped(const ShippedFile &file, const DatasetInfo &shape);

}  // namespace moe::data
