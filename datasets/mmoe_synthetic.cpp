#include "mmoe_synthetic.h"

#include "core/rng.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace moe::data {

MmoeSynthetic makeMmoeSynthetic(const MmoeSyntheticParams &p)
{
    Rng rng(p.seed * 0x9E3779B97F4A7C15ULL + 22);
    const int d = std::max(2, p.dim);
    auto normalVector = [&] {
        VectorD v(d);
        for (int i = 0; i < d; ++i)
            v(i) = rng.normal();
        return v;
    };
    VectorD u1 = normalVector().normalized();
    VectorD u2 = normalVector();
    u2 = (u2 - u2.dot(u1) * u1).normalized();
    const double rho = std::clamp(p.correlation, -1.0, 1.0);
    MmoeSynthetic out;
    out.w1 = p.scale * u1;
    out.w2 = p.scale * (rho * u1 + std::sqrt(std::max(0.0, 1.0 - rho * rho)) * u2);
    std::vector<double> alpha(std::size_t(p.sines)), beta(std::size_t(p.sines));
    for (int i = 0; i < p.sines; ++i) {
        alpha[std::size_t(i)] = rng.normal();
        beta[std::size_t(i)] = rng.normal();
    }

    Dataset &ds = out.data;
    ds.id = "mmoe_synthetic";
    std::ostringstream source;
    source << "generated: Ma et al. KDD 2018 synthetic tasks, d = " << d << ", c = " << p.scale << ", m = " << p.sines
           << ", rho = " << rho << ", noise = " << p.noise << ", seed = " << p.seed;
    ds.source = source.str();
    ds.task = Task::Regression;
    ds.rowCount = p.samples;
    ds.featureCount = d;
    ds.features.resize(p.samples, d);
    ds.targets.resize(p.samples, 2);
    ds.taskNames = {"y1", "y2"};
    for (int c = 0; c < d; ++c)
        ds.featureNames.push_back("x" + std::to_string(c + 1));
    VectorD x(d);
    for (int r = 0; r < p.samples; ++r) {
        for (int c = 0; c < d; ++c)
            x(c) = rng.normal();
        ds.features.row(r) = x.transpose().cast<float>();
        const double lin[2] = {out.w1.dot(x), out.w2.dot(x)};
        for (int k = 0; k < 2; ++k) {
            double y = lin[k];
            for (int i = 0; i < p.sines; ++i)
                y += std::sin(alpha[std::size_t(i)] * lin[k] + beta[std::size_t(i)]);
            ds.targets(r, k) = float(y + p.noise * rng.normal());
        }
    }
    return out;
}

}  // namespace moe::data
