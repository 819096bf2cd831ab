// Trainer: batches, epochs, train/test split, staged or joint schedule, metrics, live
// commands and the divergence guard. Synchronous and step-based; no threads, no Qt.
//
//   Trainer t(config, dataset);      // dataset shared, read-only
//   while (t.step()) { ... }         // false once config.train.steps are done or it diverged
//   Snapshot s = t.snapshot(SnapshotDetail::Full);
#pragma once

#include "command.h"
#include "config.h"
#include "dataset.h"
#include "snapshot.h"

#include <memory>
#include <string>
#include <vector>

namespace moe {

enum class SnapshotDetail {
    Scalars,  // losses, per-expert stats, history: cheap, every publish
    Full,  // + probe routing, data sample, specialisation, region grid / curves
};

struct StepResult {
    bool ok = true;  // false when the step diverged (weights restored)
    double loss = 0;
    double taskLoss = 0;
    double auxLoss = 0;
};

struct EvalResult {
    double loss = 0;
    double accuracy = 0;  // classification accuracy, or R² for regression
};

class TrainerImpl;

class Trainer {
public:
    // Throws std::invalid_argument with an English message when the config does not fit the
    // data (e.g. a regression loss on a classification set).
    Trainer(const ExperimentConfig &config, std::shared_ptr<const Dataset> data);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    // One optimiser step. Returns false when finished (train.steps reached) or diverged.
    bool step();
    StepResult lastStep() const;
    EvalResult evaluate();  // on the test split, eval mode (no noise)
    Snapshot snapshot(SnapshotDetail detail = SnapshotDetail::Scalars, int regionResolution = 64) const;

    // Applies a live change (between steps). Returns no problem, or the one that refused it.
    Problem apply(const Command &command);
    // A toggle as the knock-out or restore it means now; every other command unchanged.
    [[nodiscard]] Command resolveToggle(const Command &command) const;

    int stepCount() const;
    bool finished() const;
    bool diverged() const;
    std::string stopReason() const;
    [[nodiscard]] Divergence divergence() const;  // kind None unless diverged
    // Lets a finished or diverged trainer run on (e.g. after the user lowered the learning rate).
    void extendSteps(int extra);
    void clearDivergence();

    const ExperimentConfig &config() const;
    const Dataset &dataset() const;

    // Checkpoints: a versioned binary of the config, the weights, optimiser state and step.
    // Errors come back as English messages ("" = ok); a bad or truncated file never crashes.
    std::string saveCheckpoint(const std::string &path) const;
    std::string loadCheckpoint(const std::string &path);
    std::vector<char> serializeWeights() const;
    std::string deserializeWeights(const std::vector<char> &bytes);

    // Inference for one sample (the inspector): route → select → combine.
    using Inference = SampleInference;
    Inference infer(const std::vector<float> &x) const;

    // Loss and every parameter's gradient for exactly these rows (students' "numbers behind
    // backpropagation"): training-mode routing with dropout and jitter off and a fixed noise
    // seed; no optimiser step, no change of state. Frozen tensors report zero gradients.
    struct ParameterGradient {
        std::string name;
        int rows = 0, cols = 0;
        std::vector<float> value, gradient;  // row-major
    };
    struct BatchGradients {
        double loss = 0, taskLoss = 0, auxLoss = 0;
        std::vector<NamedValue> auxTerms;
        std::vector<ParameterGradient> parameters;
    };
    BatchGradients batchGradients(const MatrixF &x, const std::vector<int> &labels, const MatrixF &targets) const;

    // The model's prediction for many rows (e.g. a painted point set).
    std::vector<int> predictClasses(const MatrixF &x) const;

private:
    std::unique_ptr<TrainerImpl> m_impl;
};

}  // namespace moe
