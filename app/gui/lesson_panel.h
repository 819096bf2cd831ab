// LessonPanel: the Lessons menu and the lesson dock beside the views.
//
// Opening a lesson (built in, or a teacher's .moelab file with a `lesson` section) loads its
// experiment, shows its title and explanation in a dock, highlights and hides controls in the
// ControlPanel, opens the inspector on its sample, and plays its scripted events ("at step 300
// knock out the busiest expert") as the training passes their steps; each event's note is
// shown in the dock and the status bar. Closing the lesson gives every control back.
#pragma once

#include "metatypes.h"

#include "app/lessons/lesson_library.h"

#include <QObject>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QTextBrowser;

namespace moe::gui {

class ControlPanel;
class TrainingController;

class LessonPanel : public QObject {
    Q_OBJECT
public:
    LessonPanel(TrainingController *controller, ControlPanel *controls, QMainWindow *window, QMenu *menu);

    QDockWidget *dock() const { return m_dock; }
    QString currentLessonId() const { return m_lesson ? m_lesson->id : QString(); }
    QString explanationText() const;
    void retranslateUi();

public slots:
    // Returns false (and says why) when the lesson cannot be opened.
    bool openBuiltIn(const QString &id);
    bool openFile(const QString &path);
    void chooseFile();
    void closeLesson();

signals:
    void lessonOpened(const QString &id);
    void eventFired(const QString &note);
    void message(const QString &text);

private:
    bool open(const app::LessonDocument &doc);
    void populateMenu();
    void onSnapshot(const SnapshotPtr &snapshot);
    void showText();

    TrainingController *m_controller;
    ControlPanel *m_controls;
    QMainWindow *m_window;
    QMenu *m_menu;
    QDockWidget *m_dock;
    QTextBrowser *m_text;
    QAction *m_openFile = nullptr;
    QAction *m_close = nullptr;
    std::optional<app::Lesson> m_lesson;
    std::optional<app::LessonScript> m_script;
    QStringList m_notes;  // events fired so far, shown under the explanation
    int m_lastStep = -1;
    bool m_waitingForLoad = false;
};

}  // namespace moe::gui
