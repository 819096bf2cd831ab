#include "snapshot_view.h"

#include "plot_export.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QLayout>

namespace moe::widgets {

SnapshotView::SnapshotView(QWidget *parent)
    : QWidget(parent), m_snapshot(std::make_shared<const moe::Snapshot>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(16);
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
    scheduleRefresh();
}

void SnapshotView::setRefreshInterval(int milliseconds)
{
    m_timer.setInterval(std::max(0, milliseconds));
}

void SnapshotView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible() && !m_timer.isActive())
        m_timer.start();
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
    m_immediate = immediate;
    rebuild();
    m_immediate = false;
    ++m_refreshCount;
    emit refreshed();
}

void SnapshotView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
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
        m_timer.start();
}

}  // namespace moe::widgets
