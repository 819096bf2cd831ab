#include "gate_heatmap_view.h"
#include "display_names.h"

#include "expert_axis.h"
#include "expert_palette.h"
#include "plot_items.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace moe::widgets {

namespace {
const QColor kSelectedColor(0xE0, 0x30, 0x1E);
}

GateHeatmapView::GateHeatmapView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("gate-heatmap"));
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    QCPAxisRect *rect = m_plot->axisRect();
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true);  // first class on top
    rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    rect->axis(QCPAxis::atLeft)->setSubTicks(false);
    rect->axis(QCPAxis::atBottom)->setSubTicks(false);
    m_map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_map->setColorScale(m_scale);
    m_map->setDataRange(QCPRange(0, 1));
    auto *margins = new QCPMarginGroup(m_plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_shapes = new DataShapesItem(m_plot, rect);

    connect(m_plot, &QCustomPlot::mousePress, this, &GateHeatmapView::onPlotClicked);
    applyTheme();
    retranslateUi();
}

void GateHeatmapView::retranslateUi()
{
    m_plot->axisRect()->axis(QCPAxis::atBottom)->setLabel(tr("expert"));
    m_plot->axisRect()->axis(QCPAxis::atLeft)->setLabel(tr("probe samples (by class)"));
    m_scale->axis()->setLabel(tr("gate probability"));
    setToolTip(tr("Each row is one sample, each column an expert: how much the gate trusts "
                  "each expert. Outlined cells are the experts actually used."));
}

void GateHeatmapView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
    m_map->setGradient(probabilityGradient(palette()));
    m_plot->axisRect()->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    m_plot->axisRect()->axis(QCPAxis::atBottom)->grid()->setVisible(false);
}

int GateHeatmapView::probeAtRow(int row) const
{
    return row >= 0 && row < int(m_order.size()) ? m_order[std::size_t(row)] : -1;
}

void GateHeatmapView::rebuild()
{
    const moe::ProbeRouting &probe = snapshot().probe;
    const int rows = int(probe.probs.size());
    const int experts = rows > 0 ? int(probe.probs.front().size()) : std::max(snapshot().experts, 1);
    m_order.resize(std::size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    auto labelOf = [&probe](int i) {
        return i < int(probe.label.size()) ? probe.label[std::size_t(i)] : -1;
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return labelOf(a) < labelOf(b); });

    m_map->data()->setSize(experts, std::max(rows, 1));
    m_map->data()->setRange(QCPRange(0, experts - 1), QCPRange(0, std::max(rows - 1, 0)));
    // selection mask (sorted row × expert); runs of selected rows in a column get one outline
    std::vector<char> chosen(std::size_t(rows) * std::size_t(experts), 0);
    for (int r = 0; r < rows; ++r) {
        const int i = m_order[std::size_t(r)];
        const auto &p = probe.probs[std::size_t(i)];
        for (int e = 0; e < experts; ++e)
            m_map->data()->setCell(e, r, e < int(p.size()) ? p[std::size_t(e)] : 0.0);
        if (i < int(probe.selected.size()))
            for (int e : probe.selected[std::size_t(i)])
                if (e >= 0 && e < experts)
                    chosen[std::size_t(r) * std::size_t(experts) + std::size_t(e)] = 1;
    }
    QVector<QRectF> selected;
    for (int e = 0; e < experts; ++e) {
        for (int r = 0; r < rows;) {
            if (!chosen[std::size_t(r) * std::size_t(experts) + std::size_t(e)]) {
                ++r;
                continue;
            }
            int end = r;
            while (end < rows && chosen[std::size_t(end) * std::size_t(experts) + std::size_t(e)])
                ++end;
            selected.append(QRectF(QPointF(e - 0.40, r - 0.42), QPointF(e + 0.40, end - 0.58)));
            r = end;
        }
    }
    if (rows == 0)
        m_map->data()->fill(0);

    // class bands: a label at the centre of each, a line between neighbours
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    QVector<QLineF> separators;
    const auto &names = snapshot().classNames;
    for (int r = 0; r < rows;) {
        const int label = labelOf(m_order[std::size_t(r)]);
        int end = r;
        while (end < rows && labelOf(m_order[std::size_t(end)]) == label)
            ++end;
        QString name = label >= 0 && label < int(names.size()) ? displayClassName(names[std::size_t(label)])
            : label >= 0                                       ? tr("class %1").arg(label)
                                                               : QString();
        yTicks->addTick((r + end - 1) / 2.0, name);
        if (end < rows)
            separators.append(QLineF(-0.5, end - 0.5, experts - 0.5, end - 0.5));
        r = end;
    }
    QImage strip(experts, 1, QImage::Format_RGB32);
    for (int e = 0; e < experts; ++e)
        strip.setPixel(e, 0, expertColor(e).rgb());
    QCPAxisRect *rect = m_plot->axisRect();
    const auto xTicks = expertAxisTicker(experts, expertAxisStride(experts, rect->axis(QCPAxis::atBottom)));
    rect->axis(QCPAxis::atLeft)->setTicker(yTicks);
    rect->axis(QCPAxis::atBottom)->setTicker(xTicks);
    rect->axis(QCPAxis::atBottom)->setRange(-0.5, experts - 0.5);
    // one extra band above row 0 for the expert colour strip
    const double stripHeight = std::max(0.8, rows / 25.0);
    rect->axis(QCPAxis::atLeft)->setRange(-0.5 - stripHeight * 1.15, std::max(rows, 1) - 0.5);

    m_shapes->setImage(
        strip, QRectF(QPointF(-0.5, -0.5 - stripHeight * 1.15), QPointF(experts - 0.5, -0.5 - stripHeight * 0.15)));
    m_shapes->setRects(selected, QPen(kSelectedColor, 1.25, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    m_shapes->setLines(separators, QPen(palette().color(QPalette::Text), 1));
    replotPlot(m_plot);
}

QPoint GateHeatmapView::cellCenter(int row, int expert) const
{
    const QCPAxisRect *rect = m_plot->axisRect();
    const QPointF p(rect->axis(QCPAxis::atBottom)->coordToPixel(expert),
                    rect->axis(QCPAxis::atLeft)->coordToPixel(row));
    return m_plot->mapTo(this, p.toPoint());
}

void GateHeatmapView::onPlotClicked(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_plot->axisRect()->rect().contains(event->position().toPoint()))
        return;
    const int row = int(std::lround(m_plot->axisRect()->axis(QCPAxis::atLeft)->pixelToCoord(event->position().y())));
    const int probe = probeAtRow(row);
    const auto &indices = snapshot().probe.sampleIndex;
    if (probe >= 0 && probe < int(indices.size()))
        emit sampleClicked(indices[std::size_t(probe)]);
}

}  // namespace moe::widgets
