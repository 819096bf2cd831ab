// ExperimentConfig: everything that describes a run, as plain values.
//
// Every field has a dotted key ("routing.k") that is the same in the GUI, in .moelab files
// and on the command line (--set routing.k=2). The key table (configKeys()) lists type,
// range and allowed ids; setValue() validates and reports errors by key. Names used as
// values are stable ids (strategies "topk", datasets "spirals", ...): a contract.
#pragma once

#include "problem.h"

#include <cstdint>
#include <string>
#include <vector>

namespace moe {

enum class ExpertType { Linear, Mlp };
enum class Activation { Relu, Gelu, Tanh, GeluTanh };
enum class TaskLoss { CrossEntropy, MixtureOfDistributions, Mse, Competitive };
enum class OptimizerKind { Sgd, Adam, AdamW };
enum class CapacityRule { Ceil, SwitchFloor, Round };  // MOE_SPEC §0.9 conventions
enum class Priority { Index, Bpr, Score };  // who keeps a slot on overflow
enum class AuxConvention { Switch, Mixtral, Megatron };  // f·P conventions for k > 1 (§2)
enum class Schedule { Joint, Staged };
enum class StagePartition { Classes, Clusters };
enum class ExpertPlacement { RoundRobin, Block };  // expert parallelism: which rank holds expert e
enum class AuxScope { Global, Local };  // expert parallelism: balance statistics over all ranks or per rank
enum class LrSchedule { Constant, Cosine };
// Multi-task models (core/mmoe/): one gate per task (MMoE), one gate for all (OMoE), or no
// experts and no gate, one shared bottom network (the baseline of Ma et al. 2018).
enum class TaskGates { PerTask, Shared, None };  // cosine: linear warm-up, then cosine decay to train.lr_min

struct DataConfig {
    std::string name = "blobs";  // data.name
    int samples = 0;  // data.samples (0 = default: 800 for toy sets, all rows of real sets)
    double noise = 0.1;  // data.noise
    std::uint64_t seed = 1;  // data.seed
    std::string path;  // data.path (csv / idx)
    int labelColumn = -1;  // data.label_column (-1 = last)
    double testFraction = 0.25;  // data.test_fraction
    bool standardize = true;  // data.standardize
    int classes = 4;  // data.classes (blobs clusters, spiral arms)
    int valWindows = 480;  // data.val_windows (text: fixed validation windows; 0 = all non-overlapping)
    double taskCorrelation = 0.5;  // data.task_correlation (mmoe_synthetic: ρ of the two tasks)
    std::string labelColumns;  // data.label_columns ("a,b": these columns are the tasks' targets)
};

struct ModelConfig {
    int experts = 4;  // model.experts
    int hidden = 16;  // model.hidden
    ExpertType expertType = ExpertType::Mlp;  // model.expert_type: linear | mlp
    Activation activation = Activation::Relu;  // model.activation: relu | gelu | tanh | gelu_tanh
    double dropout = 0.0;  // model.dropout
    int sharedExperts = 0;  // model.shared_experts
    int fineGrain = 1;  // model.fine_grain (split each expert into m)
    bool routerBias = false;  // model.router_bias
    bool residual = false;  // model.residual (y = x + MoE(x); needs outputs == inputs)
    double routerInitStd = 0.02;  // model.router_init (0 = zero init)
    int routerHidden = 0;  // model.router_hidden (0 = linear gate; H = MLP gate d → H → E)
    // Multi-task models (data with several target columns; core/mmoe/).
    int tasks = 0;  // model.tasks (0 = one per target column of the data)
    TaskGates gates = TaskGates::PerTask;  // model.gates: per_task | shared | none
    int towerHidden = 8;  // model.tower_hidden (each task's tower: h → tower_hidden → 1)
    // The language model (text data; LANGUAGE_MODEL.md §2). Ignored for vector data.
    int layers = 4;  // model.layers (transformer blocks L)
    int width = 128;  // model.width (d)
    int heads = 4;  // model.heads (H; d must be a multiple of H)
    int context = 64;  // model.context (T, bytes a sequence sees)
};

struct RoutingConfig {
    std::string strategy = "topk";  // routing.strategy (registry id)
    int k = 2;  // routing.k
    double capacityFactor = 0.0;  // routing.capacity_factor (0 = dropless)
    double evalCapacityFactor = 0.0;  // routing.eval_capacity_factor (0 = same as train)
    CapacityRule capacityRule = CapacityRule::Ceil;  // routing.capacity_rule
    Priority priority = Priority::Index;  // routing.priority
    bool normalize = true;  // routing.normalize (renormalise top-k weights)
    bool renormAfterDrop = false;  // routing.renorm_after_drop
    double jitter = 0.0;  // routing.jitter (multiplicative input noise)
    double gshardThreshold = 0.5;  // routing.gshard_threshold (τ)
    double temperature = 1.0;  // routing.temperature (sparsemax/entmax)
};

struct BalanceConfig {
    double aux = 0.01;  // balance.aux (Switch f·P coefficient α)
    AuxConvention auxConvention = AuxConvention::Megatron;  // balance.aux_convention
    double z = 0.0;  // balance.z (router z-loss)
    double importance = 0.0;  // balance.importance (CV² importance, noisy top-k)
    double load = 0.0;  // balance.load (CV² smooth load, noisy top-k)
    double biasRate = 0.0;  // balance.bias_rate (loss-free balancing γ)
};

struct TrainConfig {
    OptimizerKind optimizer = OptimizerKind::Adam;  // train.optimizer: sgd | adam | adamw
    double lr = 0.01;  // train.lr
    double momentum = 0.9;  // train.momentum (SGD)
    double weightDecay = 0.0;  // train.weight_decay (L2 for SGD/Adam, decoupled for AdamW)
    int batch = 64;  // train.batch
    int steps = 2000;  // train.steps
    std::uint64_t seed = 1;  // train.seed
    TaskLoss loss = TaskLoss::CrossEntropy;  // train.loss: ce | mixture | mse | competitive
    Schedule schedule = Schedule::Joint;  // train.schedule: joint | staged
    StagePartition stagePartition = StagePartition::Classes;  // train.stage_partition
    int stageSteps = 300;  // train.stage_steps (steps of stage A and of stage B)
    int threads = 0;  // train.threads (0 = OpenMP default)
    int evalEvery = 50;  // train.eval_every
    double clipNorm = 0.0;  // train.clip (0 = off)
    LrSchedule lrSchedule = LrSchedule::Constant;  // train.lr_schedule: constant | cosine
    int warmup = 0;  // train.warmup (steps of linear warm-up, cosine schedule)
    double lrMin = 0.0;  // train.lr_min (where the cosine ends)
    double beta2 = 0.999;  // train.beta2 (Adam's second-moment decay)
    std::string taskWeights;  // train.task_weights ("1,0.5": weight of each task's loss; empty = all 1)
};

// Expert parallelism over MPI (EXPERT_PARALLEL.md; core/parallel/). One process ignores it.
struct ParallelConfig {
    int ranks = 1;  // parallel.ranks (P, the MPI world size the run expects)
    ExpertPlacement placement = ExpertPlacement::RoundRobin;  // parallel.placement: round_robin | block
    AuxScope auxScope = AuxScope::Global;  // parallel.aux_scope: global | local
    int failedRank = -1;  // parallel.failed_rank (knock out every expert of this rank; -1 = none)
};

struct ExperimentConfig {
    DataConfig data;
    ModelConfig model;
    RoutingConfig routing;
    BalanceConfig balance;
    TrainConfig train;
    ParallelConfig parallel;
};

// ---- the key table -------------------------------------------------------------------

enum class ValueType { Int, Real, Bool, Text, Choice };

struct ConfigKey {
    std::string key;  // "routing.k"
    ValueType type;
    double min = 0, max = 0;  // for Int/Real
    std::vector<std::string> choices;  // for Choice
    std::string help;  // one English sentence (the GUI shows a translated one)
};

const std::vector<ConfigKey> &configKeys();
const ConfigKey *findConfigKey(const std::string &key);

// Sets a value given as text ("2", "0.5", "true", "topk"). Returns no problem on success,
// else one naming the key and what is wrong (problem.h).
Problem setConfigValue(ExperimentConfig &cfg, const std::string &key, const std::string &value);
// The current value as text (round-trips through setConfigValue exactly).
std::string configValue(const ExperimentConfig &cfg, const std::string &key);

// The one rule for live changes: whether changing this key needs a fresh model (a new shape,
// or shared experts). Every other key applies between two steps with the learned weights
// kept. The trainers refuse such keys, the window rebuilds for them, and a checkpoint does
// not take them from its file.
bool keyNeedsNewModel(const std::string &key);

}  // namespace moe
