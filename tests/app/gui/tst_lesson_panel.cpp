// The Lessons menu: it lists the built-in lessons with their titles; opening one loads its
// experiment, shows its explanation in the lesson dock, hides and highlights its controls,
// and closing it gives every control back.
#include "config_control.h"
#include "control_panel.h"
#include "language_manager.h"
#include "lesson_panel.h"
#include "main_window.h"
#include "test_experiment.h"
#include "training_controller.h"

#include "app/lessons/lesson_library.h"

#include <QDockWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace moe::gui;

class TestLessonPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { moe::test::isolateSettings(); }
    void menuListsTheBuiltInLessons();
    void openingALessonLoadsItAndHidesItsKeys();
};

void TestLessonPanel::menuListsTheBuiltInLessons()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    const QList<moe::app::LessonInfo> lessons = moe::app::builtInLessons();
    QVERIFY(lessons.size() >= 12);
    QStringList texts;
    for (QAction *a : window.lessonsMenu()->actions())
        if (!a->data().toString().isEmpty())
            texts << a->text();
    QCOMPARE(texts.size(), lessons.size());
    for (int i = 0; i < lessons.size(); ++i)
        QVERIFY2(texts[i].contains(lessons[i].title), qPrintable(texts[i]));
}

void TestLessonPanel::openingALessonLoadsItAndHidesItsKeys()
{
    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // the lesson with the most hidden keys, so the assertion means something
    moe::app::LessonDocument chosen;
    QString id;
    for (const moe::app::LessonInfo &info : moe::app::builtInLessons()) {
        const moe::app::LessonDocument doc = moe::app::loadBuiltInLesson(info.id);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        if (doc.lesson.hide.size() > chosen.lesson.hide.size() || id.isEmpty()) {
            chosen = doc;
            id = info.id;
        }
    }
    QVERIFY2(!chosen.lesson.hide.isEmpty(), "no built-in lesson hides a control");

    QAction *entry = nullptr;
    for (QAction *a : window.lessonsMenu()->actions())
        if (a->data().toString() == id)
            entry = a;
    QVERIFY(entry);
    QSignalSpy loaded(&controller, &TrainingController::experimentLoaded);
    entry->trigger();
    QVERIFY(loaded.wait(60000));
    QCOMPARE(QString::fromStdString(controller.config().data.name),
             QString::fromStdString(chosen.file.config.data.name));
    QCOMPARE(controller.config().model.experts, chosen.file.config.model.experts);

    LessonPanel *panel = window.lessonPanel();
    QVERIFY(panel);
    QCOMPARE(panel->currentLessonId(), id);
    QVERIFY(panel->dock()->isVisible());
    QVERIFY(panel->explanationText().contains(chosen.lesson.title));
    QVERIFY(panel->explanationText().contains(chosen.lesson.explanation.left(30).trimmed()));
    for (const QString &key : chosen.lesson.hide) {
        ConfigControl *control = window.controlPanel()->control(key);
        QVERIFY2(control, qPrintable(key));
        QVERIFY2(!control->editor()->isVisibleTo(window.controlPanel()), qPrintable(key));
    }

    panel->closeLesson();
    QVERIFY(!panel->dock()->isVisible());
    for (const QString &key : chosen.lesson.hide)
        QVERIFY2(window.controlPanel()->control(key)->editor()->isVisibleTo(window.controlPanel()), qPrintable(key));
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lesson_panel.moc"
