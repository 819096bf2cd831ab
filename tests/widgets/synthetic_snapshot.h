// A synthetic moe::Snapshot with known contents for the widget tests: no trainer needed.
//
// Region grid (2-D data): the plane [-2, 2]² is split in quadrants, each won by one expert
// (left-bottom E1, right-bottom E2, left-top E3, right-top E4); cells at least an eighth of
// the grid away from the quadrant borders have confidence 1, the others 0.5. Row r of the
// grid is y = yMin + (r + 0.5)·Δ (row 0 at the bottom), column c is x.
#pragma once

#include <core/snapshot.h>

#include <optional>

namespace moe::test {

struct SyntheticOptions {
    int experts = 4;
    int classes = 3;
    int gridResolution = 32;
    int historyPoints = 50;
    int probes = 60;
    int samples = 90;
    bool regression = false;  // fill curves instead of the region grid
    int imageSide = 0;  // > 0: image data (side × side), for the gallery
};

// Its inspection is row 17 (class 1) through makeSyntheticInference.
moe::Snapshot makeSyntheticSnapshot(const SyntheticOptions &options = {});

// The first kind of synthetic data (classification in the plane, 1-D regression, 12×12 images)
// whose snapshot satisfies `applies` (a central view's rule of the view catalog); classification
// when `applies` is nullptr; nothing when no kind does.
std::optional<SyntheticOptions> syntheticDataFor(bool (*applies)(const moe::Snapshot &));

// One sample through a 4-expert, 3-class layer: E2 is most probable, E2 and E1 selected.
moe::SampleInference makeSyntheticInference(int experts = 4, int classes = 3);

// Winner of the synthetic region grid at (row, column).
int syntheticWinner(int row, int column, int resolution);

}  // namespace moe::test
