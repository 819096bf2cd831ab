// The built-in lessons (resources :/lessons/*.moelab) and lesson files.
#include "lesson_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

// The resources live in a static library: make sure the linker keeps them.
static void initLessonResources()
{
    Q_INIT_RESOURCE(lessons);
}

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LessonLibrary)
};

struct BuiltIn {
    const char *id;
    const char *title;  // English; translated in context "Lessons"
};

// The menu order. The ids are a contract (moelab-cli lesson NAME, saved files, scripts).
const BuiltIn kBuiltIns[] = {
    {"experts_and_gate", QT_TRANSLATE_NOOP("Lessons", "Experts and the gate")},
    {"balance_loss", QT_TRANSLATE_NOOP("Lessons", "Balance loss off vs on")},
    {"collapse", QT_TRANSLATE_NOOP("Lessons", "Collapse: a zero router without noise")},
    {"capacity", QT_TRANSLATE_NOOP("Lessons", "Capacity and dropped tokens")},
    {"expert_choice", QT_TRANSLATE_NOOP("Lessons", "Expert choice: balanced by construction")},
    {"top1_vs_top2", QT_TRANSLATE_NOOP("Lessons", "Top-1 vs top-2: where the gate's signal comes from")},
    {"sparse_compute", QT_TRANSLATE_NOOP("Lessons", "Sparse compute: total vs active parameters")},
    {"fault_tolerance", QT_TRANSLATE_NOOP("Lessons", "Fault tolerance: knock an expert out")},
    {"flexibility", QT_TRANSLATE_NOOP("Lessons", "Flexibility: add an expert while training")},
    {"staged_vs_joint", QT_TRANSLATE_NOOP("Lessons", "Staged vs joint training")},
    {"inference_step_by_step", QT_TRANSLATE_NOOP("Lessons", "Inference step by step")},
    {"routers_side_by_side", QT_TRANSLATE_NOOP("Lessons", "The routers side by side")},
    {"multi_gate", QT_TRANSLATE_NOOP("Lessons", "Multi-gate MoE: one gate per task")},
    {"lm_language_experts", QT_TRANSLATE_NOOP("Lessons", "Language model: experts specialise by script")},
    {"lm_balance_collapse", QT_TRANSLATE_NOOP("Lessons", "Language model: without a balance loss a block collapses")},
    {"lm_capacity_drops", QT_TRANSLATE_NOOP("Lessons", "Language model: where capacity drops fall in the context")},
    {"lm_dense_vs_moe", QT_TRANSLATE_NOOP("Lessons", "Language model: dense or MoE at the same active compute")},
    {"ep_straggler", QT_TRANSLATE_NOOP("Lessons", "Expert parallelism: the straggler, balance loss off vs on")},
};

QString resourcePath(int number, const char *id)
{
    return QStringLiteral(":/lessons/%1_%2.moelab").arg(number, 2, 10, QLatin1Char('0')).arg(QLatin1String(id));
}

void translateDocument(LessonDocument *doc)
{
    Lesson &l = doc->lesson;
    l.title = translateLessonText(l.title);
    l.explanation = translateLessonText(l.explanation);
    for (LessonEvent &e : l.events)
        if (!e.note.isEmpty())
            e.note = translateLessonText(e.note);
    QJsonArray variants = l.check.value(QLatin1String("variants")).toArray();
    for (qsizetype i = 0; i < variants.size(); ++i) {
        QJsonObject v = variants[i].toObject();
        if (v.contains(QLatin1String("label")))
            v.insert(QStringLiteral("label"), translateLessonText(v.value(QLatin1String("label")).toString()));
        variants[i] = v;
    }
    if (!variants.isEmpty())
        l.check.insert(QStringLiteral("variants"), variants);
}

}  // namespace

QList<LessonInfo> builtInLessons()
{
    QList<LessonInfo> out;
    int number = 0;
    for (const BuiltIn &b : kBuiltIns)
        out.append({QLatin1String(b.id), ++number, QCoreApplication::translate("Lessons", b.title)});
    return out;
}

bool isBuiltInLesson(const QString &id)
{
    for (const BuiltIn &b : kBuiltIns)
        if (id == QLatin1String(b.id))
            return true;
    return false;
}

QString translateLessonText(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QByteArray utf8 = english.toUtf8();
    return QCoreApplication::translate("Lessons", utf8.constData());
}

LessonDocument parseLessonDocument(const QByteArray &bytes, const QString &origin, bool translate)
{
    LessonDocument doc;
    ExperimentReadResult read = parseExperiment(bytes, origin);
    if (!read.ok()) {
        doc.error = read.error;
        return doc;
    }
    doc.file = std::move(read.file);
    doc.warnings = read.warnings;
    const QJsonValue section = doc.file.extras.value(QLatin1String("lesson"));
    if (!section.isObject()) {
        doc.error = Text::tr("%1: no lesson section (a lesson is a .moelab file with a \"lesson\" object)").arg(origin);
        return doc;
    }
    const QString error = parseLesson(section.toObject(), &doc.lesson);
    if (!error.isEmpty()) {
        doc.error = Text::tr("%1: %2").arg(origin, error);
        return doc;
    }
    if (translate)
        translateDocument(&doc);
    return doc;
}

LessonDocument loadBuiltInLesson(const QString &id)
{
    initLessonResources();
    int number = 0;
    for (const BuiltIn &b : kBuiltIns) {
        ++number;
        if (id != QLatin1String(b.id))
            continue;
        QFile file(resourcePath(number, b.id));
        if (!file.open(QIODevice::ReadOnly)) {
            LessonDocument doc;
            doc.error = Text::tr("lesson %1: the built-in file is missing from this build").arg(id);
            return doc;
        }
        LessonDocument doc = parseLessonDocument(file.readAll(), id, true);
        doc.builtIn = true;
        if (doc.ok() && doc.lesson.number == 0)
            doc.lesson.number = number;
        return doc;
    }
    LessonDocument doc;
    doc.error = Text::tr("no lesson named \"%1\" (moelab-cli lesson --list shows them)").arg(id);
    return doc;
}

LessonDocument openLessonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LessonDocument doc;
        doc.error = Text::tr("%1: cannot open (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return doc;
    }
    return parseLessonDocument(file.readAll(), QFileInfo(path).fileName(), false);
}

LessonDocument findLesson(const QString &idOrPath)
{
    if (isBuiltInLesson(idOrPath) || !(idOrPath.endsWith(QLatin1String(".moelab")) || QFileInfo::exists(idOrPath)))
        return loadBuiltInLesson(idOrPath);
    return openLessonFile(idOrPath);
}

}  // namespace moe::app
