#include "snapshot_view.h"

#include "plot_export.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QLayout>

namespace moe::widgets {

SnapshotView::SnapshotView(QWidget *parent) : QWidget(parent), m_snapshot(std::make_shared<const moe::Snapshot>())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SnapshotView::onTimer);
    installExportMenu(this);
}

void SnapshotView::setSnapshot(const moe::Snapshot &snapshot)
{
    setSnapshot(std::make_shared<const moe::Snapshot>(snapshot));
}

void SnapshotView::setSnapshot(std::shared_ptr<const moe::Snapshot> snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = std::move(snapshot);
    m_hasSnapshot = true;
    // Due (the last redraw is an interval old): drawn now, so a snapshot is never merged with
    // the next one because the event loop was busy when its turn came. Otherwise when due.
    const bool due = !m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= m_interval;
    if (isVisible() && due && !m_timer.isActive())
        refresh(false);
    else
        scheduleRefresh();
}

void SnapshotView::setRefreshInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
}

// At most one refresh per interval, and no later than needed: a snapshot that comes when the
// last refresh is an interval old is drawn at once (setSnapshot), one that comes sooner when
// the interval is up.
void SnapshotView::startRefreshTimer()
{
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : m_interval;
    m_timer.start(int(std::max<qint64>(0, m_interval - since)));
}

void SnapshotView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible() && !m_timer.isActive())
        startRefreshTimer();
}

void SnapshotView::onTimer()
{
    if (m_dirty && isVisible())
        refresh(false);
}

void SnapshotView::refreshNow()
{
    refresh(true);
}

void SnapshotView::replotPlot(QCustomPlot *plot) const
{
    plot->replot(m_immediate ? QCustomPlot::rpImmediateRefresh : QCustomPlot::rpQueuedReplot);
}

void SnapshotView::refresh(bool immediate)
{
    if (!isVisible()) {
        // Offscreen: give the children their geometry and the plots their viewport, which
        // a widget that was never shown does not get from resize events.
        if (layout())
            layout()->activate();
        const auto plots = findChildren<QCustomPlot *>();
        for (QCustomPlot *plot : plots)
            plot->setViewport(plot->rect());
    }
    m_dirty = false;
    m_sinceRefresh.start();
    m_immediate = immediate;
    fitTickCounts();
    rebuild();
    m_immediate = false;
    ++m_refreshCount;
    emit refreshed();
}

void SnapshotView::fitTickCounts()
{
    // Fewer ticks where the labels would run into each other (narrow docks, presenter fonts).
    const auto plots = findChildren<QCustomPlot *>();
    for (QCustomPlot *plot : plots)
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes()) {
                if (!axis->ticker() || !axis->visible())
                    continue;
                const QFontMetrics fm(axis->tickLabelFont());
                const bool horizontal = axis->orientation() == Qt::Horizontal;
                const int length = horizontal ? rect->width() : rect->height();
                // Horizontal: room for the widest label the range can print (a step axis at
                // 300 000 prints 6 digits), and half a label more, since the ticker may choose
                // a step that gives a tick more than asked.
                const double reach = std::max(std::abs(axis->range().lower), std::abs(axis->range().upper));
                const QString widest = QString::number(qint64(std::ceil(reach))) + QStringLiteral(".0");
                const int perTick = horizontal ? int(1.5 * fm.horizontalAdvance(widest)) + 12 : 2 * fm.height();
                if (length > 0) {
                    axis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
                    axis->ticker()->setTickCount(std::clamp(length / perTick, 2, 5));
                }
            }
}

void SnapshotView::applyFonts()
{
    const QFont base = font();
    const auto sized = [&base](QFont f, double extra) {
        f.setFamily(base.family());
        f.setPointSizeF(base.pointSizeF() + extra);
        return f;
    };
    const auto plots = findChildren<QCustomPlot *>();
    for (QCustomPlot *plot : plots) {
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes()) {
                axis->setTickLabelFont(sized(axis->tickLabelFont(), 0));
                axis->setLabelFont(sized(axis->labelFont(), 0));
            }
        // legends (also ones placed in sub-layouts) and titles
        for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
            if (auto *legend = qobject_cast<QCPLegend *>(element)) {
                legend->setFont(sized(legend->font(), 0));
                for (int i = 0; i < legend->itemCount(); ++i)
                    if (QCPAbstractLegendItem *item = legend->item(i))
                        item->setFont(sized(item->font(), 0));
            } else if (auto *text = qobject_cast<QCPTextElement *>(element)) {
                text->setFont(sized(text->font(), 1));
            } else if (auto *scale = qobject_cast<QCPColorScale *>(element)) {
                scale->axis()->setTickLabelFont(sized(scale->axis()->tickLabelFont(), 0));
                scale->axis()->setLabelFont(sized(scale->axis()->labelFont(), 0));
            }
        }
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                text->setFont(sized(text->font(), 0));
    }
}

void SnapshotView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        scheduleRefresh();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        scheduleRefresh();
    } else if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void SnapshotView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && !m_timer.isActive())
        startRefreshTimer();
}

}  // namespace moe::widgets
