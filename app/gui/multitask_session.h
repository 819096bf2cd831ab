// MultiTaskSession: a multi-task model (MMoE, OMoE or a shared bottom, core/mmoe) as the
// training worker drives it (no Qt, no threads): the MultiTaskTrainer, its evaluation every
// train.eval_every steps, the history the views plot, and the snapshot that carries it all
// (core/mmoe/multitask_snapshot.h), as LmSession does for the language model.
//
// The gate-weight matrix costs a forward pass over test rows, so it is measured for the full
// snapshots only (kUsageRows of them) and kept for the scalar ones in between.
#pragma once

#include "core/mmoe/multitask_snapshot.h"
#include "core/mmoe/multitask_trainer.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace moe::gui {

class MultiTaskSession {
public:
    // Throws std::invalid_argument (English) when the configuration does not fit the data.
    MultiTaskSession(const ExperimentConfig &config, std::shared_ptr<const Dataset> data);

    bool step();  // one training step (and the evaluation when due); false once stopped
    Problem apply(const Command &command);  // between steps; no problem, or what is wrong

    MultiTaskTrainer &trainer() { return *m_trainer; }
    [[nodiscard]] const MultiTaskTrainer &trainer() const { return *m_trainer; }
    [[nodiscard]] const ExperimentConfig &config() const { return m_trainer->config(); }

    // After restoring a checkpoint: evaluates at the restored step so the views start there.
    void restarted();

    // full: the gate-weight matrix is measured again (else the last one is kept).
    [[nodiscard]] std::shared_ptr<Snapshot> snapshot(bool running, bool full);

    static constexpr int kUsageRows = 512;

private:
    void recordEvaluation();

    std::unique_ptr<MultiTaskTrainer> m_trainer;
    MultiTaskHistory m_history;
    MultiTaskEvaluation m_evaluation;
    int m_evaluationStep = -1;
    std::vector<std::vector<double>> m_usage;
    bool m_usageMeasured = false;
    std::chrono::steady_clock::time_point m_rateClock = std::chrono::steady_clock::now();
    int m_rateSteps = 0;
    double m_stepsPerSecond = 0;
};

}  // namespace moe::gui
