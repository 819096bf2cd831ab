// ByteCells: lays bytes of UTF-8 text out as character cells for painting, line by line.
//
// A valid UTF-8 sequence (1–4 bytes) is one cell, so a Chinese character (three bytes) or an
// umlaut (two) is drawn whole; each of its bytes owns an equal vertical stripe of the cell, so
// a cell can still show each byte's expert. A byte that does not start a valid sequence is a
// cell of its own shown as its value ("\xE4"), so invalid UTF-8 is visible, never dropped.
// A newline is a narrow cell "↵" that ends the line; a tab is drawn as "→".
#pragma once

#include <QFontMetrics>
#include <QRectF>
#include <QStringList>
#include <QString>

#include <cstdint>
#include <vector>

namespace moe::widgets {

struct ByteCell {
    int first = 0;  // index of its first byte
    int count = 1;  // bytes in it (1–4)
    QString text;  // what is drawn
    bool valid = true;  // false: a byte of invalid UTF-8, shown as \xNN
    QRectF rect;  // where it is drawn
    // The stripe of byte `first + i` (0 ≤ i < count) inside rect.
    [[nodiscard]] QRectF stripe(int i) const;
};

// Lays `bytes` out in lines of at most `width` pixels (cells never split), lines `lineHeight`
// apart, starting at (margin, margin).
std::vector<ByteCell> layoutByteCells(const std::vector<std::uint8_t> &bytes, const QFontMetrics &metrics, double width,
                                      double lineHeight, double margin = 4);

// The cell that holds byte `index` (−1 when none).
int cellOfByte(const std::vector<ByteCell> &cells, int index);
// The cell under `point` (−1 when none).
int cellAt(const std::vector<ByteCell> &cells, const QPointF &point);

// The bytes in hex for tooltips and CSV ("E4 B8 AD").
QString byteText(const std::vector<std::uint8_t> &bytes, int first, int count);

}  // namespace moe::widgets
