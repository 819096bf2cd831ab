// DataShapesItem: one QCustomPlot item that draws many shapes given in plot coordinates — an
// image stretched over a data rectangle (region map cells, sharp), line segments (decision
// boundary) and rectangle outlines (selected experts in the heatmap). One item instead of
// hundreds keeps replots cheap.
#pragma once

#include <qcustomplot.h>

#include <QImage>
#include <QLineF>
#include <QRectF>
#include <QVector>

namespace moe::widgets {

class DataShapesItem : public QCPAbstractItem {
    Q_OBJECT
public:
    explicit DataShapesItem(QCustomPlot *plot, QCPAxisRect *rect);

    // dataRect: two opposite corners in plot coordinates; image row 0 is drawn at the top.
    void setImage(const QImage &image, const QRectF &dataRect);
    void setLines(const QVector<QLineF> &lines, const QPen &pen);
    void setRects(const QVector<QRectF> &rects, const QPen &pen);
    void clearShapes();

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;

protected:
    void draw(QCPPainter *painter) override;

private:
    QPointF toPixel(double x, double y) const;

    QCPAxisRect *m_rect;
    QImage m_image;
    QRectF m_imageRect;
    QVector<QLineF> m_lines;
    QPen m_linePen;
    QVector<QRectF> m_rects;
    QPen m_rectPen;
};

}  // namespace moe::widgets
