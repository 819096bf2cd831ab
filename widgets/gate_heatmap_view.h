// GateHeatmapView: the router's softmax for a fixed probe set — one row per probe sample
// (sorted by class, class bands labelled), one column per expert (its colour in a strip on
// top), sharp cells shaded by the gate probability; the experts actually selected for each
// sample are outlined. Clicking a row emits sampleClicked(dataset row).
#pragma once

#include "snapshot_view.h"

#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QMouseEvent;

namespace moe::widgets {

class DataShapesItem;

class GateHeatmapView : public SnapshotView {
    Q_OBJECT
public:
    explicit GateHeatmapView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QCustomPlot *plot() const { return m_plot; }
    // Centre of the cell (probe row after sorting, expert) in widget coordinates; for tests.
    QPoint cellCenter(int row, int expert) const;
    // The probe (index into Snapshot::probe) drawn in sorted row `row`.
    int probeAtRow(int row) const;

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    void onPlotClicked(QMouseEvent *event);

    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    DataShapesItem *m_shapes;
    std::vector<int> m_order;  // sorted row → probe index
};

}  // namespace moe::widgets
