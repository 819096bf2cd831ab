#include "control_texts.h"

#include <QCoreApplication>

#include <cstring>

namespace moe::gui {
namespace {

struct KeyText {
    const char *key;
    const char *label;
    const char *tip;
};

#define KT(key, label, tip) {key, QT_TRANSLATE_NOOP("ControlTexts", label), QT_TRANSLATE_NOOP("ControlTexts", tip)}

const KeyText kKeyTexts[] = {
    KT("data.name", "Dataset", "The data the experts learn from: 2-D toy sets show the gate's regions, real sets show which expert takes which class."),
    KT("data.samples", "Samples", "How many examples are generated or kept; more data gives smoother regions but longer epochs."),
    KT("data.noise", "Noise", "How much the toy points scatter; more noise makes the classes overlap and the task harder."),
    KT("data.seed", "Data seed", "The same seed gives the same data and the same train/test split, so two runs can be compared."),
    KT("data.path", "File", "The CSV or IDX file to read when the dataset comes from a file."),
    KT("data.label_column", "Label column", "Which CSV column holds the class label (-1 means the last one)."),
    KT("data.test_fraction", "Test fraction", "The share of samples kept out of training, to measure how well the model generalises."),
    KT("data.standardize", "Standardize", "Shifts and scales every feature to mean 0 and variance 1, which keeps the gate's logits in a good range."),
    KT("data.classes", "Classes", "How many clusters or spiral arms the toy data has: regions the experts can share out among themselves."),
    KT("model.experts", "Experts", "The number of expert networks the gate chooses from; more experts add capacity without adding compute per token."),
    KT("model.hidden", "Hidden width", "The width of each expert's hidden layer, that is, the size of one expert."),
    KT("model.expert_type", "Expert type", "A linear expert draws one straight boundary; an MLP expert can bend its own."),
    KT("model.activation", "Activation", "The non-linearity inside each MLP expert."),
    KT("model.dropout", "Dropout", "Randomly silences hidden units while training so the experts do not memorise the training set."),
    KT("model.shared_experts", "Shared experts", "Experts every token always uses next to the routed ones (as in DeepSeekMoE), to hold what all inputs have in common."),
    KT("model.fine_grain", "Fine-grained split", "Splits each expert into m narrower ones and multiplies k by m: more combinations for the same compute."),
    KT("model.residual", "Residual", "Adds the input to the layer's output (y = x + MoE(x)), so a token dropped by a full expert still passes through unchanged."),
    KT("model.router_bias", "Router bias", "Gives the gate a learnable offset per expert, so it can prefer an expert whatever the input."),
    KT("model.router_init", "Router init", "The spread of the gate's random starting weights; zero makes all experts look alike at the start, which invites collapse."),
    KT("routing.strategy", "Strategy", "How the gate turns its scores into a choice of experts for each token."),
    KT("routing.k", "k (experts per token)", "How many experts each token is sent to; compute per token grows with k, not with the number of experts."),
    KT("routing.capacity_factor", "Capacity factor", "How many tokens an expert may take, relative to an even share; tokens beyond it are dropped (0 = no limit)."),
    KT("routing.eval_capacity_factor", "Eval capacity factor", "The capacity factor used on the test set (0 = the same as in training)."),
    KT("routing.capacity_rule", "Capacity rounding", "How an expert's capacity is rounded to a whole number of tokens."),
    KT("routing.priority", "Overflow priority", "Which tokens keep their place when an expert is full: the first ones, the most confident ones (BPR), or the highest scores."),
    KT("routing.normalize", "Renormalise top-k", "Rescales the chosen experts' weights to sum to one; with k = 1 the weight is then always 1 and the gate learns nothing."),
    KT("routing.renorm_after_drop", "Renormalise after drops", "When capacity drops one of a token's experts, rescales the weights of the ones it kept."),
    KT("routing.jitter", "Jitter", "Multiplies the gate's input by a little random noise while training, so routing does not settle too early."),
    KT("routing.gshard_threshold", "GShard threshold", "GShard keeps a token's second expert only with probability g2 / threshold, saving compute on unsure tokens."),
    KT("routing.temperature", "Temperature", "Divides the gate's scores before sparsemax or entmax; higher is softer, with more experts per token."),
    KT("balance.aux", "Balance loss", "Weight of the Switch loss E·Σ f·P, which pushes the gate to spread tokens evenly over the experts."),
    KT("balance.aux_convention", "Balance loss convention", "How the token fraction f is counted when each token picks k experts (Switch, Mixtral or Megatron style)."),
    KT("balance.z", "Router z-loss", "Penalises large gate scores, which keeps the router numerically stable (ST-MoE)."),
    KT("balance.importance", "Importance loss", "Penalises uneven total gate probability per expert (Shazeer et al., 2017)."),
    KT("balance.load", "Load loss", "Penalises uneven smooth token counts per expert; it relies on the noise of noisy top-k."),
    KT("balance.bias_rate", "Loss-free bias rate", "Balances without any loss: each step raises the selection bias of idle experts and lowers that of busy ones (DeepSeek-V3)."),
    KT("train.optimizer", "Optimiser", "How gradients become weight updates: SGD with momentum, Adam, or AdamW with decoupled weight decay."),
    KT("train.lr", "Learning rate", "The size of each update step; too large and the loss explodes, too small and nothing moves."),
    KT("train.momentum", "Momentum", "How much of the previous SGD update carries into the next, smoothing noisy gradients."),
    KT("train.weight_decay", "Weight decay", "Pulls the weights toward zero at every step, a simple guard against overfitting."),
    KT("train.batch", "Batch size", "Tokens per training step; load statistics and the balance loss are computed over one batch."),
    KT("train.steps", "Steps", "How many training steps the run lasts before it stops by itself."),
    KT("train.seed", "Seed", "The seed of the initial weights, the batches and the noise: the same seed gives the same run."),
    KT("train.loss", "Task loss", "What the model minimises: cross-entropy for classes, squared error for numbers, or the classic mixture losses of Jacobs et al. (1991)."),
    KT("train.schedule", "Schedule", "Train experts and gate together, or in stages: the experts first, then the gate, then both."),
    KT("train.stage_partition", "Stage partition", "In staged training, how the samples are shared out to the experts before the gate learns."),
    KT("train.stage_steps", "Stage steps", "How many steps each stage of staged training lasts."),
    KT("train.threads", "Threads", "CPU threads the engine may use (0 = the default)."),
    KT("train.eval_every", "Evaluate every", "How often, in steps, the model is measured on the test set."),
    KT("train.clip", "Gradient clipping", "Caps the gradient's size so one bad batch cannot throw the weights away (0 = off)."),
};
#undef KT

struct ChoiceText {
    const char *value;
    const char *label;
};

#define CT(value, label) {value, QT_TRANSLATE_NOOP("ControlTexts", label)}
const ChoiceText kChoiceTexts[] = {
    CT("linear", "Linear"), CT("mlp", "MLP"), CT("relu", "ReLU"), CT("gelu", "GELU"), CT("tanh", "tanh"),
    CT("ce", "Cross-entropy"), CT("mixture", "Mixture of distributions"), CT("mse", "Mean squared error"),
    CT("competitive", "Competitive (Jacobs 1991)"), CT("sgd", "SGD"), CT("adam", "Adam"), CT("adamw", "AdamW"),
    CT("ceil", "Round up"), CT("floor", "Round down (Switch)"), CT("round", "Round to nearest"),
    CT("index", "First come"), CT("bpr", "Most confident (BPR)"), CT("score", "Highest score"),
    CT("megatron", "Megatron"), CT("mixtral", "Mixtral"), CT("switch", "Switch"),
    CT("joint", "Joint"), CT("staged", "Staged"), CT("classes", "By class"), CT("clusters", "By cluster"),
    // datasets (ids of the catalogue)
    CT("blobs", "Blobs"), CT("spirals", "Spirals"), CT("moons", "Moons"), CT("circles", "Circles"),
    CT("xor", "XOR"), CT("checkerboard", "Checkerboard"), CT("sine", "Sine (1-D regression)"),
    CT("piecewise", "Piecewise (1-D regression)"), CT("iris", "Iris"), CT("wine", "Wine"),
    CT("breast_cancer", "Breast cancer"), CT("digits", "Digits"), CT("fashion_mnist", "Fashion-MNIST"),
    CT("csv", "CSV file"),
};
#undef CT

const KeyText *findKey(const QString &key)
{
    const QByteArray k = key.toUtf8();
    for (const auto &t : kKeyTexts)
        if (k == t.key)
            return &t;
    return nullptr;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ControlTexts", text);
}

}  // namespace

QString controlLabel(const QString &key)
{
    const KeyText *t = findKey(key);
    return t ? tr(t->label) : key;
}

QString controlToolTip(const QString &key)
{
    const KeyText *t = findKey(key);
    return t ? tr(t->tip) : QString();
}

QString choiceLabel(const QString &key, const QString &value)
{
    Q_UNUSED(key)
    const QByteArray v = value.toUtf8();
    for (const auto &c : kChoiceTexts)
        if (v == c.value)
            return tr(c.label);
    return value;
}

QString groupTitle(const QString &group)
{
    if (group == QLatin1String("data"))
        return tr(QT_TRANSLATE_NOOP("ControlTexts", "Data"));
    if (group == QLatin1String("model"))
        return tr(QT_TRANSLATE_NOOP("ControlTexts", "Model"));
    if (group == QLatin1String("routing"))
        return tr(QT_TRANSLATE_NOOP("ControlTexts", "Routing"));
    if (group == QLatin1String("balance"))
        return tr(QT_TRANSLATE_NOOP("ControlTexts", "Balancing"));
    if (group == QLatin1String("train"))
        return tr(QT_TRANSLATE_NOOP("ControlTexts", "Training"));
    return group;
}

WarningText warningText(const Warning &warning)
{
    const double v = warning.value;
    switch (warning.kind) {
    case WarningKind::NoRouterGradient:
        return {QStringLiteral("routing.normalize"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "Top-1 with renormalisation: the gate weight is always 1, so the gate gets no learning signal."))};
    case WarningKind::BatchDependentOutput:
        return {QStringLiteral("routing.strategy"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "With this strategy a token's output depends on the other tokens in its batch."))};
    case WarningKind::CapacityDropping:
        return {QStringLiteral("routing.capacity_factor"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "%1 % of the assignments are dropped by the capacity limit."))
                    .arg(QString::number(100.0 * v, 'f', 1))};
    case WarningKind::KClamped:
        return {QStringLiteral("routing.k"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "k is larger than the number of active experts; %1 is used."))
                    .arg(int(v))};
    case WarningKind::LoadEstimatorUndefined:
        return {QStringLiteral("balance.load"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "With k ≥ E the smooth load is undefined; hard token counts are used instead."))};
    case WarningKind::AuxLossIgnored:
        return {QStringLiteral("balance.aux"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "This strategy does not use the balance loss."))};
    case WarningKind::SupportSizeOne:
        return {QStringLiteral("routing.temperature"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "Tokens that keep a single expert give the gate no gradient; a higher temperature helps."))};
    case WarningKind::ExpertsUnused:
        return {QStringLiteral("model.experts"),
                tr(QT_TRANSLATE_NOOP("ControlTexts", "Some experts received no token: %1."))
                    .arg(int(v))};
    }
    return {QStringLiteral("routing.strategy"), QString::fromStdString(warning.message)};
}

}  // namespace moe::gui
