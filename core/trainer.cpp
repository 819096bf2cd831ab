// The trainer's step loop: batches, forward, loss, backward, optimiser, bias update,
// divergence guard, history and evaluation.
#include "trainer_impl.h"

#include "balancer.h"
#include "kmeans.h"
#include "layer_options.h"
#include "lr_schedule.h"
#include "routing/assigned.h"
#include "routing/registry.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace moe {

TrainerImpl::TrainerImpl(const ExperimentConfig &config, std::shared_ptr<const Dataset> dataset)
    : cfg(config), data(std::move(dataset))
{
    if (!data || data->size() < 2)
        throw std::invalid_argument("the dataset is empty or has fewer than 2 samples");
    if (data->taskNames.size() >= 2)  // core/mmoe trains these (MultiTaskTrainer)
        throw std::invalid_argument("data.name: '" + data->id + "' has " + std::to_string(data->taskNames.size())
                                    + " tasks; multi-task models train with the multi-task trainer "
                                      "(core/mmoe), not in this one");
    const bool regressionLoss = cfg.train.loss == TaskLoss::Mse || cfg.train.loss == TaskLoss::Competitive;
    if (data->task == Task::Regression && !regressionLoss)
        cfg.train.loss = TaskLoss::Mse;
    if (data->task == Task::Classification && regressionLoss)
        cfg.train.loss = TaskLoss::CrossEntropy;
    if (data->task == Task::Classification && data->classCount() < 2)
        throw std::invalid_argument("a classification dataset needs at least 2 classes");
    if (!findStrategy(cfg.routing.strategy))
        throw std::invalid_argument("routing.strategy: unknown strategy '" + cfg.routing.strategy + "'");
    stepLimit = cfg.train.steps;
    split();
    buildModel();
}

void TrainerImpl::split()
{
    const int n = data->size();
    std::vector<int> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    if (data->fixedTrainCount && *data->fixedTrainCount > 0 && *data->fixedTrainCount < n) {
        trainRows.assign(rows.begin(), rows.begin() + *data->fixedTrainCount);
        testRows.assign(rows.begin() + *data->fixedTrainCount, rows.end());
    } else {
        Rng splitRng(cfg.data.seed * 7919 + 17);
        splitRng.shuffle(rows);
        int test = std::clamp(int(std::lround(n * cfg.data.testFraction)), 1, n - 1);
        testRows.assign(rows.begin(), rows.begin() + test);
        trainRows.assign(rows.begin() + test, rows.end());
        std::sort(testRows.begin(), testRows.end());
    }
    // Probe set for the heatmap: up to 48 test samples, sorted by class.
    probeRows = testRows;
    if (probeRows.size() > 48) {
        Rng probeRng(cfg.data.seed + 99);
        probeRng.shuffle(probeRows);
        probeRows.resize(48);
    }
    if (data->task == Task::Classification)
        std::stable_sort(probeRows.begin(), probeRows.end(),
                         [this](int a, int b) { return data->labels[std::size_t(a)] < data->labels[std::size_t(b)]; });
    order = trainRows;
    batchRng.reseed(cfg.train.seed * 2654435761ULL + 1);
    batchRng.shuffle(order);
    cursor = 0;
}

ModelSpec TrainerImpl::specFromConfig() const
{
    ModelSpec s;
    s.inputs = data->inputDim();
    s.outputs = data->outputDim();
    // DeepSeekMoE (MOE_SPEC §11): split each of E experts into m narrower ones; K_s of the
    // E·m are always-on shared experts, the router picks k·m − K_s of the other E·m − K_s.
    const int m = std::max(1, cfg.model.fineGrain);
    s.experts = std::max(1, cfg.model.experts * m - cfg.model.sharedExperts);
    s.hidden = std::max(1, cfg.model.hidden / m);
    s.expertType = cfg.model.expertType;
    s.activation = cfg.model.activation;
    s.sharedExperts = cfg.model.sharedExperts;
    s.routerBias = cfg.model.routerBias;
    s.routerHidden = cfg.model.routerHidden;
    s.residual = cfg.model.residual && data->inputDim() == data->outputDim();
    return s;
}

void TrainerImpl::buildModel()
{
    model = std::make_unique<Model<float>>(specFromConfig());
    initRng.reseed(cfg.train.seed);
    model->initialize(initRng, cfg.model.routerInitStd);
    configuredStrategy = makeStrategy(cfg.routing.strategy);
    model->layer().setStrategy(makeStrategy(cfg.routing.strategy));
    streamSeed = cfg.train.seed ^ 0xC0FFEEULL;
    stage = cfg.train.schedule == Schedule::Staged ? Stage::Experts : Stage::Joint;
    if (stage != Stage::Joint)
        computeStagePartition();
    applyStage();
    rememberGoodWeights();
}

void TrainerImpl::computeStagePartition()
{
    const int E = model->layer().expertCount();
    partitionOfRow.assign(std::size_t(data->size()), 0);
    if (cfg.train.stagePartition == StagePartition::Classes && data->task == Task::Classification) {
        for (int i = 0; i < data->size(); ++i)
            partitionOfRow[std::size_t(i)] = data->labels[std::size_t(i)] % E;
        return;
    }
    // Otherwise the clusters of k-means (seeded, 10 rounds) on the training rows.
    MatrixF x;
    std::vector<int> none;
    MatrixF t;
    gather(trainRows, x, none, t);
    Rng kr(cfg.data.seed + 4242);
    const MatrixF centres = kMeansCentres(x, E, 10, kr);
    MatrixF all;
    std::vector<int> allRows(std::size_t(data->size()));
    std::iota(allRows.begin(), allRows.end(), 0);
    gather(allRows, all, none, t);
    partitionOfRow = nearestCentres(all, centres);
}

// Stage A: experts on their subsets (router frozen, assigned routing). Stage B: the gate
// with experts frozen (dense gating, so every expert is compared). Stage C: everything,
// the configured strategy, learning rate × 0.1.
void TrainerImpl::applyStage()
{
    auto &layer = model->layer();
    switch (stage) {
    case Stage::Joint:  // also: staged training switched off during stage A or B
    case Stage::FineTune:
        layer.setStrategy(makeStrategy(cfg.routing.strategy));
        layer.router().setFrozen(false);
        for (auto &e : layer.experts())
            e.setFrozen(false);
        break;
    case Stage::Experts:
        layer.setStrategy(std::make_unique<AssignedStrategy>(&batchAssignment));
        layer.router().setFrozen(true);
        for (auto &e : layer.experts())
            e.setFrozen(false);
        break;
    case Stage::Gate:
        layer.setStrategy(makeStrategy("dense"));
        layer.router().setFrozen(false);
        for (auto &e : layer.experts())
            e.setFrozen(true);
        break;
    }
}

LayerOptions TrainerImpl::layerOptions(bool training) const
{
    return layerOptionsFor(cfg, training, effectiveK());
}

int TrainerImpl::effectiveK() const
{
    const int m = std::max(1, cfg.model.fineGrain);
    return std::max(1, cfg.routing.k * m - cfg.model.sharedExperts);
}

OptimizerSettings TrainerImpl::optimizerSettings() const
{
    OptimizerSettings o = optimizerSettingsAt(cfg.train, stepCount);
    if (stage == Stage::FineTune)
        o.lr *= 0.1;
    return o;
}

void TrainerImpl::nextBatch(std::vector<int> &rows)
{
    const int b = std::max(1, std::min<int>(cfg.train.batch, int(order.size())));
    rows.resize(std::size_t(b));
    for (int i = 0; i < b; ++i) {
        if (cursor >= order.size()) {
            batchRng.shuffle(order);
            cursor = 0;
            ++epoch;
        }
        rows[std::size_t(i)] = order[cursor++];
    }
}

void TrainerImpl::gather(const std::vector<int> &rows, MatrixF &x, std::vector<int> &labels, MatrixF &targets) const
{
    data->gatherRows(rows, x);
    if (data->task == Task::Classification) {
        labels.resize(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            labels[i] = data->labels[std::size_t(rows[i])];
    } else {
        targets.resize(Eigen::Index(rows.size()), data->targets.cols());
        for (std::size_t i = 0; i < rows.size(); ++i)
            targets.row(Eigen::Index(i)) = data->targets.row(rows[i]);
    }
}

void TrainerImpl::rememberGoodWeights()
{
    guard.rememberWeights(model->parameters(), stepCount);
}

void TrainerImpl::diverge(Divergence d)
{
    diverged = true;
    for (auto *p : model->parameters())
        p->dropGradFactors();  // they point into this step's forward record
    d.restoredStep = guard.restoreWeights(model->parameters());
    divergence = d;
    stopReason = describeDivergence(d);
}

// Staged schedule: A for stage_steps, B for stage_steps, then C. The schedule may be switched
// on or off during the run; stage A makes the experts' subsets when it needs them.
void TrainerImpl::followSchedule()
{
    const Stage want = cfg.train.schedule != Schedule::Staged ? Stage::Joint
        : stepCount < cfg.train.stageSteps                    ? Stage::Experts
        : stepCount < 2 * cfg.train.stageSteps                ? Stage::Gate
                                                              : Stage::FineTune;
    if (want != stage) {
        stage = want;
        applyStage();
    }
    if (stage == Stage::Experts && partitionOfRow.size() != std::size_t(data->size()))
        computeStagePartition();
}

bool TrainerImpl::step()
{
    if (diverged || stepCount >= stepLimit)
        return false;
    if (cfg.train.threads > 0)
        omp_set_num_threads(cfg.train.threads);
    followSchedule();

    nextBatch(batchRows);
    gather(batchRows, xBatch, yBatch, tBatch);
    if (stage == Stage::Experts) {
        batchAssignment.resize(batchRows.size());
        for (std::size_t i = 0; i < batchRows.size(); ++i)
            batchAssignment[i] = partitionOfRow[std::size_t(batchRows[i])];
    }
    LayerOptions opt = layerOptions(true);
    opt.factorGradients = true;  // gradients are read below only through Parameter and the optimizer
    const Rng stream = Rng(streamSeed).fork(std::uint64_t(stepCount) + 1);
    model->forward(xBatch, opt, true, stream, fwd);
    const bool classification = data->task == Task::Classification;
    const LossResult lr =
        model->loss(cfg.train.loss, fwd, classification ? &yBatch : nullptr, classification ? nullptr : &tBatch, &grad);
    const double total = lr.task + fwd.layer.auxTotal;
    if (const Divergence d = guard.checkLoss(total, stepCount + 1); d.happened()) {
        diverge(d);
        return false;
    }
    model->backward(fwd, grad, opt);

    // Gradient check (and optional clipping by global norm).
    const auto params = model->parameters();
    const ParameterHomes homes = model->parameterHomes();
    const double sq = gradSquaredNorm(params, &homes);
    if (const Divergence d = guard.checkGradient(sq, stepCount + 1); d.happened()) {
        diverge(d);
        return false;
    }
    clipGradientNorm(params, sq, cfg.train.clipNorm);
    optimizerStep(optimizerSettings(), params, &homes);

    if (cfg.balance.biasRate > 0 && model->layer().strategy().info().usesSelectionBias)
        updateSelectionBias(model->layer().router().selectionBias(), fwd.layer.routing, cfg.balance.biasRate);

    ++stepCount;
    recordStep(lr, total);
    if (stepCount % DivergenceGuard<float>::kRememberEvery == 0)
        rememberGoodWeights();
    return stepCount < stepLimit;
}

// What the views and the run folder see of the step just taken: losses, routing statistics,
// the step rate, a history point, and the evaluation when one is due.
void TrainerImpl::recordStep(const LossResult &lr, double total)
{
    const bool classification = data->task == Task::Classification;
    last = {true, total, lr.task, fwd.layer.auxTotal};
    lastAux = fwd.layer.auxTerms;
    std::vector<bool> knocked;
    for (int e = 0; e < model->layer().expertCount(); ++e)
        knocked.push_back(model->layer().knockedOut(e));
    lastStats = computeRoutingStats(fwd.layer.routing, knocked);
    lastTrainAccuracy = classification ? double(lr.correct) / double(std::max<std::size_t>(1, batchRows.size())) : -1;

    const auto now = std::chrono::steady_clock::now();
    const double dt = std::chrono::duration<double>(now - lastStepTime).count();
    lastStepTime = now;
    if (dt > 0)
        stepsPerSecond = stepsPerSecond == 0 ? 1.0 / dt : 0.95 * stepsPerSecond + 0.05 / dt;

    HistoryPoint h;
    h.step = stepCount;
    h.trainLoss = total;
    h.taskLoss = lr.task;
    h.auxLoss = fwd.layer.auxTotal;
    h.trainAccuracy = lastTrainAccuracy;
    h.loadCv = lastStats.loadCv;
    h.maxMeanLoad = lastStats.maxMeanLoad;
    h.droppedFraction = lastStats.droppedFraction;
    h.gateEntropy = lastStats.gateEntropy;
    h.expertLoad = lastStats.loadFraction;
    if (stepCount % std::max(1, cfg.train.evalEvery) == 0 || stepCount == stepLimit) {
        lastEval = evaluate();
        h.testLoss = lastEval.loss;
        h.testAccuracy = lastEval.accuracy;
    }
    history.record(std::move(h), cfg.train.evalEvery, stepLimit);
}

void TrainerImpl::forEachEvalChunk(
    const std::vector<int> &rows,
    const std::function<void(const std::vector<int> &, ModelForward<float> &, const LossResult &)> &visit) const
{
    const std::size_t chunk = std::size_t(std::max(256, cfg.train.batch));
    const LayerOptions opt = layerOptions(false);
    const bool classification = data->task == Task::Classification;
    ModelForward<float> f;
    MatrixF x, t;
    std::vector<int> y;
    Model<float> &m = evalModel();
    for (std::size_t start = 0; start < rows.size(); start += chunk) {
        std::vector<int> part(rows.begin() + std::ptrdiff_t(start),
                              rows.begin() + std::ptrdiff_t(std::min(rows.size(), start + chunk)));
        gather(part, x, y, t);
        m.forward(x, opt, false, Rng(streamSeed ^ 0xE7A1), f);
        const LossResult lr =
            m.loss(cfg.train.loss, f, classification ? &y : nullptr, classification ? nullptr : &t, nullptr);
        visit(part, f, lr);
    }
}

EvalResult TrainerImpl::evaluate()
{
    std::vector<int> rows = testRows;
    if (rows.size() > 5000)
        rows.resize(5000);  // a fixed, deterministic subset keeps evaluation fast on big sets
    double lossSum = 0, correct = 0, n = 0, sse = 0;
    RowVector<double> sum = RowVector<double>::Zero(data->outputDim()), sumSq = sum;
    forEachEvalChunk(rows, [&](const std::vector<int> &part, ModelForward<float> &, const LossResult &lr) {
        lossSum += lr.task * double(part.size());
        n += double(part.size());
        if (data->task == Task::Classification) {
            correct += lr.correct;
        } else {
            for (std::size_t i = 0; i < part.size(); ++i) {
                const RowVector<double> y = data->targets.row(part[i]).cast<double>();
                sse += (lr.predictedValue.row(Eigen::Index(i)) - y).squaredNorm();
                sum += y;
                sumSq += y.array().square().matrix();
            }
        }
    });
    EvalResult r;
    r.loss = n > 0 ? lossSum / n : 0;
    if (data->task == Task::Classification) {
        r.accuracy = n > 0 ? correct / n : 0;
    } else {
        const double sst = (sumSq - sum.array().square().matrix() / n).sum();
        r.accuracy = sst > 0 ? 1.0 - sse / sst : 0.0;
    }
    return r;
}

// ---- the public face -------------------------------------------------------------------

Trainer::Trainer(const ExperimentConfig &config, std::shared_ptr<const Dataset> data)
    : m_impl(std::make_unique<TrainerImpl>(config, std::move(data)))
{ }
Trainer::~Trainer() = default;
bool Trainer::step()
{
    return m_impl->step();
}
StepResult Trainer::lastStep() const
{
    return m_impl->last;
}
EvalResult Trainer::evaluate()
{
    return m_impl->lastEval = m_impl->evaluate();
}
Snapshot Trainer::snapshot(SnapshotDetail detail, int res) const
{
    return m_impl->snapshot(detail, res);
}
Problem Trainer::apply(const Command &c)
{
    return m_impl->apply(c);
}
Command Trainer::resolveToggle(const Command &c) const
{
    return m_impl->resolveToggle(c);
}
int Trainer::stepCount() const
{
    return m_impl->stepCount;
}
bool Trainer::finished() const
{
    return m_impl->stepCount >= m_impl->stepLimit;
}
bool Trainer::diverged() const
{
    return m_impl->diverged;
}
std::string Trainer::stopReason() const
{
    return m_impl->stopReason;
}
Divergence Trainer::divergence() const
{
    return m_impl->divergence;
}
void Trainer::extendSteps(int extra)
{
    m_impl->stepLimit = std::max(m_impl->stepLimit, m_impl->stepCount) + extra;
}
void Trainer::clearDivergence()
{
    m_impl->diverged = false;
    m_impl->divergence = {};
    m_impl->stopReason.clear();
    m_impl->guard.forgetInitialLoss();
}
const ExperimentConfig &Trainer::config() const
{
    return m_impl->cfg;
}
const Dataset &Trainer::dataset() const
{
    return *m_impl->data;
}

}  // namespace moe
