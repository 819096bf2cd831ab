// Toy problems where expert specialization is visible. All are deterministic functions of
// their parameters (same seed, same points) and give raw coordinates roughly in [-1, 1];
// the catalogue standardizes them afterwards when data.standardize is on.
//
//   blobs         `classes` Gaussian clusters on a circle, sd = (0.05 + noise) relative to
//                 the centre spacing: well separated at the default noise 0.1 (> 95 % reachable)
//   xor           two classes, the four quadrants, diagonal quadrants share a class
//   spirals       `classes` interleaved arms of `turns` turns each
//   circles       two concentric rings (radii 1 and 0.5)
//   moons         sklearn's two interleaving half circles, centred and scaled
//   checkerboard  two colours on a cells × cells board over [-1, 1]²
//   piecewise     1-D regression: `pieces` linear segments with jumps between them, the
//                 classic mixture-of-experts picture (one expert per piece)
//
// Classification sets are exactly balanced: row i has class i mod classes.
#pragma once

#include "core/dataset.h"

#include <cstdint>

namespace moe::data {

struct ToyParams {
    int samples = 800;
    double noise = 0.1;
    std::uint64_t seed = 1;
    int classes = 4;  // blobs clusters, spiral arms
    double turns = 1.25;  // spirals
    int cells = 4;  // checkerboard cells per side
    int pieces = 4;  // piecewise segments
};

Dataset makeBlobs(const ToyParams &p);
Dataset makeXor(const ToyParams &p);
Dataset makeSpirals(const ToyParams &p);
Dataset makeCircles(const ToyParams &p);
Dataset makeMoons(const ToyParams &p);
Dataset makeCheckerboard(const ToyParams &p);
Dataset makePiecewise(const ToyParams &p);

// The piecewise target without noise (for views that draw the true curve).
double piecewiseTruth(double x, int pieces);

}  // namespace moe::data
