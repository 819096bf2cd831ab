// The subcommands of moelab-cli, as one table. Adding a command is one line in
// command_table.cpp and one file cmd_NAME.cpp defining its run function.
#pragma once

#include <QStringList>

#include <vector>

namespace moe::cli {

// args[0] is "moelab-cli NAME", then the command's own arguments. Returns the exit code.
using CommandFn = int (*)(const QStringList &args);

struct CliCommand {
    const char *name;  // "train"
    const char *summary;  // one line for the overview (QT_TRANSLATE_NOOP("moelab_cli", ...))
    bool needsWidgets;  // creates a QApplication (offscreen) to draw plots
    CommandFn run;
};

const std::vector<CliCommand> &cliCommands();
const CliCommand *findCliCommand(const QString &name);

// The subcommands (one file each).
int runTrain(const QStringList &args);
int runSweep(const QStringList &args);
int runGrad(const QStringList &args);
int runGenerate(const QStringList &args);
int runDatasets(const QStringList &args);
int runKeys(const QStringList &args);
int runBench(const QStringList &args);
int runLesson(const QStringList &args);

}  // namespace moe::cli
