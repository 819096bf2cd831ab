// The configuration key table: one row per dotted key, with its type, range and accessors.
#include "config.h"

#include "text_marker.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <sstream>
#include <type_traits>

namespace moe {
namespace {

struct KeyRow {
    ConfigKey info;
    std::function<std::string(const ExperimentConfig &)> get;
    std::function<void(ExperimentConfig &, const std::string &)> set;  // value already validated
};

std::string formatReal(double v)
{
    std::ostringstream os;
    os.precision(17);
    os << v;
    return os.str();
}

template <class E>
struct EnumNames {
    std::vector<std::pair<E, std::string>> names;
    std::string name(E e) const
    {
        for (const auto &[k, n] : names)
            if (k == e)
                return n;
        return names.front().second;
    }
    E value(const std::string &s) const
    {
        for (const auto &[k, n] : names)
            if (n == s)
                return k;
        return names.front().first;
    }
    std::vector<std::string> all() const
    {
        std::vector<std::string> out;
        for (const auto &p : names)
            out.push_back(p.second);
        return out;
    }
};

const EnumNames<ExpertType> kExpertType {{{ExpertType::Linear, "linear"}, {ExpertType::Mlp, "mlp"}}};
const EnumNames<Activation> kActivation {
    {{Activation::Relu, "relu"}, {Activation::Gelu, "gelu"}, {Activation::Tanh, "tanh"}, {Activation::GeluTanh, "gelu_tanh"}}};
const EnumNames<TaskLoss> kLoss {{{TaskLoss::CrossEntropy, "ce"},
                                  {TaskLoss::MixtureOfDistributions, "mixture"},
                                  {TaskLoss::Mse, "mse"},
                                  {TaskLoss::Competitive, "competitive"}}};
const EnumNames<OptimizerKind> kOptimizer {
    {{OptimizerKind::Sgd, "sgd"}, {OptimizerKind::Adam, "adam"}, {OptimizerKind::AdamW, "adamw"}}};
const EnumNames<CapacityRule> kCapacityRule {
    {{CapacityRule::Ceil, "ceil"}, {CapacityRule::SwitchFloor, "floor"}, {CapacityRule::Round, "round"}}};
const EnumNames<Priority> kPriority {{{Priority::Index, "index"}, {Priority::Bpr, "bpr"}, {Priority::Score, "score"}}};
const EnumNames<AuxConvention> kAuxConvention {
    {{AuxConvention::Megatron, "megatron"}, {AuxConvention::Mixtral, "mixtral"}, {AuxConvention::Switch, "switch"}}};
const EnumNames<Schedule> kSchedule {{{Schedule::Joint, "joint"}, {Schedule::Staged, "staged"}}};
const EnumNames<LrSchedule> kLrSchedule {{{LrSchedule::Constant, "constant"}, {LrSchedule::Cosine, "cosine"}}};
const EnumNames<TaskGates> kTaskGates {
    {{TaskGates::PerTask, "per_task"}, {TaskGates::Shared, "shared"}, {TaskGates::None, "none"}}};
const EnumNames<ExpertPlacement> kPlacement {
    {{ExpertPlacement::RoundRobin, "round_robin"}, {ExpertPlacement::Block, "block"}}};
const EnumNames<AuxScope> kAuxScope {{{AuxScope::Global, "global"}, {AuxScope::Local, "local"}}};
const EnumNames<StagePartition> kPartition {
    {{StagePartition::Classes, "classes"}, {StagePartition::Clusters, "clusters"}}};

// Strategy and dataset ids are validated by their registries (routing/registry.h and the
// datasets catalogue); here they are free text so core does not depend on datasets.
template <class F>
KeyRow makeInt(std::string key, double lo, double hi, std::string help, F ref)
{
    KeyRow r;
    r.info = {std::move(key), ValueType::Int, lo, hi, {}, std::move(help)};
    r.get = [ref](const ExperimentConfig &c) {
        return std::to_string(ref(const_cast<ExperimentConfig &>(c)));
    };
    r.set = [ref](ExperimentConfig &c, const std::string &v) {
        auto &field = ref(c);
        field = static_cast<std::remove_reference_t<decltype(field)>>(std::stoll(v));
    };
    return r;
}

template <class F>
KeyRow makeReal(std::string key, double lo, double hi, std::string help, F ref)
{
    KeyRow r;
    r.info = {std::move(key), ValueType::Real, lo, hi, {}, std::move(help)};
    r.get = [ref](const ExperimentConfig &c) {
        return formatReal(ref(const_cast<ExperimentConfig &>(c)));
    };
    r.set = [ref](ExperimentConfig &c, const std::string &v) {
        ref(c) = std::stod(v);
    };
    return r;
}

template <class F>
KeyRow makeBool(std::string key, std::string help, F ref)
{
    KeyRow r;
    r.info = {std::move(key), ValueType::Bool, 0, 1, {"true", "false"}, std::move(help)};
    r.get = [ref](const ExperimentConfig &c) {
        return std::string(ref(const_cast<ExperimentConfig &>(c)) ? "true" : "false");
    };
    r.set = [ref](ExperimentConfig &c, const std::string &v) {
        ref(c) = (v == "true" || v == "1");
    };
    return r;
}

template <class F>
KeyRow makeText(std::string key, std::string help, F ref)
{
    KeyRow r;
    r.info = {std::move(key), ValueType::Text, 0, 0, {}, std::move(help)};
    r.get = [ref](const ExperimentConfig &c) {
        return ref(const_cast<ExperimentConfig &>(c));
    };
    r.set = [ref](ExperimentConfig &c, const std::string &v) {
        ref(c) = v;
    };
    return r;
}

template <class E, class F>
KeyRow makeChoice(std::string key, const EnumNames<E> &names, std::string help, F ref)
{
    KeyRow r;
    r.info = {std::move(key), ValueType::Choice, 0, 0, names.all(), std::move(help)};
    r.get = [ref, &names](const ExperimentConfig &c) {
        return names.name(ref(const_cast<ExperimentConfig &>(c)));
    };
    r.set = [ref, &names](ExperimentConfig &c, const std::string &v) {
        ref(c) = names.value(v);
    };
    return r;
}

#define REF(path)                                                                                                      \
    [](ExperimentConfig & c) -> auto &                                                                                 \
    {                                                                                                                  \
        return c.path;                                                                                                 \
    }

const std::vector<KeyRow> &rows()
{
    static const std::vector<KeyRow> table = {
        makeText("data.name",
                 MOE_TR_NOOP("moe::ConfigKey", "Dataset id (blobs, spirals, iris, fashion_mnist, csv, ...)."),
                 REF(data.name)),
        makeInt("data.samples", 0, 1e7,
                MOE_TR_NOOP("moe::ConfigKey",
                            "Samples to generate (toy sets) or keep (real sets); 0 = default (800 toy, all real)."),
                REF(data.samples)),
        makeReal("data.noise", 0, 10, MOE_TR_NOOP("moe::ConfigKey", "Noise added by toy generators."), REF(data.noise)),
        makeInt("data.seed", 0, 9.0e15,
                MOE_TR_NOOP("moe::ConfigKey", "Seed of the data generator and of the train/test split."),
                REF(data.seed)),
        makeText("data.path", MOE_TR_NOOP("moe::ConfigKey", "File for csv, mnist or IDX data."), REF(data.path)),
        makeInt("data.label_column", -1, 100000,
                MOE_TR_NOOP("moe::ConfigKey", "CSV column holding the label (-1 = last)."), REF(data.labelColumn)),
        makeReal("data.test_fraction", 0.05, 0.9,
                 MOE_TR_NOOP("moe::ConfigKey", "Fraction of samples held out for testing."), REF(data.testFraction)),
        makeBool("data.standardize", MOE_TR_NOOP("moe::ConfigKey", "Standardize features to mean 0, variance 1."),
                 REF(data.standardize)),
        makeInt("data.classes", 2, 64, MOE_TR_NOOP("moe::ConfigKey", "Clusters (blobs) or arms (spirals) of toy data."),
                REF(data.classes)),
        makeInt("data.val_windows", 0, 1e6,
                MOE_TR_NOOP(
                    "moe::ConfigKey",
                    "Text data: fixed validation windows the loss is measured on (0 = every non-overlapping window)."),
                REF(data.valWindows)),
        makeReal(
            "data.task_correlation", -1, 1,
            MOE_TR_NOOP(
                "moe::ConfigKey",
                "mmoe_synthetic: correlation ρ of the two tasks' linear parts (1 = the same task, 0 = unrelated)."),
            REF(data.taskCorrelation)),
        makeText(
            "data.label_columns",
            MOE_TR_NOOP("moe::ConfigKey",
                        "Columns (by name, comma separated) that become the targets of a multi-task regression, one "
                        "task each (e.g. alcohol,hue on wine); empty = the data set's own label."),
            REF(data.labelColumns)),

        makeInt("model.experts", 1, 256, MOE_TR_NOOP("moe::ConfigKey", "Number of routed experts E."),
                REF(model.experts)),
        makeInt("model.hidden", 1, 4096, MOE_TR_NOOP("moe::ConfigKey", "Hidden width h of each MLP expert."),
                REF(model.hidden)),
        makeChoice("model.expert_type", kExpertType,
                   MOE_TR_NOOP("moe::ConfigKey", "Expert network: linear map or MLP."), REF(model.expertType)),
        makeChoice("model.activation", kActivation, MOE_TR_NOOP("moe::ConfigKey", "Activation of the MLP experts."),
                   REF(model.activation)),
        makeReal("model.dropout", 0, 0.9,
                 MOE_TR_NOOP("moe::ConfigKey", "Dropout on the experts' hidden layer while training."),
                 REF(model.dropout)),
        makeInt(
            "model.shared_experts", 0, 8,
            MOE_TR_NOOP(
                "moe::ConfigKey",
                "Always-on shared experts; they count in model.experts and routing.k (the router picks k·m − shared of "
                "the rest)."),
            REF(model.sharedExperts)),
        makeInt("model.fine_grain", 1, 16,
                MOE_TR_NOOP("moe::ConfigKey", "Split each expert into m narrower ones (k scales by m)."),
                REF(model.fineGrain)),
        makeBool("model.residual",
                 MOE_TR_NOOP(
                     "moe::ConfigKey",
                     "Add the input to the output (y = x + MoE(x)), so dropped tokens pass through unchanged; needs as "
                     "many outputs as inputs."),
                 REF(model.residual)),
        makeBool("model.router_bias", MOE_TR_NOOP("moe::ConfigKey", "Give the router a learnable bias per expert."),
                 REF(model.routerBias)),
        makeReal("model.router_init", 0, 1,
                 MOE_TR_NOOP("moe::ConfigKey", "Std of the router's random initial weights (0 = zero init)."),
                 REF(model.routerInitStd)),
        makeInt(
            "model.router_hidden", 0, 4096,
            MOE_TR_NOOP("moe::ConfigKey",
                        "Hidden width H of the gate: 0 = linear gate d → E, H > 0 = MLP gate d → H → E with ReLU, for "
                        "every routing strategy (vector data and multi-task models)."),
            REF(model.routerHidden)),
        makeInt("model.tasks", 0, 16,
                MOE_TR_NOOP("moe::ConfigKey",
                            "Tasks of a multi-task model, one per target column (0 = as many as the data has; "
                            "mmoe_synthetic has 2, data.label_columns gives one per column)."),
                REF(model.tasks)),
        makeChoice(
            "model.gates", kTaskGates,
            MOE_TR_NOOP("moe::ConfigKey",
                        "Multi-task model: per_task = one gate per task over shared experts (MMoE), shared = one gate "
                        "for every task (OMoE), none = a shared-bottom network of width experts × hidden, no gate."),
            REF(model.gates)),
        makeInt("model.tower_hidden", 1, 4096,
                MOE_TR_NOOP("moe::ConfigKey",
                            "Multi-task model: hidden width of each task's tower (MLP hidden → tower_hidden → 1)."),
                REF(model.towerHidden)),
        makeInt("model.layers", 1, 32,
                MOE_TR_NOOP("moe::ConfigKey", "Text data: transformer blocks, each with its own MoE layer."),
                REF(model.layers)),
        makeInt("model.width", 8, 2048,
                MOE_TR_NOOP("moe::ConfigKey", "Text data: model width d (embedding size of a byte)."),
                REF(model.width)),
        makeInt("model.heads", 1, 64,
                MOE_TR_NOOP("moe::ConfigKey", "Text data: attention heads per block (the width must be a multiple)."),
                REF(model.heads)),
        makeInt("model.context", 2, 1024,
                MOE_TR_NOOP("moe::ConfigKey", "Text data: context length T, the bytes one sequence sees."),
                REF(model.context)),

        makeText("routing.strategy",
                 MOE_TR_NOOP("moe::ConfigKey",
                             "Routing strategy id (dense, topk, noisy_topk, switch, gshard, expert_choice, ...)."),
                 REF(routing.strategy)),
        makeInt("routing.k", 1, 256, MOE_TR_NOOP("moe::ConfigKey", "Experts per token."), REF(routing.k)),
        makeReal("routing.capacity_factor", 0, 64,
                 MOE_TR_NOOP("moe::ConfigKey", "Expert capacity factor (0 = no capacity limit)."),
                 REF(routing.capacityFactor)),
        makeReal("routing.eval_capacity_factor", 0, 64,
                 MOE_TR_NOOP("moe::ConfigKey", "Capacity factor when evaluating (0 = same as training)."),
                 REF(routing.evalCapacityFactor)),
        makeChoice("routing.capacity_rule", kCapacityRule, MOE_TR_NOOP("moe::ConfigKey", "How capacity is rounded."),
                   REF(routing.capacityRule)),
        makeChoice("routing.priority", kPriority,
                   MOE_TR_NOOP("moe::ConfigKey", "Which tokens keep a slot when an expert overflows."),
                   REF(routing.priority)),
        makeBool("routing.normalize", MOE_TR_NOOP("moe::ConfigKey", "Renormalise the top-k weights to sum to one."),
                 REF(routing.normalize)),
        makeBool("routing.renorm_after_drop",
                 MOE_TR_NOOP("moe::ConfigKey", "Renormalise the kept weights after capacity drops."),
                 REF(routing.renormAfterDrop)),
        makeReal("routing.jitter", 0, 0.5,
                 MOE_TR_NOOP("moe::ConfigKey", "Multiplicative input noise for the router while training."),
                 REF(routing.jitter)),
        makeReal("routing.gshard_threshold", 0.01, 1,
                 MOE_TR_NOOP("moe::ConfigKey", "GShard: keep the 2nd expert with probability min(1, g2/threshold)."),
                 REF(routing.gshardThreshold)),
        makeReal("routing.temperature", 0.01, 100,
                 MOE_TR_NOOP("moe::ConfigKey", "Divides the logits before sparsemax/entmax."),
                 REF(routing.temperature)),

        makeReal("balance.aux", 0, 10,
                 MOE_TR_NOOP("moe::ConfigKey", "Coefficient of the Switch load-balancing loss E·Σ f·P."),
                 REF(balance.aux)),
        makeChoice("balance.aux_convention", kAuxConvention,
                   MOE_TR_NOOP("moe::ConfigKey", "How f counts top-k choices."), REF(balance.auxConvention)),
        makeReal("balance.z", 0, 10, MOE_TR_NOOP("moe::ConfigKey", "Coefficient of the router z-loss."),
                 REF(balance.z)),
        makeReal("balance.importance", 0, 10, MOE_TR_NOOP("moe::ConfigKey", "Coefficient of the importance CV² loss."),
                 REF(balance.importance)),
        makeReal("balance.load", 0, 10,
                 MOE_TR_NOOP("moe::ConfigKey", "Coefficient of the smooth load CV² loss (noisy top-k)."),
                 REF(balance.load)),
        makeReal("balance.bias_rate", 0, 1,
                 MOE_TR_NOOP("moe::ConfigKey", "Loss-free balancing: bias step γ per training step."),
                 REF(balance.biasRate)),

        makeChoice("train.optimizer", kOptimizer, MOE_TR_NOOP("moe::ConfigKey", "Optimiser."), REF(train.optimizer)),
        makeReal("train.lr", 1e-7, 1000, MOE_TR_NOOP("moe::ConfigKey", "Learning rate."), REF(train.lr)),
        makeReal("train.momentum", 0, 0.999, MOE_TR_NOOP("moe::ConfigKey", "SGD momentum."), REF(train.momentum)),
        makeReal("train.weight_decay", 0, 1, MOE_TR_NOOP("moe::ConfigKey", "Weight decay (L2; decoupled for AdamW)."),
                 REF(train.weightDecay)),
        makeInt("train.batch", 1, 65536, MOE_TR_NOOP("moe::ConfigKey", "Samples per training step."), REF(train.batch)),
        makeInt("train.steps", 1, 1e8, MOE_TR_NOOP("moe::ConfigKey", "Training steps."), REF(train.steps)),
        makeText(
            "train.task_weights",
            MOE_TR_NOOP("moe::ConfigKey",
                        "Multi-task model: weight of each task's loss in the sum, comma separated (empty = 1 each)."),
            REF(train.taskWeights)),
        makeInt("train.seed", 0, 9.0e15, MOE_TR_NOOP("moe::ConfigKey", "Seed of initialisation, batching and noise."),
                REF(train.seed)),
        makeChoice("train.loss", kLoss, MOE_TR_NOOP("moe::ConfigKey", "Task loss."), REF(train.loss)),
        makeChoice("train.schedule", kSchedule,
                   MOE_TR_NOOP("moe::ConfigKey", "Joint training, or staged: experts, then gate, then joint."),
                   REF(train.schedule)),
        makeChoice("train.stage_partition", kPartition,
                   MOE_TR_NOOP("moe::ConfigKey", "Staged training: how samples are assigned to experts."),
                   REF(train.stagePartition)),
        makeInt("train.stage_steps", 1, 1e7,
                MOE_TR_NOOP("moe::ConfigKey", "Staged training: steps of the experts stage and of the gate stage."),
                REF(train.stageSteps)),
        makeInt("train.threads", 0, 256, MOE_TR_NOOP("moe::ConfigKey", "Threads for the engine (0 = default)."),
                REF(train.threads)),
        makeInt("train.eval_every", 1, 1e6,
                MOE_TR_NOOP("moe::ConfigKey", "Evaluate on the test set every this many steps."), REF(train.evalEvery)),
        makeReal("train.clip", 0, 1e6, MOE_TR_NOOP("moe::ConfigKey", "Clip the gradient norm (0 = off)."),
                 REF(train.clipNorm)),
        makeChoice(
            "train.lr_schedule", kLrSchedule,
            MOE_TR_NOOP("moe::ConfigKey",
                        "Learning-rate schedule: constant, or linear warm-up then cosine decay to train.lr_min."),
            REF(train.lrSchedule)),
        makeInt("train.warmup", 0, 1e7, MOE_TR_NOOP("moe::ConfigKey", "Cosine schedule: steps of linear warm-up."),
                REF(train.warmup)),
        makeReal("train.lr_min", 0, 1000,
                 MOE_TR_NOOP("moe::ConfigKey", "Cosine schedule: the learning rate at the last step."),
                 REF(train.lrMin)),
        makeReal("train.beta2", 0, 0.99999,
                 MOE_TR_NOOP("moe::ConfigKey", "Adam: decay of the squared-gradient average (beta2)."),
                 REF(train.beta2)),

        makeInt(
            "parallel.ranks", 1, 4096,
            MOE_TR_NOOP(
                "moe::ConfigKey",
                "Expert parallelism: MPI processes P that share the batch and the experts (start with mpirun -np P)."),
            REF(parallel.ranks)),
        makeChoice(
            "parallel.placement", kPlacement,
            MOE_TR_NOOP("moe::ConfigKey",
                        "Expert parallelism: round_robin puts expert e on rank e mod P, block gives each rank a run of "
                        "neighbouring experts."),
            REF(parallel.placement)),
        makeChoice(
            "parallel.aux_scope", kAuxScope,
            MOE_TR_NOOP("moe::ConfigKey",
                        "Expert parallelism: balance losses from statistics summed over all ranks (global, as one "
                        "process) or from each rank's own tokens (local)."),
            REF(parallel.auxScope)),
        makeInt("parallel.failed_rank", -1, 4095,
                MOE_TR_NOOP(
                    "moe::ConfigKey",
                    "Expert parallelism: a failed device, every expert of this rank knocked out so the gate reroutes "
                    "their tokens (-1 = none)."),
                REF(parallel.failedRank)),
    };
    return table;
}
#undef REF

const KeyRow *findRow(const std::string &key)
{
    for (const auto &r : rows())
        if (r.info.key == key)
            return &r;
    return nullptr;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

}  // namespace

const std::vector<ConfigKey> &configKeys()
{
    static const std::vector<ConfigKey> keys = [] {
        std::vector<ConfigKey> out;
        for (const auto &r : rows())
            out.push_back(r.info);
        return out;
    }();
    return keys;
}

const ConfigKey *findConfigKey(const std::string &key)
{
    for (const auto &k : configKeys())
        if (k.key == key)
            return &k;
    return nullptr;
}

Problem setConfigValue(ExperimentConfig &cfg, const std::string &key, const std::string &rawValue)
{
    const KeyRow *row = findRow(key);
    if (!row)
        return problem(MOE_TR_NOOP("moe::Problem", "unknown key '%1'"), {key});
    const std::string value = trim(rawValue);
    const ConfigKey &info = row->info;
    auto outOfRange = [&] {
        return problem(MOE_TR_NOOP("moe::Problem", "%1: %2 is outside the allowed range [%3, %4]"),
                       {key, value, formatReal(info.min), formatReal(info.max)});
    };
    switch (info.type) {
    case ValueType::Int: {
        long long v = 0;
        const auto *end = value.data() + value.size();
        const auto res = std::from_chars(value.data(), end, v);
        if (value.empty() || res.ec != std::errc() || res.ptr != end)
            return problem(MOE_TR_NOOP("moe::Problem", "%1: expected a whole number, got '%2'"), {key, value});
        if (double(v) < info.min || double(v) > info.max)
            return outOfRange();
        row->set(cfg, std::to_string(v));
        return {};
    }
    case ValueType::Real: {
        double v = 0;
        std::size_t used = 0;
        try {
            v = std::stod(value, &used);
        } catch (...) {
            used = 0;
        }
        if (value.empty() || used != value.size() || !std::isfinite(v))
            return problem(MOE_TR_NOOP("moe::Problem", "%1: expected a number, got '%2'"), {key, value});
        if (v < info.min || v > info.max)
            return outOfRange();
        row->set(cfg, value);
        return {};
    }
    case ValueType::Bool:
        if (value != "true" && value != "false" && value != "1" && value != "0")
            return problem(MOE_TR_NOOP("moe::Problem", "%1: expected true or false, got '%2'"), {key, value});
        row->set(cfg, value);
        return {};
    case ValueType::Text: row->set(cfg, value); return {};
    case ValueType::Choice:
        if (std::find(info.choices.begin(), info.choices.end(), value) == info.choices.end()) {
            std::string all;
            for (const auto &c : info.choices)
                all += (all.empty() ? "" : ", ") + c;
            return problem(MOE_TR_NOOP("moe::Problem", "%1: '%2' is not one of: %3"), {key, value, all});
        }
        row->set(cfg, value);
        return {};
    }
    return {};
}

std::string configValue(const ExperimentConfig &cfg, const std::string &key)
{
    const KeyRow *row = findRow(key);
    return row ? row->get(cfg) : std::string();
}

bool keyNeedsNewModel(const std::string &key)
{
    // data.*: new data; the rest: the layers' shapes (or the shared experts beside them).
    static const std::vector<std::string> modelKeys = {
        "model.hidden",      "model.expert_type", "model.activation",   "model.fine_grain",
        "model.router_bias", "model.residual",    "train.loss",         "model.layers",
        "model.width",       "model.heads",       "model.context",      "model.router_hidden",
        "model.tasks",       "model.gates",       "model.tower_hidden", "model.shared_experts"};
    return key.rfind("data.", 0) == 0 || std::find(modelKeys.begin(), modelKeys.end(), key) != modelKeys.end();
}

}  // namespace moe
