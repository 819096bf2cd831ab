// runExperiment(): trains one configuration headless to the end, logging a metric row every
// train.eval_every steps (and at the last step) with a test-set evaluation. Used by the CLI's
// train and sweep (each sweep run on its own pool thread) and by anything else that needs a
// whole run without a window (lesson checks). Thread-safe: it touches no QObject.
#pragma once

#include "run_record.h"

#include "core/dataset.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace moe::app {

struct RunProgress {
    int step = 0;
    int steps = 0;
    double trainLoss = 0;
    double testLoss = 0;
    double accuracy = 0;
    double seconds = 0;
};

struct RunOptions {
    // Called at each logged step (from the thread running the experiment).
    std::function<void(const RunProgress &)> progress;
    // When set and true, the run stops at the next step (the record keeps what was done).
    const std::atomic<bool> *cancel = nullptr;
    // Weights to start from (Trainer::serializeWeights() of the same configuration, or
    // MultiTaskTrainer::serialize() for a multi-task one).
    QByteArray initialWeights;
    // Region grid resolution of the final snapshot (2-D inputs).
    int regionResolution = 64;
};

struct RunOutcome {
    RunRecord record;
    QString error;  // translated; set when the run could not start (the record is then empty)
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

RunOutcome runExperiment(const ExperimentConfig &config, std::shared_ptr<const Dataset> data,
                         const RunOptions &options = {});

}  // namespace moe::app
