#include "multitask_snapshot.h"

#include "core/optimizer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace moe {
namespace {

double meanOf(const std::vector<double> &v)
{
    return v.empty() ? -1.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

}  // namespace

void MultiTaskHistory::record(const MultiTaskTrainer &trainer, const MultiTaskEvaluation *evaluation)
{
    const MultiTaskStepResult &last = trainer.lastStep();
    HistoryPoint h;
    h.step = trainer.stepCount();
    h.trainLoss = last.loss;
    h.taskLoss = last.loss - last.auxLoss;
    h.auxLoss = last.auxLoss;
    h.expertLoad = last.expertShare;
    if (m_smoothed.size() != last.taskLoss.size()) {
        m_smoothed = last.taskLoss;
    } else {
        for (std::size_t k = 0; k < m_smoothed.size(); ++k)
            m_smoothed[k] += kTrainSmoothing * (last.taskLoss[k] - m_smoothed[k]);
    }
    MultiTaskPoint p;
    p.step = h.step;
    p.trainLoss = m_smoothed;
    if (evaluation) {
        h.testLoss = evaluation->loss;
        h.testAccuracy = meanOf(evaluation->r2);  // R², as Snapshot::testAccuracy is for regression
        p.testLoss = evaluation->taskLoss;
    }
    m_overall.record(std::move(h), trainer.config().train.evalEvery, trainer.config().train.steps);
    follow(std::move(p));
}

// Keeps m_tasks on the steps RunHistory kept: usually the newest point was appended or
// replaced the one before; after a thinning the points off the new grid go.
void MultiTaskHistory::follow(MultiTaskPoint point)
{
    const std::vector<HistoryPoint> &kept = m_overall.points();
    if (kept.empty() || kept.back().step != point.step)
        return;  // not kept (cannot happen: RunHistory keeps the newest)
    const std::size_t n = kept.size();
    auto sameUpTo = [&](std::size_t count) {
        return m_tasks.size() >= count && (count == 0 || m_tasks[count - 1].step == kept[count - 1].step);
    };
    if (m_tasks.size() + 1 == n && sameUpTo(n - 1)) {
        m_tasks.push_back(std::move(point));
        return;
    }
    if (m_tasks.size() == n && sameUpTo(n - 1)) {
        m_tasks.back() = std::move(point);
        return;
    }
    std::vector<MultiTaskPoint> next;
    next.reserve(n);
    std::size_t j = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        while (j < m_tasks.size() && m_tasks[j].step < kept[i].step)
            ++j;
        if (j < m_tasks.size() && m_tasks[j].step == kept[i].step)
            next.push_back(std::move(m_tasks[j]));
        else
            next.push_back({kept[i].step, {}, {}});
    }
    next.push_back(std::move(point));
    m_tasks = std::move(next);
}

MultiTaskCurves MultiTaskHistory::curves(int tasks) const
{
    MultiTaskCurves c;
    const std::size_t n = m_tasks.size(), T = std::size_t(std::max(0, tasks));
    c.steps.reserve(n);
    c.trainLoss.assign(T, std::vector<double>(n, NAN));
    c.testLoss.assign(T, std::vector<double>(n, NAN));
    for (std::size_t i = 0; i < n; ++i) {
        const MultiTaskPoint &p = m_tasks[i];
        c.steps.push_back(p.step);
        for (std::size_t k = 0; k < T; ++k) {
            if (k < p.trainLoss.size())
                c.trainLoss[k][i] = p.trainLoss[k];
            if (k < p.testLoss.size())
                c.testLoss[k][i] = p.testLoss[k];
        }
    }
    return c;
}

Snapshot buildMultiTaskSnapshot(const MultiTaskTrainer &trainer, const MultiTaskSnapshotInputs &inputs)
{
    const MultiTaskModel<float> &model = trainer.model();
    const MultiTaskSpec &spec = model.spec();
    const ExperimentConfig &cfg = trainer.config();
    const MultiTaskStepResult &last = trainer.lastStep();
    const bool stepped = trainer.stepCount() > 0 && !last.taskLoss.empty();

    auto mt = std::make_shared<MultiTaskSnapshot>();
    mt->taskNames = trainer.taskNames();
    mt->taskWeights = trainer.taskWeights();
    mt->gates = spec.gates;
    mt->experts = model.expertCount();
    mt->gateCount = model.gateCount();
    mt->hidden = spec.hidden;
    mt->towerHidden = spec.towerHidden;
    mt->routerHidden = spec.routerHidden;
    mt->strategyId = model.gateCount() > 0 ? spec.strategy : std::string();
    for (int e = 0; e < mt->experts; ++e)
        mt->knockedOut.push_back(model.knockedOut(e));
    mt->paramsTotal = model.parameterCount();
    mt->step = trainer.stepCount();
    if (stepped)
        mt->trainLoss = last.taskLoss;
    if (inputs.evaluation) {
        mt->testLoss = inputs.evaluation->taskLoss;
        mt->r2 = inputs.evaluation->r2;
        mt->evaluationStep = inputs.evaluationStep;
    }
    if (inputs.history)
        mt->curves = inputs.history->curves(mt->tasks());
    if (inputs.gateUsage) {
        mt->gateUsage = *inputs.gateUsage;
        mt->usageRows = inputs.usageRows;
    }
    if (stepped)
        mt->expertShare = last.expertShare;

    Snapshot s;
    s.step = trainer.stepCount();
    s.epoch = trainer.epochCount();
    s.learningRate = stepped ? last.learningRate : optimizerSettingsAt(cfg.train, 0).lr;
    s.diverged = trainer.diverged();
    s.divergence = trainer.divergence();
    s.stopReason = trainer.stopReason();
    s.config = cfg;
    s.strategyId = mt->strategyId;
    s.experts = mt->experts;
    s.k = cfg.routing.k;
    s.inputDim = spec.inputs;
    s.outputDim = spec.tasks;
    s.task = Task::Regression;
    if (stepped) {
        s.trainLoss = last.loss;
        s.taskLoss = last.loss - last.auxLoss;
        s.auxLosses = last.auxTerms;
    }
    if (inputs.evaluation) {
        s.testLoss = inputs.evaluation->loss;
        s.testAccuracy = meanOf(inputs.evaluation->r2);
    }
    for (int e = 0; e < mt->experts; ++e) {
        ExpertStats st;
        st.load = e < int(mt->expertShare.size()) ? mt->expertShare[std::size_t(e)] : 0.0;
        st.keptLoad = st.load;
        st.utilization = st.load * double(std::max(1, model.activeExperts()));
        st.knockedOut = model.knockedOut(e);
        s.expertStats.push_back(st);
    }
    s.unusedExperts = int(std::count_if(s.expertStats.begin(), s.expertStats.end(),
                                        [](const ExpertStats &st) { return !st.knockedOut && st.load < 1e-3; }));
    s.paramsTotal = mt->paramsTotal;
    s.paramsActive = mt->paramsTotal;  // every expert runs on every sample
    if (inputs.history)
        s.history = inputs.history->points();
    s.multiTask = std::move(mt);
    return s;
}

}  // namespace moe
