// RoutedTextCanvas: painting bytes by expert, with the k > 1 underlines and the tooltips.
#include "routed_text_canvas.h"

#include "expert_palette.h"
#include "plot_theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace moe::widgets {
namespace {

constexpr double kUnderline = 2.0;  // height of one extra expert's underline

constexpr double kCellStrength = 0.65;  // the cell: the expert's colour a little lighter, so text reads on it

bool readableOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45;
}

}  // namespace

RoutedTextCanvas::RoutedTextCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RoutedTextCanvas::setText(const std::vector<moe::RoutedByte> &text)
{
    bool sameBytes = text.size() == m_text.size();
    for (std::size_t i = 0; sameBytes && i < text.size(); ++i)
        sameBytes = text[i].byte == m_text[i].byte;
    m_text = text;
    if (!sameBytes) {
        m_bytes.resize(text.size());
        for (std::size_t i = 0; i < text.size(); ++i)
            m_bytes[i] = text[i].byte;
        relayout();
        updateGeometry();
    }
    update();
}

void RoutedTextCanvas::setBlock(int block)
{
    if (block == m_block)
        return;
    m_block = block;
    update();
}

void RoutedTextCanvas::setHighlight(int position, const std::vector<double> &weights)
{
    m_highlightAt = position;
    m_highlight = weights;
    update();
}

double RoutedTextCanvas::lineHeight() const
{
    return fontMetrics().height() + 4 + 2 * kUnderline + 2;
}

void RoutedTextCanvas::relayout()
{
    m_cells = layoutByteCells(m_bytes, fontMetrics(), width(), lineHeight());
}

QSize RoutedTextCanvas::sizeHint() const
{
    return {600, heightForWidth(600)};
}

int RoutedTextCanvas::heightForWidth(int width) const
{
    const auto cells = layoutByteCells(m_bytes, fontMetrics(), width, lineHeight());
    return cells.empty() ? int(lineHeight()) + 8 : int(cells.back().rect.bottom() + 8);
}

QColor RoutedTextCanvas::cellColor(int expert) const
{
    return expertColorFaded(expert, kCellStrength, QColor(Qt::white));
}

QColor RoutedTextCanvas::stripeColor(int index) const
{
    if (index < 0 || index >= int(m_text.size()))
        return {};
    const auto &experts = m_text[std::size_t(index)].experts;
    if (m_block < 0 || m_block >= int(experts.size()) || experts[std::size_t(m_block)].empty())
        return palette().color(QPalette::Mid);
    return cellColor(experts[std::size_t(m_block)].front());
}

void RoutedTextCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    QFont bold = font();
    bold.setBold(true);
    for (std::size_t ci = 0; ci < m_cells.size(); ++ci) {
        const ByteCell &c = m_cells[ci];
        const QRectF body(c.rect.left(), c.rect.top(), c.rect.width(), c.rect.height() - 2 * kUnderline);
        bool dropped = false;
        for (int i = 0; i < c.count; ++i) {
            const int b = c.first + i;
            const QRectF s = c.stripe(i);
            const QRectF stripe(s.left(), body.top(), s.width(), body.height());
            const auto &experts = m_text[std::size_t(b)].experts;
            const bool none = m_block < 0 || m_block >= int(experts.size()) || experts[std::size_t(m_block)].empty();
            dropped = dropped || none;
            if (none) {
                p.fillRect(stripe, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
                continue;
            }
            const auto &list = experts[std::size_t(m_block)];
            p.fillRect(stripe, cellColor(list.front()));
            for (std::size_t r = 1; r < list.size() && r < 3; ++r)  // the 2nd and 3rd expert
                p.fillRect(
                    QRectF(stripe.left(), body.bottom() + kUnderline * double(r - 1), stripe.width(), kUnderline),
                    expertColor(list[r]));
        }
        const QColor background = dropped ? palette().color(QPalette::Base) : stripeColor(c.first);
        p.setPen(c.valid ? (readableOn(background) ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white)) : QColor(Qt::red));
        p.setFont(m_text[std::size_t(c.first)].generated ? bold : font());
        p.drawText(body, Qt::AlignCenter, c.text);
        if (int(ci) == m_hovered) {
            p.setPen(QPen(text, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(c.rect.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
    // Attention of the hovered position: an outline whose strength is the weight.
    if (!m_highlight.empty()) {
        p.setBrush(Qt::NoBrush);
        for (const ByteCell &c : m_cells) {
            double w = 0;
            for (int i = 0; i < c.count; ++i)
                if (std::size_t(c.first + i) < m_highlight.size())
                    w += m_highlight[std::size_t(c.first + i)];
            if (w < 0.02)
                continue;
            QColor ink = text;
            ink.setAlphaF(std::clamp(0.25 + w, 0.0, 1.0));
            p.setPen(QPen(ink, 1 + 3 * std::min(1.0, w)));
            p.drawRect(c.rect.adjusted(1, 1, -1, -1));
        }
        const int at = cellOfByte(m_cells, m_highlightAt);
        if (at >= 0) {
            p.setPen(QPen(text, 2, Qt::DashLine));
            p.drawRect(m_cells[std::size_t(at)].rect.adjusted(-1, -1, 1, 1));
        }
    }
}

QString RoutedTextCanvas::toolTipFor(int cell) const
{
    if (cell < 0 || cell >= int(m_cells.size()))
        return {};
    const ByteCell &c = m_cells[std::size_t(cell)];
    QStringList lines;
    lines << tr("“%1” at position %2, bytes %3").arg(c.text).arg(c.first).arg(byteText(m_bytes, c.first, c.count));
    if (!c.valid)
        lines << tr("not valid UTF-8: shown as the byte's value");
    for (int i = 0; i < c.count; ++i) {
        const moe::RoutedByte &b = m_text[std::size_t(c.first + i)];
        QStringList parts;
        if (m_block >= 0 && m_block < int(b.experts.size()))
            for (std::size_t r = 0; r < b.experts[std::size_t(m_block)].size(); ++r)
                parts << tr("%1 (weight %2)")
                             .arg(expertShortName(b.experts[std::size_t(m_block)][r]))
                             .arg(b.weights[std::size_t(m_block)][r], 0, 'f', 2);
        const QString who = parts.isEmpty() ? tr("no expert (dropped)") : parts.join(QStringLiteral(", "));
        lines << (c.count > 1 ? tr("byte %1: %2").arg(i + 1).arg(who) : who);
    }
    return lines.join(QLatin1Char('\n'));
}

void RoutedTextCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void RoutedTextCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        relayout();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void RoutedTextCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const int cell = cellAt(m_cells, event->position());
    if (cell != m_hovered) {
        m_hovered = cell;
        update();
        emit positionHovered(cell >= 0 ? m_cells[std::size_t(cell)].first : -1);
    }
    QWidget::mouseMoveEvent(event);
}

void RoutedTextCanvas::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
        emit positionHovered(-1);
    }
    QWidget::leaveEvent(event);
}

bool RoutedTextCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cell = cellAt(m_cells, help->pos());
        if (cell >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(cell), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace moe::widgets
