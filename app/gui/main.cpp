// moelab: the live window. Opens on a small MoE already training on a 2-D toy set.
#include "default_experiment.h"
#include "file_actions.h"
#include "fps_reporter.h"
#include "language_manager.h"
#include "main_window.h"
#include "training_controller.h"

#include "app/common/dataset_source.h"
#include "app/common/experiment_file.h"
#include "core/allocator_tuning.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    moe::keepStepMemoryMapped();  // before the first allocation of a step
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MoE Lab"));
    QApplication::setApplicationName(QStringLiteral("moelab"));
    QApplication::setApplicationVersion(QStringLiteral(MOELAB_VERSION));

    moe::gui::LanguageManager languages;
    languages.restore();  // before any text is made, so the parser's help is translated too

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "MoE Lab: train a Mixture-of-Experts model live and watch its gate route."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Open the experiment FILE (.moelab) instead of the default one."),
        QStringLiteral("FILE"));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QCoreApplication::translate("main", "Change one setting, e.g. --set routing.k=1 (repeatable)."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption fpsOption(
        QStringLiteral("report-fps"),
        QCoreApplication::translate("main", "Train for SECONDS, print view refreshes and steps per second, then quit."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption presenterOption(
        QStringLiteral("presenter"),
        QCoreApplication::translate("main", "Start in presenter mode (full screen, larger text)."));
    const QCommandLineOption pausedOption(
        QStringLiteral("paused"),
        QCoreApplication::translate("main", "Open the experiment without starting to train."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QCoreApplication::translate("main", "Show the program in LANG (en, zh_CN, de)."),
        QStringLiteral("LANG"));
    parser.addOptions({configOption, setOption, fpsOption, presenterOption, pausedOption, languageOption});
    parser.process(app);

    if (parser.isSet(languageOption))
        languages.setLanguage(parser.value(languageOption));

    moe::ExperimentConfig config = moe::gui::defaultExperiment();
    if (parser.isSet(configOption)) {
        const auto result = moe::app::openExperiment(parser.value(configOption));
        if (!result.ok()) {
            std::fprintf(stderr, "moelab: %s\n", qPrintable(result.error));
            return 2;
        }
        config = result.file.config;
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &assignment : parser.values(setOption)) {
            const QString error = moe::app::applyAssignment(config, assignment);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "moelab: %s\n", qPrintable(error));
                return 2;
            }
        }
        // --set data.name=X on the default experiment: X's defaults (the baby language model's
        // for a text corpus, LANGUAGE_MODEL.md §3; the catalogue's for e.g. fashion_mnist), then
        // the same --set changes on top.
        if (pass > 0 || parser.isSet(configOption) || !moe::app::hasDatasetDefaults(config.data.name))
            break;
        config = moe::gui::windowDefaultsForData(moe::gui::defaultExperiment(), config);
    }
    double fpsSeconds = 0;
    if (parser.isSet(fpsOption)) {
        bool ok = false;
        fpsSeconds = parser.value(fpsOption).toDouble(&ok);
        if (!ok || fpsSeconds <= 0) {
            std::fprintf(stderr, "moelab: --report-fps needs a positive number of seconds\n");
            return 2;
        }
    }

    moe::gui::TrainingController controller;
    moe::gui::MainWindow window(&controller, &languages);
    // --config alone opens the file as File ▸ Open does (weights and history too); with --set
    // changes only its configuration is used.
    if (parser.isSet(configOption) && parser.values(setOption).isEmpty())
        window.fileActions()->openFile(parser.value(configOption));
    else
        controller.load(config);
    if (!parser.isSet(pausedOption))
        controller.play();
    if (fpsSeconds > 0)
        controller.setSpeed(0);  // full speed, whatever the saved setting
    window.show();
    if (parser.isSet(presenterOption))
        window.setPresenterMode(true);
    if (fpsSeconds > 0)
        new moe::gui::FpsReporter(&window, &controller, fpsSeconds, sinceStart, &app);
    return QApplication::exec();
}
