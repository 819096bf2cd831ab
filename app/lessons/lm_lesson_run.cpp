// A lesson on a text corpus, headless: train the language model, play the events, measure.
#include "lm_lesson_run.h"

#include "core/lm/lm_history.h"
#include "core/lm/lm_snapshot.h"
#include "core/lm/lm_trainer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LessonCheck)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// max/mean of the kept tokens per expert, summed over the recorded steps after `from`.
double maxOverMeanSince(const LmLoadHistory &h, std::size_t block, int from, const std::vector<bool> &knockedOut)
{
    if (block >= h.tokens.size())
        return kNaN;
    std::vector<double> sum;
    for (std::size_t i = 0; i < h.tokens[block].size() && i < h.steps.size(); ++i) {
        if (h.steps[i] <= from)
            continue;
        const auto &t = h.tokens[block][i];
        sum.resize(std::max(sum.size(), t.size()), 0.0);
        for (std::size_t e = 0; e < t.size(); ++e)
            sum[e] += double(t[e]);
    }
    double total = 0, top = 0;
    int n = 0;
    for (std::size_t e = 0; e < sum.size(); ++e) {
        if (e < knockedOut.size() && knockedOut[e])
            continue;
        total += sum[e];
        top = std::max(top, sum[e]);
        ++n;
    }
    return total > 0 && n > 0 ? top / (total / n) : kNaN;
}

double meanOver(const std::vector<double> &v, std::size_t from, std::size_t to)
{
    double s = 0;
    std::size_t n = 0;
    for (std::size_t i = from; i < to && i < v.size(); ++i, ++n)
        s += v[i];
    return n > 0 ? s / double(n) : kNaN;
}

}  // namespace

LessonRunResult runLmLessonExperiment(const ExperimentConfig &config, const std::vector<LessonEvent> &events,
                                      std::shared_ptr<const TextCorpus> corpus, const LessonRunOptions &options)
{
    LessonRunResult result;
    if (!corpus) {
        result.error = Text::tr("no text corpus");
        return result;
    }
    try {
        LmTrainer trainer(config, corpus);
        LmHistory history;
        LessonScript script(events);
        const int every = std::max(1, config.train.evalEvery);
        Snapshot current;  // what the events' "busiest"/"newest" look at: the expert count
        auto playEvents = [&](int step) {
            current.experts =
                trainer.model().blocks().empty() ? 0 : trainer.model().blocks().front().moe().expertCount();
            for (const LessonEvent &e : script.due(step)) {
                const std::string error = trainer.apply(e.command(current));
                if (options.log)
                    options.log(error.empty()
                                    ? e.describe(current)
                                    : Text::tr("%1: %2").arg(e.describe(current), QString::fromStdString(error)));
            }
        };
        playEvents(0);
        while (!trainer.finished()) {
            if (options.cancel && options.cancel->load())
                break;
            if (!trainer.step())
                break;  // diverged: the last good weights are back
            const LmStepResult &s = trainer.lastStep();
            history.addStep(trainer.stepCount(), s.taskLoss, s.auxLoss, s.blocks);
            if (trainer.stepCount() % every == 0)
                trainer.evaluate();
            playEvents(trainer.stepCount());
        }
        if (trainer.evaluations().empty() || trainer.evaluations().back().step != trainer.stepCount())
            trainer.evaluate();

        auto &m = result.metrics;
        const LmEvaluation &ev = trainer.evaluations().back();
        m[QStringLiteral("val_loss")] = ev.validationLoss;
        m[QStringLiteral("bits_per_byte")] = ev.bitsPerByte;
        const double perToken = trainer.expertsPerToken();
        m[QStringLiteral("params_total")] = double(trainer.model().parameterCount());
        m[QStringLiteral("params_active")] = double(trainer.model().activeParameterCount(perToken));
        m[QStringLiteral("flops_per_token")] = trainer.model().flopsPerToken(perToken);

        LmSnapshotOptions o;
        o.textBytes = kMiBytes;
        o.attention = false;
        const LmSnapshot picture = buildLmSnapshot(trainer, history, LmGeneration(), o);
        double languageMi = 0, classMi = 0;
        for (const LmBlockSpecialisation &b : picture.specialisation) {
            languageMi = std::max(languageMi, b.languageMi);
            classMi = std::max(classMi, b.byteClassMi);
        }
        m[QStringLiteral("language_mi")] = corpus->hasLanguages() ? languageMi : kNaN;
        m[QStringLiteral("byte_class_mi")] = classMi;

        const int last = trainer.stepCount();
        const int from = last - std::max(1, int(std::lround(options.window * last)));
        double worst = kNaN;
        for (std::size_t l = 0; l < picture.knockedOut.size(); ++l) {
            const double v = maxOverMeanSince(history.load(), l, from, picture.knockedOut[l]);
            if (!std::isnan(v))
                worst = std::isnan(worst) ? v : std::max(worst, v);
        }
        m[QStringLiteral("block_max_mean_load")] = worst;

        double dropped = 0, early = 0, late = 0;
        const double blocks = double(std::max<std::size_t>(1, ev.blocks.size()));
        for (const BlockHealth &h : ev.blocks) {
            dropped += h.droppedFraction;
            const std::size_t T = h.droppedByPosition.size();
            early += meanOver(h.droppedByPosition, 0, T / 4);
            late += meanOver(h.droppedByPosition, T - T / 4, T);
        }
        m[QStringLiteral("dropped_fraction")] = dropped / blocks;
        m[QStringLiteral("drops_early")] = early / blocks;
        m[QStringLiteral("drops_late")] = late / blocks;
    } catch (const std::exception &e) {
        result.error = QString::fromStdString(e.what());
    }
    return result;
}

}  // namespace moe::app
