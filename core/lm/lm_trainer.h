// LmTrainer: trains the MoE language model on a byte corpus (LANGUAGE_MODEL.md §3). Synchronous
// and step-based like the vector Trainer; no threads of its own, no Qt.
//
//   LmTrainer t(config, corpus);          // config.data.name is a text corpus
//   while (t.step()) { if (t.stepCount() % 250 == 0) t.evaluate(); }
//
// One step: B random windows → forward → cross-entropy + every block's balance losses →
// backward → clip the global gradient norm (train.clip) → AdamW at the scheduled learning
// rate (lr_schedule.h; β₁ 0.9, β₂ train.beta2, decay on 2-D weights only) → loss-free bias
// update per block (balance.bias_rate). A non-finite or exploding loss, or a non-finite
// gradient, pauses training with the vector trainer's message and restores the weights of the
// last good evaluation.
#pragma once

#include "block_health.h"
#include "language_model.h"
#include "text_corpus.h"

#include "core/command.h"
#include "core/config.h"
#include "core/divergence_guard.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace moe {

struct LmStepResult {
    bool ok = true;
    double loss = 0, taskLoss = 0, auxLoss = 0;
    double learningRate = 0;
    double gradNorm = 0;  // before clipping
    double forwardMs = 0, backwardMs = 0, optimizerMs = 0;  // phases of the step
    std::vector<BlockHealth> blocks;  // this step's routing per block
};

struct LmEvaluation {
    int step = 0;
    double validationLoss = 0;  // nats per byte (task loss only)
    double bitsPerByte = 0;
    double trainLoss = -1;  // mean task loss of the training steps since the last evaluation
    std::vector<BlockHealth> blocks;  // over the validation windows
};

// One generated (or prompt) byte with the experts it went to in each block.
struct RoutedByte {
    std::uint8_t byte = 0;
    bool generated = false;
    std::vector<std::vector<int>> experts;  // per block, kept experts in rank order
    std::vector<std::vector<double>> weights;  // per block, their combine weights
};

struct GenerationRequest {
    std::string prompt;
    int bytes = 200;
    double temperature = 1.0;  // 0 = greedy
    int topK = 0;  // sample among the top-k bytes (0 = all 256)
    std::uint64_t seed = 1;
};

class LmTrainer {
public:
    // Throws std::invalid_argument with an English message when the shape is unusable or the
    // corpus is too short for the context.
    LmTrainer(const ExperimentConfig &config, std::shared_ptr<const TextCorpus> corpus);

    bool step();  // false once train.steps are done or training diverged
    [[nodiscard]] const LmStepResult &lastStep() const { return m_last; }
    LmEvaluation evaluate();
    [[nodiscard]] const std::vector<LmEvaluation> &evaluations() const { return m_evaluations; }

    // A live change between steps, per block where it applies (Command::block, −1 = all blocks).
    // Returns no problem, or the one that refused it.
    Problem apply(const Command &command);
    // A toggle as the knock-out or restore it means now (a block, or every block: restore
    // when the expert is out in each of them); every other command unchanged.
    [[nodiscard]] Command resolveToggle(const Command &command) const;

    // Samples bytes after the prompt. Strategies that mix tokens of a batch (expert choice, Soft
    // MoE) are replaced by top-k while generating (see warnings()).
    std::vector<RoutedByte> generate(const GenerationRequest &request);
    // The routing of a text, byte by byte, in evaluation mode (windows of the context length).
    std::vector<RoutedByte> route(const std::vector<std::uint8_t> &text);

    [[nodiscard]] int stepCount() const { return m_step; }
    [[nodiscard]] bool finished() const { return m_step >= m_stepLimit; }
    [[nodiscard]] bool diverged() const { return m_diverged; }
    [[nodiscard]] const std::string &stopReason() const { return m_stopReason; }
    [[nodiscard]] const Divergence &divergence() const { return m_divergence; }
    void extendSteps(int extra) { m_stepLimit += extra; }
    void clearDivergence();
    // English sentences: e.g. a strategy that lets routing look ahead in a causal model.
    [[nodiscard]] std::vector<std::string> warnings() const;

    [[nodiscard]] const ExperimentConfig &config() const { return m_cfg; }
    [[nodiscard]] const TextCorpus &corpus() const { return *m_corpus; }
    LanguageModel<float> &model() { return *m_model; }
    [[nodiscard]] const LanguageModel<float> &model() const { return *m_model; }
    [[nodiscard]] double expertsPerToken() const;

    // The whole model, its optimiser state, the step and every block's knock-outs and biases.
    [[nodiscard]] std::vector<char> serialize() const;
    std::string deserialize(const std::vector<char> &bytes);
    std::string saveCheckpoint(const std::string &path) const;
    std::string loadCheckpoint(const std::string &path);

private:
    LayerOptions layerOptions(bool training) const;
    void setStrategy(const std::string &id);
    void diverge(Divergence d);
    void rememberGoodWeights();
    Problem resizeExperts(int experts);

    ExperimentConfig m_cfg;
    std::shared_ptr<const TextCorpus> m_corpus;
    std::unique_ptr<LanguageModel<float>> m_model;
    Rng m_initRng;  // initialisation, and experts added later
    std::uint64_t m_streamSeed = 0;
    int m_step = 0, m_stepLimit = 0;
    bool m_diverged = false;
    Divergence m_divergence;
    std::string m_stopReason;  // describeDivergence(m_divergence)
    DivergenceGuard<float> m_guard;
    double m_trainLossSum = 0;
    int m_trainLossCount = 0;
    LmStepResult m_last;
    std::vector<LmEvaluation> m_evaluations;
    // reused between steps
    LmForward<float> m_fwd;
    Matrix<float> m_dLogits;
    std::vector<int> m_tokens, m_targets;
};

}  // namespace moe
