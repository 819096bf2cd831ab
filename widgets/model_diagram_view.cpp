#include "model_diagram_view.h"
#include "display_names.h"

#include "expert_palette.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace moe::widgets {

ModelDiagramView::ModelDiagramView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("model-diagram"));
    setMinimumSize(320, 220);
    m_animation.setInterval(40);  // 25 frames per second is plenty for flowing dots
    connect(&m_animation, &QTimer::timeout, this, [this] {
        m_phase = std::fmod(m_phase + 0.015, 1.0);
        update();
    });
    retranslateUi();
}

void ModelDiagramView::retranslateUi()
{
    setToolTip(tr("Tokens flow from the input through the gate to the chosen experts. Brighter "
                  "experts get more tokens. Click an expert to knock it out or bring it back."));
    update();
}

void ModelDiagramView::setAnimated(bool on)
{
    m_animated = on;
    if (on && isVisible())
        m_animation.start();
    else
        m_animation.stop();
}

void ModelDiagramView::showEvent(QShowEvent *event)
{
    SnapshotView::showEvent(event);
    if (m_animated)
        m_animation.start();
}

void ModelDiagramView::hideEvent(QHideEvent *event)
{
    m_animation.stop();
    SnapshotView::hideEvent(event);
}

void ModelDiagramView::rebuild()
{
    update();
}

QRectF ModelDiagramView::expertRect(int expert) const
{
    return expert >= 0 && expert < m_expertRects.size() ? m_expertRects[expert] : QRectF();
}

int ModelDiagramView::expertAt(const QPointF &pos) const
{
    for (int e = 0; e < m_expertRects.size(); ++e)
        if (m_expertRects[e].contains(pos))
            return e;
    return -1;
}

void ModelDiagramView::mousePressEvent(QMouseEvent *event)
{
    const int e = event->button() == Qt::LeftButton ? expertAt(event->position()) : -1;
    if (e >= 0 && !snapshot().expertStats.empty() && !snapshot().expertStats[std::size_t(e)].shared)
        emit expertClicked(e);
    else
        SnapshotView::mousePressEvent(event);
}

void ModelDiagramView::drawBox(QPainter &p, const QRectF &r, const QString &text, const QColor &fill,
                               const QColor &border) const
{
    p.setPen(QPen(border, 1.5));
    p.setBrush(fill);
    const double radius = std::min(6.0, r.height() / 2);
    p.drawRoundedRect(r, radius, radius);
    if (text.isEmpty())
        return;
    p.setPen(fill.lightness() < 110 ? QColor(Qt::white) : QColor(0x10, 0x10, 0x10));
    const QRectF inner = r.adjusted(2, 1, -2, -1);
    p.save();
    p.setFont(fittingFont(font(), inner, text));
    p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, text);
    p.restore();
}

QFont ModelDiagramView::fittingFont(QFont f, const QRectF &r, const QString &text)
{
    // Narrow docks: shrink the text until it fits (down to 6 pt) rather than clip it.
    constexpr double kSmallest = 6.0;
    for (int i = 0; i < 8 && f.pointSizeF() > kSmallest; ++i) {
        const QRectF need = QFontMetricsF(f).boundingRect(r, Qt::AlignCenter | Qt::TextWordWrap, text);
        if (need.width() <= r.width() + 0.5 && need.height() <= r.height() + 0.5)
            break;
        f.setPointSizeF(std::max(kSmallest, f.pointSizeF() * 0.87));
    }
    return f;
}

void ModelDiagramView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const QColor mid = palette().color(QPalette::Mid);
    p.fillRect(rect(), base);
    const moe::Snapshot &s = snapshot();
    const QFontMetrics fm(font());
    const int line = fm.height();

    // routed experts in the middle column, shared ones below them
    QVector<int> routed, shared;
    for (int e = 0; e < int(s.expertStats.size()); ++e)
        (s.expertStats[std::size_t(e)].shared ? shared : routed).append(e);
    const int count = int(routed.size() + shared.size());
    const double w = width(), h = height() - 2.5 * line;  // room for the caption below
    // at most 15 % of the width each, so the five columns never overlap when the dock is narrow
    const double boxW = std::min(std::clamp(w * 0.13, 56.0, 120.0), w * 0.15),
                 boxH = std::clamp(h * 0.16, 2.0 * line, 3.2 * line);
    const QRectF input(w * 0.02, h / 2 - boxH / 2, boxW, boxH);
    const QRectF gate(w * 0.24, h / 2 - boxH / 2, boxW, boxH);
    const QRectF combine(w * 0.72, h / 2 - boxH / 2, boxW * 0.8, boxH);
    const QRectF output(w * 0.98 - boxW * 0.8, h / 2 - boxH / 2, boxW * 0.8, boxH);
    const double slot = count > 0 ? (h - 8) / count : h;
    const double expertH = std::clamp(slot - std::min(6.0, slot * 0.25), 1.0, 2.4 * line);
    // Boxes too thin for a name (many experts) stay unnamed but every stride-th, whose name is
    // drawn on a small tag over the box.
    const bool namesInside = expertH >= 0.7 * line;
    const int tagStride = namesInside ? 1 : std::max(1, int(std::ceil(1.1 * line / std::max(slot, 0.1))));
    const double expertX = w * 0.47;

    m_expertRects = QVector<QRectF>(int(s.expertStats.size()));
    double maxLoad = 1e-9;
    for (const auto &st : s.expertStats)
        maxLoad = std::max(maxLoad, st.load);

    auto flow = [&](const QPointF &a, const QPointF &b, double share, const QColor &c, int dots) {
        QPainterPath path(a);
        const double mx = (a.x() + b.x()) / 2;
        path.cubicTo(QPointF(mx, a.y()), QPointF(mx, b.y()), b);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, 1.0 + 7.0 * std::clamp(share, 0.0, 1.0), Qt::SolidLine, Qt::RoundCap));
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(text);
        for (int i = 0; i < dots; ++i) {
            const double t = std::fmod(m_phase + double(i) / dots, 1.0);
            p.drawEllipse(path.pointAtPercent(t), 2.5, 2.5);
        }
    };

    const bool anyLoad = maxLoad > 1e-6;
    QVector<QPair<QRectF, QString>> tags;
    for (int slotIndex = 0; slotIndex < count; ++slotIndex) {
        const bool isShared = slotIndex >= routed.size();
        const int e = isShared ? shared[slotIndex - routed.size()] : routed[slotIndex];
        const auto &st = s.expertStats[std::size_t(e)];
        const QRectF r(expertX, 4 + slotIndex * slot + (slot - expertH) / 2, boxW, expertH);
        m_expertRects[e] = r;
        const double share = st.knockedOut ? 0.0 : (isShared ? 1.0 : st.load);
        QColor edge = st.knockedOut ? mid : expertColor(e);
        edge.setAlpha(170);
        const int dots = st.knockedOut || !anyLoad ? 0 : std::clamp(int(std::round(share * 8)), isShared ? 3 : 0, 8);
        flow(isShared ? input.center() + QPointF(boxW / 2, 0) : gate.center() + QPointF(boxW / 2, 0),
             QPointF(r.left(), r.center().y()), isShared ? 0.3 : share, edge, dots);
        flow(QPointF(r.right(), r.center().y()), combine.center() - QPointF(combine.width() / 2, 0),
             isShared ? 0.3 : share, edge, dots);

        const double light = anyLoad ? 0.25 + 0.75 * std::clamp(st.load / maxLoad, 0.0, 1.0) : 0.6;
        const QColor fill = st.knockedOut ? mid : expertColorFaded(e, isShared ? 1.0 : light, base);
        QString label = expertShortName(e);
        if (isShared)
            label = tr("shared %1").arg(label);
        else if (expertH >= 1.8 * line && !st.knockedOut)
            label += QStringLiteral("\n%1 %").arg(100.0 * st.load, 0, 'f', 0);
        drawBox(p, r, namesInside ? label : QString(), fill, st.knockedOut ? mid : expertColor(e).darker(130));
        if (!namesInside && slotIndex % tagStride == 0)
            tags.append({r, label});
        if (st.frozen) {
            p.setPen(QPen(text, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 7, 7);
            p.drawText(QRectF(r.right() + 6, r.top(), w * 0.12, r.height()), Qt::AlignVCenter, tr("frozen"));
        }
        if (st.knockedOut) {
            p.setPen(QPen(QColor(0xC0, 0x39, 0x2B), 2.5));
            p.drawLine(r.topLeft(), r.bottomRight());
            p.drawLine(r.bottomLeft(), r.topRight());
        }
    }
    // name tags last, over the boxes and flows
    for (const auto &[box, name] : tags) {
        QFont small = font();
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
        const QFontMetricsF tagMetrics(small);
        const QSizeF size(tagMetrics.horizontalAdvance(name) + 6, tagMetrics.height());
        const QRectF tag(QPointF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2), size);
        p.setPen(Qt::NoPen);
        p.setBrush(base);
        p.drawRoundedRect(tag, 3, 3);
        p.setPen(text);
        p.setFont(small);
        p.drawText(tag, Qt::AlignCenter, name);
    }
    p.setFont(font());
    flow(input.center() + QPointF(boxW / 2, 0), gate.center() - QPointF(boxW / 2, 0), 0.6, mid, anyLoad ? 4 : 0);
    flow(combine.center() + QPointF(combine.width() / 2, 0), output.center() - QPointF(output.width() / 2, 0), 0.6, mid,
         anyLoad ? 4 : 0);

    const QColor boxFill = palette().color(QPalette::Button);
    drawBox(p, input, tr("input x"), boxFill, text);
    drawBox(p, gate, tr("gate\nsoftmax(x·W)"), boxFill, text);
    drawBox(p, combine, QStringLiteral("Σ wₑ·Eₑ(x)"), boxFill, text);
    drawBox(p, output, tr("output"), boxFill, text);

    const QLocale locale;
    const QString caption = tr("%1 · k = %2 of %3 experts · %4 parameters, %5 active per token")
                                .arg(displayStrategyName(s.strategyId))
                                .arg(s.k)
                                .arg(s.experts)
                                .arg(locale.toString(s.paramsTotal))
                                .arg(locale.toString(s.paramsActive));
    p.setPen(text);
    const QRectF captionRect(8, height() - 2 * line, width() - 16, 2 * line);
    p.setFont(fittingFont(font(), captionRect, caption));
    p.drawText(captionRect, Qt::AlignCenter | Qt::TextWordWrap, caption);
}

}  // namespace moe::widgets
