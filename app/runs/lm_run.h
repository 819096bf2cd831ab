// runLanguageModel(): trains the MoE language model (core/lm/lm_trainer.h) headless to the end,
// evaluating on the fixed validation windows every train.eval_every steps and at the last step.
// What moelab-cli train does when data.name is a text corpus; the counterpart of
// runExperiment() (training_run.h) for vector data. Thread-safe: it touches no QObject.
#pragma once

#include "core/config.h"
#include "core/lm/lm_trainer.h"
#include "core/lm/text_corpus.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace moe::app {

// One row of the language model's metrics.csv: the steps since the previous evaluation, then
// the evaluation at `step`.
struct LmMetricRow {
    int step = 0;
    double trainLoss = 0;  // mean task loss (nats per byte) of the steps since the last row
    double valLoss = 0;  // nats per byte on the validation windows
    double bitsPerByte = 0;  // valLoss / ln 2
    double learningRate = 0;  // of the last step
    double auxLoss = 0;  // mean of every block's balance terms over the steps since the last row
    double gradNorm = 0;  // of the last step, before clipping
    double msPerStep = 0;  // mean wall time of the steps since the last row (evaluation excluded)
    double forwardMs = 0, backwardMs = 0, optimizerMs = 0;  // means of the phases of those steps
};

struct LmRunProgress {
    int step = 0;
    int steps = 0;
    LmMetricRow row;
    double seconds = 0;  // since the start
};

struct LmRunOptions {
    std::function<void(const LmRunProgress &)> progress;  // at each evaluation
    std::function<void(const QStringList &)> warned;  // before the first step, when there are warnings
    const std::atomic<bool> *cancel = nullptr;  // stop at the next step when set and true
};

struct LmRunRecord {
    ExperimentConfig config;
    std::vector<LmMetricRow> metrics;  // one per evaluation, ascending steps
    std::vector<LmEvaluation> evaluations;  // the same evaluations with every block's health
    QByteArray checkpoint;  // LmTrainer::serialize() at the end (the last good weights if it diverged)
    long long paramsTotal = 0, paramsActive = 0;
    double flopsPerToken = 0;
    int experts = 0;  // routed experts per block (after fine-grained splitting)
    int threads = 1;  // engine threads used
    double wallSeconds = 0;  // the whole run, evaluations included
    double trainSeconds = 0;  // training steps only
    int stepsTaken = 0;  // steps trained in this run
    QStringList warnings;  // English sentences from the trainer
    bool diverged = false;
    QString stopReason;  // English, from the trainer; empty when it ran to the end
    QString corpusId;
    long long trainBytes = 0, validationBytes = 0;
};

struct LmRunOutcome {
    LmRunRecord record;
    QString error;  // set when the run could not start (the record is then empty)
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

LmRunOutcome runLanguageModel(const ExperimentConfig &config, std::shared_ptr<const TextCorpus> corpus,
                              const LmRunOptions &options = {});

}  // namespace moe::app
