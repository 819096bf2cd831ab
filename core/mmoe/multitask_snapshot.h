// MultiTaskSnapshot: what the window's multi-task views draw, as plain immutable data (no Qt).
// buildMultiTaskSnapshot() fills a moe::Snapshot from a MultiTaskTrainer between two steps:
// its scalar fields as for the vector model (step, losses, learning rate, the overall history,
// per-expert statistics), so the status bar, the loss curves and the expert load view work
// unchanged, and Snapshot::multiTask with the multi-task picture:
//
//   per task     the batch loss of the last step, the test loss and R² of the last evaluation
//   curves       per task, the train loss and test loss (evaluated steps) against the step, as
//                columns over the recorded steps (NaN where not measured). The train loss is
//                the batch loss smoothed over the steps, b̄ ← (1 − α) b̄ + α b with α = 0.1
//                (about 10 steps), as the batch alone is noisy
//   gate usage   tasks × E, the mean combine weight each task's gate gives each expert over
//                the first usageRows test rows (MultiTaskTrainer::gateUsage): with dense
//                gating each row sums to 1 over the experts; empty for a shared bottom
//   knock-outs   per expert
//
// MultiTaskHistory records the steps within a budget: the overall points go through
// RunHistory (even over the whole run, evaluations kept), the per-task values follow the
// steps RunHistory keeps.
#pragma once

#include "multitask_trainer.h"

#include "core/run_history.h"
#include "core/snapshot.h"

#include <string>
#include <vector>

namespace moe {

struct MultiTaskCurves {
    std::vector<int> steps;  // n recorded steps
    std::vector<std::vector<double>> trainLoss, testLoss;  // T × n, NaN where not measured
};

struct MultiTaskSnapshot {
    // the model
    std::vector<std::string> taskNames;  // T
    std::vector<double> taskWeights;  // λ_k of train.task_weights
    TaskGates gates = TaskGates::PerTask;
    int experts = 0;  // behind the gates; 0 for a shared bottom
    int gateCount = 0;  // T (per_task), 1 (shared), 0 (none)
    int hidden = 0, towerHidden = 0, routerHidden = 0;
    std::string strategyId;  // the gates' routing strategy ("" for a shared bottom)
    std::vector<bool> knockedOut;  // per expert
    long long paramsTotal = 0;

    // losses (mean squared error per task)
    int step = 0;
    std::vector<double> trainLoss;  // the last step's batch; empty before the first
    std::vector<double> testLoss, r2;  // the last evaluation; empty before the first
    int evaluationStep = -1;
    MultiTaskCurves curves;

    // routing
    std::vector<std::vector<double>> gateUsage;  // T × E
    int usageRows = 0;  // test rows it is measured on
    std::vector<double> expertShare;  // per expert, its share of the combine weight on the last batch

    [[nodiscard]] int tasks() const { return int(taskNames.size()); }
};

struct MultiTaskPoint {
    int step = 0;
    std::vector<double> trainLoss;  // per task, the batch loss smoothed (kTrainSmoothing)
    std::vector<double> testLoss;  // per task; empty when not evaluated at this step
};

class MultiTaskHistory {
public:
    explicit MultiTaskHistory(int budget = 4000) : m_overall(budget) { }
    static constexpr double kTrainSmoothing = 0.1;

    // After a step; `evaluation` when the test set was evaluated at this step (else null).
    void record(const MultiTaskTrainer &trainer, const MultiTaskEvaluation *evaluation);
    [[nodiscard]] const std::vector<HistoryPoint> &points() const { return m_overall.points(); }
    [[nodiscard]] const std::vector<MultiTaskPoint> &taskPoints() const { return m_tasks; }
    [[nodiscard]] MultiTaskCurves curves(int tasks) const;

private:
    void follow(MultiTaskPoint point);

    RunHistory m_overall;
    std::vector<MultiTaskPoint> m_tasks;  // the steps of m_overall, in order
    std::vector<double> m_smoothed;  // per task, the smoothed batch loss
};

// What the caller keeps between snapshots: the last evaluation and the last gate usage.
struct MultiTaskSnapshotInputs {
    const MultiTaskHistory *history = nullptr;
    const MultiTaskEvaluation *evaluation = nullptr;  // null before the first
    int evaluationStep = -1;
    const std::vector<std::vector<double>> *gateUsage = nullptr;  // null: not measured
    int usageRows = 0;
};

Snapshot buildMultiTaskSnapshot(const MultiTaskTrainer &trainer, const MultiTaskSnapshotInputs &inputs);

}  // namespace moe
