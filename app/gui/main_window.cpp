#include "main_window.h"
#include "widgets/display_names.h"

#include "control_panel.h"
#include "file_actions.h"
#include "paint_tools.h"
#include "language_manager.h"
#include "lesson_panel.h"
#include "speed_control.h"
#include "training_controller.h"
#include "training_status_bar.h"
#include "view_docks.h"

#include "widgets/region_map_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

namespace moe::gui {
namespace {

constexpr double kPresenterFontScale = 1.6;

}  // namespace

MainWindow::MainWindow(TrainingController *controller, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_languages(languages), m_normalFont(font())
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();
    connectController();
    retranslateUi();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_files = new FileActions(m_controller, this);
    connect(m_files, &FileActions::currentFileChanged, this, &MainWindow::updateWindowTitle);

    // Space, → and R work wherever the focus is (a spin box does not eat them: it has no
    // use for Space, and → / R only matter while typing, where the editor accepts them first).
    m_playAction = new QAction(this);
    m_playAction->setShortcut(Qt::Key_Space);
    m_playAction->setCheckable(true);
    connect(m_playAction, &QAction::triggered, m_controller, [this](bool on) {
        if (on)
            m_controller->play();
        else
            m_controller->pause();
    });
    m_stepAction = new QAction(this);
    m_stepAction->setShortcut(Qt::Key_Right);
    connect(m_stepAction, &QAction::triggered, m_controller, &TrainingController::step);
    m_resetAction = new QAction(this);
    m_resetAction->setShortcut(Qt::Key_R);
    connect(m_resetAction, &QAction::triggered, m_controller, &TrainingController::reset);
    for (QAction *a : {m_playAction, m_stepAction, m_resetAction})
        a->setShortcutContext(Qt::WindowShortcut);
    m_playAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_stepAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_resetAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    m_presenterAction = new QAction(this);
    m_presenterAction->setShortcut(Qt::Key_F11);
    m_presenterAction->setCheckable(true);
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenterMode);
    m_resetLayoutAction = new QAction(this);
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About MoE Lab"),
                           tr("<h3>MoE Lab %1</h3><p>Trains a real Mixture-of-Experts model live and shows how "
                              "the gate routes each input to its experts.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &lang : LanguageManager::availableLanguages()) {
        auto *a = new QAction(m_languageGroup);
        a->setCheckable(true);
        a->setData(lang);
        connect(a, &QAction::triggered, m_languages, [this, lang] { m_languages->setLanguage(lang); });
    }
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageActions);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_files->populate(m_fileMenu);
    m_trainMenu = menuBar()->addMenu(QString());
    m_trainMenu->addActions({m_playAction, m_stepAction, m_resetAction});
    m_viewMenu = menuBar()->addMenu(QString());
    m_lessonsMenu = menuBar()->addMenu(QString());
    m_lessonsMenu->setObjectName(QStringLiteral("lessonsMenu"));
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("playbackToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_playAction, m_stepAction, m_resetAction});
    m_toolBar->addSeparator();
    m_speed = new SpeedControl(m_toolBar);
    m_toolBar->addWidget(m_speed);
    connect(m_speed, &SpeedControl::speedChanged, m_controller, &TrainingController::setSpeed);
}

void MainWindow::createDocks()
{
    m_views = new ViewDocks(this);
    m_controls = new ControlPanel;
    m_controlsDock = new QDockWidget(this);
    m_controlsDock->setObjectName(QStringLiteral("controlsDock"));
    m_controlsDock->setWidget(m_controls);
    addDockWidget(Qt::LeftDockWidgetArea, m_controlsDock);
    resizeDocks({m_controlsDock}, {m_controls->minimumWidth()}, Qt::Horizontal);

    m_viewMenu->addAction(m_presenterAction);
    m_viewMenu->addAction(m_resetLayoutAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_controlsDock->toggleViewAction());
    for (QDockWidget *dock : m_views->docks())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    connect(m_views, &ViewDocks::docksAdded, this, [this] {  // the language model's, made on first use
        for (QDockWidget *dock : m_views->docks())
            if (!m_viewMenu->actions().contains(dock->toggleViewAction()))
                m_viewMenu->insertAction(m_toolBar->toggleViewAction(), dock->toggleViewAction());
    });
}

void MainWindow::createStatusBar()
{
    m_status = new TrainingStatusBar(this);
    setStatusBar(m_status);
    connect(m_files, &FileActions::message, m_status,
            [this](const QString &text) { m_status->showMessage(text, 10000); });
    m_paint = new PaintTools(m_controller, m_views->regionMap(), m_toolBar);
    m_lessons = new LessonPanel(m_controller, m_controls, this, m_lessonsMenu);
    connect(m_lessons, &LessonPanel::message, m_status,
            [this](const QString &text) { m_status->showMessage(text, 10000); });
    m_viewMenu->addAction(m_lessons->dock()->toggleViewAction());
    connect(m_status, &TrainingStatusBar::cancelLoadRequested, m_controller, &TrainingController::cancelLoad);
}

void MainWindow::connectController()
{
    TrainingController *c = m_controller;
    connect(c, &TrainingController::snapshotUpdated, this, &MainWindow::onSnapshot);
    connect(c, &TrainingController::runningChanged, this, &MainWindow::onRunningChanged);
    connect(c, &TrainingController::loadStarted, m_status, &TrainingStatusBar::showLoading);
    connect(c, &TrainingController::loadProgressed, m_status, &TrainingStatusBar::setLoadProgress);
    connect(c, &TrainingController::experimentLoaded, this, [this](const ExperimentConfig &config) {
        m_status->hideLoading();
        m_controls->setConfig(config);
    });
    connect(c, &TrainingController::experimentFailed, this, [this](const QString &message) {
        m_status->hideLoading();
        m_status->showMessage(tr("Could not start the experiment: %1").arg(message), 10000);
        m_controls->showError(QStringLiteral("data.name"), message);
        m_controls->setConfig(m_controller->config());  // back to what still runs
    });
    connect(c, &TrainingController::commandRejected, this, [this](const Command &command, const QString &message) {
        m_controls->showError(QString::fromStdString(command.key), message);
        m_controls->setConfig(m_controller->config());
    });
    connect(c, &TrainingController::trainingStopped, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            m_status->showMessage(tr("Training stopped: %1").arg(reason), 10000);
    });
    connect(m_controls, &ControlPanel::valueEdited, c, &TrainingController::setValue);
    connect(m_controls, &ControlPanel::addExpertRequested, c, &TrainingController::addExpert);
    connect(m_controls, &ControlPanel::removeExpertRequested, c,
            [c] { c->removeExpert(std::max(0, c->snapshot().experts - 1)); });
    connect(m_views, &ViewDocks::expertClicked, c, &TrainingController::toggleExpert);
    connect(m_views, &ViewDocks::sampleClicked, c, &TrainingController::inspect);
    connect(m_views, &ViewDocks::blockExpertClicked, c, &TrainingController::toggleBlockExpert);
    connect(m_views, &ViewDocks::generateRequested, c, &TrainingController::generate);
}

void MainWindow::onSnapshot(const SnapshotPtr &snapshot)
{
    m_views->setSnapshot(snapshot);
    m_controls->setSnapshot(*snapshot);
    m_status->setSnapshot(*snapshot);
}

void MainWindow::onRunningChanged(bool running)
{
    m_playAction->setChecked(running);
    m_playAction->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playAction->setText(running ? tr("Pause") : tr("Play"));
    m_status->setRunning(running);
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == m_presenter)
        return;
    m_presenter = on;
    QFont f = m_normalFont;
    // On a projector the views matter: the controls dock steps aside (View menu brings it
    // back), which also leaves the enlarged views room on a 1280 × 800 screen.
    if (on) {
        m_controlsWereVisible = m_controlsDock && m_controlsDock->isVisible();
        if (m_controlsDock)
            m_controlsDock->hide();
    } else if (m_controlsDock && m_controlsWereVisible) {
        m_controlsDock->show();
    }
    if (on) {
        f.setPointSizeF(m_normalFont.pointSizeF() * kPresenterFontScale);
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    setFont(f);
    const QSignalBlocker block(m_presenterAction);
    m_presenterAction->setChecked(on);
}

void MainWindow::updateWindowTitle()
{
    const QString file = m_files->currentFile();
    const QString title = tr("MoE Lab — Mixture-of-Experts, live");
    setWindowTitle(file.isEmpty() ? title : QStringLiteral("%1 — %2").arg(QFileInfo(file).fileName(), title));
}

void MainWindow::resetLayout()
{
    m_controlsDock->setFloating(false);
    m_controlsDock->show();
    addDockWidget(Qt::LeftDockWidgetArea, m_controlsDock);
    m_views->restoreDefaultLayout();
    m_toolBar->show();
    resizeDocks({m_controlsDock}, {m_controls->minimumWidth()}, Qt::Horizontal);
}

void MainWindow::readSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    m_speed->setStepsPerSecond(s.value(QStringLiteral("speed"), 0).toInt());
    s.endGroup();
    m_views->restoreSavedLayout();
    m_controller->setSpeed(m_speed->stepsPerSecond());
}

void MainWindow::writeSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("speed"), m_speed->stepsPerSecond());
    s.endGroup();
    m_views->saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_presenter)
        setPresenterMode(false);  // remember the normal geometry, not the full screen
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_trainMenu->setTitle(tr("&Training"));
    m_viewMenu->setTitle(tr("&View"));
    m_lessonsMenu->setTitle(tr("L&essons"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_files->retranslateUi();
    m_paint->retranslateUi();
    onRunningChanged(m_controller->isRunning());
    m_playAction->setToolTip(tr("Start or pause training (Space)"));
    m_stepAction->setText(tr("Step"));
    m_stepAction->setToolTip(tr("Train exactly one step and show it (→)"));
    m_resetAction->setText(tr("Reset"));
    m_resetAction->setToolTip(tr("Start again from fresh random weights with the current settings (R)"));
    m_presenterAction->setText(tr("&Presenter mode"));
    m_presenterAction->setToolTip(tr("Full screen with larger text, for the projector (F11)"));
    m_resetLayoutAction->setText(tr("Reset &layout"));
    m_lessons->retranslateUi();
    m_aboutAction->setText(tr("&About MoE Lab"));
    m_toolBar->setWindowTitle(tr("Playback"));
    m_controlsDock->setWindowTitle(tr("Controls"));
    m_views->retranslateUi();
    updateLanguageActions();
}

void MainWindow::updateLanguageActions()
{
    for (QAction *a : m_languageGroup->actions()) {
        const QString lang = a->data().toString();
        a->setText(LanguageManager::nativeName(lang));
        a->setChecked(lang == m_languages->language());
    }
}

}  // namespace moe::gui
