// What the views see: the Snapshot, and one-sample inference for the inspector.
#include "trainer_impl.h"

#include "routing/registry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace moe {

namespace {
std::vector<int> winners(const Routing &r)
{
    std::vector<int> best(std::size_t(r.tokens), -1);
    std::vector<double> bw(std::size_t(r.tokens), -1.0);
    for (const auto &s : r.assignments)
        if (s.kept && s.weight > bw[std::size_t(s.token)]) {
            bw[std::size_t(s.token)] = s.weight;
            best[std::size_t(s.token)] = s.expert;
        }
    return best;
}
}  // namespace

void TrainerImpl::fillWarnings(Snapshot &s) const
{
    const StrategyInfo &info = model->layer().strategy().info();
    const int active = model->layer().activeExperts();
    const int k = info.fixedK > 0 ? info.fixedK : effectiveK();
    auto add = [&s](WarningKind kind, double value, std::string msg) {
        s.warnings.push_back({kind, value, std::move(msg)});
    };
    if (info.pickedWeightsSumToOne && k == 1 && (!info.usesNormalize || cfg.routing.normalize))
        add(WarningKind::NoRouterGradient, 1,
            "top-1 with renormalised weights: every weight is 1, so the gate gets no learning signal from the task");
    if (info.batchDependent)
        add(WarningKind::BatchDependentOutput, 0,
            "with " + info.displayName + " a sample's output depends on the other samples in the batch");
    if (lastStats.droppedFraction > 0.1)
        add(WarningKind::CapacityDropping, lastStats.droppedFraction,
            std::to_string(int(std::lround(100 * lastStats.droppedFraction)))
                + "% of the assignments were dropped by the capacity limit");
    if (info.usesK && info.fixedK == 0 && k > active)
        add(WarningKind::KClamped, active,
            "k is larger than the number of working experts; it was clamped to " + std::to_string(active));
    if (info.usesNoise && k >= active)
        add(WarningKind::LoadEstimatorUndefined, 0,
            "noisy top-k with k >= E: the smooth load estimate is undefined; hard counts are used");
    if (!info.usesAuxLoss && cfg.balance.aux > 0)
        add(WarningKind::AuxLossIgnored, cfg.balance.aux, info.displayName + " does not use the load-balancing loss");
    if (lastStats.unusedExperts > 0 && stepCount > 0)
        add(WarningKind::ExpertsUnused, lastStats.unusedExperts,
            std::to_string(lastStats.unusedExperts) + " expert(s) received no token in the last batch");
}

void TrainerImpl::fillCounts(Snapshot &s) const
{
    const auto &layer = model->layer();
    const int E = layer.expertCount();
    const auto &first = layer.experts().front();
    const long long perExpert = first.parameterCount();
    long long shared = 0;
    double sharedFlops = 0;
    for (const auto &e : model->sharedExperts()) {
        shared += e.parameterCount();
        sharedFlops += e.flopsPerToken();
    }
    const long long router = layer.router().parameterCount();
    s.paramsTotal = perExpert * E + router + shared;
    RouteContext ctx = layerOptions(true).route;
    const double activeExperts =
        std::min<double>(layer.strategy().activeExpertsPerToken(ctx, layer.activeExperts()), layer.activeExperts());
    s.paramsActive = (long long)(std::llround(activeExperts * double(perExpert))) + router + shared;
    const int d = data->inputDim(), o = data->outputDim();
    s.flopsPerToken = activeExperts * first.flopsPerToken() + 2.0 * d * E + 2.0 * o * activeExperts + sharedFlops;
}

// Step, time, stage, the configuration and the shape of the problem; the last losses.
void TrainerImpl::fillProgress(Snapshot &s) const
{
    const auto &layer = model->layer();
    const int E = layer.expertCount();
    s.step = stepCount;
    s.epoch = epoch;
    s.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    s.stepsPerSecond = stepsPerSecond;
    s.learningRate = optimizerSettings().lr;
    s.stage = stage == Stage::Joint ? "joint"
        : stage == Stage::Experts   ? "experts"
        : stage == Stage::Gate      ? "gate"
                                    : "fine-tune";
    s.running = !diverged && stepCount < stepLimit;
    s.diverged = diverged;
    s.divergence = divergence;
    s.stopReason = stopReason;
    s.config = cfg;
    s.strategyId = layer.strategy().info().id;
    s.experts = E;
    s.k = effectiveK();
    s.inputDim = data->inputDim();
    s.outputDim = data->outputDim();
    s.task = data->task;
    s.classNames = data->classNames;
    s.imageRows = data->imageRows;
    s.imageCols = data->imageCols;

    s.trainLoss = last.loss;
    s.taskLoss = last.taskLoss;
    s.testLoss = lastEval.loss;
    s.trainAccuracy = lastTrainAccuracy;
    s.testAccuracy = lastEval.accuracy;
    s.auxLosses = lastAux;
}

// Per expert: load, kept load, tokens, drops, bias, knock-out; then the layer's balance figures.
void TrainerImpl::fillExpertStats(Snapshot &s) const
{
    const auto &layer = model->layer();
    const int E = layer.expertCount();
    s.expertStats.resize(std::size_t(E));
    const double ideal = E > 0 ? 1.0 / std::max(1, layer.activeExperts()) : 0;
    for (int e = 0; e < E; ++e) {
        auto &st = s.expertStats[std::size_t(e)];
        if (std::size_t(e) < lastStats.loadFraction.size()) {
            st.load = lastStats.loadFraction[std::size_t(e)];
            st.keptLoad = lastStats.keptFraction[std::size_t(e)];
            st.importance = lastStats.importance[std::size_t(e)];
            st.tokens = lastStats.kept[std::size_t(e)];
            st.dropped = lastStats.dropped[std::size_t(e)];
        }
        st.capacity = fwd.layer.routing.capacity;
        st.utilization = ideal > 0 ? st.load / ideal : 0;
        st.selectionBias = layer.router().selectionBias().size() > e ? layer.router().selectionBias()(e) : 0.0;
        st.knockedOut = layer.knockedOut(e);
        st.frozen = layer.experts()[std::size_t(e)].frozen();
    }
    for (std::size_t i = 0; i < model->sharedExperts().size(); ++i) {
        ExpertStats st;
        st.shared = true;
        st.load = 1;
        st.frozen = model->sharedExperts()[i].frozen();
        s.expertStats.push_back(st);
    }
    s.loadCv = lastStats.loadCv;
    s.maxMeanLoad = lastStats.maxMeanLoad;
    s.maxVio = lastStats.maxVio;
    s.droppedFraction = lastStats.droppedFraction;
    s.tokensWithoutExpert = lastStats.tokensWithoutExpert;
    s.gateEntropy = lastStats.gateEntropy;
    s.gateEntropyNormalized = lastStats.gateEntropyNormalized;
    s.unusedExperts = lastStats.unusedExperts;
    s.topkMargin = lastStats.topkMargin;
    s.meanActiveExperts = lastStats.meanExpertsPerToken;
}

// The probe rows' gate probabilities, combine weights and chosen experts (the heatmap).
void TrainerImpl::fillProbe(Snapshot &s) const
{
    const int E = model->layer().expertCount();
    const bool classification = data->task == Task::Classification;
    forEachEvalChunk(probeRows, [&](const std::vector<int> &part, ModelForward<float> &f, const LossResult &) {
        const Routing &r = f.layer.routing;
        const MatrixD comb = r.combineMatrix();
        for (std::size_t i = 0; i < part.size(); ++i) {
            s.probe.sampleIndex.push_back(part[i]);
            s.probe.label.push_back(classification ? data->labels[std::size_t(part[i])] : -1);
            s.probe.probs.emplace_back(r.probs.row(Eigen::Index(i)).data(), r.probs.row(Eigen::Index(i)).data() + E);
            s.probe.weights.emplace_back(comb.row(Eigen::Index(i)).data(), comb.row(Eigen::Index(i)).data() + E);
            std::vector<std::pair<int, int>> sel;
            for (const auto &slot : r.assignments)
                if (slot.token == int(i) && slot.kept)
                    sel.push_back({slot.rank, slot.expert});
            std::sort(sel.begin(), sel.end());
            std::vector<int> ids;
            for (auto &p : sel)
                ids.push_back(p.second);
            s.probe.selected.push_back(ids);
        }
    });
}

// Specialisation on the test set: class × top expert, and its mutual information.
void TrainerImpl::fillClassExperts(Snapshot &s) const
{
    const int E = model->layer().expertCount();
    s.classExpertCounts.assign(std::size_t(data->classCount()), std::vector<int>(std::size_t(E), 0));
    std::vector<int> rows = testRows;
    if (rows.size() > 3000)
        rows.resize(3000);
    forEachEvalChunk(rows, [&](const std::vector<int> &part, ModelForward<float> &f, const LossResult &) {
        const auto win = winners(f.layer.routing);
        for (std::size_t i = 0; i < part.size(); ++i)
            if (win[i] >= 0)
                ++s.classExpertCounts[std::size_t(data->labels[std::size_t(part[i])])][std::size_t(win[i])];
    });
    s.mutualInformationBits = mutualInformation(s.classExpertCounts) / std::log(2.0);
}

// A sample of the training data with each sample's top expert (scatter and gallery).
void TrainerImpl::fillSample(Snapshot &s) const
{
    const bool classification = data->task == Task::Classification;
    std::vector<int> rows = trainRows;
    const std::size_t cap = data->isImage() ? 400 : 600;
    if (rows.size() > cap) {
        Rng r(cfg.data.seed + 5);
        r.shuffle(rows);
        rows.resize(cap);
    }
    forEachEvalChunk(rows, [&](const std::vector<int> &part, ModelForward<float> &f, const LossResult &) {
        const auto win = winners(f.layer.routing);
        MatrixF x;
        data->gatherRows(part, x);
        for (std::size_t i = 0; i < part.size(); ++i) {
            s.sample.index.push_back(part[i]);
            s.sample.x.emplace_back(x.row(Eigen::Index(i)).data(), x.row(Eigen::Index(i)).data() + x.cols());
            s.sample.label.push_back(classification ? data->labels[std::size_t(part[i])] : -1);
            s.sample.target.push_back(classification ? 0.0 : double(data->targets(part[i], 0)));
            s.sample.topExpert.push_back(win[i]);
        }
    });
}

// The input plane (2-D inputs): winner, its weight and the prediction at each grid point.
void TrainerImpl::fillRegion(Snapshot &s, int resolution) const
{
    const bool classification = data->task == Task::Classification;
    float x0 = 1e30f, x1 = -1e30f, y0 = 1e30f, y1 = -1e30f;
    for (const auto &p : s.sample.x) {
        x0 = std::min(x0, p[0]), x1 = std::max(x1, p[0]);
        y0 = std::min(y0, p[1]), y1 = std::max(y1, p[1]);
    }
    const float mx = 0.1f * (x1 - x0) + 1e-3f, my = 0.1f * (y1 - y0) + 1e-3f;
    auto &g = s.region;
    g.resolution = resolution;
    g.xMin = x0 - mx, g.xMax = x1 + mx, g.yMin = y0 - my, g.yMax = y1 + my;
    MatrixF grid(resolution * resolution, 2);
    for (int r = 0; r < resolution; ++r)
        for (int c = 0; c < resolution; ++c) {
            grid(r * resolution + c, 0) = float(g.xMin + (g.xMax - g.xMin) * (c + 0.5) / resolution);
            grid(r * resolution + c, 1) = float(g.yMin + (g.yMax - g.yMin) * (r + 0.5) / resolution);
        }
    Model<float> &m = evalModel();
    ModelForward<float> f;
    m.forward(grid, layerOptions(false), false, Rng(streamSeed ^ 0xE7A1), f);
    const Routing &rt = f.layer.routing;
    g.winner.resize(std::size_t(grid.rows()));
    g.confidence.resize(std::size_t(grid.rows()));
    g.prediction.resize(std::size_t(grid.rows()));
    std::vector<int> dummyLabels(std::size_t(grid.rows()), 0);
    MatrixF dummyTargets = MatrixF::Zero(grid.rows(), std::max(1, data->outputDim()));
    const LossResult lr = m.loss(cfg.train.loss, f, classification ? &dummyLabels : nullptr,
                                 classification ? nullptr : &dummyTargets, nullptr);
    const auto win = winners(rt);
    const MatrixD comb = rt.combineMatrix();
    for (Eigen::Index i = 0; i < grid.rows(); ++i) {
        g.winner[std::size_t(i)] = win[std::size_t(i)];
        g.confidence[std::size_t(i)] = win[std::size_t(i)] >= 0 ? comb(i, win[std::size_t(i)]) : 0.0;
        g.prediction[std::size_t(i)] = classification ? lr.predictedClass[std::size_t(i)] : 0;
    }
}

// 1-D regression: each expert's curve, the gate's weights and the mixture.
void TrainerImpl::fillCurves(Snapshot &s) const
{
    const auto &layer = model->layer();
    const int E = layer.expertCount();
    const int n = 200;
    float lo = 1e30f, hi = -1e30f;
    for (const auto &p : s.sample.x)
        lo = std::min(lo, p[0]), hi = std::max(hi, p[0]);
    MatrixF xs(n, 1);
    for (int i = 0; i < n; ++i)
        xs(i, 0) = lo + (hi - lo) * float(i) / float(n - 1);
    Model<float> &m = evalModel();
    ModelForward<float> f;
    m.forward(xs, layerOptions(false), false, Rng(streamSeed ^ 0xE7A1), f);
    s.curves.x.assign(xs.data(), xs.data() + n);
    s.curves.expertY.assign(std::size_t(E), std::vector<double>(std::size_t(n), 0.0));
    s.curves.gate.assign(std::size_t(E), std::vector<double>(std::size_t(n), 0.0));
    ExpertCache<float> cache;
    MatrixF out;
    for (int e = 0; e < E; ++e) {
        layer.experts()[std::size_t(e)].forward(xs, out, cache, 0.0, nullptr);
        for (int i = 0; i < n; ++i)
            s.curves.expertY[std::size_t(e)][std::size_t(i)] =
                out(i, 0) + (f.sharedSum.size() ? f.sharedSum(i, 0) : 0.f);
    }
    const MatrixD comb = f.layer.routing.combineMatrix();
    for (int e = 0; e < E; ++e)
        for (int i = 0; i < n; ++i)
            s.curves.gate[std::size_t(e)][std::size_t(i)] = comb(i, e);
    MatrixF zeros = MatrixF::Zero(n, std::max(1, data->outputDim()));
    const LossResult lr = m.loss(cfg.train.loss, f, nullptr, &zeros, nullptr);
    s.curves.mixture.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        s.curves.mixture[std::size_t(i)] = lr.predictedValue.rows() > i ? lr.predictedValue(i, 0) : 0.0;
}

Snapshot TrainerImpl::snapshot(SnapshotDetail detail, int resolution) const
{
    Snapshot s;
    fillProgress(s);
    fillExpertStats(s);
    fillCounts(s);
    fillWarnings(s);
    s.history = history.points();
    if (detail == SnapshotDetail::Scalars)
        return s;
    fillProbe(s);
    if (data->task == Task::Classification)
        fillClassExperts(s);
    fillSample(s);
    if (data->inputDim() == 2 && resolution > 1)
        fillRegion(s, resolution);
    if (data->task == Task::Regression && data->inputDim() == 1)
        fillCurves(s);
    return s;
}

Trainer::Inference Trainer::infer(const std::vector<float> &xv) const
{
    const auto &impl = *m_impl;
    Inference out;
    MatrixF x(1, Eigen::Index(xv.size()));
    for (std::size_t i = 0; i < xv.size(); ++i)
        x(0, Eigen::Index(i)) = xv[i];
    Model<float> &m = impl.evalModel();
    ModelForward<float> f;
    m.forward(x, impl.layerOptions(false), false, Rng(impl.streamSeed ^ 0xE7A1), f);
    const Routing &r = f.layer.routing;
    const int E = r.experts;
    out.logits.assign(r.logits.data(), r.logits.data() + E);
    out.probs.assign(r.probs.data(), r.probs.data() + E);
    std::vector<std::pair<int, int>> sel;
    for (const auto &s : r.assignments)
        if (s.kept)
            sel.push_back({s.rank, s.expert});
    std::sort(sel.begin(), sel.end());
    for (auto &p : sel)
        out.selected.push_back(p.second);
    const MatrixD comb = r.combineMatrix();
    out.weights.assign(comb.data(), comb.data() + E);
    ExpertCache<float> cache;
    MatrixF o;
    for (int e = 0; e < E; ++e) {
        m.layer().experts()[std::size_t(e)].forward(x, o, cache, 0.0, nullptr);
        out.expertOutputs.emplace_back(o.data(), o.data() + o.cols());
    }
    out.output.assign(f.output.data(), f.output.data() + f.output.cols());
    if (impl.data->task == Task::Classification) {
        std::vector<int> label {0};
        const LossResult lr = m.loss(impl.cfg.train.loss, f, &label, nullptr, nullptr);
        if (impl.cfg.train.loss == TaskLoss::MixtureOfDistributions) {
            // p(c|x) = Σ_e w_e softmax(c_e)
            out.prediction.assign(f.output.cols(), 0.0);
            double wsum = 0;
            for (int e = 0; e < E; ++e) {
                if (out.weights[std::size_t(e)] <= 0)
                    continue;
                const auto &v = out.expertOutputs[std::size_t(e)];
                const double lse = logSumExp(std::vector<double>(v.begin(), v.end()).data(), int(v.size()));
                for (std::size_t c = 0; c < v.size(); ++c)
                    out.prediction[c] += out.weights[std::size_t(e)] * std::exp(v[c] - lse);
                wsum += out.weights[std::size_t(e)];
            }
            for (auto &p : out.prediction)
                p = wsum > 0 ? p / wsum : 0.0;
        } else {
            std::vector<double> v(out.output.begin(), out.output.end());
            const double lse = logSumExp(v.data(), int(v.size()));
            for (double &p : v)
                p = std::exp(p - lse);
            out.prediction = v;
        }
        (void)lr;
    } else {
        out.prediction.assign(out.output.begin(), out.output.end());
    }
    return out;
}

Trainer::BatchGradients Trainer::batchGradients(const MatrixF &x, const std::vector<int> &labels,
                                                const MatrixF &targets) const
{
    auto &impl = *m_impl;
    auto &m = *impl.model;
    LayerOptions opt = impl.layerOptions(true);
    opt.dropout = 0;
    opt.jitter = 0;
    ModelForward<float> f;
    ModelGrad<float> g;
    m.forward(x, opt, true, Rng(impl.streamSeed ^ 0x6AD), f);
    const bool classification = impl.data->task == Task::Classification;
    const LossResult lr =
        m.loss(impl.cfg.train.loss, f, classification ? &labels : nullptr, classification ? nullptr : &targets, &g);
    for (auto *p : m.parameters())
        p->grad.setZero(p->value.rows(), p->value.cols());
    m.backward(f, g, opt);
    BatchGradients out;
    out.taskLoss = lr.task;
    out.auxLoss = f.layer.auxTotal;
    out.loss = lr.task + f.layer.auxTotal;
    out.auxTerms = f.layer.auxTerms;
    for (const auto *p : m.parameters()) {
        ParameterGradient pg;
        pg.name = p->name;
        pg.rows = int(p->value.rows());
        pg.cols = int(p->value.cols());
        pg.value.assign(p->value.data(), p->value.data() + p->value.size());
        if (p->frozen)
            pg.gradient.assign(std::size_t(p->value.size()), 0.0f);
        else
            pg.gradient.assign(p->grad.data(), p->grad.data() + p->grad.size());
        out.parameters.push_back(std::move(pg));
    }
    return out;
}

std::vector<int> Trainer::predictClasses(const MatrixF &x) const
{
    const auto &impl = *m_impl;
    if (impl.data->task != Task::Classification)
        return {};
    Model<float> &m = impl.evalModel();
    ModelForward<float> f;
    m.forward(x, impl.layerOptions(false), false, Rng(impl.streamSeed ^ 0xE7A1), f);
    std::vector<int> labels(std::size_t(x.rows()), 0);
    return m.loss(impl.cfg.train.loss, f, &labels, nullptr, nullptr).predictedClass;
}

}  // namespace moe
