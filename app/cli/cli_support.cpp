// Console output, parsing and configuration options shared by the subcommands.
#include "cli_support.h"

#include "app/common/experiment_file.h"

#include <cstdio>

namespace moe::cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int badInput(const QString &text)
{
    printErr(Text::tr("moelab-cli: error: %1").arg(text));
    return ExitBadInput;
}

int failed(const QString &text)
{
    printErr(Text::tr("moelab-cli: %1").arg(text));
    return ExitFailed;
}

void warn(const QString &text)
{
    printErr(Text::tr("moelab-cli: warning: %1").arg(text));
}

CommandParser::CommandParser(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

std::optional<int> CommandParser::parse(const QStringList &args)
{
    if (!m_parser.parse(args))
        return badInput(QCoreApplication::translate("moelab_cli", "%1: %2 (see moelab-cli %1 --help)")
                            .arg(m_command, m_parser.errorText()));
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; show the command as the user types it.
        QString text = m_parser.helpText();
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        QString usage = text.left(end);
        const QStringList programNames = {QCoreApplication::arguments().value(0),
                                          QCoreApplication::applicationFilePath()};
        for (const QString &name : programNames)
            if (!name.isEmpty() && usage.contains(name)) {
                usage.replace(name, QStringLiteral("moelab-cli ") + m_command);
                break;
            }
        text = usage + text.mid(end);
        printOut(text + (m_epilogue.isEmpty() ? QString() : QLatin1Char('\n') + m_epilogue));
        return ExitOk;
    }
    return std::nullopt;
}

ConfigOptions::ConfigOptions(QCommandLineParser &parser, bool configRequired)
    : m_configRequired(configRequired),
      m_config(QStringList {QStringLiteral("c"), QStringLiteral("config")},
               Text::tr("Experiment file (.moelab) to start from."), Text::tr("file")),
      m_set(QStringList {QStringLiteral("s"), QStringLiteral("set")},
            Text::tr("Set one configuration key, e.g. routing.k=2 (repeatable; applied after --config)."),
            Text::tr("key=value")),
      m_steps(QStringLiteral("steps"), Text::tr("Training steps (same as --set train.steps=N)."), Text::tr("N"))
{
    parser.addOption(m_config);
    parser.addOption(m_set);
    parser.addOption(m_steps);
}

bool ConfigOptions::build(const QCommandLineParser &parser, ExperimentConfig *config, QByteArray *weights)
{
    QJsonObject fileConfig;
    if (parser.isSet(m_config)) {
        const app::ExperimentReadResult read = app::openExperiment(parser.value(m_config));
        if (!read.ok()) {
            badInput(read.error);
            return false;
        }
        for (const QString &w : read.warnings)
            warn(w);
        fileConfig = read.configJson;
        if (weights)
            *weights = read.file.weights;
    } else if (m_configRequired) {
        badInput(Text::tr("--config FILE is required"));
        return false;
    }
    // Defaults (the language model's for a text corpus), then the file, each --set, --steps.
    const QString error = app::buildConfig(config, [&](ExperimentConfig &c) -> QString {
        if (const QString e = app::applyConfigJson(c, fileConfig, nullptr); !e.isEmpty())
            return QStringLiteral("%1: %2").arg(parser.value(m_config), e);
        for (const QString &assignment : parser.values(m_set))
            if (const QString e = app::applyAssignment(c, assignment); !e.isEmpty())
                return Text::tr("--set %1: %2").arg(assignment, e);
        if (parser.isSet(m_steps))
            if (const std::string e = setConfigValue(c, "train.steps", parser.value(m_steps).toStdString());
                !e.empty())
                return Text::tr("--steps: %1").arg(QString::fromStdString(e));
        return {};
    });
    if (!error.isEmpty()) {
        badInput(error);
        return false;
    }
    return true;
}

QString configKeysHelp()
{
    QString text = Text::tr("Configuration keys (--set key=value):") + QLatin1Char('\n');
    for (const ConfigKey &key : configKeys()) {
        QString kind;
        switch (key.type) {
        case ValueType::Int:
            kind = Text::tr("whole number %1..%2").arg(key.min, 0, 'g', 10).arg(key.max, 0, 'g', 10);
            break;
        case ValueType::Real: kind = Text::tr("number %1..%2").arg(key.min, 0, 'g', 10).arg(key.max, 0, 'g', 10); break;
        case ValueType::Bool: kind = Text::tr("true|false"); break;
        case ValueType::Text: kind = Text::tr("text"); break;
        case ValueType::Choice: {
            QStringList choices;
            for (const auto &c : key.choices)
                choices << QString::fromStdString(c);
            kind = choices.join(QLatin1Char('|'));
            break;
        }
        }
        text += QStringLiteral("  %1  (%2)\n      %3\n")
                    .arg(QString::fromStdString(key.key), kind,
                         QCoreApplication::translate("moe::ConfigKey", key.help.c_str()));
    }
    return text;
}

}  // namespace moe::cli
