// moelab-cli sweep: a grid of experiments, run in parallel, compared in plots and tables.
//
//   DIR/summary.csv, DIR/summary.md   one row per run: the varied keys and the final metrics
//   DIR/sweep.json                    the base configuration and the axes
//   DIR/plots/compare_METRIC.*        one curve per run for each metric
//   DIR/plots/sweep_test_loss.*       final test loss against the first numeric swept key
//                                     (app/runs/sweep_curve_plot.h)
//   DIR/runs/NNN_key-value.../        each run's folder (as `train` writes, plots with --run-plots)
#include "cli_command.h"
#include "cli_support.h"

#include "app/runs/comparison_plots.h"
#include "app/runs/sweep_curve_plot.h"
#include "app/common/experiment_file.h"
#include "app/runs/run_folder.h"
#include "app/runs/staged_folder.h"
#include "app/runs/sweep.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace moe::cli {

int runSweep(const QStringList &args)
{
    CommandParser command(QStringLiteral("sweep"),
                          Text::tr("Train every combination of the --vary values (in parallel), overlay "
                                   "their curves in comparison plots and write a summary table as CSV "
                                   "and Markdown."));
    QCommandLineParser &parser = command.parser();
    ConfigOptions configOptions(parser);
    const QCommandLineOption vary(QStringLiteral("vary"),
                                  Text::tr("A key and the values to try, e.g. routing.k=1,2,4 (repeatable: "
                                           "the grid of all combinations)."),
                                  Text::tr("key=v1,v2,..."));
    const QCommandLineOption out(QStringList {QStringLiteral("o"), QStringLiteral("out")},
                                 Text::tr("Sweep folder to write (replaced if it holds an earlier sweep)."),
                                 Text::tr("dir"));
    const QCommandLineOption jobs(QStringList {QStringLiteral("j"), QStringLiteral("jobs")},
                                  Text::tr("Runs at once (default: the number of cores); each run then "
                                           "trains on one thread."),
                                  Text::tr("N"));
    const QCommandLineOption runPlots(QStringLiteral("run-plots"), Text::tr("Also draw every run's own plots."));
    const QCommandLineOption noPlots(QStringLiteral("no-plots"), Text::tr("Write no plots at all."));
    const QCommandLineOption formats(QStringLiteral("formats"),
                                     Text::tr("Plot formats, comma separated (default png,pdf,svg)."), Text::tr("list"),
                                     QStringLiteral("png,pdf,svg"));
    const QCommandLineOption quiet(QStringList {QStringLiteral("q"), QStringLiteral("quiet")},
                                   Text::tr("Print no progress."));
    parser.addOptions({vary, out, jobs, runPlots, noPlots, formats, quiet});
    command.setEpilogue(configKeysHelp());
    if (const auto done = command.parse(args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return badInput(Text::tr("sweep: unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(out))
        return badInput(Text::tr("sweep: --out DIR is required"));
    if (!parser.isSet(vary))
        return badInput(Text::tr("sweep: give at least one --vary key=v1,v2,..."));
    const QStringList plotFormats = parser.value(formats).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &f : plotFormats)
        if (f != QLatin1String("png") && f != QLatin1String("pdf") && f != QLatin1String("svg"))
            return badInput(Text::tr("--formats: '%1' is not one of png, pdf, svg").arg(f));
    int jobCount = QThread::idealThreadCount();
    if (parser.isSet(jobs)) {
        bool ok = false;
        jobCount = parser.value(jobs).toInt(&ok);
        if (!ok || jobCount < 1 || jobCount > 256)
            return badInput(
                Text::tr("--jobs: expected a whole number from 1 to 256, got '%1'").arg(parser.value(jobs)));
    }

    ExperimentConfig base;
    if (!configOptions.build(parser, &base))
        return ExitBadInput;
    std::vector<app::SweepAxis> axes;
    for (const QString &text : parser.values(vary)) {
        app::SweepAxis axis;
        if (const QString error = app::parseSweepAxis(text, base, &axis); !error.isEmpty())
            return badInput(error);
        axes.push_back(axis);
    }
    const std::vector<app::SweepPoint> points = app::expandSweep(base, axes);
    if (points.size() > std::size_t(app::kMaxSweepPoints))
        return badInput(Text::tr("sweep: the grid has more than %1 runs").arg(app::kMaxSweepPoints));

    app::StagedFolder folder;
    if (const QString error = folder.begin(parser.value(out)); !error.isEmpty())
        return badInput(error);

    const bool verbose = !parser.isSet(quiet);
    if (verbose)
        printOut(
            Text::tr("sweep: %1 runs, %2 at once").arg(points.size()).arg(std::min<int>(jobCount, int(points.size()))));
    app::SweepRunOptions runOptions;
    runOptions.jobs = jobCount;
    if (verbose)
        runOptions.finished = [total = points.size()](const app::SweepResult &r) {
            if (!r.error.isEmpty()) {
                printOut(Text::tr("run %1/%2 (%3) failed: %4")
                             .arg(r.point.index + 1)
                             .arg(total)
                             .arg(r.point.label(), r.error));
                return;
            }
            const app::MetricRow last = r.record.metrics.back();
            printOut(Text::tr("run %1/%2 (%3): test accuracy %4, test loss %5, max/mean load %6")
                         .arg(r.point.index + 1)
                         .arg(total)
                         .arg(r.point.label())
                         .arg(last.accuracy, 0, 'f', 4)
                         .arg(last.testLoss, 0, 'f', 4)
                         .arg(last.maxMeanLoad, 0, 'f', 2));
        };
    std::vector<app::SweepResult> results;
    if (const QString error = app::runSweep(points, runOptions, &results); !error.isEmpty())
        return badInput(error);

    // Every run's folder, the comparison plots, the tables.
    const QDir dir(folder.path());
    app::RunFolderOptions runFolder;
    runFolder.plots = parser.isSet(runPlots) && !parser.isSet(noPlots);
    runFolder.plotFormats = plotFormats;
    std::vector<app::LabelledRun> labelled;
    int failures = 0;
    for (const app::SweepResult &r : results) {
        if (!r.error.isEmpty()) {
            ++failures;
            continue;
        }
        const QString runDir = dir.filePath(QStringLiteral("runs/") + r.point.folderName());
        if (!QDir().mkpath(runDir))
            return failed(Text::tr("cannot create the folder '%1'").arg(runDir));
        if (const QString error = app::writeRunFiles(runDir, r.record, runFolder); !error.isEmpty())
            return failed(error);
        labelled.push_back({r.point.label(), &r.record});
    }
    QString error;
    if (!parser.isSet(noPlots) && !labelled.empty()) {
        const QString plots = dir.filePath(QStringLiteral("plots"));
        QDir().mkpath(plots);
        error = app::renderComparisonPlots(labelled, plots, plotFormats, runFolder.plotSize);
        if (error.isEmpty())
            error = app::renderSweepCurvePlot(axes, results, plots, plotFormats, runFolder.plotSize);
    }
    QJsonArray axesJson;
    for (const app::SweepAxis &a : axes)
        axesJson.append(QJsonObject {{QStringLiteral("key"), a.key},
                                     {QStringLiteral("values"), QJsonArray::fromStringList(a.values)}});
    const QJsonObject sweepJson {{QStringLiteral("base"), app::configToJson(base)},
                                 {QStringLiteral("vary"), axesJson},
                                 {QStringLiteral("runs"), int(results.size())}};
    if (error.isEmpty())
        error = app::writeFileAtomically(dir.filePath(QStringLiteral("sweep.json")),
                                         QJsonDocument(sweepJson).toJson(QJsonDocument::Indented));
    if (error.isEmpty())
        error =
            app::writeFileAtomically(dir.filePath(QStringLiteral("summary.csv")), app::sweepSummaryCsv(axes, results));
    if (error.isEmpty())
        error = app::writeFileAtomically(dir.filePath(QStringLiteral("summary.md")),
                                         app::sweepSummaryMarkdown(axes, results));
    if (error.isEmpty())
        error = folder.commit();
    if (!error.isEmpty())
        return failed(error);
    if (verbose) {
        printOut(QString::fromUtf8(app::sweepSummaryMarkdown(axes, results)).trimmed());
        printOut(Text::tr("wrote %1").arg(folder.target()));
    }
    if (failures > 0)
        return failed(Text::tr("%n run(s) could not start", nullptr, failures));
    return ExitOk;
}

}  // namespace moe::cli
