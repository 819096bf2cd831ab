// Colours of a QCustomPlot taken from the widget palette, so plots follow the system's light
// or dark theme; plus small helpers shared by the plot views.
#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;
class QCPAxis;
class QCPColorGradient;

namespace moe::widgets {

bool isDarkPalette(const QPalette &palette);

// Background, axes, ticks, grid, legend and titles from `palette`.
void applyPlotTheme(QCustomPlot *plot, const QPalette &palette);

// Sequential gradient for probabilities / fractions: background colour → deep blue.
QCPColorGradient probabilityGradient(const QPalette &palette);

// Fast-redraw settings: no antialiasing for plottables, a copy-free queued replot.
void configureFastPlot(QCustomPlot *plot);

}  // namespace moe::widgets
