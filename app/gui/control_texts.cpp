#include "control_texts.h"

#include "app/common/dataset_source.h"

#include <QCoreApplication>

#include <cstring>

namespace moe::gui {
namespace {

struct KeyText {
    const char *key;
    const char *label;
    const char *tip;
};

const KeyText kKeyTexts[] = {
    {"data.name", QT_TRANSLATE_NOOP("ControlTexts", "Dataset"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "The data the experts learn from: 2-D toy sets show the gate's regions, real sets show which "
                       "expert takes which class.")},
    {"data.samples", QT_TRANSLATE_NOOP("ControlTexts", "Samples"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "How many examples are generated or kept; more data gives smoother regions but longer epochs.")},
    {"data.noise", QT_TRANSLATE_NOOP("ControlTexts", "Noise"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "How much the toy points scatter; more noise makes the classes overlap and the task harder.")},
    {"data.seed", QT_TRANSLATE_NOOP("ControlTexts", "Data seed"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "The same seed gives the same data and the same train/test split, so two runs can be compared.")},
    {"data.path", QT_TRANSLATE_NOOP("ControlTexts", "File"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "The file to read when the dataset comes from one: CSV or IDX data, or the UTF-8 text of the "
                       "text corpus.")},
    {"data.label_column", QT_TRANSLATE_NOOP("ControlTexts", "Label column"),
     QT_TRANSLATE_NOOP("ControlTexts", "Which CSV column holds the class label (-1 means the last one).")},
    {"data.test_fraction", QT_TRANSLATE_NOOP("ControlTexts", "Test fraction"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "The share of samples kept out of training, to measure how well the model generalises.")},
    {"data.standardize", QT_TRANSLATE_NOOP("ControlTexts", "Standardize"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Shifts and scales every feature to mean 0 and variance 1, which keeps the gate's logits in a good range.")},
    {"data.classes", QT_TRANSLATE_NOOP("ControlTexts", "Classes"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "How many clusters or spiral arms the toy data has: regions the experts can share out among themselves.")},
    {"data.val_windows", QT_TRANSLATE_NOOP("ControlTexts", "Validation windows"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Text data: how many fixed stretches of the validation text the loss is measured on; the same "
                       "ones at every evaluation (0 = every non-overlapping window).")},
    {"model.experts", QT_TRANSLATE_NOOP("ControlTexts", "Experts"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "The number of expert networks the gate chooses from; more experts add capacity without adding "
                       "compute per token.")},
    {"model.hidden", QT_TRANSLATE_NOOP("ControlTexts", "Hidden width"),
     QT_TRANSLATE_NOOP("ControlTexts", "The width of each expert's hidden layer, that is, the size of one expert.")},
    {"model.expert_type", QT_TRANSLATE_NOOP("ControlTexts", "Expert type"),
     QT_TRANSLATE_NOOP("ControlTexts", "A linear expert draws one straight boundary; an MLP expert can bend its own.")},
    {"model.activation", QT_TRANSLATE_NOOP("ControlTexts", "Activation"),
     QT_TRANSLATE_NOOP("ControlTexts", "The non-linearity inside each MLP expert.")},
    {"model.dropout", QT_TRANSLATE_NOOP("ControlTexts", "Dropout"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Randomly silences hidden units while training so the experts do not memorise the training set.")},
    {"model.shared_experts", QT_TRANSLATE_NOOP("ControlTexts", "Shared experts"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Experts every token always uses next to the routed ones (as in DeepSeekMoE), to hold what all "
                       "inputs have in common.")},
    {"model.fine_grain", QT_TRANSLATE_NOOP("ControlTexts", "Fine-grained split"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Splits each expert into m narrower ones and multiplies k by m: more combinations for the same compute.")},
    {"model.residual", QT_TRANSLATE_NOOP("ControlTexts", "Residual"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Adds the input to the layer's output (y = x + MoE(x)), so a token dropped by a full expert "
                       "still passes through unchanged.")},
    {"model.router_bias", QT_TRANSLATE_NOOP("ControlTexts", "Router bias"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Gives the gate a learnable offset per expert, so it can prefer an expert whatever the input.")},
    {"model.router_init", QT_TRANSLATE_NOOP("ControlTexts", "Router init"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "The spread of the gate's random starting weights; zero makes all experts look alike at the "
                       "start, which invites collapse.")},
    {"model.layers", QT_TRANSLATE_NOOP("ControlTexts", "Blocks"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Text data: how many transformer blocks the language model stacks; each block has its own "
                       "attention and its own MoE layer with its own router.")},
    {"model.width", QT_TRANSLATE_NOOP("ControlTexts", "Model width"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Text data: the width d of the language model, the length of the vector that stands for each "
                       "byte as it passes through the blocks.")},
    {"model.heads", QT_TRANSLATE_NOOP("ControlTexts", "Attention heads"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Text data: attention heads per block; each head looks back over the context on its own. The "
                       "model width must be a multiple of it.")},
    {"model.context", QT_TRANSLATE_NOOP("ControlTexts", "Context length"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Text data: how many bytes the model sees at once; a byte is predicted from at most this many "
                       "bytes before it.")},
    {"routing.strategy", QT_TRANSLATE_NOOP("ControlTexts", "Strategy"),
     QT_TRANSLATE_NOOP("ControlTexts", "How the gate turns its scores into a choice of experts for each token.")},
    {"routing.k", QT_TRANSLATE_NOOP("ControlTexts", "k (experts per token)"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "How many experts each token is sent to; compute per token grows with k, not with the number of experts.")},
    {"routing.capacity_factor", QT_TRANSLATE_NOOP("ControlTexts", "Capacity factor"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "How many tokens an expert may take, relative to an even share; tokens beyond it are dropped (0 "
                       "= no limit).")},
    {"routing.eval_capacity_factor", QT_TRANSLATE_NOOP("ControlTexts", "Eval capacity factor"),
     QT_TRANSLATE_NOOP("ControlTexts", "The capacity factor used on the test set (0 = the same as in training).")},
    {"routing.capacity_rule", QT_TRANSLATE_NOOP("ControlTexts", "Capacity rounding"),
     QT_TRANSLATE_NOOP("ControlTexts", "How an expert's capacity is rounded to a whole number of tokens.")},
    {"routing.priority", QT_TRANSLATE_NOOP("ControlTexts", "Overflow priority"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Which tokens keep their place when an expert is full: the first ones, the most confident ones "
                       "(BPR), or the highest scores.")},
    {"routing.normalize", QT_TRANSLATE_NOOP("ControlTexts", "Renormalise top-k"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Rescales the chosen experts' weights to sum to one; with k = 1 the weight is then always 1 and "
                       "the gate learns nothing.")},
    {"routing.renorm_after_drop", QT_TRANSLATE_NOOP("ControlTexts", "Renormalise after drops"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "When capacity drops one of a token's experts, rescales the weights of the ones it kept.")},
    {"routing.jitter", QT_TRANSLATE_NOOP("ControlTexts", "Jitter"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Multiplies the gate's input by a little random noise while training, so routing does not settle too early.")},
    {"routing.gshard_threshold", QT_TRANSLATE_NOOP("ControlTexts", "GShard threshold"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "GShard keeps a token's second expert only with probability g2 / threshold, saving compute on "
                       "unsure tokens.")},
    {"routing.temperature", QT_TRANSLATE_NOOP("ControlTexts", "Temperature"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Divides the gate's scores before sparsemax or entmax; higher is softer, with more experts per token.")},
    {"balance.aux", QT_TRANSLATE_NOOP("ControlTexts", "Balance loss"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Weight of the Switch loss E·Σ f·P, which pushes the gate to spread tokens evenly over the experts.")},
    {"balance.aux_convention", QT_TRANSLATE_NOOP("ControlTexts", "Balance loss convention"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "How the token fraction f is counted when each token picks k experts (Switch, Mixtral or Megatron style).")},
    {"balance.z", QT_TRANSLATE_NOOP("ControlTexts", "Router z-loss"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Penalises large gate scores, which keeps the router numerically stable (ST-MoE).")},
    {"balance.importance", QT_TRANSLATE_NOOP("ControlTexts", "Importance loss"),
     QT_TRANSLATE_NOOP("ControlTexts", "Penalises uneven total gate probability per expert (Shazeer et al., 2017).")},
    {"balance.load", QT_TRANSLATE_NOOP("ControlTexts", "Load loss"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Penalises uneven smooth token counts per expert; it relies on the noise of noisy top-k.")},
    {"balance.bias_rate", QT_TRANSLATE_NOOP("ControlTexts", "Loss-free bias rate"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Balances without any loss: each step raises the selection bias of idle experts and lowers that "
                       "of busy ones (DeepSeek-V3).")},
    {"train.optimizer", QT_TRANSLATE_NOOP("ControlTexts", "Optimiser"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "How gradients become weight updates: SGD with momentum, Adam, or AdamW with decoupled weight decay.")},
    {"train.lr", QT_TRANSLATE_NOOP("ControlTexts", "Learning rate"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "The size of each update step; too large and the loss explodes, too small and nothing moves.")},
    {"train.momentum", QT_TRANSLATE_NOOP("ControlTexts", "Momentum"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "How much of the previous SGD update carries into the next, smoothing noisy gradients.")},
    {"train.weight_decay", QT_TRANSLATE_NOOP("ControlTexts", "Weight decay"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Pulls the weights toward zero at every step, a simple guard against overfitting.")},
    {"train.batch", QT_TRANSLATE_NOOP("ControlTexts", "Batch size"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Tokens per training step; load statistics and the balance loss are computed over one batch.")},
    {"train.steps", QT_TRANSLATE_NOOP("ControlTexts", "Steps"),
     QT_TRANSLATE_NOOP("ControlTexts", "How many training steps the run lasts before it stops by itself.")},
    {"train.seed", QT_TRANSLATE_NOOP("ControlTexts", "Seed"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "The seed of the initial weights, the batches and the noise: the same seed gives the same run.")},
    {"train.loss", QT_TRANSLATE_NOOP("ControlTexts", "Task loss"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "What the model minimises: cross-entropy for classes, squared error for numbers, or the classic "
                       "mixture losses of Jacobs et al. (1991).")},
    {"train.schedule", QT_TRANSLATE_NOOP("ControlTexts", "Schedule"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Train experts and gate together, or in stages: the experts first, then the gate, then both.")},
    {"train.stage_partition", QT_TRANSLATE_NOOP("ControlTexts", "Stage partition"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "In staged training, how the samples are shared out to the experts before the gate learns.")},
    {"train.stage_steps", QT_TRANSLATE_NOOP("ControlTexts", "Stage steps"),
     QT_TRANSLATE_NOOP("ControlTexts", "How many steps each stage of staged training lasts.")},
    {"train.threads", QT_TRANSLATE_NOOP("ControlTexts", "Threads"),
     QT_TRANSLATE_NOOP("ControlTexts", "CPU threads the engine may use (0 = the default).")},
    {"train.eval_every", QT_TRANSLATE_NOOP("ControlTexts", "Evaluate every"),
     QT_TRANSLATE_NOOP("ControlTexts", "How often, in steps, the model is measured on the test set.")},
    {"train.clip", QT_TRANSLATE_NOOP("ControlTexts", "Gradient clipping"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Caps the gradient's size so one bad batch cannot throw the weights away (0 = off).")},
    {"train.lr_schedule", QT_TRANSLATE_NOOP("ControlTexts", "Learning-rate schedule"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Keep the learning rate constant, or raise it linearly during the warm-up and then let it fall "
                       "along a cosine to the final learning rate.")},
    {"train.warmup", QT_TRANSLATE_NOOP("ControlTexts", "Warm-up steps"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "With the cosine schedule: the first steps, during which the learning rate climbs from almost "
                       "zero, so the early large gradients do no harm.")},
    {"train.lr_min", QT_TRANSLATE_NOOP("ControlTexts", "Final learning rate"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "With the cosine schedule: the learning rate the decay ends at on the last step.")},
    {"train.beta2", QT_TRANSLATE_NOOP("ControlTexts", "Adam beta2"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "How slowly Adam forgets the size of past gradients; 0.99 suits small language models, 0.999 "
                       "the classic default.")},
    {"parallel.ranks", QT_TRANSLATE_NOOP("ControlTexts", "Ranks (processes)"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Expert parallelism: how many MPI processes share the batch and the experts. The window trains "
                       "in one process; moelab-cli runs P of them with mpirun -np P.")},
    {"parallel.placement", QT_TRANSLATE_NOOP("ControlTexts", "Expert placement"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Which rank holds each expert: round robin (expert e on rank e mod P) or blocks of neighbouring "
                       "experts.")},
    {"parallel.aux_scope", QT_TRANSLATE_NOOP("ControlTexts", "Balance statistics"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Global: the balance loss counts the tokens of all ranks, exactly as one process. Local: each "
                       "rank balances its own tokens (GShard's groups).")},
    {"parallel.failed_rank", QT_TRANSLATE_NOOP("ControlTexts", "Failed rank"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Simulates a failed device: every expert held by this rank is knocked out, and the gate sends "
                       "their tokens to the experts of the other ranks (-1 = all ranks work).")},
    {"data.task_correlation", QT_TRANSLATE_NOOP("ControlTexts", "Task correlation ρ"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "mmoe_synthetic: how related the two tasks are. 1 makes them the same task, 0 unrelated; the "
                       "MMoE paper's knob for comparing shared bottom, OMoE and MMoE.")},
    {"data.label_columns", QT_TRANSLATE_NOOP("ControlTexts", "Task columns"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Names of table columns, comma separated, that become the targets of a multi-task regression "
                       "(one task each); they leave the inputs. Empty: the data set's own label.")},
    {"model.router_hidden", QT_TRANSLATE_NOOP("ControlTexts", "Gate hidden width"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "0: the gate is linear (logits = x·Wg). Above 0 the gate is a small MLP with this many ReLU "
                       "units, as recommender systems often use; it works with every routing strategy.")},
    {"model.tasks", QT_TRANSLATE_NOOP("ControlTexts", "Tasks"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "How many tasks the multi-task model predicts, one per target column; 0 takes as many as the "
                       "data has.")},
    {"model.gates", QT_TRANSLATE_NOOP("ControlTexts", "Gates"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Multi-task model: a gate per task over shared experts (MMoE), one gate for all tasks (OMoE), or "
         "no gate and one shared-bottom network (the baseline).")},
    {"model.tower_hidden", QT_TRANSLATE_NOOP("ControlTexts", "Tower width"),
     QT_TRANSLATE_NOOP("ControlTexts",
                       "Multi-task model: hidden units of each task's own tower, the small network on top of the "
                       "mixture of experts.")},
    {"train.task_weights", QT_TRANSLATE_NOOP("ControlTexts", "Task weights"),
     QT_TRANSLATE_NOOP(
         "ControlTexts",
         "Multi-task model: how much each task's loss counts in the sum that is trained, comma separated, "
         "e.g. 1,0.5; empty weighs every task 1.")},
};

struct ChoiceText {
    const char *value;
    const char *label;
};

const ChoiceText kChoiceTexts[] = {
    {"linear", QT_TRANSLATE_NOOP("ControlTexts", "Linear")},
    {"mlp", QT_TRANSLATE_NOOP("ControlTexts", "MLP")},
    {"relu", QT_TRANSLATE_NOOP("ControlTexts", "ReLU")},
    {"gelu", QT_TRANSLATE_NOOP("ControlTexts", "GELU")},
    {"gelu_tanh", QT_TRANSLATE_NOOP("ControlTexts", "GELU (tanh form)")},
    {"tanh", QT_TRANSLATE_NOOP("ControlTexts", "tanh")},
    {"ce", QT_TRANSLATE_NOOP("ControlTexts", "Cross-entropy")},
    {"mixture", QT_TRANSLATE_NOOP("ControlTexts", "Mixture of distributions")},
    {"mse", QT_TRANSLATE_NOOP("ControlTexts", "Mean squared error")},
    {"competitive", QT_TRANSLATE_NOOP("ControlTexts", "Competitive (Jacobs 1991)")},
    {"sgd", QT_TRANSLATE_NOOP("ControlTexts", "SGD")},
    {"adam", QT_TRANSLATE_NOOP("ControlTexts", "Adam")},
    {"adamw", QT_TRANSLATE_NOOP("ControlTexts", "AdamW")},
    {"ceil", QT_TRANSLATE_NOOP("ControlTexts", "Round up")},
    {"floor", QT_TRANSLATE_NOOP("ControlTexts", "Round down (Switch)")},
    {"round", QT_TRANSLATE_NOOP("ControlTexts", "Round to nearest")},
    {"index", QT_TRANSLATE_NOOP("ControlTexts", "First come")},
    {"bpr", QT_TRANSLATE_NOOP("ControlTexts", "Most confident (BPR)")},
    {"score", QT_TRANSLATE_NOOP("ControlTexts", "Highest score")},
    {"megatron", QT_TRANSLATE_NOOP("ControlTexts", "Megatron")},
    {"mixtral", QT_TRANSLATE_NOOP("ControlTexts", "Mixtral")},
    {"switch", QT_TRANSLATE_NOOP("ControlTexts", "Switch")},
    {"joint", QT_TRANSLATE_NOOP("ControlTexts", "Joint")},
    {"staged", QT_TRANSLATE_NOOP("ControlTexts", "Staged")},
    {"classes", QT_TRANSLATE_NOOP("ControlTexts", "By class")},
    {"clusters", QT_TRANSLATE_NOOP("ControlTexts", "By cluster")},
    {"constant", QT_TRANSLATE_NOOP("ControlTexts", "Constant")},
    {"cosine", QT_TRANSLATE_NOOP("ControlTexts", "Warm-up, then cosine decay")},
    {"round_robin", QT_TRANSLATE_NOOP("ControlTexts", "Round robin")},
    {"block", QT_TRANSLATE_NOOP("ControlTexts", "In blocks")},
    {"global", QT_TRANSLATE_NOOP("ControlTexts", "Global")},
    {"local", QT_TRANSLATE_NOOP("ControlTexts", "Local")},
    {"per_task", QT_TRANSLATE_NOOP("ControlTexts", "A gate per task (MMoE)")},
    {"shared", QT_TRANSLATE_NOOP("ControlTexts", "One gate for all tasks (OMoE)")},
    {"none", QT_TRANSLATE_NOOP("ControlTexts", "No gate: shared bottom")},
};

const KeyText *findKey(const QString &key)
{
    const QByteArray k = key.toUtf8();
    for (const auto &t : kKeyTexts)
        if (k == t.key)
            return &t;
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ControlTexts", text);
}

}  // namespace

QString controlLabel(const QString &key)
{
    const KeyText *t = findKey(key);
    return t ? translated(t->label) : key;
}

QString controlToolTip(const QString &key)
{
    const KeyText *t = findKey(key);
    return t ? translated(t->tip) : QString();
}

QString choiceLabel(const QString &key, const QString &value)
{
    if (key == QLatin1String("data.name"))
        return app::datasetDisplayName(value.toStdString());
    const QByteArray v = value.toUtf8();
    for (const auto &c : kChoiceTexts)
        if (v == c.value)
            return translated(c.label);
    return value;
}

QString groupTitle(const QString &group)
{
    if (group == QLatin1String("data"))
        return translated(QT_TRANSLATE_NOOP("ControlTexts", "Data"));
    if (group == QLatin1String("model"))
        return translated(QT_TRANSLATE_NOOP("ControlTexts", "Model"));
    if (group == QLatin1String("routing"))
        return translated(QT_TRANSLATE_NOOP("ControlTexts", "Routing"));
    if (group == QLatin1String("balance"))
        return translated(QT_TRANSLATE_NOOP("ControlTexts", "Balancing"));
    if (group == QLatin1String("train"))
        return translated(QT_TRANSLATE_NOOP("ControlTexts", "Training"));
    if (group == QLatin1String("parallel"))
        return translated(QT_TRANSLATE_NOOP("ControlTexts", "Distributed"));
    return group;
}

WarningText warningText(const Warning &warning)
{
    const double v = warning.value;
    switch (warning.kind) {
    case WarningKind::NoRouterGradient:
        return {QStringLiteral("routing.normalize"),
                translated(QT_TRANSLATE_NOOP(
                    "ControlTexts",
                    "Top-1 with renormalisation: the gate weight is always 1, so the gate gets no learning signal."))};
    case WarningKind::BatchDependentOutput:
        return {QStringLiteral("routing.strategy"),
                translated(QT_TRANSLATE_NOOP(
                    "ControlTexts", "With this strategy a token's output depends on the other tokens in its batch."))};
    case WarningKind::CapacityDropping:
        return {
            QStringLiteral("routing.capacity_factor"),
            translated(QT_TRANSLATE_NOOP("ControlTexts", "%1 % of the assignments are dropped by the capacity limit."))
                .arg(QString::number(100.0 * v, 'f', 1))};
    case WarningKind::KClamped:
        return {
            QStringLiteral("routing.k"),
            translated(QT_TRANSLATE_NOOP("ControlTexts", "k is larger than the number of active experts; %1 is used."))
                .arg(int(v))};
    case WarningKind::LoadEstimatorUndefined:
        return {QStringLiteral("balance.load"),
                translated(QT_TRANSLATE_NOOP(
                    "ControlTexts", "With k ≥ E the smooth load is undefined; hard token counts are used instead."))};
    case WarningKind::AuxLossIgnored:
        return {QStringLiteral("balance.aux"),
                translated(QT_TRANSLATE_NOOP("ControlTexts", "This strategy does not use the balance loss."))};
    case WarningKind::SupportSizeOne:
        return {QStringLiteral("routing.temperature"),
                translated(QT_TRANSLATE_NOOP(
                    "ControlTexts",
                    "Tokens that keep a single expert give the gate no gradient; a higher temperature helps."))};
    case WarningKind::ExpertsUnused:
        return {QStringLiteral("model.experts"),
                translated(QT_TRANSLATE_NOOP("ControlTexts", "Some experts received no token: %1.")).arg(int(v))};
    }
    return {QStringLiteral("routing.strategy"), QString::fromStdString(warning.message)};
}

}  // namespace moe::gui
