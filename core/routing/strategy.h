// RoutingStrategy: turns router logits into an assignment of tokens to experts, and maps
// the gradient of the loss with respect to the combine weights back to the logits.
//
// Shapes (MOE_SPEC §0): Z is T×E logits (double), P = softmax_row(Z). A strategy emits
// RouteSlots (t, e, rank, w, kept). Forward of the layer (§0.5):
//     y_t = Σ_{kept (t,e)} w_{t,e} · f_e(x_t)
// Backward (§0.6): the layer hands over ω_{t,e} = ∂L/∂w_{t,e} (0 for pairs that were not
// kept), and the strategy returns dZ (and dN for the noise logits of noisy top-k).
//
// Knocked-out experts arrive as logits of −∞: softmax gives them 0, no selection picks
// them, and every gradient map yields 0 there.
#pragma once

#include "core/config.h"
#include "core/rng.h"
#include "core/snapshot.h"
#include "core/tensor.h"

#include <string>
#include <algorithm>
#include <vector>

namespace moe {

struct RouteSlot {
    int token = 0;
    int expert = 0;
    int rank = 0;  // 0 = the token's best expert (expert choice: rank in the expert's list)
    double weight = 0;  // combine weight (0 when not kept)
    bool kept = true;  // false: dropped by capacity, or not sampled (GShard's random 2nd)
    bool sampledOut = false;  // GShard: the 2nd expert was not sampled (not a capacity drop)
};

struct Routing {
    int tokens = 0;
    int experts = 0;
    MatrixD logits;  // T×E clean logits as routed (knocked-out experts −∞)
    MatrixD probs;  // T×E softmax of the clean logits
    std::vector<RouteSlot> assignments;  // every assignment, token-major, rank order
    std::vector<std::vector<int>> expertSlots;  // per expert: kept slot indices, buffer order
    std::vector<int> countPre;  // per expert: assignments before capacity
    int capacity = -1;  // −1 = unlimited
    int droppedAssignments = 0;  // dropped by capacity
    std::vector<NamedValue> auxTerms;  // strategy-owned auxiliary losses (with coefficients)
    // Strategy-private state needed by backward (e.g. noisy logits, noise scale, draws).
    MatrixD stateA, stateB, stateC;
    std::vector<int> stateI;

    [[nodiscard]] MatrixD combineMatrix() const;  // T×E kept weights
    [[nodiscard]] int keptCount(int e) const { return int(expertSlots[std::size_t(e)].size()); }
};

struct RouterGrad {
    MatrixD dLogits;  // T×E
    MatrixD dNoiseLogits;  // T×E or empty
};

struct RouteContext {
    int k = 2;
    double capacityFactor = 0;  // ≤ 0: unlimited
    CapacityRule capacityRule = CapacityRule::Ceil;
    Priority priority = Priority::Index;
    bool normalize = true;
    bool renormAfterDrop = false;
    bool training = true;
    double gshardThreshold = 0.5;
    double temperature = 1.0;
    double importanceCoef = 0;  // noisy top-k CV²(Importance)
    double loadCoef = 0;  // noisy top-k CV²(Load)
    const VectorD *selectionBias = nullptr;  // loss-free balancing (selection only)
    Rng *rng = nullptr;  // noise, random 2nd expert
    // Test hooks: fixed normal draws (T×E) for noisy top-k and fixed uniforms (T) for GShard.
    const MatrixD *fixedNormals = nullptr;
    const std::vector<double> *fixedUniforms = nullptr;
    // The layer's input rows X (T×d, double), set only for strategies with needsInputs
    // (hash routing keys on x itself, not on the learned logits).
    const MatrixD *inputs = nullptr;
};

struct StrategyInfo {
    std::string id;  // stable id (a contract): "topk"
    std::string displayName;  // English; the GUI translates
    std::string description;  // one English sentence
    bool usesK = true;
    bool usesCapacity = false;
    bool usesNormalize = false;
    bool usesAuxLoss = true;  // the f·P loss makes sense for it
    bool usesNoise = false;  // needs the router's noise network
    bool usesSelectionBias = false;
    bool batchDependent = false;
    int fixedK = 0;  // > 0: k is fixed (switch 1, gshard 2)
    bool needsInputs = false;  // route() reads RouteContext::inputs (hash routing)
    bool softDispatch = false;  // Soft MoE: experts process slots (mixtures of tokens), not tokens;
        // Routing::stateA holds the T×E dispatch matrix, probs the combine
    bool usesTemperature = false;  // routing.temperature divides its logits (sparsemax, entmax)
    bool usesGShardThreshold = false;  // routing.gshard_threshold decides its random 2nd expert
    // The picked experts' weights are rescaled to sum to one (when usesNormalize: only with
    // routing.normalize), so at k = 1 every weight is 1 and the task loss gives the gate no signal.
    bool pickedWeightsSumToOne = false;
    // Under expert parallelism it routes the gathered logits of the whole global batch
    // (core/parallel/global_batch_strategy.h) instead of each rank's own tokens.
    bool routesGlobalBatch = false;
};

class RoutingStrategy {
public:
    virtual ~RoutingStrategy() = default;
    [[nodiscard]] virtual const StrategyInfo &info() const = 0;
    [[nodiscard]] virtual Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                        const RouteContext &ctx) const = 0;
    [[nodiscard]] virtual RouterGrad backward(const Routing &r, const MatrixD &omega,
                                              const RouteContext &ctx) const = 0;
    // Experts per token this strategy activates on average (for active-parameter counts).
    [[nodiscard]] virtual double activeExpertsPerToken(const RouteContext &ctx, int experts) const;
};

// ---- shared building blocks (MOE_SPEC §0.3, §0.8, §0.9) ------------------------------

MatrixD softmaxRows(const MatrixD &z);
double logSumExp(const double *z, int n);
// Indices of the k largest values, stable order: value descending, ties → lower index.
// Entries equal to −∞ are never selected.
std::vector<int> topKStable(const double *values, int n, int k);
// The same selection written to out[0 … returned count); out has room for k. Allocates nothing.
int topKStableInto(const double *values, int n, int k, int *out);
// The same selection by insertion into a sorted list (topKStableInto's path for rows of more
// than 256 values, fewer than 4k, or with a NaN; declared for the tests and
// tests/bench/bench_routing).
int topKByInsertion(const double *values, int n, int k, int *out);
// C = clamp(ceil(cf·k·T/E − 1e-9), 1, T) (or the floor/round conventions); −1 when cf ≤ 0.
int expertCapacity(double cf, int k, int tokens, int experts, CapacityRule rule);
// Marks assignments beyond capacity as dropped following the priority rule; fills expertSlots,
// countPre, droppedAssignments. Slots with sampledOut are neither counted nor placed.
void placeWithCapacity(Routing &r, int capacity, Priority priority);
// Softmax JVP restricted to a set: dz_j = q_j (u_j − Σ_{i∈S} q_i u_i).
void softmaxJvp(const double *q, const double *u, const std::vector<int> &set, double *dz);
// Number of experts not knocked out (finite logits in row 0).
int activeExpertCount(const MatrixD &logits);

}  // namespace moe
