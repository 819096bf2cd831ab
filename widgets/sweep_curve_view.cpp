#include "sweep_curve_view.h"

#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace moe::widgets {

SweepCurveView::SweepCurveView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("sweep"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(160, 120);
    m_plot->legend->setVisible(true);
    applyPlotTheme(m_plot, palette());
    retranslateUi();
}

void SweepCurveView::setSeries(const QString &xKey, const QString &yName, const std::vector<SweepSeries> &series)
{
    m_xKey = xKey;
    m_yName = yName;
    m_series = series;
    rebuild();
}

void SweepCurveView::retranslateUi()
{
    setToolTip(tr("The final value of each run of the sweep against the swept key, one line per setting of "
                  "the other keys (means over seeds)."));
    rebuild();
}

void SweepCurveView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPlotTheme(m_plot, palette());
    QWidget::changeEvent(event);
}

void SweepCurveView::rebuild()
{
    m_plot->xAxis->setLabel(m_xKey);
    m_plot->yAxis->setLabel(m_yName.isEmpty() ? tr("final value") : m_yName);
    m_plot->clearGraphs();
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        std::map<double, std::pair<double, int>> mean;  // x → (sum, count)
        for (std::size_t j = 0; j < m_series[i].x.size() && j < m_series[i].y.size(); ++j)
            if (std::isfinite(m_series[i].x[j]) && std::isfinite(m_series[i].y[j])) {
                auto &[sum, count] = mean[m_series[i].x[j]];
                sum += m_series[i].y[j];
                ++count;
            }
        QVector<double> x, y;
        for (const auto &[key, value] : mean) {
            x << key;
            y << value.first / value.second;
        }
        QCPGraph *g = m_plot->addGraph();
        const QColor colour = expertColor(int(i));
        g->setPen(QPen(colour, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, 6));
        g->setData(x, y, true);
        g->setName(m_series[i].label);
    }
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.1);
    m_plot->yAxis->scaleRange(1.15);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace moe::widgets
