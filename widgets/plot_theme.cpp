#include "plot_theme.h"

#include <qcustomplot.h>

namespace moe::widgets {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

namespace {

void themeAxis(QCPAxis *axis, const QColor &text, const QColor &grid)
{
    const QPen pen(text, 1);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setSubGridPen(Qt::NoPen);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

}  // namespace

void applyPlotTheme(QCustomPlot *plot, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(160);
    plot->setBackground(base);
    const auto rects = plot->axisRects();
    for (QCPAxisRect *rect : rects) {
        rect->setBackground(base);
        for (QCPAxis *axis : rect->axes())
            themeAxis(axis, text, grid);
    }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        QCPLayoutElement *element = plot->plotLayout()->elementAt(i);
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            title->setTextColor(text);
        if (auto *scale = qobject_cast<QCPColorScale *>(element))
            themeAxis(scale->axis(), text, grid);
    }
    // legends may live inside axis rects
    for (QCPAxisRect *rect : rects) {
        for (QCPLayoutElement *element : rect->insetLayout()->elements(false)) {
            if (auto *legend = qobject_cast<QCPLegend *>(element)) {
                QColor fill = base;
                fill.setAlpha(215);
                legend->setBrush(fill);
                legend->setBorderPen(QPen(grid));
                legend->setTextColor(text);
            }
        }
    }
    if (plot->legend) {
        QColor fill = base;
        fill.setAlpha(215);
        plot->legend->setBrush(fill);
        plot->legend->setBorderPen(QPen(grid));
        plot->legend->setTextColor(text);
    }
}

QCPColorGradient probabilityGradient(const QPalette &palette)
{
    QCPColorGradient gradient;
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    if (isDarkPalette(palette)) {
        gradient.setColorStopAt(0.0, palette.color(QPalette::Base));
        gradient.setColorStopAt(0.5, QColor(0x1f, 0x6f, 0xb4));
        gradient.setColorStopAt(1.0, QColor(0xd8, 0xee, 0xff));
    } else {
        gradient.setColorStopAt(0.0, QColor(0xff, 0xff, 0xff));
        gradient.setColorStopAt(0.5, QColor(0x6b, 0xae, 0xd6));
        gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    }
    return gradient;
}

void configureFastPlot(QCustomPlot *plot)
{
    plot->setNotAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeGrid);
    plot->setAntialiasedElements(QCP::aeAxes | QCP::aeLegend | QCP::aeLegendItems);
    plot->setPlottingHint(QCP::phFastPolylines, true);
    plot->setPlottingHint(QCP::phCacheLabels, true);
}

}  // namespace moe::widgets
