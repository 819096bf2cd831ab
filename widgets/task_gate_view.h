// TaskGateView: the expert × task gate-weight matrix of a multi-task model. Cell (e, k) is the
// mean combine weight task k's gate gives expert e over the test rows (rows of a task sum to
// 1 with dense gating). One gate per task (MMoE) lets the rows differ; one shared gate (OMoE)
// makes them equal. Knocked-out experts (setKnockedOut) are marked "off" under their column;
// a click on a column emits expertClicked(e) (the window's knock-out toggle).
#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

namespace moe::widgets {

class TaskGateView : public QWidget {
    Q_OBJECT
public:
    explicit TaskGateView(QWidget *parent = nullptr);
    // usage: tasks × experts (empty: a shared bottom, no gate).
    void setUsage(const QStringList &taskNames, const std::vector<std::vector<double>> &usage);
    // Per expert; empty (the default) marks none.
    void setKnockedOut(const std::vector<bool> &knockedOut);
    void retranslateUi();

    QCustomPlot *plot() const { return m_plot; }
    // The expert whose column lies under `pos` (this widget's coordinates), or -1.
    int expertAt(const QPoint &pos) const;
    // Centre of cell (expert, task) in this widget's coordinates (after a replot); for tests.
    QPoint cellCenter(int expert, int task) const;

signals:
    void expertClicked(int expert);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    QStringList m_tasks;
    std::vector<std::vector<double>> m_usage;
    std::vector<bool> m_knockedOut;
};

}  // namespace moe::widgets
