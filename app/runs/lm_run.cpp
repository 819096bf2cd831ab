// The headless training loop of the language model (moelab-cli train on a text corpus).
#include "lm_run.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <omp.h>

#include <chrono>
#include <cmath>
#include <exception>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LmRun)
};

// Sums over the steps since the last evaluation.
struct StepSums {
    int steps = 0;
    double aux = 0, ms = 0, fwd = 0, bwd = 0, opt = 0;

    void add(const LmStepResult &s, double ms_)
    {
        ++steps;
        aux += s.auxLoss;
        ms += ms_;
        fwd += s.forwardMs;
        bwd += s.backwardMs;
        opt += s.optimizerMs;
    }
    [[nodiscard]] double mean(double sum) const { return steps > 0 ? sum / steps : NAN; }
};

}  // namespace

LmRunOutcome runLanguageModel(const ExperimentConfig &config, std::shared_ptr<const TextCorpus> corpus,
                              const LmRunOptions &options)
{
    LmRunOutcome outcome;
    if (!corpus) {
        outcome.error = Text::tr("no text corpus");
        return outcome;
    }
    QElapsedTimer clock;
    clock.start();
    try {
        LmTrainer trainer(config, corpus);
        LmRunRecord &r = outcome.record;
        r.config = config;
        r.corpusId = QString::fromStdString(corpus->id);
        r.trainBytes = (long long)corpus->train.size();
        r.validationBytes = (long long)corpus->validation.size();
        r.threads = config.train.threads > 0 ? config.train.threads : omp_get_max_threads();
        for (const std::string &w : trainer.warnings())
            r.warnings << QString::fromStdString(w);
        if (options.warned && !r.warnings.isEmpty())
            options.warned(r.warnings);

        const int evalEvery = std::max(1, config.train.evalEvery);
        StepSums sums;
        LmStepResult lastGood;  // the last step that succeeded (a diverged step leaves no result)
        auto evaluate = [&] {
            const LmEvaluation ev = trainer.evaluate();
            LmMetricRow row;
            row.step = ev.step;
            row.trainLoss = ev.trainLoss >= 0 ? ev.trainLoss : NAN;
            row.valLoss = ev.validationLoss;
            row.bitsPerByte = ev.bitsPerByte;
            row.learningRate = sums.steps > 0 ? lastGood.learningRate : NAN;
            row.gradNorm = sums.steps > 0 ? lastGood.gradNorm : NAN;
            row.auxLoss = sums.mean(sums.aux);
            row.msPerStep = sums.mean(sums.ms);
            row.forwardMs = sums.mean(sums.fwd);
            row.backwardMs = sums.mean(sums.bwd);
            row.optimizerMs = sums.mean(sums.opt);
            sums = {};
            r.metrics.push_back(row);
            if (options.progress) {
                LmRunProgress p;
                p.step = ev.step;
                p.steps = config.train.steps;
                p.row = row;
                p.seconds = double(clock.elapsed()) / 1000.0;
                options.progress(p);
            }
        };

        while (!trainer.finished() && !trainer.diverged()) {
            if (options.cancel && options.cancel->load())
                break;
            const auto t0 = std::chrono::steady_clock::now();
            const bool ok = trainer.step();
            if (!ok)
                break;  // diverged: the trainer restored the last good weights
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            r.trainSeconds += ms / 1000.0;
            ++r.stepsTaken;
            lastGood = trainer.lastStep();
            sums.add(lastGood, ms);
            if (trainer.stepCount() % evalEvery == 0)
                evaluate();
        }
        // The last step is evaluated too. After a divergence the weights are those of the last
        // good evaluation again, so its row stays the last one (unless there was none yet).
        if (trainer.diverged() ? r.metrics.empty()
                               : (r.metrics.empty() || r.metrics.back().step != trainer.stepCount()))
            evaluate();

        r.evaluations = trainer.evaluations();
        const std::vector<char> bytes = trainer.serialize();
        r.checkpoint = QByteArray(bytes.data(), qsizetype(bytes.size()));
        const double perToken = trainer.expertsPerToken();
        r.paramsTotal = trainer.model().parameterCount();
        r.paramsActive = trainer.model().activeParameterCount(perToken);
        r.flopsPerToken = trainer.model().flopsPerToken(perToken);
        r.experts = trainer.model().blocks().empty() ? 0 : trainer.model().blocks().front().moe().expertCount();
        r.config = trainer.config();
        r.diverged = trainer.diverged();
        r.stopReason = QString::fromStdString(trainer.stopReason());
        r.wallSeconds = double(clock.elapsed()) / 1000.0;
    } catch (const std::exception &e) {
        outcome = LmRunOutcome();
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

}  // namespace moe::app
