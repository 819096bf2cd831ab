#include "core_strings.h"

#include <QCoreApplication>

namespace moe::app {
namespace {

struct Text {
    const char *context;
    const char *source;
};

// One row per English text of the core. Keep in step with core/routing/*.cpp and
// core/config.cpp (tests/translations checks that every text the core reports is here).
const Text kTexts[] = {
    // Routing strategies: display name, then the one-sentence description.
    // base_assignment.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "BASE balanced assignment")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "While training, tokens are assigned so that every expert gets the same number and the total "
                       "affinity is as large as possible; at inference each token takes its best expert.")},
    // dense.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Dense (soft) gating")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "Every expert processes every input; the gate's probabilities weight their outputs.")},
    // entmax.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "1.5-entmax (smooth sparse softmax)")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "Between softmax and sparsemax: smooth weights, yet weak experts still get exactly zero.")},
    // expert_choice.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Expert choice")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "Each expert picks the tokens it is most confident about, so every expert is exactly full.")},
    // gshard_top2.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "GShard top-2 (random 2nd expert)")},
    {"Strategies",
     QT_TRANSLATE_NOOP(
         "Strategies",
         "Top-2 routing where the second expert is used only with a probability that grows with its weight.")},
    // hash.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Hash routing (fixed, not learned)")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "Each input goes to an expert picked by a fixed hash of the input itself; nothing about the "
                       "routing is learned.")},
    // noisy_top_k.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Noisy top-k")},
    {"Strategies",
     QT_TRANSLATE_NOOP(
         "Strategies",
         "Learned Gaussian noise is added to the gate before picking the top k, which spreads tokens over experts.")},
    // sinkhorn.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Sinkhorn balanced (S-BASE)")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "The router's scores are rescaled until every expert gets the same share, then each token takes "
                       "its top-k of the balanced plan.")},
    // soft_moe.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Soft MoE (slots)")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "Each expert works on a blend of all tokens (a slot), and each token blends all slot outputs: "
                       "nothing is discrete, nothing is dropped.")},
    // sparsemax.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Sparsemax (sparse softmax)")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "A softmax that can give exactly zero: each token uses as many experts as its scores justify, "
                       "from one to all.")},
    // switch_top1.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Switch top-1 with capacity")},
    {"Strategies",
     QT_TRANSLATE_NOOP(
         "Strategies",
         "Each token goes to its single best expert; an expert takes at most C tokens and drops the rest.")},
    // top_k.cpp
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Top-k token choice")},
    {"Strategies",
     QT_TRANSLATE_NOOP("Strategies",
                       "Each token picks its k most probable experts; their outputs are mixed by the gate weights.")},
    // assigned.h
    {"Strategies", QT_TRANSLATE_NOOP("Strategies", "Assigned subsets (staged training)")},

    // Configuration keys: the help sentence (moelab-cli keys, --help, tooltips).
    // data.name
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey", "Dataset id (blobs, spirals, iris, fashion_mnist, csv, ...).")},
    // data.samples
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Samples to generate (toy sets) or keep (real sets); 0 = default (800 toy, all real).")},
    // data.noise
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Noise added by toy generators.")},
    // data.seed
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Seed of the data generator and of the train/test split.")},
    // data.path
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "File for csv, mnist or IDX data.")},
    // data.label_column
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "CSV column holding the label (-1 = last).")},
    // data.test_fraction
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Fraction of samples held out for testing.")},
    // data.standardize
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Standardize features to mean 0, variance 1.")},
    // data.classes
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Clusters (blobs) or arms (spirals) of toy data.")},
    // data.val_windows
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Text data: fixed validation windows the loss is measured on (0 = every non-overlapping "
                       "window).")},
    // model.experts
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Number of routed experts E.")},
    // model.hidden
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Hidden width h of each MLP expert.")},
    // model.expert_type
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Expert network: linear map or MLP.")},
    // model.activation
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Activation of the MLP experts.")},
    // model.dropout
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Dropout on the experts' hidden layer while training.")},
    // model.shared_experts
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Always-on shared experts; they count in model.experts and routing.k (the router picks k·m − "
                       "shared of the rest).")},
    // model.fine_grain
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Split each expert into m narrower ones (k scales by m).")},
    // model.residual
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Add the input to the output (y = x + MoE(x)), so dropped tokens pass through unchanged; needs "
                       "as many outputs as inputs.")},
    // model.router_bias
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Give the router a learnable bias per expert.")},
    // model.router_init
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey", "Std of the router's random initial weights (0 = zero init).")},
    // model.layers
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Text data: transformer blocks, each with its own MoE layer.")},
    // model.width
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Text data: model width d (embedding size of a byte).")},
    // model.heads
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey", "Text data: attention heads per block (the width must be a multiple).")},
    // model.context
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Text data: context length T, the bytes one sequence sees.")},
    // routing.strategy
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Routing strategy id (dense, topk, noisy_topk, switch, gshard, expert_choice, ...).")},
    // routing.k
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Experts per token.")},
    // routing.capacity_factor
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Expert capacity factor (0 = no capacity limit).")},
    // routing.eval_capacity_factor
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Capacity factor when evaluating (0 = same as training).")},
    // routing.capacity_rule
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "How capacity is rounded.")},
    // routing.priority
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Which tokens keep a slot when an expert overflows.")},
    // routing.normalize
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Renormalise the top-k weights to sum to one.")},
    // routing.renorm_after_drop
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Renormalise the kept weights after capacity drops.")},
    // routing.jitter
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey", "Multiplicative input noise for the router while training.")},
    // routing.gshard_threshold
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey", "GShard: keep the 2nd expert with probability min(1, g2/threshold).")},
    // routing.temperature
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Divides the logits before sparsemax/entmax.")},
    // balance.aux
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Coefficient of the Switch load-balancing loss E·Σ f·P.")},
    // balance.aux_convention
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "How f counts top-k choices.")},
    // balance.z
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Coefficient of the router z-loss.")},
    // balance.importance
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Coefficient of the importance CV² loss.")},
    // balance.load
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Coefficient of the smooth load CV² loss (noisy top-k).")},
    // balance.bias_rate
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Loss-free balancing: bias step γ per training step.")},
    // train.optimizer
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Optimiser.")},
    // train.lr
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Learning rate.")},
    // train.momentum
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "SGD momentum.")},
    // train.weight_decay
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Weight decay (L2; decoupled for AdamW).")},
    // train.batch
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Samples per training step.")},
    // train.steps
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Training steps.")},
    // train.seed
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Seed of initialisation, batching and noise.")},
    // train.loss
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Task loss.")},
    // train.schedule
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey", "Joint training, or staged: experts, then gate, then joint.")},
    // train.stage_partition
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Staged training: how samples are assigned to experts.")},
    // train.stage_steps
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey", "Staged training: steps of the experts stage and of the gate stage.")},
    // train.threads
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Threads for the engine (0 = default).")},
    // train.eval_every
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Evaluate on the test set every this many steps.")},
    // train.clip
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Clip the gradient norm (0 = off).")},
    // train.lr_schedule
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Learning-rate schedule: constant, or linear warm-up then cosine decay to train.lr_min.")},
    // train.warmup
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Cosine schedule: steps of linear warm-up.")},
    // train.lr_min
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Cosine schedule: the learning rate at the last step.")},
    // train.beta2
    {"moe::ConfigKey", QT_TRANSLATE_NOOP("moe::ConfigKey", "Adam: decay of the squared-gradient average (beta2).")},
    // data.task_correlation
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "mmoe_synthetic: correlation ρ of the two tasks' linear parts (1 = the same task, 0 = "
                       "unrelated).")},
    // data.label_columns
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP(
         "moe::ConfigKey",
         "Columns (by name, comma separated) that become the targets of a multi-task regression, one task "
         "each (e.g. alcohol,hue on wine); empty = the data set's own label.")},
    // model.router_hidden
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Hidden width H of the gate: 0 = linear gate d → E, H > 0 = MLP gate d → H → E with ReLU, for "
                       "every routing strategy (vector data and multi-task models).")},
    // model.tasks
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP(
         "moe::ConfigKey",
         "Tasks of a multi-task model, one per target column (0 = as many as the data has; mmoe_synthetic "
         "has 2, data.label_columns gives one per column).")},
    // model.gates
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Multi-task model: per_task = one gate per task over shared experts (MMoE), shared = one gate "
                       "for every task (OMoE), none = a shared-bottom network of width experts × hidden, no gate.")},
    // model.tower_hidden
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Multi-task model: hidden width of each task's tower (MLP hidden → tower_hidden → 1).")},
    // train.task_weights
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Multi-task model: weight of each task's loss in the sum, comma separated (empty = 1 each).")},
    // parallel.ranks
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP(
         "moe::ConfigKey",
         "Expert parallelism: MPI processes P that share the batch and the experts (start with mpirun -np P).")},
    // parallel.placement
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Expert parallelism: round_robin puts expert e on rank e mod P, block gives each rank a run of "
                       "neighbouring experts.")},
    // parallel.aux_scope
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Expert parallelism: balance losses from statistics summed over all ranks (global, as one "
                       "process) or from each rank's own tokens (local).")},
    // parallel.failed_rank
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Expert parallelism: a failed device, every expert of this rank knocked out so the gate "
                       "reroutes their tokens (-1 = none).")},
    // parallel.ranks
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Expert parallelism: MPI processes P that share the batch and the experts (start with mpirun -np P).")},
    // parallel.placement
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Expert parallelism: round_robin puts expert e on rank e mod P, block gives each rank a run of "
                       "neighbouring experts.")},
    // parallel.aux_scope
    {"moe::ConfigKey",
     QT_TRANSLATE_NOOP("moe::ConfigKey",
                       "Expert parallelism: balance losses from statistics summed over all ranks (global, as one "
                       "process) or from each rank's own tokens (local).")},
};

QString translated(const char *context, const std::string &english)
{
    return QCoreApplication::translate(context, english.c_str());
}

}  // namespace

QString strategyDisplayName(const std::string &englishName)
{
    return translated(kStrategiesContext, englishName);
}

QString strategyDescription(const std::string &englishDescription)
{
    return translated(kStrategiesContext, englishDescription);
}

QString configKeyHelp(const std::string &englishHelp)
{
    return translated(kConfigKeyContext, englishHelp);
}

std::vector<std::pair<const char *, const char *>> coreSourceTexts()
{
    std::vector<std::pair<const char *, const char *>> out;
    for (const Text &t : kTexts)
        out.emplace_back(t.context, t.source);
    return out;
}

}  // namespace moe::app
