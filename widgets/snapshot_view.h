// SnapshotView: the base of every view. It keeps the newest moe::Snapshot and redraws at most
// once per refresh interval: setSnapshot() draws at once when the last redraw is an interval
// old, else marks the view dirty for one coalescing timer ("dirty flag + one timer"), so a
// fast trainer never floods the event loop and a hidden view does no work until shown.
// refreshNow() redraws at once (export, tests, the CLI's offscreen views).
#pragma once

#include <core/snapshot.h>

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCustomPlot;

namespace moe::widgets {

// The shortest time between two redraws of a view. The window's worker paces its snapshots
// (15 ms, about 66 a second: every frame of a 60 Hz display gets one); a view's own minimum is
// shorter, so a paced snapshot that reaches it a little early (the previous one was taken late)
// is still drawn rather than merged with the next.
constexpr int kFrameIntervalMs = 10;

class SnapshotView : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotView(QWidget *parent = nullptr);

    // Stores the snapshot (copied) and schedules a redraw.
    void setSnapshot(const moe::Snapshot &snapshot);
    // Shares it instead of copying (the controller hands one snapshot to many views).
    void setSnapshot(std::shared_ptr<const moe::Snapshot> snapshot);
    const moe::Snapshot &snapshot() const { return *m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }

    // Minimum time between two redraws; heavy views use a longer one. Default kFrameIntervalMs.
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const { return m_interval; }

    // How many times the view has redrawn (for --report-fps).
    quint64 refreshCount() const { return m_refreshCount; }

    // All visible strings again through tr(); called on QEvent::LanguageChange as well.
    virtual void retranslateUi() = 0;

public slots:
    // Redraws immediately from the stored snapshot, also when the view was never shown.
    void refreshNow();

signals:
    void sampleClicked(int datasetRow);  // a sample shown by this view was clicked
    void expertClicked(int expert);  // an expert was clicked (knock-out toggle)
    void refreshed();  // after every redraw

protected:
    // Draws everything from snapshot(). Called by the timer or refreshNow().
    virtual void rebuild() = 0;
    // Colours follow the palette (light / dark theme); default: nothing beyond rebuild().
    virtual void applyTheme() { }
    // The plots' text (tick labels, axis labels, legends, titles, text items) follows the
    // widget's font, so presenter mode's larger font reaches the plots too. Called on
    // QEvent::FontChange and at the first show.
    virtual void applyFonts();
    // Marks the view dirty without a new snapshot (e.g. an option changed).
    void scheduleRefresh();
    // Replots `plot`: queued (coalesced) on the timer path, immediate inside refreshNow().
    void replotPlot(QCustomPlot *plot) const;

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onTimer();
    void fitTickCounts();
    void refresh(bool immediate);

    std::shared_ptr<const moe::Snapshot> m_snapshot;
    bool m_hasSnapshot = false;
    bool m_dirty = true;
    bool m_immediate = false;
    quint64 m_refreshCount = 0;
    void startRefreshTimer();

    QTimer m_timer;  // fires when the next refresh is due
    QElapsedTimer m_sinceRefresh;
    int m_interval = kFrameIntervalMs;
};

}  // namespace moe::widgets
