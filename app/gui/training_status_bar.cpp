#include "training_status_bar.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace moe::gui {
namespace {

QString compactCount(long long n)
{
    const QLocale locale;
    if (n >= 10'000'000'000LL)
        return QCoreApplication::translate("TrainingStatusBar", "%1 B").arg(locale.toString(n / 1e9, 'f', 1));
    if (n >= 10'000'000LL)
        return QCoreApplication::translate("TrainingStatusBar", "%1 M").arg(locale.toString(n / 1e6, 'f', 1));
    return locale.toString(n);
}

}  // namespace

TrainingStatusBar::TrainingStatusBar(QWidget *parent)
    : QStatusBar(parent), m_state(new QLabel(this)), m_step(new QLabel(this)), m_epoch(new QLabel(this)),
      m_speed(new QLabel(this)), m_params(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_params->setObjectName(QStringLiteral("paramsLabel"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &TrainingStatusBar::cancelLoadRequested);
    addWidget(m_state);
    addWidget(m_progress);
    addWidget(m_cancel);
    addPermanentWidget(m_step);
    addPermanentWidget(m_epoch);
    addPermanentWidget(m_speed);
    addPermanentWidget(m_params);
    retranslateUi();
}

void TrainingStatusBar::setSnapshot(const Snapshot &snapshot)
{
    m_scalars.step = snapshot.step;
    m_scalars.epoch = snapshot.epoch;
    m_scalars.stepsPerSecond = snapshot.stepsPerSecond;
    m_scalars.paramsTotal = snapshot.paramsTotal;
    m_scalars.paramsActive = snapshot.paramsActive;
    m_scalars.diverged = snapshot.diverged;
    updateTexts();
}

void TrainingStatusBar::setRunning(bool running)
{
    m_running = running;
    updateTexts();
}

void TrainingStatusBar::showLoading(const QString &datasetId)
{
    m_loading = true;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Loading %1: %p%").arg(datasetId));
    m_progress->show();
    m_cancel->show();
    updateTexts();
}

void TrainingStatusBar::setLoadProgress(double fraction)
{
    m_progress->setValue(int(fraction * 1000));
}

void TrainingStatusBar::hideLoading()
{
    m_loading = false;
    m_progress->hide();
    m_cancel->hide();
    updateTexts();
}

QString TrainingStatusBar::stepText() const
{
    return m_step->text();
}

void TrainingStatusBar::updateTexts()
{
    const QLocale locale;
    if (m_loading)
        m_state->setText(tr("Loading data…"));
    else if (m_scalars.diverged)
        m_state->setText(tr("Diverged: lower the learning rate and press Play"));
    else
        m_state->setText(m_running ? tr("Training") : tr("Paused"));
    m_step->setText(tr("Step %1").arg(locale.toString(m_scalars.step)));
    m_epoch->setText(tr("Epoch %1").arg(locale.toString(m_scalars.epoch)));
    m_speed->setText(tr("%1 steps/s").arg(locale.toString(m_scalars.stepsPerSecond, 'f', 0)));
    m_params->setText(tr("Parameters: %1 total · %2 active per token")
                          .arg(compactCount(m_scalars.paramsTotal), compactCount(m_scalars.paramsActive)));
}

void TrainingStatusBar::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading the dataset and keep the current experiment."));
    m_params->setToolTip(tr("All weights of the model, against the weights one token actually uses: "
                            "the experts it is not routed to cost memory but no compute."));
    m_speed->setToolTip(tr("Training steps per second on the worker thread."));
    updateTexts();
}

void TrainingStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStatusBar::changeEvent(event);
}

}  // namespace moe::gui
