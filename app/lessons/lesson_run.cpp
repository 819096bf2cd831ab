// Running a lesson headless and measuring the figures its check can ask for.
#include "lesson_check.h"

#include "app/common/dataset_source.h"
#include "lesson_calculator.h"
#include "app/runs/multitask_run.h"

#include "core/mmoe/multitask_trainer.h"
#include "core/parallel/expert_owners.h"
#include "core/trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <set>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LessonCheck)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kUsedLoad = 0.01;  // an expert with less than 1 % of the assignments is unused
constexpr int kInferenceRows = 64;

// The routing figures of the last `window` of the steps: each expert's load summed over those
// steps' batches (thousands of tokens, so a small batch's sampling noise does not inflate
// max/mean), and the mean dropped fraction.
void windowFigures(const Snapshot &s, double window, int experts, std::map<QString, double> &m)
{
    const int last = s.step;
    const int from = last - std::max(1, int(std::lround(window * last)));
    double dropped = 0;
    std::vector<double> load(std::size_t(experts), 0.0);
    int n = 0;
    for (const HistoryPoint &h : s.history) {
        if (h.step <= from)
            continue;
        dropped += h.droppedFraction;
        for (std::size_t e = 0; e < load.size() && e < h.expertLoad.size(); ++e)
            load[e] += h.expertLoad[e];
        ++n;
    }
    if (n == 0 || load.empty())
        return;
    double sum = 0, max = 0, minLoad = 1;
    int used = 0;
    for (double &l : load) {
        l /= n;
        sum += l;
        max = std::max(max, l);
        minLoad = std::min(minLoad, l);
        used += l > kUsedLoad ? 1 : 0;
    }
    const double mean = sum / double(load.size());
    double var = 0;
    for (double l : load)
        var += (l - mean) * (l - mean);
    var /= double(load.size());
    m[QStringLiteral("max_mean_load")] = mean > 0 ? max / mean : 0;
    m[QStringLiteral("load_cv")] = mean > 0 ? std::sqrt(var) / mean : 0;
    m[QStringLiteral("dropped_fraction")] = dropped / n;
    m[QStringLiteral("min_load")] = minLoad;
    m[QStringLiteral("used_experts")] = used;
    // Expert parallelism over parallel.ranks ranks (the lesson's placement): the share of the
    // routed rows the busiest rank's experts would get, and those rows per step.
    const int ranks = s.config.parallel.ranks;
    if (ranks > 1 && sum > 0) {
        const parallel::ExpertOwners owners(experts, ranks, s.config.parallel.placement);
        std::vector<double> share(std::size_t(ranks), 0.0);
        for (int e = 0; e < experts; ++e)
            share[std::size_t(owners.owner(e))] += load[std::size_t(e)] / sum;
        const double busiest = *std::max_element(share.begin(), share.end());
        m[QStringLiteral("busiest_rank_share")] = busiest;
        m[QStringLiteral("busiest_rank_rows")] = busiest * s.config.train.batch * std::max(1, s.k);
    }
}

double windowLoadOf(const Snapshot &s, double window, int expert)
{
    const int from = s.step - std::max(1, int(std::lround(window * s.step)));
    double sum = 0;
    int n = 0;
    for (const HistoryPoint &h : s.history) {
        if (h.step <= from)
            continue;
        sum += expert >= 0 && std::size_t(expert) < h.expertLoad.size() ? h.expertLoad[std::size_t(expert)] : 0.0;
        ++n;
    }
    return n > 0 ? sum / n : kNaN;
}

std::vector<float> rowOf(const Dataset &data, int row)
{
    MatrixF x;
    data.gatherRows(std::vector<int> {row}, x);
    return std::vector<float>(x.data(), x.data() + x.size());
}

double routerGradientNorm(const Trainer &trainer, const Dataset &data)
{
    const int n = std::min(data.size(), std::max(1, trainer.config().train.batch));
    std::vector<int> rows(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        rows[std::size_t(i)] = i;
    MatrixF x, targets;
    data.gatherRows(rows, x);
    std::vector<int> labels;
    if (data.task == Task::Classification)
        labels.assign(data.labels.begin(), data.labels.begin() + n);
    else
        targets = data.targets.topRows(n);
    const Trainer::BatchGradients g = trainer.batchGradients(x, labels, targets);
    for (const auto &p : g.parameters)
        if (p.name == "router.Wg") {
            double sq = 0;
            for (float v : p.gradient)
                sq += double(v) * double(v);
            return std::sqrt(sq);
        }
    return kNaN;
}

// Route, select, combine rebuilt from the inspector's numbers: the largest difference
// between the model's output and Σ_e w_e · f_e(x).
double combineError(const Trainer &trainer, const Dataset &data)
{
    double worst = 0;
    const int n = std::min(data.size(), kInferenceRows);
    for (int i = 0; i < n; ++i) {
        const Trainer::Inference inf = trainer.infer(rowOf(data, i));
        for (std::size_t o = 0; o < inf.output.size(); ++o) {
            double sum = 0;
            for (std::size_t e = 0; e < inf.weights.size() && e < inf.expertOutputs.size(); ++e)
                sum += inf.weights[e] * inf.expertOutputs[e][o];
            worst = std::max(worst, std::abs(sum - inf.output[o]));
        }
    }
    return worst;
}

// A multi-task run (core/mmoe) has no live events and no per-expert figures: test_loss (Σ of
// the tasks' weighted test MSEs), accuracy (mean R² of the tasks) and params_total.
LessonRunResult runMultiTaskLesson(const ExperimentConfig &config, std::shared_ptr<const Dataset> data,
                                   const LessonRunOptions &options)
{
    LessonRunResult result;
    RunOptions run;
    run.cancel = options.cancel;
    RunOutcome outcome = runMultiTaskExperiment(config, std::move(data), run);
    if (!outcome.ok()) {
        result.error = outcome.error;
        return result;
    }
    result.record = std::move(outcome.record);
    const MetricRow &last = result.record.metrics.back();
    result.metrics[QStringLiteral("test_loss")] = last.testLoss;
    result.metrics[QStringLiteral("accuracy")] = last.accuracy;
    result.metrics[QStringLiteral("params_total")] = double(result.record.final.paramsTotal);
    return result;
}

}  // namespace

const QStringList &lessonMetricNames()
{
    static const QStringList names = {
        QStringLiteral("accuracy"),
        QStringLiteral("train_accuracy"),
        QStringLiteral("mi_bits"),
        QStringLiteral("max_mean_load"),
        QStringLiteral("load_cv"),
        QStringLiteral("dropped_fraction"),
        QStringLiteral("min_load"),
        QStringLiteral("used_experts"),
        QStringLiteral("tokens_without_expert"),
        QStringLiteral("mean_active_experts"),
        QStringLiteral("params_total"),
        QStringLiteral("params_active"),
        QStringLiteral("flops_per_token"),
        QStringLiteral("router_grad"),
        QStringLiteral("combine_error"),
        QStringLiteral("accuracy_before_event"),
        QStringLiteral("accuracy_after_event"),
        QStringLiteral("event_dip"),
        QStringLiteral("event_recovery_gap"),
        QStringLiteral("event_expert_load"),
        QStringLiteral("test_loss"),
        // expert parallelism: from the one-process run and the placement, and (mpi_) from a
        // real job (mpi_lesson_run.h)
        QStringLiteral("busiest_rank_share"),
        QStringLiteral("busiest_rank_rows"),
        QStringLiteral("mpi_busiest_rank_rows"),
        QStringLiteral("mpi_quietest_rank_rows"),
        QStringLiteral("mpi_straggler_expert_ms"),
        QStringLiteral("mpi_step_ms"),
        // the language model (lm_lesson_run.h)
        QStringLiteral("val_loss"),
        QStringLiteral("bits_per_byte"),
        QStringLiteral("language_mi"),
        QStringLiteral("byte_class_mi"),
        QStringLiteral("block_max_mean_load"),
        QStringLiteral("drops_early"),
        QStringLiteral("drops_late"),
    };
    return names;
}

LessonRunResult runLessonExperiment(const ExperimentConfig &config, const std::vector<LessonEvent> &events,
                                    std::shared_ptr<const Dataset> data, const LessonRunOptions &options)
{
    LessonRunResult result;
    if (!data) {
        result.error = Text::tr("no dataset");
        return result;
    }
    if (multiTaskCount(config, *data) > 0)
        return runMultiTaskLesson(config, data, options);
    QElapsedTimer clock;
    clock.start();
    try {
        Trainer trainer(config, data);
        LessonScript script(events);
        RunRecorder recorder;
        bool firstEvent = true;
        int eventExpert = -1;
        double before = kNaN, after = kNaN;
        auto playDue = [&] {
            for (const LessonEvent &e : script.due(trainer.stepCount())) {
                const Snapshot now = trainer.snapshot(SnapshotDetail::Scalars);
                if (firstEvent)
                    before = trainer.evaluate().accuracy;
                const std::string error = trainer.apply(e.command(now));
                if (options.log) {
                    QString line = e.describe(now);
                    if (!e.note.isEmpty())
                        line += QStringLiteral(" — ") + e.note;
                    if (!error.empty())
                        line += QStringLiteral(" (") + Text::tr("not applied: %1").arg(QString::fromStdString(error))
                            + QLatin1Char(')');
                    options.log(line);
                }
                if (firstEvent) {
                    eventExpert = e.targetExpert(now);
                    after = trainer.evaluate().accuracy;
                    firstEvent = false;
                }
            }
        };
        const int logEvery = std::max(1, config.train.evalEvery);
        // Per-token figures of the window's steps (the history keeps only per-expert ones).
        const int windowFrom = config.train.steps - std::max(1, int(std::lround(options.window * config.train.steps)));
        double withoutExpert = 0, activePerToken = 0;
        int windowSteps = 0;
        playDue();
        while (!trainer.finished()) {
            if (options.cancel && options.cancel->load())
                break;
            const bool more = trainer.step();
            if (trainer.stepCount() > windowFrom) {
                const Snapshot now = trainer.snapshot(SnapshotDetail::Scalars);
                withoutExpert += now.tokensWithoutExpert;
                activePerToken += now.meanActiveExperts;
                ++windowSteps;
            }
            playDue();
            if (options.record && (trainer.stepCount() % logEvery == 0 || !more)) {
                const EvalResult eval = trainer.evaluate();
                recorder.record(trainer.snapshot(SnapshotDetail::Scalars), eval.loss, eval.accuracy);
            }
            if (!more)
                break;
        }
        const EvalResult final = trainer.evaluate();
        RunRecord &r = result.record;
        r.config = config;
        const std::vector<char> weights = trainer.serializeWeights();
        r.weights = QByteArray(weights.data(), qsizetype(weights.size()));
        r.final = trainer.snapshot(SnapshotDetail::Full, options.regionResolution);
        if (options.record && (recorder.metrics().empty() || recorder.metrics().back().step != trainer.stepCount()))
            recorder.record(trainer.snapshot(SnapshotDetail::Scalars), final.loss, final.accuracy);
        r.metrics = recorder.metrics();
        r.experts = recorder.experts();
        r.diverged = trainer.diverged();
        r.stopReason = QString::fromStdString(trainer.stopReason());

        const Snapshot &s = r.final;
        auto &m = result.metrics;
        m[QStringLiteral("accuracy")] = final.accuracy;
        m[QStringLiteral("test_loss")] = final.loss;
        m[QStringLiteral("train_accuracy")] = s.trainAccuracy;
        m[QStringLiteral("mi_bits")] = s.mutualInformationBits;
        windowFigures(s, options.window, s.experts, m);
        m[QStringLiteral("tokens_without_expert")] =
            windowSteps > 0 ? withoutExpert / windowSteps : s.tokensWithoutExpert;
        m[QStringLiteral("mean_active_experts")] = windowSteps > 0 ? activePerToken / windowSteps : s.meanActiveExperts;
        m[QStringLiteral("params_total")] = double(s.paramsTotal);
        m[QStringLiteral("params_active")] = double(s.paramsActive);
        m[QStringLiteral("flops_per_token")] = s.flopsPerToken;
        m[QStringLiteral("router_grad")] = routerGradientNorm(trainer, *data);
        m[QStringLiteral("combine_error")] = combineError(trainer, *data);
        if (!firstEvent) {
            m[QStringLiteral("accuracy_before_event")] = before;
            m[QStringLiteral("accuracy_after_event")] = after;
            m[QStringLiteral("event_dip")] = before - after;
            m[QStringLiteral("event_recovery_gap")] = before - final.accuracy;
            m[QStringLiteral("event_expert_load")] = windowLoadOf(s, options.window, eventExpert);
        }
        r.wallSeconds = double(clock.elapsed()) / 1000.0;
    } catch (const std::exception &e) {
        result = LessonRunResult();
        result.error = QString::fromStdString(e.what());
    }
    return result;
}

QString lessonMetricName(const QString &metric)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("accuracy"), QT_TRANSLATE_NOOP("LessonCheck", "test accuracy")},
        {QStringLiteral("train_accuracy"), QT_TRANSLATE_NOOP("LessonCheck", "train accuracy")},
        {QStringLiteral("mi_bits"), QT_TRANSLATE_NOOP("LessonCheck", "class×expert MI (bits)")},
        {QStringLiteral("max_mean_load"), QT_TRANSLATE_NOOP("LessonCheck", "max/mean load")},
        {QStringLiteral("load_cv"), QT_TRANSLATE_NOOP("LessonCheck", "load CV")},
        {QStringLiteral("dropped_fraction"), QT_TRANSLATE_NOOP("LessonCheck", "dropped fraction")},
        {QStringLiteral("min_load"), QT_TRANSLATE_NOOP("LessonCheck", "smallest expert load")},
        {QStringLiteral("used_experts"), QT_TRANSLATE_NOOP("LessonCheck", "experts in use")},
        {QStringLiteral("tokens_without_expert"), QT_TRANSLATE_NOOP("LessonCheck", "tokens without an expert")},
        {QStringLiteral("mean_active_experts"), QT_TRANSLATE_NOOP("LessonCheck", "experts per token")},
        {QStringLiteral("params_total"), QT_TRANSLATE_NOOP("LessonCheck", "parameters in total")},
        {QStringLiteral("params_active"), QT_TRANSLATE_NOOP("LessonCheck", "parameters active per token")},
        {QStringLiteral("flops_per_token"), QT_TRANSLATE_NOOP("LessonCheck", "FLOPs per token")},
        {QStringLiteral("router_grad"), QT_TRANSLATE_NOOP("LessonCheck", "router gradient norm")},
        {QStringLiteral("combine_error"), QT_TRANSLATE_NOOP("LessonCheck", "combine error")},
        {QStringLiteral("accuracy_before_event"), QT_TRANSLATE_NOOP("LessonCheck", "accuracy before the event")},
        {QStringLiteral("accuracy_after_event"), QT_TRANSLATE_NOOP("LessonCheck", "accuracy just after it")},
        {QStringLiteral("event_dip"), QT_TRANSLATE_NOOP("LessonCheck", "accuracy dip")},
        {QStringLiteral("event_recovery_gap"), QT_TRANSLATE_NOOP("LessonCheck", "accuracy still missing at the end")},
        {QStringLiteral("event_expert_load"), QT_TRANSLATE_NOOP("LessonCheck", "load of the event's expert")},
        {QStringLiteral("test_loss"), QT_TRANSLATE_NOOP("LessonCheck", "test loss")},
        {QStringLiteral("busiest_rank_share"),
         QT_TRANSLATE_NOOP("LessonCheck", "busiest rank's share of the rows (one process, by placement)")},
        {QStringLiteral("busiest_rank_rows"),
         QT_TRANSLATE_NOOP("LessonCheck", "busiest rank's rows per step (one process, by placement)")},
        {QStringLiteral("mpi_busiest_rank_rows"), QT_TRANSLATE_NOOP("LessonCheck", "MPI: rows of the straggler per step")},
        {QStringLiteral("mpi_quietest_rank_rows"),
         QT_TRANSLATE_NOOP("LessonCheck", "MPI: rows of the least busy rank per step")},
        {QStringLiteral("mpi_straggler_expert_ms"),
         QT_TRANSLATE_NOOP("LessonCheck", "MPI: the straggler's expert time per step (ms)")},
        {QStringLiteral("mpi_step_ms"), QT_TRANSLATE_NOOP("LessonCheck", "MPI: step time of the slowest rank (ms)")},
        {QStringLiteral("val_loss"), QT_TRANSLATE_NOOP("LessonCheck", "validation loss (nats per byte)")},
        {QStringLiteral("bits_per_byte"), QT_TRANSLATE_NOOP("LessonCheck", "bits per byte")},
        {QStringLiteral("language_mi"), QT_TRANSLATE_NOOP("LessonCheck", "language×expert MI (share of its maximum)")},
        {QStringLiteral("byte_class_mi"), QT_TRANSLATE_NOOP("LessonCheck", "byte class×expert MI (share of its maximum)")},
        {QStringLiteral("block_max_mean_load"), QT_TRANSLATE_NOOP("LessonCheck", "max/mean load of the worst block")},
        {QStringLiteral("drops_early"), QT_TRANSLATE_NOOP("LessonCheck", "dropped fraction, first quarter of the context")},
        {QStringLiteral("drops_late"), QT_TRANSLATE_NOOP("LessonCheck", "dropped fraction, last quarter of the context")},
    };
    const auto it = names.constFind(metric);
    return it == names.constEnd() ? metric : QCoreApplication::translate("LessonCheck", it.value());
}

QString formatLessonMetric(const QString &metric, double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (value == 0)
        return QStringLiteral("0");
    if (metric.startsWith(QLatin1String("params")) || metric == QLatin1String("used_experts"))
        return QString::number(qint64(std::llround(value)));
    if (metric == QLatin1String("flops_per_token") || metric.endsWith(QLatin1String("_rows")))
        return QString::number(value, 'f', 0);
    if (metric == QLatin1String("router_grad") || metric == QLatin1String("combine_error"))
        return value == 0 ? QStringLiteral("0") : QString::number(value, 'g', 3);
    return QString::number(value, 'f', 3);
}

bool LessonCheckResult::appeared() const
{
    if (!error.isEmpty() || items.empty())
        return false;
    return std::all_of(items.begin(), items.end(), [](const LessonCheckItem &i) { return i.passed; });
}

}  // namespace moe::app
