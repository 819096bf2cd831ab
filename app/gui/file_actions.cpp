#include "file_actions.h"

#include "compare_dialog.h"
#include "default_experiment.h"
#include "recent_files.h"
#include "training_controller.h"

#include "app/common/experiment_file.h"
#include "app/runs/run_folder.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace moe::gui {

FileActions::FileActions(TrainingController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window), m_recent(new RecentFiles(this)),
      m_new(new QAction(this)), m_open(new QAction(this)), m_save(new QAction(this)), m_saveAs(new QAction(this)),
      m_export(new QAction(this)), m_compareAction(new QAction(this)), m_quit(new QAction(this)),
      m_clearRecent(new QAction(this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_quit->setShortcut(QKeySequence::Quit);
    m_new->setObjectName(QStringLiteral("newAction"));
    m_open->setObjectName(QStringLiteral("openAction"));
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_export->setObjectName(QStringLiteral("exportRunAction"));
    m_compareAction->setObjectName(QStringLiteral("compareRunsAction"));
    connect(m_new, &QAction::triggered, this, &FileActions::newExperiment);
    connect(m_open, &QAction::triggered, this, &FileActions::open);
    connect(m_save, &QAction::triggered, this, &FileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);
    connect(m_export, &QAction::triggered, this, &FileActions::exportRun);
    connect(m_compareAction, &QAction::triggered, this, &FileActions::compareRuns);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    connect(m_clearRecent, &QAction::triggered, m_recent, &RecentFiles::clear);
    connect(m_recent, &RecentFiles::changed, this, &FileActions::rebuildRecentMenu);
}

void FileActions::populate(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    m_recentMenu = menu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_export);
    menu->addAction(m_compareAction);
    menu->addSeparator();
    menu->addAction(m_quit);
    rebuildRecentMenu();
}

void FileActions::retranslateUi()
{
    m_new->setText(tr("&New experiment"));
    m_new->setToolTip(tr("Start again from the default experiment"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_export->setText(tr("&Export run…"));
    m_export->setToolTip(tr("Write the run as a folder: experiment, metrics and experts as CSV, summary, plots"));
    m_compareAction->setText(tr("&Compare runs…"));
    m_compareAction->setToolTip(tr("Overlay the curves of two or more saved runs"));
    m_quit->setText(tr("&Quit"));
    m_clearRecent->setText(tr("Clear the list"));
    if (m_recentMenu)
        m_recentMenu->setTitle(tr("Open &Recent"));
    rebuildRecentMenu();
}

void FileActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void FileActions::showError(const QString &title, const QString &text)
{
    if (m_interactive)
        QMessageBox::warning(m_window, title, text);
    emit message(text);
}

void FileActions::setCurrentFile(const QString &path)
{
    m_currentFile = path;
    emit currentFileChanged(path);
}

void FileActions::newExperiment()
{
    m_extras = {};
    setCurrentFile(QString());
    m_controller->load(defaultExperiment());
}

void FileActions::open()
{
    const QString dir = m_currentFile.isEmpty() ? QString() : QFileInfo(m_currentFile).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open experiment"), dir,
                                                      tr("MoE Lab experiments (*.moelab);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::openFile(const QString &path)
{
    const app::ExperimentReadResult result = app::openExperiment(path);
    if (!result.ok()) {
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        showError(tr("Open experiment"), result.error);
        return false;
    }
    if (!result.warnings.isEmpty())
        emit message(result.warnings.join(QLatin1String("; ")));
    m_extras = result.file.extras;
    m_controller->loadSaved(result.file.config, result.file.weights, result.file.history);
    m_recent->add(path);
    setCurrentFile(QFileInfo(path).absoluteFilePath());
    emit fileOpened(m_currentFile);
    return true;
}

void FileActions::save()
{
    if (m_currentFile.isEmpty())
        saveAs();
    else
        saveTo(m_currentFile);
}

void FileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save experiment"), m_currentFile,
                                                tr("MoE Lab experiments (*.moelab)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".moelab")))
        path += QLatin1String(".moelab");
    saveTo(path);
}

void FileActions::saveTo(const QString &path)
{
    m_controller->requestState(this, [this, path](const TrainerState &state) {
        app::ExperimentFile file;
        file.config = state.config;
        file.weights = state.weights;
        if (state.snapshot)
            file.history = state.snapshot->history;
        file.extras = m_extras;
        const QString error = file.save(path);
        if (error.isEmpty()) {
            m_recent->add(path);
            setCurrentFile(QFileInfo(path).absoluteFilePath());
            emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        } else {
            showError(tr("Save experiment"), error);
        }
        emit saved(path, error);
    });
}

void FileActions::exportRun()
{
    const QString folder = QFileDialog::getSaveFileName(m_window, tr("Export run to a new folder"), QString(),
                                                        QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (!folder.isEmpty())
        exportRunTo(folder);
}

void FileActions::exportRunTo(const QString &folder)
{
    m_controller->requestState(this, [this, folder](const TrainerState &state) {
        QString error;
        if (!state.snapshot) {
            error = tr("Nothing to export: no experiment is loaded.");
        } else {
            // Plots are drawn here, on the GUI thread, by the same views as the window's.
            const app::RunRecord record = app::RunRecord::fromSnapshot(*state.snapshot, state.weights);
            error = app::writeRunFolder(folder, record);
        }
        if (error.isEmpty())
            emit message(tr("Exported the run to %1").arg(QDir::toNativeSeparators(folder)));
        else
            showError(tr("Export run"),
                      tr("Could not export the run to %1: %2").arg(QDir::toNativeSeparators(folder), error));
        emit runExported(folder, error);
    });
}

void FileActions::compareRuns()
{
    if (!m_compare)
        m_compare = new CompareDialog(m_window);
    m_compare->show();
    m_compare->raise();
    if (m_compare->runCount() == 0)
        m_compare->chooseFolders();
}

}  // namespace moe::gui
