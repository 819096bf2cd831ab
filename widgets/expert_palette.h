// The one expert palette every view uses, readable by colour-blind students: Okabe–Ito's
// eight colours first (black swapped for grey so it reads on dark backgrounds too), then
// Paul Tol's "muted" set, then the same hues again, darker, for very many experts.
#pragma once

#include <QColor>
#include <QFontMetrics>

namespace moe::widgets {

// Colour of expert e (0-based). Stable: expert 2 is the same colour in every view.
QColor expertColor(int e);

// How many distinct colours exist before the palette repeats (darker).
int expertPaletteSize();

// The expert colour mixed toward `background` by (1 - strength), strength in [0, 1].
QColor expertColorFaded(int e, double strength, const QColor &background);

// "E1", "E2", ...: the short label of an expert (1-based for students).
QString expertShortName(int e);

// Every how many experts a row of names fits in `room` pixels without the names running into
// each other: 1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64, … (64 experts in a 300-pixel axis
// get E1, E9, E17, …). Expert e is named when e % stride == 0.
int expertLabelStride(int experts, double room, const QFontMetrics &metrics);

}  // namespace moe::widgets
