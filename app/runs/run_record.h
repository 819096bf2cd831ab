// RunRecord: what a finished (or stopped) run leaves behind, ready to be written as a run
// folder: the configuration, the weights, the final full snapshot, and one metric row and E
// expert rows per logged step. RunRecorder collects the rows while a run goes on (the CLI
// records every train.eval_every steps; the GUI's controller can record each published
// snapshot), and RunRecord::fromSnapshot() rebuilds them from a snapshot's history alone.
#pragma once

#include "core/config.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace moe::app {

// One row of metrics.csv. Values not measured at this step are NaN (written as empty fields).
struct MetricRow {
    int step = 0;
    double trainLoss = 0;
    double testLoss = 0;
    double auxLoss = 0;
    double accuracy = 0;  // test accuracy (R² for regression)
    double loadCv = 0;
    double maxMeanLoad = 0;
    double droppedFraction = 0;
    double gateEntropy = 0;
};

// One row of experts.csv. importance and dropped are NaN / -1 when unknown.
struct ExpertRow {
    int step = 0;
    int expert = 0;
    double load = 0;
    double importance = 0;
    int dropped = 0;
};

struct RunRecord {
    ExperimentConfig config;
    QByteArray weights;  // Trainer::serializeWeights() (MultiTaskTrainer::serialize()); may be empty
    Snapshot final;  // SnapshotDetail::Full at the end of the run
    std::vector<MetricRow> metrics;  // one per logged step, ascending
    std::vector<ExpertRow> experts;  // E per logged step
    bool diverged = false;
    QString stopReason;  // English from the core; empty when it ran to the end
    double wallSeconds = 0;
    // Multi-task runs: the tasks' names, and the gate-weight matrix at the end, tasks × experts
    // (mean combine weight each task's gate gives each expert on the test rows; empty for a
    // shared bottom). Empty for single-task runs.
    // taskTrainLoss/taskTestLoss: one list per metric row (same order), one loss per task.
    QStringList taskNames;
    std::vector<std::vector<double>> gateUsage;
    std::vector<std::vector<double>> taskTrainLoss, taskTestLoss;

    // Rows from the snapshot's history (the GUI's "Export run…" when nothing was recorded).
    static RunRecord fromSnapshot(const Snapshot &snapshot, const QByteArray &weights);
};

class RunRecorder {
public:
    // Records the latest values of `snapshot` as one logged step (a second call for the same
    // step replaces the first). When `testLoss`/`testAccuracy` are given they override the
    // snapshot's (e.g. the result of an evaluate() just before).
    void record(const Snapshot &snapshot, std::optional<double> testLoss = std::nullopt,
                std::optional<double> testAccuracy = std::nullopt);

    [[nodiscard]] const std::vector<MetricRow> &metrics() const { return m_metrics; }
    [[nodiscard]] const std::vector<ExpertRow> &experts() const { return m_experts; }
    void clear();

private:
    std::vector<MetricRow> m_metrics;
    std::vector<ExpertRow> m_experts;
};

// Sum of the named auxiliary losses of a snapshot.
double auxLossOf(const Snapshot &snapshot);

}  // namespace moe::app
