// moelab-cli lesson: the built-in lessons (and lesson files) headless.
//
//   moelab-cli lesson --list                      one lesson per line: id, then title
//   moelab-cli lesson NAME [--out DIR]            run it: explanation, events, figures
//   moelab-cli lesson NAME --check [--seed N]     measure its phenomenon; exit 0 if it
//                                                 appeared, 1 if not, 2 for bad input
//
// NAME is a built-in id or the path of a .moelab file with a lesson section.
#include "cli_command.h"
#include "cli_support.h"

#include "app/common/dataset_source.h"
#include "app/common/experiment_file.h"
#include "app/lessons/lesson_check.h"
#include "app/lessons/lm_lesson_run.h"
#include "app/runs/run_folder.h"

#include "core/trainer.h"

#include <algorithm>

namespace moe::cli {
namespace {

int listLessons()
{
    const QList<app::LessonInfo> lessons = app::builtInLessons();
    qsizetype width = 0;
    for (const app::LessonInfo &l : lessons)
        width = std::max(width, l.id.size());
    for (const app::LessonInfo &l : lessons)
        printOut(QStringLiteral("%1  %2").arg(l.id, -int(width)).arg(l.title));
    return ExitOk;
}

QString vectorText(const std::vector<double> &v, int decimals = 3)
{
    QStringList parts;
    for (double x : v)
        parts << QString::number(x, 'f', decimals);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Route → select → combine for one dataset row, as the inspector shows it.
void printInference(const app::RunRecord &record, const Dataset &data, int row)
{
    if (row >= data.size())
        return;
    Trainer trainer(record.config, std::shared_ptr<const Dataset>(&data, [](const Dataset *) {}));
    trainer.deserializeWeights(std::vector<char>(record.weights.begin(), record.weights.end()));
    MatrixF x;
    data.gatherRows(std::vector<int> {row}, x);
    const Trainer::Inference inf = trainer.infer(std::vector<float>(x.data(), x.data() + x.size()));
    std::vector<double> input(x.data(), x.data() + x.size());
    printOut(Text::tr("Inference of sample %1 (input %2):").arg(row).arg(vectorText(input)));
    printOut(Text::tr("  1 route:   router logits z = %1").arg(vectorText(inf.logits)));
    printOut(Text::tr("             softmax p = %1").arg(vectorText(inf.probs)));
    QStringList selected;
    for (int e : inf.selected)
        selected << QString::number(e);
    printOut(Text::tr("  2 select:  experts %1, combine weights w = %2")
                 .arg(selected.join(QStringLiteral(", ")), vectorText(inf.weights)));
    for (int e : inf.selected)
        if (e >= 0 && std::size_t(e) < inf.expertOutputs.size())
            printOut(
                Text::tr("             expert %1 says %2").arg(e).arg(vectorText(inf.expertOutputs[std::size_t(e)])));
    printOut(Text::tr("  3 combine: y = Σ w_e·f_e(x) = %1").arg(vectorText(inf.output)));
    printOut(Text::tr("             prediction %1").arg(vectorText(inf.prediction)));
    if (data.task == Task::Classification)
        printOut(Text::tr("             true class %1").arg(data.labels[std::size_t(row)]));
}

// A lesson on a text corpus: the language model's figures (lm_lesson_run.h); no run folder.
int runLanguageModelOnce(const app::LessonDocument &doc, const ExperimentConfig &config)
{
    const app::TextCorpusLoad corpus = app::loadTextCorpusFor(config.data);
    if (!corpus.ok())
        return badInput(corpus.error);
    printOut(Text::tr("Lesson %1: %2").arg(doc.lesson.number).arg(doc.lesson.title));
    printOut(QString());
    printOut(doc.lesson.explanation);
    printOut(QString());
    app::LessonRunOptions options;
    options.log = [](const QString &line) {
        printOut(line);
    };
    const app::LessonRunResult run = app::runLmLessonExperiment(config, doc.lesson.events, corpus.corpus, options);
    if (!run.ok())
        return badInput(run.error);
    printOut(Text::tr("After %1 steps:").arg(config.train.steps));
    for (const auto &[metric, value] : run.metrics)
        printOut(QStringLiteral("  %1: %2").arg(app::lessonMetricName(metric), app::formatLessonMetric(metric, value)));
    return ExitOk;
}

int runOnce(const app::LessonDocument &doc, const QStringList &assignments, const QString &outDir)
{
    ExperimentConfig config = doc.file.config;
    for (const QString &a : assignments) {
        const QString error = app::applyAssignment(config, a);
        if (!error.isEmpty())
            return badInput(error);
    }
    if (app::isTextData(config.data))
        return runLanguageModelOnce(doc, config);
    const app::DatasetLoad data = app::loadDatasetFor(config.data);
    if (!data.ok())
        return badInput(data.error);
    printOut(Text::tr("Lesson %1: %2").arg(doc.lesson.number).arg(doc.lesson.title));
    printOut(QString());
    printOut(doc.lesson.explanation);
    printOut(QString());
    if (!doc.lesson.highlight.isEmpty())
        printOut(Text::tr("Watch: %1").arg(doc.lesson.highlight.join(QStringLiteral(", "))));
    app::LessonRunOptions options;
    options.log = [](const QString &line) {
        printOut(line);
    };
    options.record = !outDir.isEmpty();
    options.regionResolution = outDir.isEmpty() ? 0 : 64;
    const app::LessonRunResult run = app::runLessonExperiment(config, doc.lesson.events, data.dataset, options);
    if (!run.ok())
        return badInput(run.error);
    const Snapshot &s = run.record.final;
    printOut(Text::tr("After %1 steps:").arg(s.step));
    for (const QString &m :
         {QStringLiteral("accuracy"), QStringLiteral("mi_bits"), QStringLiteral("max_mean_load"),
          QStringLiteral("dropped_fraction"), QStringLiteral("params_total"), QStringLiteral("params_active")}) {
        const auto it = run.metrics.find(m);
        if (it != run.metrics.end())
            printOut(QStringLiteral("  %1: %2").arg(app::lessonMetricName(m), app::formatLessonMetric(m, it->second)));
    }
    std::vector<double> load;
    for (const ExpertStats &e : s.expertStats)
        load.push_back(e.load);
    printOut(Text::tr("  expert load (last step): %1").arg(vectorText(load)));
    if (doc.lesson.inspectSample >= 0)
        printInference(run.record, *data.dataset, doc.lesson.inspectSample);
    if (!outDir.isEmpty()) {
        const QString error = app::writeRunFolder(outDir, run.record);
        if (!error.isEmpty())
            return failed(error);
        printOut(Text::tr("Run folder: %1").arg(outDir));
    }
    return ExitOk;
}

int runCheck(const app::LessonDocument &doc, const QStringList &assignments)
{
    app::LessonCheckOptions options;
    options.assignments = assignments;
    const app::LessonCheckResult r = app::runLessonCheck(doc, options);
    if (!r.error.isEmpty())
        return r.badInput ? badInput(r.error) : failed(r.error);
    printOut(Text::tr("Lesson %1: %2").arg(doc.lesson.number).arg(doc.lesson.title));
    for (const QString &line : r.figures)
        printOut(QStringLiteral("  ") + line);
    for (const app::LessonCheckItem &item : r.items)
        printOut(QStringLiteral("  [%1] %2").arg(item.passed ? Text::tr("ok") : Text::tr("no"), item.text));
    printOut(r.appeared() ? Text::tr("appeared: yes (%1 s)").arg(r.seconds, 0, 'f', 1)
                          : Text::tr("appeared: no (%1 s)").arg(r.seconds, 0, 'f', 1));
    return r.appeared() ? ExitOk : ExitFailed;
}

}  // namespace

int runLesson(const QStringList &args)
{
    CommandParser command(QStringLiteral("lesson"),
                          Text::tr("Run a built-in lesson (or a .moelab file with a lesson section) headless, "
                                   "or with --check measure whether its effect appears: exit 0 if it did, "
                                   "1 if not, 2 for bad input."));
    QCommandLineParser &p = command.parser();
    const QCommandLineOption list(QStringLiteral("list"), Text::tr("List the built-in lessons: id, then title."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Text::tr("Measure the lesson's phenomenon and say whether it appeared."));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Use this seed for the data and the training."),
                                  Text::tr("N"));
    const QCommandLineOption set(QStringList {QStringLiteral("s"), QStringLiteral("set")},
                                 Text::tr("Change one configuration key of the lesson (repeatable)."),
                                 Text::tr("key=value"));
    const QCommandLineOption steps(QStringLiteral("steps"), Text::tr("Training steps."), Text::tr("N"));
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("Write the run folder (without --check)."),
                                 Text::tr("dir"));
    for (const QCommandLineOption &o : {list, check, seed, set, steps, out})
        p.addOption(o);
    p.addPositionalArgument(QStringLiteral("name"), Text::tr("Lesson id (see --list) or a .moelab file."));
    if (const auto done = command.parse(args))
        return *done;
    if (p.isSet(list))
        return listLessons();
    const QStringList names = p.positionalArguments();
    if (names.size() != 1)
        return badInput(Text::tr("lesson: give one lesson name (moelab-cli lesson --list shows them)"));
    const app::LessonDocument doc = app::findLesson(names.front());
    if (!doc.ok())
        return badInput(doc.error);
    for (const QString &w : doc.warnings)
        warn(w);

    QStringList assignments;
    if (p.isSet(seed)) {
        bool ok = false;
        const qulonglong n = p.value(seed).toULongLong(&ok);
        if (!ok)
            return badInput(Text::tr("--seed: expected a whole number ≥ 0"));
        assignments << QStringLiteral("data.seed=%1").arg(n) << QStringLiteral("train.seed=%1").arg(n);
    }
    assignments << p.values(set);
    if (p.isSet(steps))
        assignments << QStringLiteral("train.steps=") + p.value(steps);
    if (p.isSet(check)) {
        if (p.isSet(out))
            return badInput(Text::tr("lesson: --out writes a run, --check measures; give one of them"));
        return runCheck(doc, assignments);
    }
    return runOnce(doc, assignments, p.value(out));
}

}  // namespace moe::cli
