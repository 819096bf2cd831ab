// FileActions: the File menu. New, Open…, Open Recent, Save, Save As…, Export run…,
// Compare runs… and Quit, and the current file. Save writes the configuration, the weights
// and the metric history (taken from the worker between two steps); Open restores all three
// and training goes on from there. Every failure is a message box naming the file and the
// problem; writes are atomic, so a failed save leaves the previous file as it was.
#pragma once

#include "core/config.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace moe::gui {

class CompareDialog;
class RecentFiles;
class TrainingController;

class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(TrainingController *controller, QWidget *window);

    // Fills `menu` (the window's File menu).
    void populate(QMenu *menu);
    void retranslateUi();

    QString currentFile() const { return m_currentFile; }
    RecentFiles *recentFiles() const { return m_recent; }
    QMenu *recentMenu() const { return m_recentMenu; }
    CompareDialog *compareDialog() const { return m_compare; }
    // Message boxes on errors (off in tests, which read the signals instead).
    void setInteractive(bool on) { m_interactive = on; }

public slots:
    void newExperiment();
    void open();
    void save();
    void saveAs();
    void exportRun();
    void compareRuns();
    // Without dialogs: the work behind the actions. Results come as the signals below.
    bool openFile(const QString &path);
    void saveTo(const QString &path);
    void exportRunTo(const QString &folder);

signals:
    void fileOpened(const QString &path);
    void saved(const QString &path, const QString &error);  // error "" = ok
    void runExported(const QString &folder, const QString &error);  // error "" = ok
    void currentFileChanged(const QString &path);
    void message(const QString &text);  // for the status bar

private:
    void showError(const QString &title, const QString &text);
    void setCurrentFile(const QString &path);
    void rebuildRecentMenu();

    TrainingController *m_controller;
    QWidget *m_window;
    RecentFiles *m_recent;
    CompareDialog *m_compare = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_new, *m_open, *m_save, *m_saveAs, *m_export, *m_compareAction, *m_quit, *m_clearRecent;
    QString m_currentFile;
    QJsonObject m_extras;  // sections of the opened file kept on save (e.g. "lesson")
    bool m_interactive = true;
};

}  // namespace moe::gui
