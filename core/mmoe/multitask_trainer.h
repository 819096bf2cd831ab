// MultiTaskTrainer: trains a MultiTaskModel (multitask_model.h) on a data set with several
// target columns (Dataset::taskNames), step by step, like Trainer does for one task.
//
//   rows: the same seeded train/test split as Trainer (data.test_fraction, data.seed)
//   step: a batch of train.batch rows, L = Σ_k λ_k MSE_k + aux (λ from train.task_weights),
//         Adam/SGD (train.optimizer, train.lr with its schedule)
//   evaluate(): per task the mean squared error and R² on the test rows (eval-mode routing)
//   gateUsage(): tasks × E, the mean combine weight each task's gate gives each expert on
//         the test rows (the expert × task matrix of the views; empty for a shared bottom)
//   apply(): live changes between steps (core/command.h): every key that keeps the model's
//         shape (train.lr, train.task_weights, routing.k, balance.*, ...), knock-out and
//         restore of an expert in every gate, optimiser reset. The keys that do not
//         (multiTaskKeyNeedsNewModel) need a new trainer; the window builds one.
//   serialize(): the whole run as a checkpoint (multitask_checkpoint.cpp): configuration,
//         step, knock-outs, the gates' selection biases, every tensor with its optimiser
//         state, and the position in the shuffled batch order, so that training goes on from
//         a restored checkpoint exactly as it would have gone on without it.
//
// Configuration errors come back as std::invalid_argument with a message naming the key.
#pragma once

#include "multitask_model.h"

#include "core/command.h"
#include "core/config.h"
#include "core/dataset.h"
#include "core/divergence_guard.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace moe {

// Tasks this configuration trains on this data: ≥ 2 for a multi-task run, 0 otherwise
// (model.tasks = 0 means one per target column of a multi-task data set).
int multiTaskCount(const ExperimentConfig &config, const Dataset &data);

// Keys a multi-task model cannot take between steps: keyNeedsNewModel (config.h) and the
// expert count and gate strategy, which the gates are built with.
bool multiTaskKeyNeedsNewModel(const std::string &key);

// "1,0.5" → {1, 0.5}; empty → T ones. Returns no problem, or one naming train.task_weights.
Problem parseTaskWeights(const std::string &text, int tasks, std::vector<double> *weights);

struct MultiTaskEvaluation {
    std::vector<double> taskLoss;  // MSE per task
    std::vector<double> r2;  // per task
    double loss = 0;  // Σ λ_k MSE_k
};

struct MultiTaskStepResult {
    double loss = 0;  // weighted task losses + aux
    double auxLoss = 0;
    std::vector<double> taskLoss;  // MSE per task on the batch
    double learningRate = 0;
    // Per expert, its share of the gates' combine weight on the batch: Σ_g Σ_t w^g_{t,e} / Σ
    // (sums to 1; empty for a shared bottom).
    std::vector<double> expertShare;
    std::vector<NamedValue> auxTerms;
};

class MultiTaskTrainer {
public:
    MultiTaskTrainer(const ExperimentConfig &config, std::shared_ptr<const Dataset> data);

    bool step();  // false once train.steps are done or the loss diverged
    [[nodiscard]] MultiTaskEvaluation evaluate() const;
    // Over the first maxRows test rows (in their fixed order).
    [[nodiscard]] std::vector<std::vector<double>> gateUsage(int maxRows = 2000) const;

    // Between steps; no problem, or one naming the key or the expert (core/problem.h).
    Problem apply(const Command &command);
    // A toggle as the knock-out or restore it means now.
    [[nodiscard]] Command resolveToggle(const Command &command) const;
    void extendSteps(int extra) { m_stepLimit += extra; }
    void clearDivergence();

    [[nodiscard]] std::vector<char> serialize() const;
    // "" or an English error; on an error nothing changes.
    std::string deserialize(const std::vector<char> &bytes);
    std::string saveCheckpoint(const std::string &path) const;
    std::string loadCheckpoint(const std::string &path);

    [[nodiscard]] const MultiTaskStepResult &lastStep() const { return m_last; }
    [[nodiscard]] int stepCount() const { return m_step; }
    // Passes through the training rows completed (the batch order reshuffles after each).
    [[nodiscard]] int epochCount() const { return int(m_shuffles - 1); }
    [[nodiscard]] bool finished() const { return m_step >= m_stepLimit; }
    [[nodiscard]] bool diverged() const { return m_diverged; }
    [[nodiscard]] const std::string &stopReason() const { return m_stopReason; }
    [[nodiscard]] const Divergence &divergence() const { return m_divergence; }
    [[nodiscard]] int taskCount() const { return m_model->spec().tasks; }
    [[nodiscard]] const std::vector<std::string> &taskNames() const { return m_data->taskNames; }
    [[nodiscard]] const MultiTaskModel<float> &model() const { return *m_model; }
    [[nodiscard]] const ExperimentConfig &config() const { return m_config; }
    [[nodiscard]] const std::shared_ptr<const Dataset> &data() const { return m_data; }
    [[nodiscard]] const std::vector<double> &taskWeights() const { return m_weights; }
    [[nodiscard]] int trainRowCount() const { return int(m_trainRows.size()); }
    [[nodiscard]] int testRowCount() const { return int(m_testRows.size()); }

private:
    [[nodiscard]] LayerOptions options(bool training) const;
    void gather(const std::vector<int> &rows, MatrixF &x, MatrixF &t) const;
    void diverge(Divergence d);
    Problem applyValue(const std::string &key, const std::string &value);
    void shuffleOrder();

    ExperimentConfig m_config;
    std::shared_ptr<const Dataset> m_data;
    std::unique_ptr<MultiTaskModel<float>> m_model;
    std::vector<double> m_weights;
    std::vector<int> m_trainRows, m_testRows, m_order;
    std::size_t m_cursor = 0;
    std::int64_t m_shuffles = 0;  // of m_order since it was the train rows (a checkpoint replays them)
    Rng m_batchRng {1};
    std::uint64_t m_streamSeed = 1;
    int m_step = 0;
    int m_stepLimit = 0;  // train.steps, extended when a finished run goes on
    bool m_diverged = false;
    Divergence m_divergence;
    std::string m_stopReason;  // describeDivergence(m_divergence)
    DivergenceGuard<float> m_guard;
    MultiTaskStepResult m_last;
    MultiTaskForward<float> m_forward;
    MatrixF m_x, m_t, m_dOutput;
};

}  // namespace moe
