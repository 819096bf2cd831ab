// MultiTaskTrainer: trains a MultiTaskModel (multitask_model.h) on a data set with several
// target columns (Dataset::taskNames), step by step, like Trainer does for one task.
//
//   rows: the same seeded train/test split as Trainer (data.test_fraction, data.seed)
//   step: a batch of train.batch rows, L = Σ_k λ_k MSE_k + aux (λ from train.task_weights),
//         Adam/SGD (train.optimizer, train.lr with its schedule), loss-free bias update
//   evaluate(): per task the mean squared error and R² on the test rows (eval-mode routing)
//   gateUsage(): tasks × E, the mean combine weight each task's gate gives each expert on
//         the test rows (the expert × task matrix of the views; empty for a shared bottom)
//
// Configuration errors come back as std::invalid_argument with a message naming the key.
#pragma once

#include "multitask_model.h"

#include "core/config.h"
#include "core/dataset.h"
#include "core/divergence_guard.h"

#include <memory>
#include <string>
#include <vector>

namespace moe {

// Tasks this configuration trains on this data: ≥ 2 for a multi-task run, 0 otherwise
// (model.tasks = 0 means one per target column of a multi-task data set).
int multiTaskCount(const ExperimentConfig &config, const Dataset &data);

// "1,0.5" → {1, 0.5}; empty → T ones. Returns "" or an English message naming train.task_weights.
std::string parseTaskWeights(const std::string &text, int tasks, std::vector<double> *weights);

struct MultiTaskEvaluation {
    std::vector<double> taskLoss;  // MSE per task
    std::vector<double> r2;  // per task
    double loss = 0;  // Σ λ_k MSE_k
};

struct MultiTaskStepResult {
    double loss = 0;  // weighted task losses + aux
    double auxLoss = 0;
    std::vector<double> taskLoss;  // MSE per task on the batch
};

class MultiTaskTrainer {
public:
    MultiTaskTrainer(const ExperimentConfig &config, std::shared_ptr<const Dataset> data);

    bool step();  // false once train.steps are done or the loss diverged
    [[nodiscard]] MultiTaskEvaluation evaluate() const;
    [[nodiscard]] std::vector<std::vector<double>> gateUsage() const;

    [[nodiscard]] const MultiTaskStepResult &lastStep() const { return m_last; }
    [[nodiscard]] int stepCount() const { return m_step; }
    [[nodiscard]] bool finished() const { return m_step >= m_config.train.steps; }
    [[nodiscard]] bool diverged() const { return m_diverged; }
    [[nodiscard]] const std::string &stopReason() const { return m_stopReason; }
    [[nodiscard]] const Divergence &divergence() const { return m_divergence; }
    [[nodiscard]] int taskCount() const { return m_model->spec().tasks; }
    [[nodiscard]] const std::vector<std::string> &taskNames() const { return m_data->taskNames; }
    [[nodiscard]] const MultiTaskModel<float> &model() const { return *m_model; }
    [[nodiscard]] const ExperimentConfig &config() const { return m_config; }

private:
    [[nodiscard]] LayerOptions options(bool training) const;
    void gather(const std::vector<int> &rows, MatrixF &x, MatrixF &t) const;
    void diverge(Divergence d);

    ExperimentConfig m_config;
    std::shared_ptr<const Dataset> m_data;
    std::unique_ptr<MultiTaskModel<float>> m_model;
    std::vector<double> m_weights;
    std::vector<int> m_trainRows, m_testRows, m_order;
    std::size_t m_cursor = 0;
    Rng m_batchRng {1};
    std::uint64_t m_streamSeed = 1;
    int m_step = 0;
    bool m_diverged = false;
    Divergence m_divergence;
    std::string m_stopReason;  // describeDivergence(m_divergence)
    DivergenceGuard<float> m_guard;
    MultiTaskStepResult m_last;
    MultiTaskForward<float> m_forward;
    MatrixF m_x, m_t, m_dOutput;
};

}  // namespace moe
