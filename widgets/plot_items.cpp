#include "plot_items.h"

#include <algorithm>
#include <cmath>

namespace moe::widgets {

DataShapesItem::DataShapesItem(QCustomPlot *plot, QCPAxisRect *rect) : QCPAbstractItem(plot), m_rect(rect)
{
    setClipAxisRect(rect);
    setClipToAxisRect(true);
    setSelectable(false);
}

void DataShapesItem::setImage(const QImage &image, const QRectF &dataRect)
{
    m_image = image;
    m_imageRect = dataRect;
}

void DataShapesItem::setLines(const QVector<QLineF> &lines, const QPen &pen)
{
    m_lines = lines;
    m_linePen = pen;
}

void DataShapesItem::setRects(const QVector<QRectF> &rects, const QPen &pen)
{
    m_rects = rects;
    m_rectPen = pen;
}

void DataShapesItem::clearShapes()
{
    m_image = QImage();
    m_lines.clear();
    m_rects.clear();
}

double DataShapesItem::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1;
}

QPointF DataShapesItem::toPixel(double x, double y) const
{
    return QPointF(m_rect->axis(QCPAxis::atBottom)->coordToPixel(x), m_rect->axis(QCPAxis::atLeft)->coordToPixel(y));
}

void DataShapesItem::draw(QCPPainter *painter)
{
    if (!m_image.isNull() && m_imageRect.width() != 0 && m_imageRect.height() != 0) {
        const QPointF a = toPixel(m_imageRect.left(), m_imageRect.top());
        const QPointF b = toPixel(m_imageRect.right(), m_imageRect.bottom());
        const QRectF target = QRectF(a, b).normalized();
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
        if (painter->modes().testFlag(QCPPainter::pmVectorized)) {
            // PDF/SVG viewers smooth embedded images: hand them big pixels so cells stay sharp
            const int factor = std::max(1, int(std::ceil(target.width() / m_image.width())));
            painter->drawImage(target,
                               m_image.scaled(m_image.size() * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation));
        } else {
            painter->drawImage(target, m_image);
        }
        painter->restore();
    }
    if (!m_rects.isEmpty()) {
        painter->setPen(m_rectPen);
        painter->setBrush(Qt::NoBrush);
        for (const QRectF &r : std::as_const(m_rects))
            painter->drawRect(QRectF(toPixel(r.left(), r.top()), toPixel(r.right(), r.bottom())).normalized());
    }
    if (!m_lines.isEmpty()) {
        painter->setPen(m_linePen);
        QVector<QLineF> pixels;
        pixels.reserve(m_lines.size());
        for (const QLineF &l : std::as_const(m_lines))
            pixels.append(QLineF(toPixel(l.x1(), l.y1()), toPixel(l.x2(), l.y2())));
        painter->drawLines(pixels);
    }
}

}  // namespace moe::widgets
