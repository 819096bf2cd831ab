// The headless training loop shared by moelab-cli train and sweep.
#include "training_run.h"

#include "multitask_run.h"

#include "core/mmoe/multitask_trainer.h"
#include "core/trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <exception>
#include <vector>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingRun)
};

}  // namespace

RunOutcome runExperiment(const ExperimentConfig &config, std::shared_ptr<const Dataset> data, const RunOptions &options)
{
    RunOutcome outcome;
    if (!data) {
        outcome.error = Text::tr("no dataset");
        return outcome;
    }
    if (multiTaskCount(config, *data) > 0)
        return runMultiTaskExperiment(config, std::move(data), options);
    QElapsedTimer clock;
    clock.start();
    try {
        Trainer trainer(config, std::move(data));
        if (!options.initialWeights.isEmpty()) {
            const std::vector<char> bytes(options.initialWeights.begin(), options.initialWeights.end());
            const std::string error = trainer.deserializeWeights(bytes);
            if (!error.empty()) {
                outcome.error = Text::tr("cannot use the saved weights: %1").arg(QString::fromStdString(error));
                return outcome;
            }
        }
        const int logEvery = std::max(1, config.train.evalEvery);
        RunRecorder recorder;
        auto log = [&] {
            const EvalResult eval = trainer.evaluate();
            const Snapshot s = trainer.snapshot(SnapshotDetail::Scalars);
            recorder.record(s, eval.loss, eval.accuracy);
            if (options.progress) {
                RunProgress p;
                p.step = s.step;
                p.steps = config.train.steps;
                p.trainLoss = s.trainLoss;
                p.testLoss = eval.loss;
                p.accuracy = eval.accuracy;
                p.seconds = double(clock.elapsed()) / 1000.0;
                options.progress(p);
            }
        };
        bool more = !trainer.finished();
        while (more) {
            if (options.cancel && options.cancel->load())
                break;
            more = trainer.step();
            if (trainer.stepCount() % logEvery == 0 || !more)
                log();
        }
        if (recorder.metrics().empty() || recorder.metrics().back().step != trainer.stepCount())
            log();

        RunRecord &r = outcome.record;
        r.config = config;
        const std::vector<char> weights = trainer.serializeWeights();
        r.weights = QByteArray(weights.data(), qsizetype(weights.size()));
        r.final = trainer.snapshot(SnapshotDetail::Full, options.regionResolution);
        r.metrics = recorder.metrics();
        r.experts = recorder.experts();
        r.diverged = trainer.diverged();
        r.stopReason = QString::fromStdString(trainer.stopReason());
        r.wallSeconds = double(clock.elapsed()) / 1000.0;
    } catch (const std::exception &e) {
        outcome = RunOutcome();
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

}  // namespace moe::app
