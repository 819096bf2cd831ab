// moelab-cli bench: engine speed on the fixed workloads of the PyTorch peer.
//
//   moelab-cli bench --workload mnist [--threads 1] [--steps 200] [--min-time 2]
//   moelab-cli bench --workload all --threads 2
//   moelab-cli bench --workload lm_baby --threads 2      (the language model, app/cli/lm_bench.h)
//
// One JSON line per run on stdout: ms_per_step_median, phase_ms_median {fwd, bwd, opt}, and
// the peer's other fields (see app/cli/bench.h for what one timed step is); also
// phase_ms_p10 {fwd, bwd, opt}, the 10th percentile of each phase (the least disturbed steps
// on a shared machine); grads_formed_in_opt, the weight tensors whose gradient the optimizer
// formed in its own pass (factored first-layer gradients of many small experts: that work is
// timed in opt, not bwd); --dense-gradients forms them all in the backward pass instead, to
// compare phases like for like with a framework.
#include "cli_command.h"
#include "cli_support.h"

#include "app/cli/bench.h"
#include "app/cli/lm_bench.h"

#include <exception>

namespace moe::cli {

int runBench(const QStringList &args)
{
    CommandParser command(QStringLiteral("bench"),
                          Text::tr("Time training steps of the engine on a fixed workload (the shapes of the "
                                   "PyTorch peer) and print one JSON line per run."));
    QStringList names;
    for (const auto &w : app::benchWorkloads())
        names << QString::fromStdString(w.name);
    for (const auto &w : app::lmBenchWorkloads())
        names << QString::fromStdString(w.name);
    const QCommandLineOption workload(QStringList {QStringLiteral("w"), QStringLiteral("workload")},
                                      Text::tr("Workload: %1, or all.").arg(names.join(QStringLiteral(", "))),
                                      Text::tr("name"));
    const QCommandLineOption threads(QStringLiteral("threads"), Text::tr("OpenMP threads (default 1)."), Text::tr("n"),
                                     QStringLiteral("1"));
    const QCommandLineOption steps(QStringLiteral("steps"), Text::tr("At least this many timed steps (default 200)."),
                                   Text::tr("n"), QStringLiteral("200"));
    const QCommandLineOption minTime(QStringLiteral("min-time"),
                                     Text::tr("At least this many timed seconds (default 2)."), Text::tr("s"),
                                     QStringLiteral("2"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), Text::tr("Untimed warm-up steps (default 20)."),
                                    Text::tr("n"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Seed of the weights and data (default 0)."),
                                  Text::tr("n"), QStringLiteral("0"));
    const QCommandLineOption denseGradients(
        QStringLiteral("dense-gradients"),
        Text::tr("Form every weight gradient in the backward pass (as a framework does) instead of leaving large "
                 "expert gradients to the optimizer's pass."));
    command.parser().addOptions({workload, threads, steps, minTime, warmup, seed, denseGradients});
    if (const auto done = command.parse(args))
        return *done;

    const QString name = command.parser().value(workload);
    if (name.isEmpty())
        return badInput(Text::tr("bench: --workload is required (%1, or all)").arg(names.join(QStringLiteral(", "))));
    std::vector<app::BenchWorkload> runs;
    std::vector<app::LmBenchWorkload> lmRuns;
    if (name == QLatin1String("all")) {
        runs = app::benchWorkloads();
        lmRuns = app::lmBenchWorkloads();
    } else if (const auto *w = app::findBenchWorkload(name.toStdString())) {
        runs.push_back(*w);
    } else if (const auto *lm = app::findLmBenchWorkload(name.toStdString())) {
        lmRuns.push_back(*lm);
    } else {
        return badInput(
            Text::tr("bench: unknown workload '%1' (%2, or all)").arg(name, names.join(QStringLiteral(", "))));
    }

    app::BenchOptions o;
    bool ok[5] = {};
    o.threads = command.parser().value(threads).toInt(&ok[0]);
    o.steps = command.parser().value(steps).toInt(&ok[1]);
    o.minSeconds = command.parser().value(minTime).toDouble(&ok[2]);
    o.warmup = command.parser().value(warmup).toInt(&ok[3]);
    o.seed = command.parser().value(seed).toULongLong(&ok[4]);
    o.denseGradients = command.parser().isSet(denseGradients);
    if (!ok[0] || o.threads < 1 || o.threads > 1024)
        return badInput(Text::tr("bench: --threads must be a whole number from 1 to 1024"));
    if (!ok[1] || o.steps < 1)
        return badInput(Text::tr("bench: --steps must be a whole number of at least 1"));
    if (!ok[2] || !(o.minSeconds >= 0))
        return badInput(Text::tr("bench: --min-time must be a number of seconds, 0 or more"));
    if (!ok[3] || o.warmup < 0)
        return badInput(Text::tr("bench: --warmup must be a whole number, 0 or more"));
    if (!ok[4])
        return badInput(Text::tr("bench: --seed must be a whole number"));

    try {
        for (const auto &w : runs)
            printOut(QString::fromStdString(app::benchResultJson(app::runBench(w, o))));
        for (const auto &w : lmRuns)
            printOut(QString::fromStdString(app::runLmBenchJson(w, o)));
    } catch (const std::exception &e) {
        return failed(QString::fromStdString(e.what()));
    }
    return ExitOk;
}

}  // namespace moe::cli
