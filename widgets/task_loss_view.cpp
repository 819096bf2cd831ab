#include "task_loss_view.h"

#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <cmath>

namespace moe::widgets {

TaskLossView::TaskLossView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("task_losses"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(160, 120);
    m_plot->legend->setVisible(true);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    applyPlotTheme(m_plot, palette());
    retranslateUi();
}

void TaskLossView::setCurves(const TaskLossCurves &curves)
{
    m_curves = curves;
    rebuild();
}

void TaskLossView::retranslateUi()
{
    m_plot->xAxis->setLabel(tr("training step"));
    m_plot->yAxis->setLabel(tr("loss per task (mean squared error)"));
    setToolTip(tr("Each task's loss: test (solid) and train on the batch (dashed). In a shared-bottom "
                  "model the tasks compete for one network; with one gate per task (MMoE) each task "
                  "picks its own mixture of experts."));
    rebuild();
}

void TaskLossView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPlotTheme(m_plot, palette());
    QWidget::changeEvent(event);
}

void TaskLossView::rebuild()
{
    m_plot->clearGraphs();
    const QVector<double> steps(m_curves.steps.begin(), m_curves.steps.end());
    auto add = [&](const std::vector<double> &values, const QColor &colour, bool test, const QString &name) {
        QVector<double> x, y;
        for (std::size_t i = 0; i < values.size() && i < std::size_t(steps.size()); ++i)
            if (std::isfinite(values[i]) && values[i] > 0) {
                x << steps[qsizetype(i)];
                y << values[i];
            }
        QCPGraph *g = m_plot->addGraph();
        g->setPen(QPen(colour, test ? 2.0 : 1.0, test ? Qt::SolidLine : Qt::DashLine));
        if (test)
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, 4));
        g->setData(x, y, true);
        g->setName(name);
    };
    for (int k = 0; k < m_curves.taskNames.size(); ++k) {
        const QColor colour = expertColor(k);
        if (std::size_t(k) < m_curves.testLoss.size())
            add(m_curves.testLoss[std::size_t(k)], colour, true, tr("%1: test").arg(m_curves.taskNames[k]));
        if (std::size_t(k) < m_curves.trainLoss.size())
            add(m_curves.trainLoss[std::size_t(k)], colour, false, tr("%1: train").arg(m_curves.taskNames[k]));
    }
    m_plot->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace moe::widgets
