#include "multitask_run.h"

#include "core/mmoe/multitask_trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <exception>
#include <numeric>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingRun)
};

double meanOf(const std::vector<double> &v)
{
    return v.empty() ? NAN : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

}  // namespace

RunOutcome runMultiTaskExperiment(const ExperimentConfig &config, std::shared_ptr<const Dataset> data,
                                  const RunOptions &options)
{
    RunOutcome outcome;
    if (!data) {
        outcome.error = Text::tr("no dataset");
        return outcome;
    }
    QElapsedTimer clock;
    clock.start();
    try {
        MultiTaskTrainer trainer(config, data);
        if (!options.initialWeights.isEmpty()) {  // a multi-task checkpoint (MultiTaskTrainer::serialize)
            const std::vector<char> bytes(options.initialWeights.begin(), options.initialWeights.end());
            if (const std::string error = trainer.deserialize(bytes); !error.empty()) {
                outcome.error = Text::tr("cannot use the saved weights: %1").arg(QString::fromStdString(error));
                return outcome;
            }
        }
        RunRecord &r = outcome.record;
        for (const std::string &name : trainer.taskNames())
            r.taskNames << QString::fromStdString(name);
        Snapshot &s = r.final;
        const int logEvery = std::max(1, config.train.evalEvery);
        auto log = [&] {
            const MultiTaskEvaluation eval = trainer.evaluate();
            const MultiTaskStepResult &last = trainer.lastStep();
            MetricRow row;
            row.step = trainer.stepCount();
            row.trainLoss = trainer.stepCount() > 0 ? last.loss : NAN;
            row.testLoss = eval.loss;
            row.auxLoss = trainer.stepCount() > 0 ? last.auxLoss : NAN;
            row.accuracy = meanOf(eval.r2);
            row.loadCv = row.maxMeanLoad = row.droppedFraction = row.gateEntropy = NAN;
            r.metrics.push_back(row);
            r.taskTrainLoss.push_back(last.taskLoss);
            r.taskTestLoss.push_back(eval.taskLoss);
            HistoryPoint h;
            h.step = row.step;
            h.trainLoss = row.trainLoss;
            h.taskLoss = row.trainLoss - row.auxLoss;
            h.auxLoss = row.auxLoss;
            h.testLoss = eval.loss;
            h.testAccuracy = row.accuracy;
            s.history.push_back(h);
            if (options.progress) {
                RunProgress p;
                p.step = row.step;
                p.steps = config.train.steps;
                p.trainLoss = row.trainLoss;
                p.testLoss = row.testLoss;
                p.accuracy = row.accuracy;
                p.seconds = double(clock.elapsed()) / 1000.0;
                options.progress(p);
            }
        };
        bool more = !trainer.finished();
        while (more) {
            if (options.cancel && options.cancel->load())
                break;
            more = trainer.step();
            if (trainer.diverged())
                break;
            if (trainer.stepCount() % logEvery == 0 || !more)
                log();
        }
        if (r.metrics.empty() || r.metrics.back().step != trainer.stepCount())
            log();

        r.config = config;
        const std::vector<char> weights = trainer.serialize();
        r.weights = QByteArray(weights.data(), qsizetype(weights.size()));
        r.gateUsage = trainer.gateUsage();
        s.config = config;
        s.step = trainer.stepCount();
        s.task = Task::Regression;
        s.strategyId = config.model.gates == TaskGates::None ? std::string() : config.routing.strategy;
        s.experts = config.model.gates == TaskGates::None ? 0 : config.model.experts;
        s.k = config.routing.k;
        s.inputDim = data->inputDim();
        s.outputDim = trainer.taskCount();
        s.trainLoss = r.metrics.back().trainLoss;
        s.testLoss = r.metrics.back().testLoss;
        s.testAccuracy = r.metrics.back().accuracy;
        s.paramsTotal = trainer.model().parameterCount();
        s.paramsActive = s.paramsTotal;
        s.diverged = trainer.diverged();
        s.stopReason = trainer.stopReason();
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
