// TaskLossView: the loss curves of a multi-task run, one colour per task: test loss (solid,
// with points) and train loss on the batch (dashed) against the training step, on a log axis.
// Drawn from a TaskLossCurves value (the run's metric rows), not from a Snapshot.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QCustomPlot;

namespace moe::widgets {

struct TaskLossCurves {
    QStringList taskNames;  // T
    std::vector<double> steps;  // n logged steps
    std::vector<std::vector<double>> trainLoss, testLoss;  // T × n (NaN: not measured)
};

class TaskLossView : public QWidget {
    Q_OBJECT
public:
    explicit TaskLossView(QWidget *parent = nullptr);
    void setCurves(const TaskLossCurves &curves);
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    TaskLossCurves m_curves;
};

}  // namespace moe::widgets
