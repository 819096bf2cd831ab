// MultiTaskLossView: the window's per-task loss curves of a multi-task model (MMoE, OMoE or a
// shared bottom), drawn from Snapshot::multiTask alone: each task's test loss (solid, with
// points, at the evaluated steps) and train loss on the batch (dashed) against the step, by
// the run folder's TaskLossView (task_loss_view.h), and above them a line with the model and
// each task's latest test loss and R².
#pragma once

#include "snapshot_view.h"

class QLabel;

namespace moe::widgets {

class TaskLossView;

class MultiTaskLossView : public SnapshotView {
    Q_OBJECT
public:
    explicit MultiTaskLossView(QWidget *parent = nullptr);

    void retranslateUi() override;
    TaskLossView *losses() const { return m_losses; }
    // The line above the curves ("MMoE … · y1: test 0.083 (R² 0.91) · …").
    QString summary() const;

protected:
    void rebuild() override;

private:
    QLabel *m_summary;
    TaskLossView *m_losses;
};

}  // namespace moe::widgets
