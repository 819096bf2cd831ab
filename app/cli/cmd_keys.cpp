// moelab-cli keys: every configuration key with its value (defaults, or after --config/--set).
#include "cli_command.h"
#include "cli_support.h"

#include "app/common/experiment_file.h"

#include <QJsonDocument>

namespace moe::cli {

int runKeys(const QStringList &args)
{
    CommandParser command(QStringLiteral("keys"),
                          Text::tr("Print every configuration key with its value: the defaults, or "
                                   "the result of --config and --set. --json prints an experiment file."));
    ConfigOptions configOptions(command.parser());
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a .moelab experiment file."));
    const QCommandLineOption help(QStringLiteral("describe"), Text::tr("Describe each key (type, range, meaning)."));
    command.parser().addOptions({json, help});
    if (const auto done = command.parse(args))
        return *done;
    ExperimentConfig config;
    if (!configOptions.build(command.parser(), &config))
        return ExitBadInput;
    if (command.parser().isSet(help)) {
        printOut(configKeysHelp());
    } else if (command.parser().isSet(json)) {
        app::ExperimentFile file;
        file.config = config;
        printOut(QString::fromUtf8(file.toBytes()).trimmed());
    } else {
        for (const ConfigKey &key : configKeys())
            printOut(QStringLiteral("%1=%2").arg(QString::fromStdString(key.key),
                                                 QString::fromStdString(configValue(config, key.key))));
    }
    return ExitOk;
}

}  // namespace moe::cli
