#include "dataset_ops.h"

#include "core/rng.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace moe::data {

void standardizeColumns(MatrixF &x)
{
    const Eigen::Index n = x.rows();
    if (n == 0)
        return;
    for (Eigen::Index c = 0; c < x.cols(); ++c) {
        double mean = 0;
        for (Eigen::Index r = 0; r < n; ++r)
            mean += x(r, c);
        mean /= double(n);
        double var = 0;
        for (Eigen::Index r = 0; r < n; ++r)
            var += (x(r, c) - mean) * (x(r, c) - mean);
        var /= double(n);
        const double sd = std::sqrt(var);
        const double scale = sd > 1e-12 ? 1.0 / sd : 1.0;
        for (Eigen::Index r = 0; r < n; ++r)
            x(r, c) = float((x(r, c) - mean) * scale);
    }
}

std::vector<int> sampleRows(int n, int count, std::uint64_t seed)
{
    std::vector<int> rows(std::size_t(std::max(n, 0)));
    std::iota(rows.begin(), rows.end(), 0);
    if (count <= 0 || count >= n)
        return rows;
    Rng rng(seed ^ 0x5ab5a3b1e5ULL);
    // Partial Fisher–Yates: the first `count` slots become a uniform random subset.
    for (int i = 0; i < count; ++i) {
        const int j = i + rng.uniformInt(n - i);
        std::swap(rows[std::size_t(i)], rows[std::size_t(j)]);
    }
    rows.resize(std::size_t(count));
    std::sort(rows.begin(), rows.end());
    return rows;
}

namespace {

void keepRows(Dataset &d, const std::vector<int> &rows)
{
    const int k = int(rows.size());
    const std::size_t dim = std::size_t(d.featureCount);
    if (d.features.size() > 0) {
        MatrixF f(k, d.featureCount);
        for (int i = 0; i < k; ++i)
            f.row(i) = d.features.row(rows[std::size_t(i)]);
        d.features = std::move(f);
    } else if (!d.bytes.empty()) {
        for (int i = 0; i < k; ++i)  // rows are sorted, so copying forward in place is safe
            std::copy_n(d.bytes.begin() + std::ptrdiff_t(std::size_t(rows[std::size_t(i)]) * dim), dim,
                        d.bytes.begin() + std::ptrdiff_t(std::size_t(i) * dim));
        d.bytes.resize(std::size_t(k) * dim);
        d.bytes.shrink_to_fit();
    }
    if (!d.labels.empty()) {
        std::vector<int> labels(static_cast<std::size_t>(k));
        for (int i = 0; i < k; ++i)
            labels[std::size_t(i)] = d.labels[std::size_t(rows[std::size_t(i)])];
        d.labels = std::move(labels);
    }
    if (d.targets.size() > 0) {
        MatrixF t(k, d.targets.cols());
        for (int i = 0; i < k; ++i)
            t.row(i) = d.targets.row(rows[std::size_t(i)]);
        d.targets = std::move(t);
    }
    d.rowCount = k;
}

}  // namespace

void subsample(Dataset &d, int samples, std::uint64_t seed)
{
    if (samples <= 0 || samples >= d.rowCount)
        return;
    std::vector<int> rows;
    if (d.fixedTrainCount && *d.fixedTrainCount > 0 && *d.fixedTrainCount < d.rowCount) {
        samples = std::max(samples, 2);  // one train and one test row at least
        const int train = *d.fixedTrainCount;
        const int test = d.rowCount - train;
        int keepTrain = int(std::lround(double(samples) * double(train) / double(d.rowCount)));
        keepTrain = std::clamp(keepTrain, 1, std::min(train, samples - 1));
        const int keepTest = std::min(test, samples - keepTrain);
        rows = sampleRows(train, keepTrain, seed);
        for (int r : sampleRows(test, keepTest, seed + 1))
            rows.push_back(train + r);
        d.fixedTrainCount = keepTrain;
    } else {
        rows = sampleRows(d.rowCount, samples, seed);
    }
    keepRows(d, rows);
    d.source += " (" + std::to_string(d.rowCount) + " rows sampled with seed " + std::to_string(seed) + ")";
}

void setByteScaling(Dataset &d, bool standardize, float rawMax)
{
    if (!standardize || d.bytes.empty()) {
        d.byteScale = 1.0f / rawMax;
        d.byteOffset = 0.0f;
        return;
    }
    std::uint64_t histogram[256] = {};
    for (std::uint8_t b : d.bytes)
        ++histogram[b];
    double n = 0, sum = 0, sumSq = 0;
    for (int v = 0; v < 256; ++v) {
        const double c = double(histogram[v]);
        n += c;
        sum += c * v;
        sumSq += c * v * v;
    }
    const double mean = sum / n;
    const double sd = std::sqrt(std::max(sumSq / n - mean * mean, 0.0));
    const double scale = sd > 1e-9 ? 1.0 / sd : 1.0 / double(rawMax);
    d.byteScale = float(scale);
    d.byteOffset = float(-mean * scale);
}

}  // namespace moe::data
