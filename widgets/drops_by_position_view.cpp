// DropsByPositionView: dropped fraction by context position, one line per block.
#include "drops_by_position_view.h"

#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

namespace moe::widgets {

DropsByPositionView::DropsByPositionView(QWidget *parent) : LmView(parent)
{
    setObjectName(QStringLiteral("dropsByPositionView"));
    setRefreshInterval(100);
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->legend->setVisible(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    applyTheme();
    retranslateUi();
}

void DropsByPositionView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
}

QString DropsByPositionView::title() const
{
    const moe::LmSnapshot &s = lm();
    if (!s.empty() && s.capacityFactor <= 0)
        return tr("No capacity limit: nothing is dropped (set a capacity factor to see drops)");
    return tr("Dropped fraction by position in the context");
}

void DropsByPositionView::retranslateUi()
{
    m_plot->xAxis->setLabel(tr("position t in the context"));
    m_plot->yAxis->setLabel(tr("dropped fraction"));
    m_title->setText(title());
    for (int i = 0; i < m_plot->graphCount(); ++i)
        m_plot->graph(i)->setName(blockName(i));
    setToolTip(tr("Of the assignments made at each position of a sequence, the share that a full expert "
                  "dropped, averaged over the recent training steps."));
}

void DropsByPositionView::rebuild()
{
    const moe::LmSnapshot &s = lm();
    const int blocks = int(s.droppedByPosition.size());
    while (m_plot->graphCount() < blocks)
        m_plot->addGraph();
    while (m_plot->graphCount() > blocks)
        m_plot->removeGraph(m_plot->graphCount() - 1);
    double top = 0.01;
    for (int l = 0; l < blocks; ++l) {
        const auto &d = s.droppedByPosition[std::size_t(l)];
        QVector<double> x(qsizetype(d.size())), y(qsizetype(d.size()));
        for (std::size_t t = 0; t < d.size(); ++t) {
            x[qsizetype(t)] = double(t);
            y[qsizetype(t)] = d[t];
            top = std::max(top, d[t]);
        }
        m_plot->graph(l)->setData(x, y, true);
        m_plot->graph(l)->setPen(QPen(expertColor(l), 1.5));
    }
    m_plot->xAxis->setRange(0, std::max(1, s.context - 1));
    m_plot->yAxis->setRange(0, top * 1.1);
    retranslateUi();
    replotPlot(m_plot);
}

QString DropsByPositionView::csv() const
{
    const moe::LmSnapshot &s = lm();
    QString out = QStringLiteral("position");
    for (std::size_t l = 0; l < s.droppedByPosition.size(); ++l)
        out += QStringLiteral(",block%1").arg(l + 1);
    out += QLatin1Char('\n');
    for (int t = 0; t < s.context; ++t) {
        out += QString::number(t);
        for (const auto &d : s.droppedByPosition)
            out +=
                QLatin1Char(',') + (std::size_t(t) < d.size() ? QString::number(d[std::size_t(t)], 'g', 6) : QString());
        out += QLatin1Char('\n');
    }
    return out;
}

}  // namespace moe::widgets
