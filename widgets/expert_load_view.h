// ExpertLoadView: how the router shares the work. Top: one bar per expert (share of the
// token→expert assignments of the last batch, in the expert's colour), the part dropped by
// the capacity limit stacked on top (hatched), the capacity line and the balanced share 1/E;
// knocked-out experts are cross-hatched grey and marked "off", frozen ones "frozen".
// Bottom: the load history as a stacked area over the training steps.
// Clicking a bar (or a band of the history) emits expertClicked(e).
#pragma once

#include "snapshot_view.h"

#include <QVector>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemRect;
class QCPItemText;
class QMouseEvent;

namespace moe::widgets {

class ExpertLoadView : public SnapshotView {
    Q_OBJECT
public:
    explicit ExpertLoadView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QCustomPlot *plot() const { return m_plot; }
    // Centre of expert e's bar in this widget's coordinates (after a refresh); for tests.
    QPoint barCenter(int expert) const;
    // The expert whose bar or history band lies under `pos` (widget coordinates), or -1.
    int expertAt(const QPoint &pos) const;

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    void ensureExperts(int count);
    void onPlotClicked(QMouseEvent *event);

    QCustomPlot *m_plot;
    QCPAxisRect *m_barRect;
    QCPAxisRect *m_historyRect;
    QVector<QCPBars *> m_kept;
    QVector<QCPBars *> m_dropped;
    QVector<QCPGraph *> m_history;
    QVector<QCPItemText *> m_marks;
    QVector<QCPItemRect *> m_bands;
    QCPGraph *m_capacity;
    QCPGraph *m_ideal;
    QCPItemText *m_droppedNote;
};

}  // namespace moe::widgets
