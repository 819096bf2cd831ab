// Expert names along a plot axis: "E1 E2 …" for a few experts, every stride-th name for many
// (64 experts on a narrow dock: E1, E9, E17, …), so the labels never run into each other.
#pragma once

#include <qcustomplot.h>

namespace moe::widgets {

// Every how many experts the axis (coordinate e = expert e) can name, from its current length
// in pixels and its tick-label font.
int expertAxisStride(int experts, const QCPAxis *axis);

// The ticker naming experts 0, stride, 2·stride, …
QSharedPointer<QCPAxisTickerText> expertAxisTicker(int experts, int stride);

}  // namespace moe::widgets
