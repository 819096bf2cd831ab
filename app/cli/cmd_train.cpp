// moelab-cli train: one experiment, trained headless, written as a run folder.
#include "cli_command.h"
#include "cli_support.h"

#include "app/common/dataset_source.h"
#include "app/runs/run_folder.h"
#include "app/runs/staged_folder.h"
#include "app/runs/training_run.h"
#include "train_parallel.h"
#include "train_text.h"

#include <cmath>

namespace moe::cli {
namespace {

QString percent(double v)
{
    return std::isfinite(v) ? QString::number(100.0 * v, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

}  // namespace

int runTrain(const QStringList &args)
{
    CommandParser command(QStringLiteral("train"),
                          Text::tr("Train one experiment and write its run folder: config.moelab, "
                                   "metrics.csv, experts.csv, summary.json and plots/ (PNG, PDF, SVG). On a text "
                                   "corpus (data.name shakespeare, fortunes, text) it trains the MoE language model "
                                   "and writes config.moelab, checkpoint.bin, metrics.csv, blocks.csv, "
                                   "drops_by_position.csv (finite capacity), summary.json and plots/loss."));
    QCommandLineParser &parser = command.parser();
    ConfigOptions configOptions(parser);
    const QCommandLineOption out(QStringList {QStringLiteral("o"), QStringLiteral("out")},
                                 Text::tr("Run folder to write (replaced if it holds an earlier run)."),
                                 Text::tr("dir"));
    const QCommandLineOption noPlots(QStringLiteral("no-plots"), Text::tr("Write no plots."));
    const QCommandLineOption formats(QStringLiteral("formats"),
                                     Text::tr("Plot formats, comma separated (default png,pdf,svg)."), Text::tr("list"),
                                     QStringLiteral("png,pdf,svg"));
    const QCommandLineOption quiet(QStringList {QStringLiteral("q"), QStringLiteral("quiet")},
                                   Text::tr("Print no progress."));
    const QCommandLineOption stream(QStringLiteral("stream"),
                                    Text::tr("Expert parallelism (mpirun -np P … --set parallel.ranks=P): print one "
                                             "JSON line per step, evaluation and end on stdout, for a window to "
                                             "read live; also writes traffic.csv. While it runs, rank 0 reads "
                                             "commands on stdin, one JSON line each: "
                                             "{\"set\":\"parallel.failed_rank\",\"value\":\"1\"} knocks out "
                                             "rank 1 from the next step, \"value\":\"none\" restores it, "
                                             "\"step\":N waits for step N (see app/cli/README.md)."));
    parser.addOptions({out, noPlots, formats, quiet, stream});
    command.setEpilogue(configKeysHelp());
    if (const auto done = command.parse(args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return badInput(Text::tr("train: unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(out))
        return badInput(Text::tr("train: --out DIR is required"));

    app::RunFolderOptions folderOptions;
    folderOptions.plots = !parser.isSet(noPlots);
    folderOptions.plotFormats = parser.value(formats).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &f : folderOptions.plotFormats)
        if (f != QLatin1String("png") && f != QLatin1String("pdf") && f != QLatin1String("svg"))
            return badInput(Text::tr("--formats: '%1' is not one of png, pdf, svg").arg(f));

    ExperimentConfig config;
    QByteArray weights;
    if (!configOptions.build(parser, &config, &weights))
        return ExitBadInput;

    const bool verbose = !parser.isSet(quiet);
    if (wantsExpertParallel(config, parser.isSet(stream)))
        return trainExpertParallel(config, parser.value(out), folderOptions, verbose, parser.isSet(stream));

    // Check the destination before spending time on training.
    app::StagedFolder folder;
    if (const QString error = folder.begin(parser.value(out)); !error.isEmpty())
        return badInput(error);

    if (app::isTextData(config.data)) {
        app::LmRunFolderOptions lmOptions;
        lmOptions.plots = folderOptions.plots;
        lmOptions.plotFormats = folderOptions.plotFormats;
        return trainLanguageModel(config, folder, lmOptions, verbose);
    }

    const app::DatasetLoad data = app::loadDatasetFor(config.data);
    if (!data.ok())
        return badInput(data.error);

    if (verbose)
        printOut(Text::tr("training %1 on %2 (%3 samples, %4 features): %5 experts, %6, k=%7, %8 steps")
                     .arg(QString::fromStdString(config.routing.strategy), QString::fromStdString(config.data.name))
                     .arg(data.dataset->size())
                     .arg(data.dataset->inputDim())
                     .arg(config.model.experts)
                     .arg(QString::fromStdString(configValue(config, "model.expert_type")))
                     .arg(config.routing.k)
                     .arg(config.train.steps));
    app::RunOptions runOptions;
    runOptions.initialWeights = weights;
    if (verbose)
        runOptions.progress = [](const app::RunProgress &p) {
            printOut(Text::tr("step %1/%2  train loss %3  test loss %4  accuracy %5  (%6 s)")
                         .arg(p.step)
                         .arg(p.steps)
                         .arg(p.trainLoss, 0, 'f', 4)
                         .arg(p.testLoss, 0, 'f', 4)
                         .arg(percent(p.accuracy))
                         .arg(p.seconds, 0, 'f', 1));
        };
    const app::RunOutcome outcome = app::runExperiment(config, data.dataset, runOptions);
    if (!outcome.ok())
        return badInput(outcome.error);
    if (outcome.record.diverged)
        warn(Text::tr("training stopped: %1").arg(outcome.record.stopReason));

    QString error = app::writeRunFiles(folder.path(), outcome.record, folderOptions);
    if (error.isEmpty())
        error = folder.commit();
    if (!error.isEmpty())
        return failed(error);
    if (verbose) {
        const app::MetricRow last = outcome.record.metrics.back();
        printOut(Text::tr("done: test accuracy %1, test loss %2, max/mean load %3; wrote %4")
                     .arg(percent(last.accuracy))
                     .arg(last.testLoss, 0, 'f', 4)
                     .arg(last.maxMeanLoad, 0, 'f', 2)
                     .arg(folder.target()));
    }
    return ExitOk;
}

}  // namespace moe::cli
