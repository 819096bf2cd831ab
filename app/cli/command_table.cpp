// The table of moelab-cli subcommands.
#include "cli_command.h"

#include <QCoreApplication>

namespace moe::cli {

const std::vector<CliCommand> &cliCommands()
{
    static const std::vector<CliCommand> table = {
        {"train", QT_TRANSLATE_NOOP("moelab_cli", "Train one experiment and write its run folder."), true, runTrain},
        {"sweep", QT_TRANSLATE_NOOP("moelab_cli", "Train a grid of experiments and compare them."), true, runSweep},
        {"grad", QT_TRANSLATE_NOOP("moelab_cli", "Print the loss and every gradient of one batch as JSON."), false,
         runGrad},
        {"generate",
         QT_TRANSLATE_NOOP("moelab_cli", "Sample text from a trained language model (and show its routing)."), false,
         runGenerate},
        {"datasets", QT_TRANSLATE_NOOP("moelab_cli", "List the datasets that can be trained on."), false, runDatasets},
        {"keys", QT_TRANSLATE_NOOP("moelab_cli", "List the configuration keys with their values."), false, runKeys},
        {"bench", QT_TRANSLATE_NOOP("moelab_cli", "Measure the speed of the engine on fixed workloads."), false,
         runBench},
        {"lesson", QT_TRANSLATE_NOOP("moelab_cli", "Run a built-in lesson, or check that its effect appears."), true,
         runLesson},
    };
    return table;
}

const CliCommand *findCliCommand(const QString &name)
{
    for (const CliCommand &c : cliCommands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

}  // namespace moe::cli
