#include "expert_load_view.h"

#include "expert_axis.h"
#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

namespace moe::widgets {

namespace {
const QColor kDropColor(0xC0, 0x39, 0x2B);
const QColor kCapacityColor(0xC0, 0x39, 0x2B);
constexpr double kBarWidth = 0.7;
}  // namespace

ExpertLoadView::ExpertLoadView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("expert-load"));
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_barRect = m_plot->axisRect();
    m_historyRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_historyRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 3);
    m_plot->plotLayout()->setRowStretchFactor(1, 2);
    auto *margins = new QCPMarginGroup(m_plot);
    m_barRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_historyRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_barRect->axis(QCPAxis::atBottom)->grid()->setVisible(false);

    QCPAxis *x = m_barRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_barRect->axis(QCPAxis::atLeft);
    m_capacity = new QCPGraph(x, y);
    m_capacity->setPen(QPen(kCapacityColor, 2, Qt::DashLine));
    m_ideal = new QCPGraph(x, y);
    m_ideal->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5, Qt::DashDotLine));
    m_droppedNote = new QCPItemText(m_plot);
    m_droppedNote->setClipAxisRect(m_barRect);
    m_droppedNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_droppedNote->position->setAxisRect(m_barRect);
    m_droppedNote->position->setCoords(0.02, 0.02);
    m_droppedNote->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_droppedNote->setColor(kDropColor);

    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_barRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);  // one row: keeps the bars free
    m_plot->legend->clearItems();
    m_capacity->addToLegend();
    m_ideal->addToLegend();
    m_historyRect->axis(QCPAxis::atLeft)->setRange(0, 1);

    connect(m_plot, &QCustomPlot::mousePress, this, &ExpertLoadView::onPlotClicked);
    applyTheme();
    retranslateUi();
}

void ExpertLoadView::retranslateUi()
{
    m_barRect->axis(QCPAxis::atLeft)->setLabel(tr("share of tokens"));
    m_historyRect->axis(QCPAxis::atLeft)->setLabel(tr("load history"));
    m_historyRect->axis(QCPAxis::atBottom)->setLabel(tr("training step"));
    m_capacity->setName(tr("capacity"));
    m_ideal->setName(tr("balanced (1/E)"));
    setToolTip(tr("Click an expert's bar to knock it out or bring it back."));
}

void ExpertLoadView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
    m_barRect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
}

void ExpertLoadView::ensureExperts(int count)
{
    QCPAxis *x = m_barRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_barRect->axis(QCPAxis::atLeft);
    while (m_kept.size() < count) {
        const int e = int(m_kept.size());
        auto *kept = new QCPBars(x, y);
        kept->setWidth(kBarWidth);
        kept->removeFromLegend();
        auto *dropped = new QCPBars(x, y);
        dropped->setWidth(kBarWidth);
        dropped->setPen(QPen(kDropColor, 1));
        dropped->setBrush(QBrush(kDropColor, Qt::BDiagPattern));
        dropped->removeFromLegend();
        dropped->moveAbove(kept);
        auto *history = new QCPGraph(m_historyRect->axis(QCPAxis::atBottom), m_historyRect->axis(QCPAxis::atLeft));
        history->removeFromLegend();
        history->setPen(QPen(expertColor(e), 1));
        QColor fill = expertColor(e);
        fill.setAlpha(210);
        history->setBrush(fill);
        if (!m_history.isEmpty())
            history->setChannelFillGraph(m_history.back());
        auto *band = new QCPItemRect(m_plot);  // marks a knocked-out expert's column
        band->setClipAxisRect(m_barRect);
        band->topLeft->setAxes(x, y);
        band->bottomRight->setAxes(x, y);
        band->setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine));
        band->setBrush(QBrush(QColor(0x80, 0x80, 0x80, 160), Qt::DiagCrossPattern));
        band->setSelectable(false);
        m_bands.append(band);
        auto *mark = new QCPItemText(m_plot);
        mark->setClipAxisRect(m_barRect);
        mark->setClipToAxisRect(true);
        mark->position->setAxes(x, y);
        mark->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        m_kept.append(kept);
        m_dropped.append(dropped);
        m_history.append(history);
        m_marks.append(mark);
    }
    while (m_kept.size() > count) {
        m_plot->removePlottable(m_kept.takeLast());
        m_plot->removePlottable(m_dropped.takeLast());
        m_plot->removePlottable(m_history.takeLast());
        m_plot->removeItem(m_marks.takeLast());
        m_plot->removeItem(m_bands.takeLast());
    }
}

void ExpertLoadView::rebuild()
{
    const moe::Snapshot &s = snapshot();
    const int experts = int(s.expertStats.size());
    ensureExperts(experts);
    QCPAxis *x = m_barRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_barRect->axis(QCPAxis::atLeft);
    const QColor text = palette().color(QPalette::Text);

    // With many experts only the named ones carry marks (the bands and hatching still show
    // every knocked-out expert).
    const int nameStride = expertAxisStride(experts, x);
    long long assignments = 0;
    int totalDropped = 0;
    int routed = 0;
    for (const moe::ExpertStats &st : s.expertStats) {
        assignments += st.tokens + st.dropped;
        totalDropped += st.dropped;
        routed += (st.shared || st.knockedOut) ? 0 : 1;
    }
    double top = 0;
    for (int e = 0; e < experts; ++e) {
        const moe::ExpertStats &st = s.expertStats[std::size_t(e)];
        const double kept = std::clamp(st.keptLoad > 0 || st.dropped > 0 ? st.keptLoad : st.load, 0.0, 1.0);
        const double dropped = std::max(0.0, st.load - kept);
        m_kept[e]->setData({double(e)}, {kept}, true);
        m_dropped[e]->setData({double(e)}, {dropped}, true);
        if (st.knockedOut) {
            m_kept[e]->setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
            m_kept[e]->setBrush(QBrush(QColor(0x80, 0x80, 0x80), Qt::DiagCrossPattern));
        } else {
            m_kept[e]->setPen(QPen(expertColor(e).darker(130), 1));
            m_kept[e]->setBrush(expertColor(e));
        }
        QStringList marks;
        if (st.knockedOut)
            marks << tr("off");
        if (st.frozen)
            marks << tr("frozen");
        if (st.shared)
            marks << tr("shared");
        if (st.dropped > 0)
            marks << tr("−%1").arg(st.dropped);
        m_marks[e]->setText(marks.join(QLatin1Char('\n')));
        m_marks[e]->setColor(st.dropped > 0 && !st.knockedOut ? kDropColor : text);
        m_marks[e]->setFont(font());
        m_bands[e]->setVisible(st.knockedOut);
        m_marks[e]->setVisible(!marks.isEmpty() && e % nameStride == 0);
        top = std::max(top, st.load);
    }
    x->setTicker(expertAxisTicker(experts, nameStride));
    top = std::max(top, 0.05);
    const double bandTop = std::max(top, 1.0 / std::max(routed, 1)) * 1.05;
    for (int e = 0; e < experts; ++e) {
        const auto &st = s.expertStats[std::size_t(e)];
        m_bands[e]->topLeft->setCoords(e - kBarWidth / 2, bandTop);
        m_bands[e]->bottomRight->setCoords(e + kBarWidth / 2, 0);
        m_marks[e]->position->setCoords(e, st.knockedOut ? bandTop / 2 : st.load);
        m_marks[e]->setPositionAlignment(st.knockedOut ? Qt::AlignCenter : Qt::AlignHCenter | Qt::AlignBottom);
        m_marks[e]->setBrush(st.knockedOut ? palette().brush(QPalette::Base) : QBrush(Qt::NoBrush));
    }
    x->setRange(-0.6, std::max(experts, 1) - 0.4);

    const double ideal = routed > 0 ? 1.0 / routed : 0.0;
    m_ideal->setData({-0.6, experts - 0.4}, {ideal, ideal}, true);
    m_ideal->setVisible(routed > 0);
    int capacity = -1;
    for (const moe::ExpertStats &st : s.expertStats)
        capacity = std::max(capacity, st.capacity);
    const bool hasCapacity = capacity > 0 && assignments > 0;
    const double capacityShare = hasCapacity ? double(capacity) / double(assignments) : 0.0;
    m_capacity->setData({-0.6, experts - 0.4}, {capacityShare, capacityShare}, true);
    m_capacity->setVisible(hasCapacity);
    if (!hasCapacity)
        m_capacity->removeFromLegend();
    else if (!m_plot->legend->hasItemWithPlottable(m_capacity))
        m_capacity->addToLegend();
    m_droppedNote->setText(
        totalDropped > 0
            ? tr("%1 assignments dropped (%2 %)").arg(totalDropped).arg(100.0 * s.droppedFraction, 0, 'f', 1)
            : QString());
    top = std::max({top, ideal, capacityShare, 0.05});
    y->setRange(0, top * 1.4);  // headroom for the legend row and the marks

    // load history: cumulative shares, each band filled down to the one below. Filling between
    // graphs is the costly part, so use at most about one point per pixel column.
    const auto &history = s.history;
    const int stride = std::max(1, int(history.size()) / std::max(200, m_historyRect->width()) + 1);
    QVector<int> rows;
    for (int i = 0; i < int(history.size()); i += stride)
        rows.append(i);
    if (!history.empty() && rows.back() != int(history.size()) - 1)
        rows.append(int(history.size()) - 1);
    QVector<double> steps;
    steps.reserve(rows.size());
    for (int i : std::as_const(rows))
        steps.append(history[std::size_t(i)].step);
    QVector<double> cumulative(steps.size(), 0.0);
    for (int e = 0; e < experts; ++e) {
        for (int j = 0; j < rows.size(); ++j) {
            const auto &load = history[std::size_t(rows[j])].expertLoad;
            cumulative[j] += e < int(load.size()) ? load[std::size_t(e)] : 0.0;
        }
        m_history[e]->setData(steps, cumulative, true);
    }
    const double first = steps.isEmpty() ? 0 : steps.front();
    const double last = steps.isEmpty() ? 1 : steps.back();
    m_historyRect->axis(QCPAxis::atBottom)->setRange(first, std::max(last, first + 1));
    m_historyRect->axis(QCPAxis::atLeft)->setRange(0, 1);
    replotPlot(m_plot);
}

QPoint ExpertLoadView::barCenter(int expert) const
{
    if (expert < 0 || expert >= m_kept.size())
        return {};
    QCPAxis *x = m_barRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_barRect->axis(QCPAxis::atLeft);
    const auto &st = snapshot().expertStats[std::size_t(expert)];
    const double height = std::max(st.load, y->range().upper * 0.04);
    const QPointF p(x->coordToPixel(expert), y->coordToPixel(height / 2));
    return m_plot->mapTo(this, p.toPoint());
}

int ExpertLoadView::expertAt(const QPoint &pos) const
{
    const QPoint p = m_plot->mapFrom(this, pos);
    const int experts = int(m_kept.size());
    if (m_barRect->rect().contains(p)) {
        const double key = m_barRect->axis(QCPAxis::atBottom)->pixelToCoord(p.x());
        const int e = int(std::lround(key));
        if (e >= 0 && e < experts && std::abs(key - e) <= kBarWidth / 2)
            return e;
        return -1;
    }
    if (m_historyRect->rect().contains(p)) {
        const auto &history = snapshot().history;
        if (history.empty())
            return -1;
        const double step = m_historyRect->axis(QCPAxis::atBottom)->pixelToCoord(p.x());
        const double share = m_historyRect->axis(QCPAxis::atLeft)->pixelToCoord(p.y());
        auto it = std::lower_bound(history.begin(), history.end(), step,
                                   [](const moe::HistoryPoint &h, double s) { return h.step < s; });
        if (it == history.end())
            --it;
        double sum = 0;
        for (int e = 0; e < int(it->expertLoad.size()) && e < experts; ++e) {
            sum += it->expertLoad[std::size_t(e)];
            if (share <= sum)
                return e;
        }
    }
    return -1;
}

void ExpertLoadView::onPlotClicked(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int e = expertAt(m_plot->mapTo(this, event->position().toPoint()));
    if (e >= 0)
        emit expertClicked(e);
}

}  // namespace moe::widgets
