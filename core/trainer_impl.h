// The trainer's private state, shared by trainer.cpp (the step loop), trainer_commands.cpp
// (live changes), trainer_snapshot.cpp (what the views see) and checkpoint.cpp.
#pragma once

#include "divergence_guard.h"
#include "metrics.h"
#include "model.h"
#include "optimizer.h"
#include "run_history.h"
#include "trainer.h"

#include <chrono>
#include <functional>
#include <memory>

namespace moe {

enum class Stage { Joint, Experts, Gate, FineTune };

class TrainerImpl {
public:
    TrainerImpl(const ExperimentConfig &config, std::shared_ptr<const Dataset> data);

    // setup
    void split();
    void buildModel();
    void computeStagePartition();
    [[nodiscard]] ModelSpec specFromConfig() const;
    [[nodiscard]] LayerOptions layerOptions(bool training) const;
    [[nodiscard]] OptimizerSettings optimizerSettings() const;
    void applyStage();

    // the loop
    bool step();
    void followSchedule();
    void recordStep(const LossResult &lr, double total);
    EvalResult evaluate();
    void nextBatch(std::vector<int> &rows);
    void gather(const std::vector<int> &rows, MatrixF &x, std::vector<int> &labels, MatrixF &targets) const;
    // Pauses training on divergence d and writes the last good weights back.
    void diverge(Divergence d);
    void rememberGoodWeights();
    // Forward in evaluation mode over many rows, in chunks; the callback sees each chunk.
    void forEachEvalChunk(
        const std::vector<int> &rows,
        const std::function<void(const std::vector<int> &, ModelForward<float> &, const LossResult &)> &visit) const;

    // commands
    Problem apply(const Command &c);
    [[nodiscard]] Command resolveToggle(const Command &c) const;
    Problem applyValue(const std::string &key, const std::string &value);
    void resizeRouted(int routed);

    // The model for the evaluation-mode forward passes of const members (evaluation,
    // snapshots, inference): they change no parameter, only the engine's scratch buffers.
    [[nodiscard]] Model<float> &evalModel() const { return *model; }

    // snapshot
    Snapshot snapshot(SnapshotDetail detail, int resolution) const;
    void fillProgress(Snapshot &s) const;
    void fillExpertStats(Snapshot &s) const;
    void fillProbe(Snapshot &s) const;
    void fillClassExperts(Snapshot &s) const;
    void fillSample(Snapshot &s) const;
    void fillRegion(Snapshot &s, int resolution) const;
    void fillCurves(Snapshot &s) const;
    void fillWarnings(Snapshot &s) const;
    void fillCounts(Snapshot &s) const;
    [[nodiscard]] int effectiveK() const;

    ExperimentConfig cfg;
    std::shared_ptr<const Dataset> data;
    std::vector<int> trainRows, testRows, probeRows;
    std::unique_ptr<Model<float>> model;
    Rng batchRng {1};
    Rng initRng {1};
    std::uint64_t streamSeed = 1;
    int stepCount = 0, epoch = 0;
    std::size_t cursor = 0;
    std::vector<int> order;
    int stepLimit = 0;

    // scratch reused every step
    ModelForward<float> fwd;
    ModelGrad<float> grad;
    MatrixF xBatch, tBatch;
    std::vector<int> yBatch, batchRows;

    // results
    StepResult last;
    RoutingStats lastStats;
    std::vector<NamedValue> lastAux;
    double lastTrainAccuracy = -1;
    EvalResult lastEval {-1, -1};
    RunHistory history;  // the logged steps, evenly spread over the whole run
    DivergenceGuard<float> guard;
    Divergence divergence;  // kind None while training is fine
    bool diverged = false;
    std::string stopReason;  // describeDivergence(divergence)

    Stage stage = Stage::Joint;
    std::vector<int> partitionOfRow;  // staged training: expert of each dataset row
    std::vector<int> batchAssignment;  // per token of the current batch
    std::unique_ptr<RoutingStrategy> configuredStrategy;

    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    double stepsPerSecond = 0;
    std::chrono::steady_clock::time_point lastStepTime = started;
};

}  // namespace moe
