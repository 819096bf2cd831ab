// What every moelab-cli subcommand shares: exit codes, console output, a parser with
// --help that never exits the process, and the --config / --set / --steps options that
// build an ExperimentConfig.
#pragma once

#include "core/config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace moe::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,  // the run itself failed (a write error after training, an internal error)
    ExitBadInput = 2,  // bad options, keys, values or files: nothing was written
};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(moelab_cli)
};

void printOut(const QString &text);  // stdout, a newline appended
void printErr(const QString &text);  // stderr, a newline appended
// "moelab-cli: error: TEXT" on stderr; returns ExitBadInput.
int badInput(const QString &text);
// "moelab-cli: TEXT" on stderr; returns ExitFailed.
int failed(const QString &text);
void warn(const QString &text);

// A parser for one subcommand. `args` is what the command received: args[0] is
// "moelab-cli NAME", then its options.
class CommandParser {
public:
    CommandParser(const QString &command, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    // Parses; on --help prints it and returns ExitOk; on an error returns ExitBadInput after
    // printing it; std::nullopt when the command should go on.
    std::optional<int> parse(const QStringList &args);
    // Text printed after the options by --help (e.g. the list of configuration keys).
    void setEpilogue(const QString &text) { m_epilogue = text; }

private:
    QString m_command;
    QString m_epilogue;
    QCommandLineParser m_parser;
};

// --config FILE, --set key=value (repeatable), --steps N.
class ConfigOptions {
public:
    explicit ConfigOptions(QCommandLineParser &parser, bool configRequired = false);
    // Builds the configuration: defaults, then the file, then each --set in order, then
    // --steps. When the result trains on a text corpus the defaults are the language model's
    // (app::buildConfig). Prints warnings; on an error prints it and returns false.
    bool build(const QCommandLineParser &parser, ExperimentConfig *config, QByteArray *weights = nullptr);

private:
    bool m_configRequired;
    QCommandLineOption m_config;
    QCommandLineOption m_set;
    QCommandLineOption m_steps;
};

// The list of configuration keys with type, range and help (for --help epilogues).
QString configKeysHelp();

}  // namespace moe::cli
