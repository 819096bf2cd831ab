// CurveView: 1-D regression. Top: the data (grey points), each expert's own curve (its
// colour, thin) and the mixture the model outputs (thick). Bottom: each expert's gate curve —
// the combine weight it gets at each x — so students see who is responsible where.
// Clicking a data point emits sampleClicked.
#pragma once

#include "snapshot_view.h"

#include <QVector>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QMouseEvent;

namespace moe::widgets {

class CurveView : public SnapshotView {
    Q_OBJECT
public:
    explicit CurveView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QCustomPlot *plot() const { return m_plot; }
    // Widget pixel of (x, y) in the upper (curves) or lower (gate) plot; for tests.
    QPoint pixelAt(double x, double y, bool gatePlot = false) const;

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    void ensureExperts(int count);
    void onPlotClicked(QMouseEvent *event);

    QCustomPlot *m_plot;
    QCPAxisRect *m_curveRect;
    QCPAxisRect *m_gateRect;
    QCPGraph *m_data;
    QCPGraph *m_mixture;
    QVector<QCPGraph *> m_experts;
    QVector<QCPGraph *> m_gates;
};

}  // namespace moe::widgets
