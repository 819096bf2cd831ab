// LossView: training curves over steps. Top: train loss, test loss, task loss and the
// auxiliary (balancing) loss, whose latest named terms are listed in the legend; optional
// log scale. Bottom: train and test accuracy (R² for regression).
#pragma once

#include "snapshot_view.h"

class QCheckBox;
class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPLegend;

namespace moe::widgets {

class LossView : public SnapshotView {
    Q_OBJECT
public:
    explicit LossView(QWidget *parent = nullptr);

    void retranslateUi() override;
    void setLogScale(bool on);
    bool logScale() const;
    QCustomPlot *plot() const { return m_plot; }

protected:
    void rebuild() override;
    void applyTheme() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutLegend();  // as many legend columns as fit the width
    QCheckBox *m_logScale;
    QCustomPlot *m_plot;
    QCPAxisRect *m_lossRect;
    QCPAxisRect *m_accuracyRect;
    QCPGraph *m_train, *m_test, *m_task, *m_aux;
    QCPGraph *m_trainAccuracy, *m_testAccuracy;
};

}  // namespace moe::widgets
