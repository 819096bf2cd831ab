// The plots of a run folder, drawn by the same views as the window, offscreen, and saved in
// each requested format (png, pdf, svg) as FOLDER/NAME.FORMAT. Needs a QApplication (the
// offscreen platform is fine); call from the GUI thread.
#pragma once

#include "run_record.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace moe::app {

// Whether widgets can be created here (a QApplication exists and this is its thread).
bool canRenderPlots();

// The plot names that apply to this run (loss, expert_load, gate_heatmap, ...).
QStringList runPlotNames(const RunRecord &record);

// Renders every plot of the run. Returns "" or a translated error.
QString renderRunPlots(const RunRecord &record, const QString &folder, const QStringList &formats, QSize size);

}  // namespace moe::app
