// moelab-cli: MoE Lab without a window. Runs experiments and sweeps headless and writes the
// same exports as the window (see cli_command.h for the table of subcommands).
//
//   moelab-cli train --set data.name=spirals --steps 500 --out runs/spirals
//   moelab-cli COMMAND --help
#include "cli_command.h"
#include "cli_support.h"

#include "core/allocator_tuning.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QDir>
#include <QFile>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

QString overview()
{
    using moe::cli::Text;
    QString text = Text::tr("Usage: moelab-cli COMMAND [options]\n\n"
                            "MoE Lab without a window: train Mixture-of-Experts models, run sweeps "
                            "and export their plots and numbers.\n\nCommands:\n");
    for (const moe::cli::CliCommand &c : moe::cli::cliCommands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(9),
                         QCoreApplication::translate("moelab_cli", c.summary));
    text += QLatin1Char('\n')
        + Text::tr("Run 'moelab-cli COMMAND --help' for the options of a command.\n"
                   "Exit status: 0 done, 1 the run failed, 2 bad input.");
    return text;
}

}  // namespace

int main(int argc, char **argv)
{
    moe::keepStepMemoryMapped();  // before the first allocation of a step
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const moe::cli::CliCommand *command = moe::cli::findCliCommand(first);

    // The CLI never shows a window: draw plots offscreen unless the user chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Without a session (ssh, CI) Qt warns about XDG_RUNTIME_DIR on every run; give it the
    // private folder it would fall back to anyway, quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
        if (QDir().mkpath(runtime)
            && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
#endif
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsWidgets)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    // Messages follow the system language (zh_CN, de; English otherwise); MOELAB_LANGUAGE overrides.
    static QTranslator translator;
    const QString language = qEnvironmentVariable("MOELAB_LANGUAGE");
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (translator.load(locale, QStringLiteral("moelab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QCoreApplication::setApplicationName(QStringLiteral("moelab-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MoE Lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOELAB_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (!command) {
        if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
            moe::cli::printOut(overview());
            return moe::cli::ExitOk;
        }
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            moe::cli::printOut(QStringLiteral("moelab-cli %1").arg(QStringLiteral(MOELAB_VERSION)));
            return moe::cli::ExitOk;
        }
        if (first.isEmpty()) {
            moe::cli::printErr(overview());
            return moe::cli::ExitBadInput;
        }
        return moe::cli::badInput(moe::cli::Text::tr("unknown command '%1' (see moelab-cli --help)").arg(first));
    }
    QStringList commandArgs = args.mid(1);
    commandArgs[0] = QStringLiteral("moelab-cli ") + first;
    return command->run(commandArgs);
}
