// DistributedView: an expert-parallel job, live (EXPERT_PARALLEL.md §3). Three panels:
//   placement   which rank holds which expert (one coloured cell per expert)
//   traffic     the P × P heatmap of rows dispatched from rank src (row) to rank dst (column)
//   ranks       per rank: the rows its experts processed (the straggler, the rank with the
//               most, in red) and the step time split into computing and waiting in MPI
// A knocked-out (failed) rank is struck through in the placement, its column of the heatmap
// (the rows sent to it: none) hatched and its bars marked. Clicking a rank (its bars, its
// heatmap column or its name in the placement) emits rankClicked, to knock it out or restore it.
// Draws a DistributedFrame; with none it shows a message (e.g. how to install MPI).
#pragma once

#include "distributed_frame.h"

#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPBars;
class QCPItemRect;
class QCPItemText;
class QLabel;
class QMouseEvent;

namespace moe::widgets {

class DistributedView : public QWidget {
    Q_OBJECT
public:
    explicit DistributedView(QWidget *parent = nullptr);

    void setFrame(const DistributedFrame &frame);
    [[nodiscard]] const DistributedFrame &frame() const { return m_frame; }
    // A sentence instead of the plots (no job yet, MPI missing, the job failed).
    void setMessage(const QString &message);
    [[nodiscard]] QString summaryText() const;  // the line above the plots (for tests)
    [[nodiscard]] QString placementText() const;  // the placement (rich text, for tests)
    // Whether clicks on a rank emit rankClicked (while a job runs), with a hint in the tooltips.
    void setRanksClickable(bool clickable);
    // The per-rank plot and the centre of rank r's bars in its coordinates (for tests).
    [[nodiscard]] QWidget *ranksPlot() const;
    [[nodiscard]] QPoint rankCentre(int rank) const;
    void retranslateUi();

signals:
    void rankClicked(int rank);

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void clicked(QCustomPlot *plot, QMouseEvent *event);

    DistributedFrame m_frame;
    QString m_message;
    QLabel *m_summary = nullptr;
    QLabel *m_placement = nullptr;
    QCustomPlot *m_traffic = nullptr;
    QCustomPlot *m_ranks = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPBars *m_load = nullptr, *m_straggler = nullptr, *m_compute = nullptr, *m_wait = nullptr;
    QCPItemRect *m_failedColumn = nullptr;
    QCPItemText *m_failedMark = nullptr;
    bool m_clickable = false;
};

}  // namespace moe::widgets
