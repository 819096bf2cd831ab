#include "expert_axis.h"

#include "expert_palette.h"

#include <algorithm>
#include <cmath>

namespace moe::widgets {

int expertAxisStride(int experts, const QCPAxis *axis)
{
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    double room = horizontal ? axis->axisRect()->width() : axis->axisRect()->height();
    if (room < 10 && axis->parentPlot())  // before the first layout: assume most of the plot
        room = 0.8 * (horizontal ? axis->parentPlot()->width() : axis->parentPlot()->height());
    const QFontMetrics metrics(axis->tickLabelFont());
    if (horizontal)
        return expertLabelStride(experts, room, metrics);
    return std::max(1, int(std::ceil(experts * 1.2 * metrics.height() / std::max(room, 1.0))));
}

QSharedPointer<QCPAxisTickerText> expertAxisTicker(int experts, int stride)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int e = 0; e < experts; e += std::max(1, stride))
        ticker->addTick(e, expertShortName(e));
    return ticker;
}

}  // namespace moe::widgets
