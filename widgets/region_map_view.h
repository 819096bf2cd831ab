// RegionMapView: the signature view for 2-D data. Every cell of the input plane takes the
// colour of the expert that wins it (lighter where the gate is less sure), the model's
// decision boundary (where the predicted class changes) is drawn on top, and the data points
// are marked by class (shape). In paint mode a click or drag adds your own points
// (pointPainted), otherwise clicking a point emits sampleClicked.
#pragma once

#include "snapshot_view.h"

#include <QPointF>
#include <QVector>

class QCustomPlot;
class QCPGraph;
class QMouseEvent;

namespace moe::widgets {

class DataShapesItem;

class RegionMapView : public SnapshotView {
    Q_OBJECT
public:
    explicit RegionMapView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QCustomPlot *plot() const { return m_plot; }

    void setPaintMode(bool on);
    bool paintMode() const { return m_paintMode; }
    void setPaintClass(int cls) { m_paintClass = cls; }
    int paintClass() const { return m_paintClass; }
    void clearPaintedPoints();
    const QVector<QPointF> &paintedPoints() const { return m_paintedPoints; }
    // The model's class for painted point i, from the snapshot (Snapshot::painted); the map
    // marks where it agrees with the class painted. -1 = not predicted yet.
    int paintedPrediction(int i) const;
    void setShowSamples(bool on);

    // Widget pixel of the plane point (x, y) after a refresh; for tests and overlays.
    QPoint pixelAt(double x, double y) const;
    // The colour a cell gets: expert colour faded toward the background by confidence.
    static QColor cellColor(int expert, double confidence, const QColor &background);

signals:
    void pointPainted(double x, double y, int cls);
    void paintedPointsChanged();  // a point was painted or the points were cleared

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    void ensureGraphs(int classes, int experts);
    void onMouse(QMouseEvent *event);

    QCustomPlot *m_plot;
    DataShapesItem *m_shapes;
    QVector<QCPGraph *> m_classGraphs;
    QVector<QCPGraph *> m_expertKeys;  // empty graphs, legend entries for the expert colours
    QCPGraph *m_painted;  // painted, the model agrees (or not asked yet)
    QCPGraph *m_paintedWrong;  // painted, the model predicts another class
    QCPGraph *m_boundaryKey;  // empty graph: the legend entry of the boundary line
    QVector<QPointF> m_paintedPoints;
    QVector<int> m_paintedClasses;
    bool m_paintMode = false;
    bool m_showSamples = true;
    int m_paintClass = 0;
};

}  // namespace moe::widgets
