#include "region_map_view.h"
#include "display_names.h"

#include "expert_palette.h"
#include "plot_items.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

namespace moe::widgets {

namespace {

QCPScatterStyle::ScatterShape classShape(int cls)
{
    static const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssCircle,
                                                           QCPScatterStyle::ssSquare,
                                                           QCPScatterStyle::ssTriangle,
                                                           QCPScatterStyle::ssDiamond,
                                                           QCPScatterStyle::ssTriangleInverted,
                                                           QCPScatterStyle::ssCrossCircle,
                                                           QCPScatterStyle::ssPlusSquare,
                                                           QCPScatterStyle::ssStar,
                                                           QCPScatterStyle::ssCross,
                                                           QCPScatterStyle::ssPlus};
    return shapes[std::max(cls, 0) % 10];
}

// Alternate white and black fills so neighbouring classes differ in more than shape.
QCPScatterStyle classStyle(int cls, double size)
{
    const bool dark = cls % 2 == 1;
    return QCPScatterStyle(classShape(cls), QPen(dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x20, 0x20, 0x20), 1.2),
                           QBrush(dark ? QColor(0x20, 0x20, 0x20) : QColor(0xff, 0xff, 0xff)), size);
}

}  // namespace

RegionMapView::RegionMapView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("region-map"));
    setRefreshInterval(100);  // heavy: the grid changes at a lower rate anyway
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    QCPAxisRect *rect = m_plot->axisRect();
    rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    m_shapes = new DataShapesItem(m_plot, rect);
    m_plot->addLayer(QStringLiteral("cells"), m_plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    m_shapes->setLayer(QStringLiteral("cells"));
    m_painted = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_painted->setLineStyle(QCPGraph::lsNone);
    m_paintedWrong = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_paintedWrong->setLineStyle(QCPGraph::lsNone);
    m_boundaryKey = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));

    // legend to the right of the plane, never over it
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    auto *sub = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 1, sub);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    sub->addElement(0, 0, m_plot->legend);
    sub->addElement(1, 0, new QCPLayoutElement(m_plot));  // pushes the legend to the top
    sub->setRowStretchFactor(1, 10);
    m_plot->legend->setRowSpacing(0);

    connect(m_plot, &QCustomPlot::mousePress, this, &RegionMapView::onMouse);
    connect(m_plot, &QCustomPlot::mouseMove, this, &RegionMapView::onMouse);
    applyTheme();
    retranslateUi();
}

void RegionMapView::retranslateUi()
{
    m_plot->axisRect()->axis(QCPAxis::atBottom)->setLabel(tr("input x₁"));
    m_plot->axisRect()->axis(QCPAxis::atLeft)->setLabel(tr("input x₂"));
    m_painted->setName(tr("your points: model agrees"));
    m_paintedWrong->setName(tr("your points: model disagrees"));
    m_boundaryKey->setName(tr("decision boundary"));
    const auto &names = snapshot().classNames;
    for (int c = 0; c < m_classGraphs.size(); ++c)
        m_classGraphs[c]->setName(c < int(names.size()) ? displayClassName(names[std::size_t(c)])
                                                        : tr("class %1").arg(c));
    for (int e = 0; e < m_expertKeys.size(); ++e)
        m_expertKeys[e]->setName(tr("expert %1").arg(e + 1));
    setToolTip(m_paintMode ? tr("Click or drag to add points of the chosen class.")
                           : tr("Colour: the expert the gate picks there (paler = less sure). "
                                "Line: where the predicted class changes."));
}

void RegionMapView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
    m_plot->axisRect()->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    m_plot->axisRect()->axis(QCPAxis::atLeft)->grid()->setVisible(false);
}

void RegionMapView::setPaintMode(bool on)
{
    m_paintMode = on;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    retranslateUi();
}

void RegionMapView::clearPaintedPoints()
{
    m_paintedPoints.clear();
    m_paintedClasses.clear();
    emit paintedPointsChanged();
    scheduleRefresh();
}

int RegionMapView::paintedPrediction(int i) const
{
    const moe::PaintedPredictions &painted = snapshot().painted;
    if (i < 0 || i >= m_paintedPoints.size() || std::size_t(i) >= painted.classes.size()
        || std::size_t(i) >= painted.points.size())
        return -1;
    const auto &[x, y] = painted.points[std::size_t(i)];
    return x == m_paintedPoints[i].x() && y == m_paintedPoints[i].y() ? painted.classes[std::size_t(i)] : -1;
}

void RegionMapView::setShowSamples(bool on)
{
    m_showSamples = on;
    scheduleRefresh();
}

QColor RegionMapView::cellColor(int expert, double confidence, const QColor &background)
{
    return expertColorFaded(expert, 0.25 + 0.75 * std::clamp(confidence, 0.0, 1.0), background);
}

void RegionMapView::ensureGraphs(int classes, int experts)
{
    QCPAxisRect *rect = m_plot->axisRect();
    bool changed = false;
    while (m_expertKeys.size() < experts) {
        auto *g = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        g->setLineStyle(QCPGraph::lsNone);
        const QColor c = expertColor(int(m_expertKeys.size()));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, c.darker(130), c, 11));
        m_expertKeys.append(g);
        changed = true;
    }
    while (m_expertKeys.size() > experts) {
        m_plot->removePlottable(m_expertKeys.takeLast());
        changed = true;
    }
    while (m_classGraphs.size() < classes) {
        auto *g = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(classStyle(int(m_classGraphs.size()), 7));
        m_classGraphs.append(g);
        changed = true;
    }
    while (m_classGraphs.size() > classes) {
        m_plot->removePlottable(m_classGraphs.takeLast());
        changed = true;
    }
    if (changed) {
        // legend order: experts first, then classes, then painted points
        m_plot->legend->clearItems();
        for (QCPGraph *g : std::as_const(m_expertKeys))
            g->addToLegend();
        for (QCPGraph *g : std::as_const(m_classGraphs))
            g->addToLegend();
        m_boundaryKey->addToLegend();
        retranslateUi();
    }
}

void RegionMapView::rebuild()
{
    const moe::Snapshot &s = snapshot();
    const moe::RegionGrid &g = s.region;
    const QColor background = palette().color(QPalette::Base);
    int experts = s.experts > 0 ? s.experts : int(s.expertStats.size());
    for (int w : g.winner)
        experts = std::max(experts, w + 1);
    ensureGraphs(std::max(int(s.classNames.size()), 0), experts);

    QCPAxis *x = m_plot->axisRect()->axis(QCPAxis::atBottom);
    QCPAxis *y = m_plot->axisRect()->axis(QCPAxis::atLeft);
    const int n = g.resolution;
    if (n > 0 && int(g.winner.size()) >= n * n) {
        QImage image(n, n, QImage::Format_RGB32);
        for (int r = 0; r < n; ++r) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(n - 1 - r));  // row 0 = bottom
            for (int c = 0; c < n; ++c) {
                const std::size_t i = std::size_t(r) * std::size_t(n) + std::size_t(c);
                const double conf = i < g.confidence.size() ? g.confidence[i] : 1.0;
                line[c] = cellColor(g.winner[i], conf, background).rgb();
            }
        }
        const double dx = (g.xMax - g.xMin) / n, dy = (g.yMax - g.yMin) / n;
        QVector<QLineF> boundary;
        if (int(g.prediction.size()) >= n * n) {
            for (int r = 0; r < n; ++r) {
                for (int c = 0; c < n; ++c) {
                    const int p = g.prediction[std::size_t(r * n + c)];
                    const double x0 = g.xMin + c * dx, y0 = g.yMin + r * dy;
                    if (c + 1 < n && g.prediction[std::size_t(r * n + c + 1)] != p)
                        boundary.append(QLineF(x0 + dx, y0, x0 + dx, y0 + dy));
                    if (r + 1 < n && g.prediction[std::size_t((r + 1) * n + c)] != p)
                        boundary.append(QLineF(x0, y0 + dy, x0 + dx, y0 + dy));
                }
            }
        }
        m_shapes->setImage(image, QRectF(QPointF(g.xMin, g.yMax), QPointF(g.xMax, g.yMin)));
        m_shapes->setLines(boundary, QPen(palette().color(QPalette::Text), 2));
        x->setRange(g.xMin, g.xMax);
        y->setRange(g.yMin, g.yMax);
    } else {
        m_shapes->clearShapes();
    }

    QVector<QVector<double>> xs(m_classGraphs.size()), ys(m_classGraphs.size());
    if (m_showSamples) {
        const moe::DataSample &d = s.sample;
        for (std::size_t i = 0; i < d.x.size(); ++i) {
            const int cls = i < d.label.size() ? d.label[i] : -1;
            if (cls < 0 || cls >= m_classGraphs.size() || d.x[i].size() < 2)
                continue;
            xs[cls].append(d.x[i][0]);
            ys[cls].append(d.x[i][1]);
        }
    }
    for (int c = 0; c < m_classGraphs.size(); ++c)
        m_classGraphs[c]->setData(xs[c], ys[c]);
    QVector<double> px, py, wx, wy;
    for (qsizetype i = 0; i < m_paintedPoints.size(); ++i) {
        const QPointF &p = m_paintedPoints[i];
        const int predicted = paintedPrediction(int(i));
        const bool wrong = predicted >= 0 && predicted != m_paintedClasses[i];
        (wrong ? wx : px).append(p.x());
        (wrong ? wy : py).append(p.y());
    }
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    m_painted->setData(px, py);
    m_painted->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(text, 2), base, 10));
    m_paintedWrong->setData(wx, wy);
    m_paintedWrong->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(QColor(0xD0, 0x20, 0x10), 2.5), base, 12));
    for (QCPGraph *graph : {m_painted, m_paintedWrong}) {
        const bool any = !graph->data()->isEmpty();
        graph->setVisible(any);
        if (!any)
            graph->removeFromLegend();
        else if (!m_plot->legend->hasItemWithPlottable(graph))
            graph->addToLegend();
    }
    m_boundaryKey->setPen(QPen(palette().color(QPalette::Text), 2));
    if (n == 0 && !m_classGraphs.isEmpty()) {
        x->rescale();
        y->rescale();
    }
    replotPlot(m_plot);
}

QPoint RegionMapView::pixelAt(double x, double y) const
{
    const QCPAxisRect *rect = m_plot->axisRect();
    const QPointF p(rect->axis(QCPAxis::atBottom)->coordToPixel(x), rect->axis(QCPAxis::atLeft)->coordToPixel(y));
    return m_plot->mapTo(this, p.toPoint());
}

void RegionMapView::onMouse(QMouseEvent *event)
{
    const QPointF pos = event->position();
    QCPAxisRect *rect = m_plot->axisRect();
    if (!rect->rect().contains(pos.toPoint()))
        return;
    const double x = rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    const double y = rect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y());
    const bool press = event->type() == QEvent::MouseButtonPress && event->button() == Qt::LeftButton;
    const bool drag = event->type() == QEvent::MouseMove && (event->buttons() & Qt::LeftButton);
    if (m_paintMode && (press || drag)) {
        if (drag && !m_paintedPoints.isEmpty()) {
            // while dragging, one point every few pixels
            const QPoint last = pixelAt(m_paintedPoints.back().x(), m_paintedPoints.back().y());
            if ((m_plot->mapTo(this, pos.toPoint()) - last).manhattanLength() < 12)
                return;
        }
        m_paintedPoints.append(QPointF(x, y));
        m_paintedClasses.append(m_paintClass);
        emit pointPainted(x, y, m_paintClass);
        emit paintedPointsChanged();
        scheduleRefresh();
        return;
    }
    if (!press)
        return;
    const moe::DataSample &d = snapshot().sample;
    int best = -1;
    double bestDistance = 8.0 * 8.0;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        if (d.x[i].size() < 2)
            continue;
        const QPointF p(rect->axis(QCPAxis::atBottom)->coordToPixel(d.x[i][0]),
                        rect->axis(QCPAxis::atLeft)->coordToPixel(d.x[i][1]));
        const QPointF delta = p - pos;
        const double dist = QPointF::dotProduct(delta, delta);
        if (dist < bestDistance) {
            bestDistance = dist;
            best = int(i);
        }
    }
    if (best >= 0 && best < int(d.index.size()))
        emit sampleClicked(d.index[std::size_t(best)]);
}

}  // namespace moe::widgets
