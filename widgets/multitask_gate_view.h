// MultiTaskGateView: the window's expert × task gate-weight matrix of a multi-task model, drawn
// from Snapshot::multiTask alone by the run folder's TaskGateView (task_gate_view.h): cell
// (e, k) is the mean combine weight task k's gate gives expert e over the first test rows, so
// with dense gating each task's row sums to 1. Knocked-out experts are marked "off"; a click
// on an expert's column emits expertClicked(e), the window's knock-out toggle. A shared bottom
// has no gate and says so.
#pragma once

#include "snapshot_view.h"

class QLabel;

namespace moe::widgets {

class TaskGateView;

class MultiTaskGateView : public SnapshotView {
    Q_OBJECT
public:
    explicit MultiTaskGateView(QWidget *parent = nullptr);

    void retranslateUi() override;
    TaskGateView *matrix() const { return m_matrix; }
    // Centre of cell (expert, task) in this view's coordinates (after a refresh); for tests.
    QPoint cellCenter(int expert, int task) const;

protected:
    void rebuild() override;

private:
    QLabel *m_note;
    TaskGateView *m_matrix;
};

}  // namespace moe::widgets
