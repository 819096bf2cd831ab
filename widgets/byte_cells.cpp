// ByteCells: UTF-8 aware layout of byte text into character cells.
#include "byte_cells.h"

#include <core/lm/lm_snapshot.h>

#include <algorithm>

namespace moe::widgets {
namespace {

// Bytes of the valid UTF-8 character starting at `at` (0 when it is not one).
int validSequenceAt(const std::vector<std::uint8_t> &bytes, std::size_t at)
{
    const std::uint8_t lead = bytes[at];
    if (lead < 0x80)
        return 1;
    const int n = moe::utf8SequenceLength(lead);
    if (n == 1 || at + std::size_t(n) > bytes.size())
        return 0;
    for (int i = 1; i < n; ++i)
        if ((bytes[at + std::size_t(i)] & 0xC0) != 0x80)
            return 0;
    return n;
}

QString hexByte(std::uint8_t b)
{
    return QStringLiteral("\\x") + QString::number(int(b), 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

QString cellText(const std::vector<std::uint8_t> &bytes, std::size_t at, int n, bool valid)
{
    if (!valid)
        return hexByte(bytes[at]);
    const std::uint8_t b = bytes[at];
    if (b == '\n')
        return QStringLiteral("↵");
    if (b == '\t')
        return QStringLiteral("→");
    if (b == '\r')
        return QStringLiteral("␍");
    if (b < 0x20 || b == 0x7F)
        return hexByte(b);
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes.data() + at), n);
}

}  // namespace

QRectF ByteCell::stripe(int i) const
{
    const double w = rect.width() / std::max(1, count);
    return QRectF(rect.left() + w * i, rect.top(), w, rect.height());
}

std::vector<ByteCell> layoutByteCells(const std::vector<std::uint8_t> &bytes, const QFontMetrics &metrics, double width,
                                      double lineHeight, double margin)
{
    std::vector<ByteCell> cells;
    cells.reserve(bytes.size());
    double x = margin, y = margin;
    const double right = std::max(width - margin, margin + 1.0);
    const double pad = 2;
    std::size_t at = 0;
    while (at < bytes.size()) {
        const int n = validSequenceAt(bytes, at);
        ByteCell c;
        c.first = int(at);
        c.valid = n > 0;
        c.count = n > 0 ? n : 1;
        c.text = cellText(bytes, at, c.count, c.valid);
        const double w = std::max<double>(metrics.horizontalAdvance(c.text) + pad, metrics.averageCharWidth());
        if (x + w > right && x > margin) {
            x = margin;
            y += lineHeight;
        }
        c.rect = QRectF(x, y, w, lineHeight - 3);
        cells.push_back(c);
        x += w;
        if (bytes[at] == '\n' && c.valid) {
            x = margin;
            y += lineHeight;
        }
        at += std::size_t(c.count);
    }
    return cells;
}

int cellOfByte(const std::vector<ByteCell> &cells, int index)
{
    const auto it =
        std::upper_bound(cells.begin(), cells.end(), index, [](int i, const ByteCell &c) { return i < c.first; });
    if (it == cells.begin())
        return -1;
    const ByteCell &c = *(it - 1);
    return index < c.first + c.count ? int(it - cells.begin()) - 1 : -1;
}

int cellAt(const std::vector<ByteCell> &cells, const QPointF &point)
{
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (cells[i].rect.contains(point))
            return int(i);
    return -1;
}

QString byteText(const std::vector<std::uint8_t> &bytes, int first, int count)
{
    QStringList hex;
    for (int i = first; i < first + count && i < int(bytes.size()); ++i)
        hex << QStringLiteral("%1").arg(int(bytes[std::size_t(i)]), 2, 16, QLatin1Char('0')).toUpper();
    return hex.join(QLatin1Char(' '));
}

}  // namespace moe::widgets
