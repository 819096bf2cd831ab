#include "specialization_view.h"
#include "display_names.h"

#include "expert_axis.h"
#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

namespace moe::widgets {

SpecializationView::SpecializationView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("specialization"));
    setRefreshInterval(100);
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    QCPAxisRect *rect = m_plot->axisRect();
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom)}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
    }
    m_map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, m_scale);
    m_map->setColorScale(m_scale);
    m_map->setDataRange(QCPRange(0, 1));
    auto *margins = new QCPMarginGroup(m_plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    connect(m_plot, &QCustomPlot::mousePress, this, &SpecializationView::onPlotClicked);
    applyTheme();
    retranslateUi();
}

QString SpecializationView::title() const
{
    return m_title->text();
}

void SpecializationView::retranslateUi()
{
    m_plot->axisRect()->axis(QCPAxis::atBottom)->setLabel(tr("expert (top-1 on the test set)"));
    m_plot->axisRect()->axis(QCPAxis::atLeft)->setLabel(tr("class"));
    m_scale->axis()->setLabel(tr("share of the class"));
    m_title->setText(tr("Specialization: I(class; expert) = %1 bits").arg(snapshot().mutualInformationBits, 0, 'f', 2));
    setToolTip(tr("Which expert each class is sent to. A high mutual information means the "
                  "experts have divided the classes among themselves."));
}

void SpecializationView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
    m_map->setGradient(probabilityGradient(palette()));
    for (QCPAxis *axis : m_plot->axisRect()->axes())
        axis->grid()->setVisible(false);
}

void SpecializationView::rebuild()
{
    const moe::Snapshot &s = snapshot();
    const auto &counts = s.classExpertCounts;
    const int classes = int(counts.size());
    int experts = s.experts;
    for (const auto &row : counts)
        experts = std::max(experts, int(row.size()));
    experts = std::max(experts, 1);
    m_map->data()->setSize(experts, std::max(classes, 1));
    m_map->data()->setRange(QCPRange(0, experts - 1), QCPRange(0, std::max(classes - 1, 0)));
    m_map->data()->fill(0);

    const int cells = classes * experts;
    while (m_counts.size() < cells) {
        auto *label = new QCPItemText(m_plot);
        label->setClipToAxisRect(true);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->setSelectable(false);
        m_counts.append(label);
    }
    while (m_counts.size() > cells)
        m_plot->removeItem(m_counts.takeLast());

    const QColor text = palette().color(QPalette::Text);
    const bool dark = isDarkPalette(palette());
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < classes; ++c) {
        const auto &row = counts[std::size_t(c)];
        long long total = 0;
        for (int v : row)
            total += v;
        for (int e = 0; e < experts; ++e) {
            const int count = e < int(row.size()) ? row[std::size_t(e)] : 0;
            const double share = total > 0 ? double(count) / double(total) : 0.0;
            m_map->data()->setCell(e, c, share);
            QCPItemText *label = m_counts[c * experts + e];
            label->position->setCoords(e, c);
            label->setText(QString::number(count));
            // light text on the dark end of the gradient (light palette), and the reverse
            label->setColor(dark ? (share > 0.6 ? QColor(0x10, 0x10, 0x10) : text)
                                 : (share > 0.45 ? QColor(Qt::white) : text));
        }
        yTicks->addTick(
            c, c < int(s.classNames.size()) ? displayClassName(s.classNames[std::size_t(c)]) : tr("class %1").arg(c));
    }
    QCPAxisRect *rect = m_plot->axisRect();
    const auto xTicks = expertAxisTicker(experts, expertAxisStride(experts, rect->axis(QCPAxis::atBottom)));
    rect->axis(QCPAxis::atBottom)->setTicker(xTicks);
    rect->axis(QCPAxis::atLeft)->setTicker(yTicks);
    rect->axis(QCPAxis::atBottom)->setRange(-0.5, experts - 0.5);
    rect->axis(QCPAxis::atLeft)->setRange(-0.5, std::max(classes, 1) - 0.5);
    retranslateUi();
    replotPlot(m_plot);
}

QPoint SpecializationView::cellCenter(int cls, int expert) const
{
    const QCPAxisRect *rect = m_plot->axisRect();
    const QPointF p(rect->axis(QCPAxis::atBottom)->coordToPixel(expert),
                    rect->axis(QCPAxis::atLeft)->coordToPixel(cls));
    return m_plot->mapTo(this, p.toPoint());
}

void SpecializationView::onPlotClicked(QMouseEvent *event)
{
    QCPAxisRect *rect = m_plot->axisRect();
    if (event->button() != Qt::LeftButton || !rect->rect().contains(event->position().toPoint()))
        return;
    const int e = int(std::lround(rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x())));
    if (e >= 0 && e < m_map->data()->keySize())
        emit expertClicked(e);
}

}  // namespace moe::widgets
