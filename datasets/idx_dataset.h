// Image sets in the IDX format: Fashion-MNIST (Debian's dataset-fashion-mnist), MNIST, or
// any IDX image/label pair the user points to.
//
// `path` is either a directory holding the standard names
//   train-images-idx3-ubyte[.gz] train-labels-idx1-ubyte[.gz]   (required)
//   t10k-images-idx3-ubyte[.gz]  t10k-labels-idx1-ubyte[.gz]    (optional: the test part)
// or one images file, whose labels file is found by replacing "images" with "labels" (and
// "idx3" with "idx1") in its name. Train rows come first; with a test part,
// fixedTrainCount is the number of train rows (60 000 for Fashion-MNIST and MNIST).
// Images stay bytes (70 000 × 784 = 55 MB).
#pragma once

#include "load_result.h"

#include <string>

namespace moe::data {

inline constexpr const char *kFashionMnistDir = "/usr/share/datasets/fashion-mnist";

// Whether `dir` holds at least the train image and label files.
bool hasIdxPair(const std::string &dir);

// Loads the images and labels; id "fashion_mnist" gets the Fashion-MNIST class names,
// anything else classes "0", "1", ... up to the largest label. Byte scaling, the display name
// and the feature names (pixel r,c) are left to the catalogue.
LoadResult loadIdxDataset(const std::string &id, const std::string &path, const ProgressFn &progress);

}  // namespace moe::data
