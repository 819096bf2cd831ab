// ModelDiagramView: the MoE layer as a picture — input → gate → experts → combine → output.
// Each expert box is lit by its load (paler = fewer tokens), the gate→expert edges are as
// thick as the share of tokens they carry and dots flow along them (a cheap QTimer phase);
// knocked-out experts are crossed out, frozen ones drawn dashed, shared experts bypass the
// gate. Clicking an expert emits expertClicked (knock it out / bring it back).
#pragma once

#include "snapshot_view.h"

#include <QFont>
#include <QRectF>
#include <QTimer>
#include <QVector>

namespace moe::widgets {

class ModelDiagramView : public SnapshotView {
    Q_OBJECT
public:
    explicit ModelDiagramView(QWidget *parent = nullptr);

    void retranslateUi() override;
    void setAnimated(bool on);
    bool isAnimated() const { return m_animated; }
    QSize sizeHint() const override { return {560, 380}; }
    // Box of expert e after a paint (widget coordinates); -1 / empty when none.
    QRectF expertRect(int expert) const;
    int expertAt(const QPointF &pos) const;

protected:
    void rebuild() override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static QFont fittingFont(QFont font, const QRectF &rect, const QString &text);
    void drawBox(QPainter &p, const QRectF &r, const QString &text, const QColor &fill, const QColor &border) const;

    QTimer m_animation;
    double m_phase = 0;
    bool m_animated = true;
    QVector<QRectF> m_expertRects;
};

}  // namespace moe::widgets
