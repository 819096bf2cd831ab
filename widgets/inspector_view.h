// InspectorView: one sample through the MoE layer, step by step.
//   1 Route   — the router's logits and softmax probability for every expert;
//   2 Select  — the experts the strategy keeps (rank order) and their combine weights;
//   3 Combine — each expert's output, scaled by its weight, summed into the result.
// Click a stage header (or press ←/→) to step; stages not reached yet are dimmed.
// It draws Snapshot::inspection, the sample the user chose, through the snapshot's model.
#pragma once

#include "snapshot_view.h"


#include <QRect>
#include <QVector>

namespace moe::widgets {

class InspectorView : public SnapshotView {
    Q_OBJECT
public:
    enum Stage { Route = 1, Select = 2, Combine = 3 };

    explicit InspectorView(QWidget *parent = nullptr);

    bool hasInference() const { return !snapshot().inspection.empty(); }
    // "Sample 17 (class 1)": the inspected row and its class.
    QString sampleLabel() const;
    void setStage(int stage);
    int stage() const { return m_stage; }
    void retranslateUi() override;
    QSize sizeHint() const override { return {640, 420}; }
    // Rectangle of expert e's probability bar (stage 1) after a paint; for tests.
    QRect probabilityBarRect(int expert) const;

protected:
    void rebuild() override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void paintStageHeader(QPainter &p, const QRect &r, int stage, const QString &text);
    void paintOutputBars(QPainter &p, const QRect &r, const std::vector<double> &values, bool probabilities,
                         const QColor &colour, int highlight) const;

    int m_stage = Combine;
    QRect m_headerRects[3];
    QVector<QRect> m_probabilityBars;
};

}  // namespace moe::widgets
