#include "expert_palette.h"

#include <QString>

#include <algorithm>
#include <array>

namespace moe::widgets {

namespace {

constexpr std::array<QRgb, 17> kPalette = {
    // Okabe & Ito (2008), "Color Universal Design"; black replaced by grey.
    0x0072B2,  // blue
    0xE69F00,  // orange
    0x009E73,  // bluish green
    0xD55E00,  // vermillion
    0x56B4E9,  // sky blue
    0xCC79A7,  // reddish purple
    0xF0E442,  // yellow
    0x999999,  // grey
    // Paul Tol, "muted" qualitative scheme.
    0x332288,  // indigo
    0x88CCEE,  // cyan
    0x44AA99,  // teal
    0x117733,  // green
    0x999933,  // olive
    0xDDCC77,  // sand
    0xCC6677,  // rose
    0x882255,  // wine
    0xAA4499,  // purple
};

}  // namespace

int expertPaletteSize()
{
    return int(kPalette.size());
}

QColor expertColor(int e)
{
    if (e < 0)
        return QColor(0x80, 0x80, 0x80);
    const int n = int(kPalette.size());
    QColor c = QColor::fromRgb(kPalette[std::size_t(e % n)]);
    for (int round = e / n; round > 0; --round)
        c = c.darker(135);
    return c;
}

QColor expertColorFaded(int e, double strength, const QColor &background)
{
    const double t = std::clamp(strength, 0.0, 1.0);
    const QColor c = expertColor(e);
    auto mix = [t](int a, int b) {
        return int(b + (a - b) * t + 0.5);
    };
    return QColor(mix(c.red(), background.red()), mix(c.green(), background.green()), mix(c.blue(), background.blue()));
}

QString expertShortName(int e)
{
    return QStringLiteral("E%1").arg(e + 1);
}

int expertLabelStride(int experts, double room, const QFontMetrics &metrics)
{
    if (experts <= 1)
        return 1;
    // the widest name plus a gap of one "E"
    const double need = metrics.horizontalAdvance(expertShortName(experts - 1) + QLatin1Char('E'));
    const double perExpert = std::max(room, 1.0) / experts;
    for (int stride : {1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64, 100, 128, 256})
        if (stride * perExpert >= need)
            return stride;
    return experts;  // only E1
}

}  // namespace moe::widgets
