// k-means clustering (Lloyd's algorithm), used by staged training to give each expert a
// region of the input space to learn first.
//
// Centres c_1 … c_K (K × d) that make Σ_i min_k ‖x_i − c_k‖² small. The K starting centres
// are rows of X drawn with `rng`; each round assigns every row to its nearest centre and
// moves each centre to the mean of its rows (a centre that got no rows stays where it is).
#pragma once

#include "rng.h"
#include "tensor.h"

#include <vector>

namespace moe {

// X is n × d (n ≥ 1). Returns K × d.
MatrixF kMeansCentres(const MatrixF &x, int clusters, int rounds, Rng &rng);

// For every row of X, the index of its nearest centre (the first one on a tie).
std::vector<int> nearestCentres(const MatrixF &x, const MatrixF &centres);

}  // namespace moe
