// Small operations on a filled Dataset shared by the generators and loaders:
// standardization, deterministic subsampling and the byte scaling of image sets.
#pragma once

#include "core/dataset.h"

#include <cstdint>
#include <vector>

namespace moe::data {

// Column-wise z-score (mean 0, standard deviation 1). A constant column is only centred.
// Computed over all rows: the trainer's split comes later, so test rows take part too; a
// small leak we accept for a teaching program, and the same for every model compared.
void standardizeColumns(MatrixF &x);

// `count` distinct row indices out of n, sorted, a pure function of seed. count <= 0 or
// count >= n gives all rows 0..n-1.
std::vector<int> sampleRows(int n, int count, std::uint64_t seed);

// Keeps `samples` rows (0 or >= size: all), chosen deterministically from seed. With a fixed
// train/test split both parts are sampled in proportion and the split point moves with them.
void subsample(Dataset &d, int samples, std::uint64_t seed);

// Byte sets: standardize = true maps the bytes to mean 0, variance 1 over the whole set
// (one scale and offset for all pixels, so images stay images); otherwise to [0, 1] with
// rawMax the largest possible byte value (255 for MNIST, 16 for the 8×8 digits).
void setByteScaling(Dataset &d, bool standardize, float rawMax);

}  // namespace moe::data
