// Snapshot: everything a view draws, as plain immutable data (no Qt). The trainer fills it;
// the GUI's controller publishes the newest one; each view draws from it alone.
#pragma once

#include "config.h"
#include "dataset.h"
#include "divergence.h"
#include "warnings.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace moe {

struct LmSnapshot;  // core/lm/lm_snapshot.h
struct MultiTaskSnapshot;  // core/mmoe/multitask_snapshot.h

struct ExpertStats {
    double load = 0;  // fraction of (pre-capacity) assignments, sums to 1 over experts
    double keptLoad = 0;  // fraction of assignments kept after capacity
    double importance = 0;  // Σ_t p_{t,e} over the batch (soft importance)
    int tokens = 0;  // kept assignments in the last step
    int dropped = 0;  // assignments dropped by capacity in the last step
    int capacity = -1;  // -1 = unlimited
    double utilization = 0;  // load / ideal load (1 = perfectly balanced)
    double selectionBias = 0;  // loss-free balancing bias b_e
    bool knockedOut = false;
    bool frozen = false;
    bool shared = false;  // always-on shared expert (not routed)
};

struct NamedValue {
    std::string name;  // "switch_aux", "z_loss", "importance_cv2", "load_cv2"
    double value = 0;
};

// One point of the training history.
struct HistoryPoint {
    int step = 0;
    double trainLoss = 0;  // task + auxiliary
    double taskLoss = 0;
    double auxLoss = 0;  // sum of auxiliary terms (with coefficients)
    double testLoss = -1;  // < 0 when not evaluated at this step
    double trainAccuracy = -1;  // classification; R² for regression
    double testAccuracy = -1;
    double loadCv = 0;
    double maxMeanLoad = 0;
    double droppedFraction = 0;
    double gateEntropy = 0;
    std::vector<double> expertLoad;  // per expert load fraction (for the stacked-area view)
};

// Gate probabilities for a fixed probe set (heatmap rows).
struct ProbeRouting {
    std::vector<int> sampleIndex;  // dataset row of each probe sample
    std::vector<int> label;  // class (or -1)
    std::vector<std::vector<double>> probs;  // probe × E full router softmax
    std::vector<std::vector<double>> weights;  // probe × E combine weights (0 = not selected)
    std::vector<std::vector<int>> selected;  // probe → selected experts (rank order)
};

// The input plane for 2-D data: a grid × grid raster over [xMin,xMax] × [yMin,yMax].
struct RegionGrid {
    int resolution = 0;
    double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
    std::vector<int> winner;  // row-major, resolution², winning expert (largest weight)
    std::vector<double> confidence;  // its combine weight (or gate probability)
    std::vector<int> prediction;  // predicted class
    [[nodiscard]] bool empty() const { return resolution == 0; }
};

// 1-D regression: each expert's curve, each gate curve and the mixture.
struct CurveSet {
    std::vector<double> x;
    std::vector<std::vector<double>> expertY;  // E × n
    std::vector<std::vector<double>> gate;  // E × n combine weights
    std::vector<double> mixture;  // n
    [[nodiscard]] bool empty() const { return x.empty(); }
};

// A small sample of the data for scatter views (2-D) and galleries (images).
struct DataSample {
    std::vector<int> index;
    std::vector<std::vector<float>> x;  // features (first two for scatter; all for images)
    std::vector<int> label;  // class or -1
    std::vector<double> target;  // regression target (first output)
    std::vector<int> topExpert;  // expert with the largest weight for this sample
};

// One sample through the layer, as the inspector shows it: route → select → combine.
struct SampleInference {
    std::vector<double> logits;  // E router logits
    std::vector<double> probs;  // E softmax
    std::vector<int> selected;  // rank order
    std::vector<double> weights;  // E combine weights
    std::vector<std::vector<double>> expertOutputs;  // E × o (computed for every expert, for display)
    std::vector<double> output;  // o, the weighted combination (+ shared)
    std::vector<double> prediction;  // softmax of output (classification) or output
};

// The data set row the user chose to inspect, through the model of this snapshot.
struct Inspection {
    int row = -1;  // −1: none chosen
    int label = -1;  // its class, −1 for regression
    SampleInference inference;
    [[nodiscard]] bool empty() const { return row < 0; }
};

// Points the user painted on the input plane and the model's class for each.
struct PaintedPredictions {
    std::vector<std::pair<double, double>> points;
    std::vector<int> classes;  // same order; empty when the model predicts no classes
};

struct Snapshot {
    // progress
    int step = 0;
    int epoch = 0;
    double wallSeconds = 0;
    double stepsPerSecond = 0;
    double learningRate = 0;
    std::string stage;  // "joint", "experts", "gate" (staged training)
    bool running = false;
    bool diverged = false;
    Divergence divergence;  // what happened, when diverged (the window words it)
    std::string stopReason;  // English; empty when fine

    // the model
    ExperimentConfig config;
    std::string strategyId;
    int experts = 0;
    int k = 0;
    int inputDim = 0, outputDim = 0;
    Task task = Task::Classification;
    std::vector<std::string> classNames;
    int imageRows = 0, imageCols = 0;

    // losses and accuracy (latest)
    double trainLoss = 0, taskLoss = 0, testLoss = -1;
    double trainAccuracy = -1, testAccuracy = -1;
    std::vector<NamedValue> auxLosses;

    // routing statistics of the last training batch
    std::vector<ExpertStats> expertStats;
    double loadCv = 0, maxMeanLoad = 0, maxVio = 0, droppedFraction = 0;
    double tokensWithoutExpert = 0;  // fraction
    double gateEntropy = 0, gateEntropyNormalized = 0;
    int unusedExperts = 0;
    double topkMargin = 0;  // mean p(k) − p(k+1)
    double meanActiveExperts = 0;  // experts per token (varies for sparsemax, expert choice)

    // specialisation: class × expert counts (top-1 expert on the test set)
    std::vector<std::vector<int>> classExpertCounts;  // classes × E
    double mutualInformationBits = 0;

    // sparse compute
    long long paramsTotal = 0;
    long long paramsActive = 0;  // per token
    double flopsPerToken = 0;

    std::vector<Warning> warnings;
    std::vector<HistoryPoint> history;  // every logged step so far (thinned when long)

    ProbeRouting probe;
    DataSample sample;
    RegionGrid region;  // empty unless requested and the input is 2-D
    CurveSet curves;  // empty unless requested and the task is 1-D regression
    Inspection inspection;  // the chosen sample (the window asks for it; empty otherwise)
    PaintedPredictions painted;  // the window's painted points (empty when none)

    // Text data: the language model's picture (core/lm/lm_snapshot.h); null for vector data.
    std::shared_ptr<const LmSnapshot> languageModel;
    // Several tasks (MMoE, OMoE, shared bottom: core/mmoe/multitask_snapshot.h); null otherwise.
    std::shared_ptr<const MultiTaskSnapshot> multiTask;
};

}  // namespace moe
