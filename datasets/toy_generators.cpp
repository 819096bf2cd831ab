#include "toy_generators.h"

#include "core/rng.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace moe::data {

namespace {

constexpr double kPi = std::numbers::pi;

std::string fmt(double v)
{
    std::string s = std::to_string(v);
    while (s.size() > 1 && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

// A 2-D classification set with n rows; point(i, label, rng) fills row i.
template <class PointFn>
Dataset make2d(const char *id, int classes, const ToyParams &p, const std::string &params, PointFn point)
{
    Dataset d;
    d.id = id;
    d.source = std::string("generated: ") + id + " (samples=" + std::to_string(p.samples) + ", noise=" + fmt(p.noise)
        + ", seed=" + std::to_string(p.seed) + params + ")";
    d.task = Task::Classification;
    d.rowCount = p.samples;
    d.featureCount = 2;
    d.features.resize(p.samples, 2);
    d.labels.resize(std::size_t(p.samples));
    d.featureNames = {"x1", "x2"};
    for (int c = 0; c < classes; ++c)
        d.classNames.push_back("class " + std::to_string(c));
    Rng rng(p.seed);
    for (int i = 0; i < p.samples; ++i) {
        const int label = i % classes;
        double x = 0, y = 0;
        point(label, rng, x, y);
        d.features(i, 0) = float(x);
        d.features(i, 1) = float(y);
        d.labels[std::size_t(i)] = label;
    }
    return d;
}

}  // namespace

Dataset makeBlobs(const ToyParams &p)
{
    const int k = std::max(p.classes, 2);
    // Radius so that neighbouring centres are >= 1.4 apart, then everything scaled to radius 1.
    const double radius = std::max(1.0, 0.7 / std::sin(kPi / k));
    const double sd = (0.05 + p.noise) / radius;
    return make2d("blobs", k, p, ", classes=" + std::to_string(k), [&](int label, Rng &rng, double &x, double &y) {
        const double a = 2 * kPi * label / k + kPi / 4;
        x = std::cos(a) + rng.normal(0, sd);
        y = std::sin(a) + rng.normal(0, sd);
    });
}

Dataset makeXor(const ToyParams &p)
{
    return make2d("xor", 2, p, "", [&](int label, Rng &rng, double &x, double &y) {
        const double sx = rng.uniform() < 0.5 ? -1 : 1;
        const double sy = label == 0 ? sx : -sx;
        x = sx * rng.uniform(0.05, 1.0) + rng.normal(0, 0.5 * p.noise);
        y = sy * rng.uniform(0.05, 1.0) + rng.normal(0, 0.5 * p.noise);
    });
}

Dataset makeSpirals(const ToyParams &p)
{
    const int arms = std::max(p.classes, 2);
    return make2d("spirals", arms, p, ", arms=" + std::to_string(arms) + ", turns=" + fmt(p.turns),
                  [&](int label, Rng &rng, double &x, double &y) {
                      const double t = std::sqrt(rng.uniform());  // uniform along the area
                      const double r = 0.08 + 0.92 * t;
                      const double a = 2 * kPi * (p.turns * t + double(label) / arms);
                      x = r * std::cos(a) + rng.normal(0, 0.4 * p.noise);
                      y = r * std::sin(a) + rng.normal(0, 0.4 * p.noise);
                  });
}

Dataset makeCircles(const ToyParams &p)
{
    return make2d("circles", 2, p, "", [&](int label, Rng &rng, double &x, double &y) {
        const double r = label == 0 ? 1.0 : 0.5;
        const double a = rng.uniform(0, 2 * kPi);
        x = r * std::cos(a) + rng.normal(0, p.noise);
        y = r * std::sin(a) + rng.normal(0, p.noise);
    });
}

Dataset makeMoons(const ToyParams &p)
{
    return make2d("moons", 2, p, "", [&](int label, Rng &rng, double &x, double &y) {
        const double a = rng.uniform(0, kPi);
        double mx = label == 0 ? std::cos(a) : 1 - std::cos(a);
        double my = label == 0 ? std::sin(a) : 0.5 - std::sin(a);
        mx += rng.normal(0, p.noise);
        my += rng.normal(0, p.noise);
        x = (mx - 0.5) / 1.5;  // x in [-1, 2] -> [-1, 1]
        y = (my - 0.25) / 1.5;
    });
}

Dataset makeCheckerboard(const ToyParams &p)
{
    const int cells = std::max(p.cells, 2);
    const double w = 2.0 / cells;
    return make2d("checkerboard", 2, p, ", cells=" + std::to_string(cells),
                  [&](int label, Rng &rng, double &x, double &y) {
                      int ix = 0, iy = 0;
                      do {  // a random cell of this colour (half the cells have it)
                          ix = rng.uniformInt(cells);
                          iy = rng.uniformInt(cells);
                      } while ((ix + iy) % 2 != label);
                      x = -1 + w * (ix + rng.uniform()) + rng.normal(0, 0.25 * w * p.noise);
                      y = -1 + w * (iy + rng.uniform()) + rng.normal(0, 0.25 * w * p.noise);
                  });
}

double piecewiseTruth(double x, int pieces)
{
    pieces = std::max(pieces, 1);
    const double w = 2.0 / pieces;
    const int j = std::clamp(int(std::floor((x + 1) / w)), 0, pieces - 1);
    const double centre = -1 + w * (j + 0.5);
    // Alternating rising and falling segments with a jump of 1 at every boundary.
    const double offset = j % 2 == 0 ? -0.5 : 0.5;
    const double slope = (j % 2 == 0 ? 1.0 : -1.0) / w;
    return offset + slope * (x - centre);
}

Dataset makePiecewise(const ToyParams &p)
{
    const int pieces = std::max(p.pieces, 1);
    Dataset d;
    d.id = "piecewise";
    d.source = "generated: piecewise (samples=" + std::to_string(p.samples) + ", noise=" + fmt(p.noise)
        + ", seed=" + std::to_string(p.seed) + ", pieces=" + std::to_string(pieces) + ")";
    d.task = Task::Regression;
    d.rowCount = p.samples;
    d.featureCount = 1;
    d.features.resize(p.samples, 1);
    d.targets.resize(p.samples, 1);
    d.featureNames = {"x"};
    Rng rng(p.seed);
    for (int i = 0; i < p.samples; ++i) {
        const double x = rng.uniform(-1, 1);
        d.features(i, 0) = float(x);
        d.targets(i, 0) = float(piecewiseTruth(x, pieces) + rng.normal(0, p.noise));
    }
    return d;
}

}  // namespace moe::data
