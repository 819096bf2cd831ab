// The lesson library: the built-in lessons (compiled in as Qt resources from app/lessons/)
// and lessons that teachers write and share as .moelab files.
//
// For the window's Lessons menu:
//
//   for (const LessonInfo &info : builtInLessons())            // in menu order, titles translated
//       menu->addAction(info.title, [=] { open(loadBuiltInLesson(info.id)); });
//   LessonDocument doc = openLessonFile(path);                 // "Open lesson…"
//   if (!doc.ok()) show(doc.error);
//   // doc.file.config → the trainer; doc.lesson.explanation → a text pane;
//   // doc.lesson.highlight / hide → the control panel (configuration keys);
//   // LessonScript script(doc.lesson.events); between steps:
//   //     for (const LessonEvent &e : script.due(step)) controller->apply(e.command(snapshot));
#pragma once

#include "app/common/experiment_file.h"
#include "lesson.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace moe::app {

struct LessonInfo {
    QString id;  // "balance_loss" (stable)
    int number = 0;  // 1..12, the menu order
    QString title;  // translated
};

// The built-in lessons in menu order.
QList<LessonInfo> builtInLessons();
bool isBuiltInLesson(const QString &id);

struct LessonDocument {
    ExperimentFile file;  // the configuration (and weights/history if the file has them)
    Lesson lesson;  // file.extras["lesson"], parsed (and translated when built in)
    bool builtIn = false;
    QString error;  // translated; "" on success
    QStringList warnings;  // translated (unknown configuration keys, ...)
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// A built-in lesson by id. Titles, explanations, event notes and check labels are translated
// (context "Lessons").
LessonDocument loadBuiltInLesson(const QString &id);
// A .moelab file with a lesson section (its texts are used as written).
LessonDocument openLessonFile(const QString &path);
// Either: a built-in id, or the path of a .moelab file.
LessonDocument findLesson(const QString &idOrPath);
// Parses the bytes of a lesson file; `origin` names it in messages.
LessonDocument parseLessonDocument(const QByteArray &bytes, const QString &origin, bool translate);

// A built-in lesson text in the current language (QCoreApplication::translate("Lessons", …)).
QString translateLessonText(const QString &english);
// Every English text of the built-in lessons that lupdate sees (QT_TRANSLATE_NOOP markers in
// lesson_texts.cpp). A test checks that each built-in file's texts are in this list.
QStringList lessonSourceTexts();

}  // namespace moe::app
