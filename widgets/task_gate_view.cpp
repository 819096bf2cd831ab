#include "task_gate_view.h"

#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace moe::widgets {

TaskGateView::TaskGateView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("gate_usage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(160, 120);
    QCPAxisRect *rect = m_plot->axisRect();
    for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom)}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
    }
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    m_map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    auto *margins = new QCPMarginGroup(m_plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    applyPlotTheme(m_plot, palette());
    m_map->setGradient(probabilityGradient(palette()));
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const int expert = expertAt(m_plot->mapTo(this, event->pos()));
        if (expert >= 0 && event->button() == Qt::LeftButton)
            emit expertClicked(expert);
    });
    retranslateUi();
}

void TaskGateView::setKnockedOut(const std::vector<bool> &knockedOut)
{
    if (knockedOut == m_knockedOut)
        return;
    m_knockedOut = knockedOut;
    rebuild();
}

int TaskGateView::expertAt(const QPoint &pos) const
{
    const int experts = m_usage.empty() ? 0 : int(m_usage.front().size());
    const QPoint p = m_plot->mapFrom(this, pos);
    if (experts == 0 || !m_plot->axisRect()->rect().contains(p))
        return -1;
    const int e = int(std::lround(m_plot->xAxis->pixelToCoord(p.x())));
    return e >= 0 && e < experts ? e : -1;
}

QPoint TaskGateView::cellCenter(int expert, int task) const
{
    const QPoint p(int(std::lround(m_plot->xAxis->coordToPixel(expert))),
                   int(std::lround(m_plot->yAxis->coordToPixel(task))));
    return m_plot->mapTo(this, p);
}

void TaskGateView::setUsage(const QStringList &taskNames, const std::vector<std::vector<double>> &usage)
{
    m_tasks = taskNames;
    m_usage = usage;
    rebuild();
}

void TaskGateView::retranslateUi()
{
    m_plot->xAxis->setLabel(tr("expert"));
    m_plot->yAxis->setLabel(tr("task"));
    m_scale->axis()->setLabel(tr("mean gate weight"));
    setToolTip(tr("Which experts each task's gate uses: the mean combine weight over the test set. With one "
                  "gate per task (MMoE) unrelated tasks can use different experts."));
    rebuild();
}

void TaskGateView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        applyPlotTheme(m_plot, palette());
        m_map->setGradient(probabilityGradient(palette()));
    }
    QWidget::changeEvent(event);
}

void TaskGateView::rebuild()
{
    m_plot->clearItems();
    const int tasks = int(m_usage.size());
    const int experts = tasks > 0 ? int(m_usage.front().size()) : 0;
    if (tasks == 0 || experts == 0) {
        m_map->data()->clear();
        auto *note = new QCPItemText(m_plot);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setText(tr("no gate: a shared bottom sends every task through the same network"));
        note->setColor(palette().color(QPalette::Text));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_map->data()->setSize(experts, tasks);
    m_map->data()->setRange(QCPRange(0, experts - 1), QCPRange(0, tasks - 1));
    double top = 0;
    for (int k = 0; k < tasks; ++k)
        for (int e = 0; e < experts; ++e) {
            const double v = m_usage[std::size_t(k)][std::size_t(e)];
            m_map->data()->setCell(e, k, v);
            top = std::max(top, v);
            auto *label = new QCPItemText(m_plot);
            label->position->setCoords(e, k);
            label->setText(QString::number(v, 'f', 2));
            label->setColor(v > 0.6 * top ? Qt::white : palette().color(QPalette::Text));
        }
    m_map->setDataRange(QCPRange(0, std::max(top, 1e-6)));
    QSharedPointer<QCPAxisTickerText> expertTicks(new QCPAxisTickerText), taskTicks(new QCPAxisTickerText);
    for (int e = 0; e < experts; ++e) {
        const bool off = std::size_t(e) < m_knockedOut.size() && m_knockedOut[std::size_t(e)];
        expertTicks->addTick(e, off ? tr("%1\noff").arg(expertShortName(e)) : expertShortName(e));
    }
    for (int k = 0; k < tasks; ++k)
        taskTicks->addTick(k, k < m_tasks.size() ? m_tasks[k] : QString::number(k + 1));
    m_plot->xAxis->setTicker(expertTicks);
    m_plot->yAxis->setTicker(taskTicks);
    m_plot->xAxis->setRange(-0.5, experts - 0.5);
    m_plot->yAxis->setRange(-0.5, tasks - 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace moe::widgets
