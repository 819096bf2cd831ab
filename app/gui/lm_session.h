// LmSession: the language model as the training worker drives it (no Qt, no threads): the
// LmTrainer, its evaluation every train.eval_every steps, the history the views plot, the
// generation a user asked for (produced a few bytes at a time between steps, so the bytes
// appear one after another), and the snapshot that carries all of it to the views.
//
// The snapshot is a moe::Snapshot whose scalar fields (step, losses, learning rate, history,
// parameters) are filled as for vector data, so the loss curves and the status bar work
// unchanged, and whose `languageModel` holds the LmSnapshot (core/lm/lm_snapshot.h).
#pragma once

#include "core/lm/lm_history.h"
#include "core/lm/lm_snapshot.h"
#include "core/lm/lm_trainer.h"
#include "core/snapshot.h"

#include <chrono>
#include <memory>
#include <string>

namespace moe::gui {

class LmSession {
public:
    // Throws std::invalid_argument (English) when the shape is unusable.
    LmSession(const ExperimentConfig &config, std::shared_ptr<const TextCorpus> corpus);

    bool step();  // one training step (and the evaluation when due); false once stopped
    Problem apply(const Command &command);  // between steps; no problem, or what is wrong

    // Starts generating (replacing a generation in progress); advanceGeneration() continues it.
    void startGeneration(const GenerationRequest &request);
    [[nodiscard]] bool generating() const { return !m_generation.finished; }
    void advanceGeneration(int bytes);

    LmTrainer &trainer() { return *m_trainer; }
    [[nodiscard]] const LmTrainer &trainer() const { return *m_trainer; }
    [[nodiscard]] const ExperimentConfig &config() const { return m_trainer->config(); }
    [[nodiscard]] const std::shared_ptr<const TextCorpus> &corpus() const { return m_corpus; }

    // The whole picture. allWindows: every window of the routed stretch runs through the model
    // again (after a command, when paused); otherwise kWindowsPerSnapshot of them do, in turn,
    // and the others keep the routing of the previous snapshot, so pictures at 30 per second
    // cost the training little.
    [[nodiscard]] std::shared_ptr<Snapshot> snapshot(bool running, bool allWindows = true);

    static constexpr int kWindowsPerSnapshot = 1;

    static constexpr int kGenerationChunk = 8;  // bytes per advanceGeneration() between steps

private:
    void recordEvaluation();

    std::shared_ptr<const TextCorpus> m_corpus;
    std::unique_ptr<LmTrainer> m_trainer;
    LmHistory m_history;
    LmGeneration m_generation;
    GenerationRequest m_request;
    int m_generatedChunks = 0;
    std::shared_ptr<const LmSnapshot> m_lastPicture;
    int m_nextWindow = 0;
    std::chrono::steady_clock::time_point m_rateClock = std::chrono::steady_clock::now();
    int m_rateSteps = 0;
    double m_stepsPerSecond = 0;
};

}  // namespace moe::gui
