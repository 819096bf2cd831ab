// Sweeps: a grid of experiments that differ in a few keys (--vary routing.k=1,2,4), run in
// parallel on a thread pool (each trainer single-threaded), summarised as CSV and Markdown.
#pragma once

#include "run_record.h"
#include "training_run.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace moe::app {

struct SweepAxis {
    QString key;  // "routing.k"
    QStringList values;  // {"1", "2", "4"}
};

// Parses "key=v1,v2,...": the key must exist and every value must be valid for it.
// Returns "" or a translated error naming the key.
QString parseSweepAxis(const QString &text, const ExperimentConfig &base, SweepAxis *axis);

struct SweepPoint {
    int index = 0;
    ExperimentConfig config;
    QList<QPair<QString, QString>> assignment;  // key → value of each axis, in axis order
    [[nodiscard]] QString label() const;  // "routing.k=2, balance.aux=0"
    [[nodiscard]] QString folderName() const;  // "03_routing.k-2_balance.aux-0"
};

// The grid, first axis slowest. At most kMaxSweepPoints points.
constexpr int kMaxSweepPoints = 1000;
std::vector<SweepPoint> expandSweep(const ExperimentConfig &base, const std::vector<SweepAxis> &axes);

struct SweepResult {
    SweepPoint point;
    RunRecord record;
    QString error;  // the run could not start (the record is empty)
};

struct SweepRunOptions {
    int jobs = 1;  // runs at once; with more than one, each trainer gets train.threads=1
    // Both are called from pool threads (never at the same time: they are serialised).
    std::function<void(const SweepPoint &, const RunProgress &)> progress;
    std::function<void(const SweepResult &)> finished;
};

// Runs every point (datasets loaded once per distinct data.* configuration beforehand).
// Returns "" or a translated error when a dataset cannot be loaded; results in point order.
QString runSweep(const std::vector<SweepPoint> &points, const SweepRunOptions &options,
                 std::vector<SweepResult> *results);

// Summary table: run, each varied key, then the summary.json metrics.
QStringList sweepSummaryColumns(const std::vector<SweepAxis> &axes);
QByteArray sweepSummaryCsv(const std::vector<SweepAxis> &axes, const std::vector<SweepResult> &results);
QByteArray sweepSummaryMarkdown(const std::vector<SweepAxis> &axes, const std::vector<SweepResult> &results);

}  // namespace moe::app
