#include "lesson_panel.h"

#include "control_panel.h"
#include "training_controller.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>

namespace moe::gui {

LessonPanel::LessonPanel(TrainingController *controller, ControlPanel *controls, QMainWindow *window, QMenu *menu)
    : QObject(window), m_controller(controller), m_controls(controls), m_window(window), m_menu(menu),
      m_dock(new QDockWidget(window)), m_text(new QTextBrowser(m_dock))
{
    m_dock->setObjectName(QStringLiteral("lessonDock"));
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setOpenExternalLinks(true);
    m_dock->setWidget(m_text);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    m_openFile = new QAction(this);
    connect(m_openFile, &QAction::triggered, this, &LessonPanel::chooseFile);
    m_close = new QAction(this);
    m_close->setEnabled(false);
    connect(m_close, &QAction::triggered, this, &LessonPanel::closeLesson);
    connect(m_controller, &TrainingController::snapshotUpdated, this, &LessonPanel::onSnapshot);
    connect(m_controller, &TrainingController::experimentLoaded, this, [this] {
        if (!m_waitingForLoad)
            return;
        m_waitingForLoad = false;
        if (m_lesson && m_lesson->inspectSample >= 0)
            m_controller->inspect(m_lesson->inspectSample);
    });
    populateMenu();
    retranslateUi();
}

void LessonPanel::populateMenu()
{
    m_menu->clear();
    for (const app::LessonInfo &info : app::builtInLessons()) {
        QAction *a = m_menu->addAction(QString());
        a->setData(info.id);
        connect(a, &QAction::triggered, this, [this, id = info.id] { openBuiltIn(id); });
    }
    m_menu->addSeparator();
    m_menu->addAction(m_openFile);
    m_menu->addAction(m_close);
}

void LessonPanel::retranslateUi()
{
    const QList<app::LessonInfo> lessons = app::builtInLessons();  // titles in the new language
    for (QAction *a : m_menu->actions()) {
        const QString id = a->data().toString();
        for (const app::LessonInfo &info : lessons)
            if (info.id == id && !id.isEmpty())
                a->setText(QStringLiteral("&%1  %2").arg(info.number).arg(info.title));
    }
    m_openFile->setText(tr("Open a lesson &file…"));
    m_openFile->setToolTip(tr("A lesson a teacher wrote: a .moelab experiment with a lesson section"));
    m_close->setText(tr("&Close the lesson"));
    m_dock->setWindowTitle(m_lesson ? tr("Lesson: %1").arg(m_lesson->title) : tr("Lesson"));
    if (m_lesson && app::isBuiltInLesson(m_lesson->id)) {
        // built-in texts follow the language
        const app::LessonDocument doc = app::loadBuiltInLesson(m_lesson->id);
        if (doc.ok()) {
            m_lesson->title = doc.lesson.title;
            m_lesson->explanation = doc.lesson.explanation;
            m_dock->setWindowTitle(tr("Lesson: %1").arg(m_lesson->title));
        }
    }
    showText();
}

bool LessonPanel::openBuiltIn(const QString &id)
{
    return open(app::loadBuiltInLesson(id));
}

bool LessonPanel::openFile(const QString &path)
{
    return open(app::openLessonFile(path));
}

void LessonPanel::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open a lesson"), QString(), tr("MoE Lab lessons (*.moelab)"));
    if (!path.isEmpty())
        openFile(path);
}

bool LessonPanel::open(const app::LessonDocument &doc)
{
    if (!doc.ok()) {
        if (m_window->isVisible())
            QMessageBox::warning(m_window, tr("Open lesson"), doc.error);
        emit message(doc.error);
        return false;
    }
    if (!doc.warnings.isEmpty())
        emit message(doc.warnings.join(QLatin1String("; ")));
    m_lesson = doc.lesson;
    m_script.emplace(doc.lesson.events);
    m_notes.clear();
    m_lastStep = -1;
    m_waitingForLoad = true;
    m_controls->setHiddenKeys(doc.lesson.hide);
    m_controls->setHighlightedKeys(doc.lesson.highlight);
    m_controller->loadSaved(doc.file.config, doc.file.weights, doc.file.history);
    m_close->setEnabled(true);
    m_dock->setWindowTitle(tr("Lesson: %1").arg(m_lesson->title));
    m_dock->show();
    m_dock->raise();
    showText();
    emit lessonOpened(m_lesson->id);
    return true;
}

void LessonPanel::closeLesson()
{
    m_lesson.reset();
    m_script.reset();
    m_notes.clear();
    m_waitingForLoad = false;
    m_controls->setHiddenKeys({});
    m_controls->setHighlightedKeys({});
    m_close->setEnabled(false);
    m_dock->hide();
    retranslateUi();
}

void LessonPanel::onSnapshot(const SnapshotPtr &snapshot)
{
    if (!m_script || m_waitingForLoad)
        return;
    if (snapshot->step < m_lastStep) {
        // Reset (R): the run starts again, so does the script.
        m_script->rewind();
        m_notes.clear();
        showText();
    }
    m_lastStep = snapshot->step;
    bool fired = false;
    for (const app::LessonEvent &event : m_script->due(snapshot->step)) {
        const QString text = event.note.isEmpty() ? event.describe(*snapshot) : event.note;
        m_controller->apply(event.command(*snapshot));
        m_notes << tr("Step %1: %2").arg(snapshot->step).arg(text);
        emit eventFired(text);
        emit message(text);
        fired = true;
    }
    if (fired)
        showText();
}

QString LessonPanel::explanationText() const
{
    return m_text->toPlainText();
}

void LessonPanel::showText()
{
    if (!m_lesson) {
        m_text->clear();
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(m_lesson->title.toHtmlEscaped());
    const QStringList paragraphs = m_lesson->explanation.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    if (!m_lesson->highlight.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Watch the highlighted controls.").toHtmlEscaped());
    if (!m_lesson->events.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("What happens").toHtmlEscaped());
        for (const app::LessonEvent &e : m_lesson->events)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("step %1: %2").arg(e.step).arg(e.note.isEmpty() ? e.action : e.note).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!m_notes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("So far").toHtmlEscaped());
        for (const QString &n : std::as_const(m_notes))
            html += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
    }
    m_text->setHtml(html);
}

}  // namespace moe::gui
