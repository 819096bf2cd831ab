// moelab-cli train on a text corpus: the language model, headless, written as a run folder.
#include "train_text.h"

#include "cli_support.h"

#include "app/common/dataset_source.h"
#include "app/runs/lm_run.h"

#include "core/lm/lm_spec.h"

#include <cmath>

namespace moe::cli {
namespace {

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

}  // namespace

int trainLanguageModel(const ExperimentConfig &config, app::StagedFolder &folder,
                       const app::LmRunFolderOptions &options, bool verbose)
{
    if (const std::string problem = lmSpecProblem(lmSpecFromConfig(config)); !problem.empty())
        return badInput(QString::fromStdString(problem));
    const app::TextCorpusLoad data = app::loadTextCorpusFor(config.data);
    if (!data.ok())
        return badInput(data.error);

    if (verbose) {
        printOut(Text::tr("training the language model on %1 (%2 training bytes, %3 validation bytes), %4 steps")
                     .arg(QString::fromStdString(config.data.name))
                     .arg(data.corpus->train.size())
                     .arg(data.corpus->validation.size())
                     .arg(config.train.steps));
        printOut(Text::tr("  %1 blocks, width %2, %3 heads, context %4; per block %5 experts of width %6, %7, k=%8")
                     .arg(config.model.layers)
                     .arg(config.model.width)
                     .arg(config.model.heads)
                     .arg(config.model.context)
                     .arg(config.model.experts)
                     .arg(config.model.hidden)
                     .arg(QString::fromStdString(config.routing.strategy))
                     .arg(config.routing.k));
    }
    app::LmRunOptions runOptions;
    runOptions.warned = [](const QStringList &warnings) {
        for (const QString &w : warnings)
            warn(w);
    };
    if (verbose)
        runOptions.progress = [](const app::LmRunProgress &p) {
            printOut(Text::tr("step %1/%2  train loss %3  val loss %4  (%5 bits per byte)  lr %6  %7 ms per step  "
                              "(%8 s)")
                         .arg(p.step)
                         .arg(p.steps)
                         .arg(number(p.row.trainLoss, 4), number(p.row.valLoss, 4), number(p.row.bitsPerByte, 3))
                         .arg(p.row.learningRate, 0, 'g', 3)
                         .arg(number(p.row.msPerStep, 1))
                         .arg(p.seconds, 0, 'f', 1));
        };
    const app::LmRunOutcome outcome = app::runLanguageModel(config, data.corpus, runOptions);
    if (!outcome.ok())
        return badInput(outcome.error);
    const app::LmRunRecord &record = outcome.record;

    QString error = app::writeLmRunFiles(folder.path(), record, options);
    if (error.isEmpty())
        error = folder.commit();
    if (!error.isEmpty())
        return failed(error);
    if (record.diverged)
        return failed(Text::tr("training stopped: %1 (the run folder %2 is written; summary.json says "
                               "\"diverged\": true)")
                          .arg(record.stopReason, folder.target()));
    if (verbose) {
        const app::LmMetricRow &last = record.metrics.back();
        printOut(Text::tr("done: validation loss %1 (%2 bits per byte), %3 steps per second; wrote %4")
                     .arg(number(last.valLoss, 4), number(last.bitsPerByte, 3))
                     .arg(number(record.trainSeconds > 0 ? record.stepsTaken / record.trainSeconds : NAN, 1))
                     .arg(folder.target()));
    }
    return ExitOk;
}

}  // namespace moe::cli
