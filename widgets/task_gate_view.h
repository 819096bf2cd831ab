// TaskGateView: the expert × task gate-weight matrix of a multi-task model. Cell (e, k) is the
// mean combine weight task k's gate gives expert e over the test rows (rows of a task sum to
// 1 with dense gating). One gate per task (MMoE) lets the rows differ; one shared gate (OMoE)
// makes them equal.
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
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    QStringList m_tasks;
    std::vector<std::vector<double>> m_usage;
};

}  // namespace moe::widgets
