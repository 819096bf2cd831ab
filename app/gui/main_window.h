// MainWindow: assembles the window in named steps (createActions, createMenus, createToolBar,
// createDocks, createStatusBar, readSettings) and connects the panels to the controller.
// It owns no training and draws no plot: the TrainingController trains, the ControlPanel
// edits, ViewDocks draw, TrainingStatusBar reports.
#pragma once

#include "metatypes.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace moe::gui {

class ControlPanel;
class FileActions;
class LanguageManager;
class LessonPanel;
class PaintTools;
class SpeedControl;
class TrainingController;
class TrainingStatusBar;
class ViewDocks;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(TrainingController *controller, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    ControlPanel *controlPanel() const { return m_controls; }
    ViewDocks *viewDocks() const { return m_views; }
    TrainingStatusBar *trainingStatusBar() const { return m_status; }
    FileActions *fileActions() const { return m_files; }
    PaintTools *paintTools() const { return m_paint; }
    LessonPanel *lessonPanel() const { return m_lessons; }
    // Issue 9: the built-in lessons, "Open a lesson file…" and "Close the lesson" (LessonPanel).
    QMenu *lessonsMenu() const { return m_lessonsMenu; }
    bool presenterMode() const { return m_presenter; }

public slots:
    void setPresenterMode(bool on);
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void connectController();
    void readSettings();
    void writeSettings() const;
    void retranslateUi();
    void updateLanguageActions();
    void onSnapshot(const SnapshotPtr &snapshot);
    void onRunningChanged(bool running);
    void updateWindowTitle();

    TrainingController *m_controller;
    LanguageManager *m_languages;
    ControlPanel *m_controls = nullptr;
    QDockWidget *m_controlsDock = nullptr;
    ViewDocks *m_views = nullptr;
    TrainingStatusBar *m_status = nullptr;
    SpeedControl *m_speed = nullptr;
    QToolBar *m_toolBar = nullptr;
    FileActions *m_files = nullptr;
    PaintTools *m_paint = nullptr;
    LessonPanel *m_lessons = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_trainMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QFont m_normalFont;
    bool m_presenter = false;
    bool m_wasMaximized = false;
    bool m_controlsWereVisible = true;
};

}  // namespace moe::gui
