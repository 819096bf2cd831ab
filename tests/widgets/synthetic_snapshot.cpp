#include "synthetic_snapshot.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace moe::test {

int syntheticWinner(int row, int column, int resolution)
{
    const int half = resolution / 2;
    return (column < half ? 0 : 1) + (row < half ? 0 : 2);
}

namespace {

std::vector<double> softmax(std::vector<double> v)
{
    if (v.empty())
        return v;
    double m = v.front();
    for (double x : v)
        m = std::max(m, x);
    double sum = 0;
    for (double &x : v)
        sum += (x = std::exp(x - m));
    for (double &x : v)
        x /= sum;
    return v;
}

void fillRegion(moe::Snapshot &s, const SyntheticOptions &o)
{
    moe::RegionGrid &g = s.region;
    const int n = o.gridResolution;
    g.resolution = n;
    g.xMin = -2, g.xMax = 2, g.yMin = -2, g.yMax = 2;
    const int margin = std::max(1, n / 8);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const int w = syntheticWinner(r, c, n) % o.experts;
            const int half = n / 2;
            const bool inner = std::min({r, n - 1 - r, std::abs(r - half), c, n - 1 - c, std::abs(c - half)}) >= margin;
            g.winner.push_back(w);
            g.confidence.push_back(inner ? 1.0 : 0.5);
            g.prediction.push_back((c + r > n ? 1 : 0) + (c > 3 * n / 4 ? 1 : 0));
        }
    }
}

void fillCurves(moe::Snapshot &s, const SyntheticOptions &o)
{
    moe::CurveSet &cs = s.curves;
    const int n = 120;
    cs.expertY.assign(std::size_t(o.experts), {});
    cs.gate.assign(std::size_t(o.experts), {});
    for (int i = 0; i < n; ++i) {
        const double x = -3 + 6.0 * i / (n - 1);
        cs.x.push_back(x);
        std::vector<double> logits;
        double mixture = 0;
        for (int e = 0; e < o.experts; ++e) {
            const double centre = -3 + 6.0 * (e + 0.5) / o.experts;
            logits.push_back(-2.5 * (x - centre) * (x - centre));
        }
        const auto gate = softmax(logits);
        for (int e = 0; e < o.experts; ++e) {
            const double y = 0.5 * e - 1 + (e % 2 ? 0.6 : -0.6) * (x - (-3 + 6.0 * (e + 0.5) / o.experts));
            cs.expertY[std::size_t(e)].push_back(y);
            cs.gate[std::size_t(e)].push_back(gate[std::size_t(e)]);
            mixture += gate[std::size_t(e)] * y;
        }
        cs.mixture.push_back(mixture);
    }
}

}  // namespace

moe::SampleInference makeSyntheticInference(int experts, int classes)
{
    moe::SampleInference inf;
    for (int e = 0; e < experts; ++e)
        inf.logits.push_back(e == 1 ? 2.0 : e == 0 ? 1.2 : -0.5 * e);
    inf.probs = softmax(inf.logits);
    inf.selected = {1, 0};
    inf.weights.assign(std::size_t(experts), 0.0);
    const double norm = inf.probs[1] + inf.probs[0];
    inf.weights[1] = inf.probs[1] / norm;
    inf.weights[0] = inf.probs[0] / norm;
    inf.output.assign(std::size_t(classes), 0.0);
    for (int e = 0; e < experts; ++e) {
        std::vector<double> out;
        for (int c = 0; c < classes; ++c)
            out.push_back(std::sin(1.3 * e + 0.7 * c) * 2.0);
        for (int c = 0; c < classes; ++c)
            inf.output[std::size_t(c)] += inf.weights[std::size_t(e)] * out[std::size_t(c)];
        inf.expertOutputs.push_back(out);
    }
    inf.prediction = softmax(inf.output);
    return inf;
}

moe::Snapshot makeSyntheticSnapshot(const SyntheticOptions &o)
{
    moe::Snapshot s;
    s.step = 490;
    s.epoch = 7;
    s.stepsPerSecond = 850;
    s.learningRate = 0.01;
    s.strategyId = "topk";
    s.experts = o.experts;
    s.k = 2;
    s.inputDim = o.imageSide > 0 ? o.imageSide * o.imageSide : (o.regression ? 1 : 2);
    s.task = o.regression ? moe::Task::Regression : moe::Task::Classification;
    s.outputDim = o.regression ? 1 : o.classes;
    if (!o.regression)
        for (int c = 0; c < o.classes; ++c)
            s.classNames.push_back("class " + std::to_string(c));
    s.imageRows = s.imageCols = o.imageSide;
    s.trainLoss = 0.31, s.taskLoss = 0.29, s.testLoss = 0.35;
    s.trainAccuracy = 0.9, s.testAccuracy = 0.87;
    s.auxLosses = {{"switch_aux", 0.0123}, {"z_loss", 0.0021}};

    const std::vector<double> loads = {0.45, 0.35, 0.2, 0.0};
    const int assignments = 128;
    for (int e = 0; e < o.experts; ++e) {
        moe::ExpertStats st;
        st.load = e < 4 ? loads[std::size_t(e)] : 0.05;
        st.capacity = 40;
        const int wanted = int(std::lround(st.load * assignments));
        st.tokens = std::min(wanted, st.capacity);
        st.dropped = wanted - st.tokens;
        st.keptLoad = double(st.tokens) / assignments;
        st.importance = st.load * 64;
        st.utilization = st.load * o.experts;
        st.frozen = e == 2;
        st.knockedOut = e == 3;
        s.expertStats.push_back(st);
    }
    s.droppedFraction = 18.0 / assignments;
    s.paramsTotal = 1348;
    s.paramsActive = 694;
    s.flopsPerToken = 1300;

    for (int i = 0; i < o.historyPoints; ++i) {
        moe::HistoryPoint p;
        p.step = i * 10;
        p.taskLoss = 1.1 * std::exp(-i / 12.0) + 0.28;
        p.auxLoss = 0.02 * std::exp(-i / 30.0) + 0.01;
        p.trainLoss = p.taskLoss + p.auxLoss;
        p.testLoss = i % 5 == 0 ? p.taskLoss + 0.05 : -1;
        p.trainAccuracy = 0.33 + 0.57 * (1 - std::exp(-i / 10.0));
        p.testAccuracy = i % 5 == 0 ? p.trainAccuracy - 0.03 : -1;
        const double t = double(i) / std::max(1, o.historyPoints - 1);
        double sum = 0;
        for (int e = 0; e < o.experts; ++e) {
            const double v = (1 - t) / o.experts + t * (e < 4 ? loads[std::size_t(e)] : 0.05);
            p.expertLoad.push_back(v);
            sum += v;
        }
        for (double &v : p.expertLoad)
            v /= sum;
        s.history.push_back(p);
    }

    // probe routing: class c prefers expert c (mod E), second choice c + 1
    for (int i = 0; i < o.probes; ++i) {
        const int label = o.regression ? -1 : (i * 7) % o.classes;
        std::vector<double> logits(std::size_t(o.experts), 0.0);
        const int best = std::max(label, 0) % o.experts;
        logits[std::size_t(best)] = 3.0 + (i % 4) * 0.3;
        logits[std::size_t((best + 1) % o.experts)] = 1.5;
        const auto probs = softmax(logits);
        std::vector<double> weights(std::size_t(o.experts), 0.0);
        const int second = (best + 1) % o.experts;
        const double norm = probs[std::size_t(best)] + probs[std::size_t(second)];
        weights[std::size_t(best)] = probs[std::size_t(best)] / norm;
        weights[std::size_t(second)] = probs[std::size_t(second)] / norm;
        s.probe.sampleIndex.push_back(1000 + i);
        s.probe.label.push_back(label);
        s.probe.probs.push_back(probs);
        s.probe.weights.push_back(weights);
        s.probe.selected.push_back({best, second});
    }

    // data sample: points on three arms; images are stripes whose angle follows the class
    for (int i = 0; i < o.samples; ++i) {
        const int label = i % std::max(1, o.classes);
        const double t = double(i) / o.samples;
        std::vector<float> x;
        if (o.imageSide > 0) {
            for (int r = 0; r < o.imageSide; ++r)
                for (int c = 0; c < o.imageSide; ++c)
                    x.push_back(float(0.5 + 0.5 * std::sin((label + 1) * 0.5 * (r + (label % 2 ? c : -c)) + i)));
        } else if (o.regression) {
            const double xv = -3 + 6.0 * t;
            x.push_back(float(xv));
            s.sample.target.push_back(std::sin(xv) + 0.1 * std::cos(17 * xv));
        } else {
            const double angle = 2 * std::numbers::pi * label / o.classes + 3 * t;
            x.push_back(float(1.6 * t * std::cos(angle)));
            x.push_back(float(1.6 * t * std::sin(angle)));
        }
        s.sample.index.push_back(i);
        s.sample.x.push_back(x);
        s.sample.label.push_back(o.regression ? -1 : label);
        s.sample.topExpert.push_back(
            o.imageSide > 0
                ? (i * 5 / 3) % o.experts
                : (x.size() >= 2 ? (x[0] < 0 ? 0 : 1) + (x[1] < 0 ? 0 : 2) : i * o.experts / o.samples) % o.experts);
    }

    if (!o.regression) {
        s.classExpertCounts.assign(std::size_t(o.classes), std::vector<int>(std::size_t(o.experts), 2));
        for (int c = 0; c < o.classes; ++c)
            s.classExpertCounts[std::size_t(c)][std::size_t(c % o.experts)] = 40 + 5 * c;
        s.mutualInformationBits = 0.83;
    }
    if (o.regression)
        fillCurves(s, o);
    else if (o.imageSide == 0)
        fillRegion(s, o);
    // The inspector's sample: row 17 of class 1 (regression: no class).
    s.inspection.row = 17;
    s.inspection.label = o.regression ? -1 : 1;
    s.inspection.inference = makeSyntheticInference(o.experts, o.regression ? 1 : o.classes);
    return s;
}

std::optional<SyntheticOptions> syntheticDataFor(bool (*applies)(const moe::Snapshot &))
{
    SyntheticOptions classification;
    SyntheticOptions regression;
    regression.regression = true;
    SyntheticOptions images;
    images.imageSide = 12;
    images.classes = 4;
    images.samples = 160;
    if (!applies)
        return classification;
    for (const SyntheticOptions &options : {classification, regression, images})
        if (applies(makeSyntheticSnapshot(options)))
            return options;
    return std::nullopt;
}

}  // namespace moe::test
