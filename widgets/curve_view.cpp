#include "curve_view.h"

#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

namespace moe::widgets {

CurveView::CurveView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("curves"));
    setRefreshInterval(50);
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_curveRect = m_plot->axisRect();
    m_gateRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_gateRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 2);
    m_plot->plotLayout()->setRowStretchFactor(1, 1);
    auto *margins = new QCPMarginGroup(m_plot);
    m_curveRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_gateRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    connect(m_curveRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_gateRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));

    m_data = new QCPGraph(m_curveRect->axis(QCPAxis::atBottom), m_curveRect->axis(QCPAxis::atLeft));
    m_data->setLineStyle(QCPGraph::lsNone);
    m_data->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x90, 0x90, 0x90, 200), 4));
    m_mixture = new QCPGraph(m_curveRect->axis(QCPAxis::atBottom), m_curveRect->axis(QCPAxis::atLeft));
    m_plot->addLayer(QStringLiteral("front"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_mixture->setLayer(QStringLiteral("front"));  // the mixture stays on top of the experts

    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(6);
    m_curveRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    m_gateRect->axis(QCPAxis::atLeft)->setRange(0, 1.05);

    connect(m_plot, &QCustomPlot::mousePress, this, &CurveView::onPlotClicked);
    applyTheme();
    retranslateUi();
}

void CurveView::retranslateUi()
{
    m_curveRect->axis(QCPAxis::atLeft)->setLabel(tr("output y"));
    m_gateRect->axis(QCPAxis::atLeft)->setLabel(tr("gate weight"));
    m_gateRect->axis(QCPAxis::atBottom)->setLabel(tr("input x"));
    m_data->setName(tr("data"));
    m_mixture->setName(tr("mixture (model output)"));
    for (int e = 0; e < m_experts.size(); ++e)
        m_experts[e]->setName(tr("expert %1").arg(e + 1));
    setToolTip(tr("Thin lines: what each expert predicts. Thick line: the gate-weighted mixture. "
                  "Below: how much weight the gate gives each expert at each x."));
}

void CurveView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
    m_mixture->setPen(QPen(palette().color(QPalette::Text), 3));
}

void CurveView::ensureExperts(int count)
{
    while (m_experts.size() < count) {
        const int e = int(m_experts.size());
        auto *curve = new QCPGraph(m_curveRect->axis(QCPAxis::atBottom), m_curveRect->axis(QCPAxis::atLeft));
        curve->setPen(QPen(expertColor(e), 2, Qt::DashLine));
        auto *gate = new QCPGraph(m_gateRect->axis(QCPAxis::atBottom), m_gateRect->axis(QCPAxis::atLeft));
        gate->setPen(QPen(expertColor(e), 2));
        QColor fill = expertColor(e);
        fill.setAlpha(40);
        gate->setBrush(fill);
        gate->removeFromLegend();
        m_experts.append(curve);
        m_gates.append(gate);
    }
    while (m_experts.size() > count) {
        m_plot->removePlottable(m_experts.takeLast());
        m_plot->removePlottable(m_gates.takeLast());
    }
}

void CurveView::rebuild()
{
    const moe::Snapshot &s = snapshot();
    const moe::CurveSet &c = s.curves;
    const int experts = int(c.expertY.size());
    const bool namesChanged = experts != m_experts.size();
    ensureExperts(experts);
    if (namesChanged)
        retranslateUi();
    const QVector<double> xs(c.x.begin(), c.x.end());
    for (int e = 0; e < experts; ++e) {
        const auto &y = c.expertY[std::size_t(e)];
        m_experts[e]->setData(xs, QVector<double>(y.begin(), y.end()), true);
        if (e < int(c.gate.size())) {
            const auto &g = c.gate[std::size_t(e)];
            m_gates[e]->setData(xs, QVector<double>(g.begin(), g.end()), true);
        }
    }
    m_mixture->setData(xs, QVector<double>(c.mixture.begin(), c.mixture.end()), true);

    QVector<double> dx, dy;
    const moe::DataSample &d = s.sample;
    for (std::size_t i = 0; i < d.x.size() && i < d.target.size(); ++i) {
        if (d.x[i].empty())
            continue;
        dx.append(d.x[i][0]);
        dy.append(d.target[i]);
    }
    m_data->setData(dx, dy);

    // x spans the curves and the data; y the data and the mixture, with room for the legend
    bool found = false;
    QCPRange xr = m_mixture->getKeyRange(found);
    bool ok = false;
    const QCPRange dataX = m_data->getKeyRange(ok);
    if (ok)
        xr = found ? QCPRange(std::min(xr.lower, dataX.lower), std::max(xr.upper, dataX.upper)) : dataX;
    if (found || ok)
        m_curveRect->axis(QCPAxis::atBottom)->setRange(xr);
    QCPRange yr(0, 1);
    bool any = false;
    for (QCPGraph *g : {m_data, m_mixture}) {
        bool has = false;
        const QCPRange r = g->getValueRange(has);
        if (has)
            yr = any ? QCPRange(std::min(yr.lower, r.lower), std::max(yr.upper, r.upper)) : r;
        any = any || has;
    }
    const double span = std::max(yr.size(), 1e-6);
    m_curveRect->axis(QCPAxis::atLeft)->setRange(yr.lower - 0.1 * span, yr.upper + 0.35 * span);
    replotPlot(m_plot);
}

QPoint CurveView::pixelAt(double x, double y, bool gatePlot) const
{
    const QCPAxisRect *rect = gatePlot ? m_gateRect : m_curveRect;
    const QPointF p(rect->axis(QCPAxis::atBottom)->coordToPixel(x), rect->axis(QCPAxis::atLeft)->coordToPixel(y));
    return m_plot->mapTo(this, p.toPoint());
}

void CurveView::onPlotClicked(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_curveRect->rect().contains(event->position().toPoint()))
        return;
    const moe::DataSample &d = snapshot().sample;
    int best = -1;
    double bestDistance = 8.0 * 8.0;
    for (std::size_t i = 0; i < d.x.size() && i < d.target.size(); ++i) {
        if (d.x[i].empty())
            continue;
        const QPointF delta = QPointF(m_curveRect->axis(QCPAxis::atBottom)->coordToPixel(d.x[i][0]),
                                      m_curveRect->axis(QCPAxis::atLeft)->coordToPixel(d.target[i]))
            - event->position();
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
