// The plots of a multi-task run folder (RunRecord::taskNames non-empty), drawn offscreen by
// the multi-task views: task_losses (each task's train and test loss, widgets/task_loss_view.h)
// and gate_usage (the expert × task gate-weight matrix, widgets/task_gate_view.h), saved as
// FOLDER/NAME.FORMAT. Needs a QApplication, like renderRunPlots().
#pragma once

#include "run_record.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace moe::app {

QStringList multiTaskPlotNames();
// rows[row][task], NaN when missing (the per-task loss lists of RunRecord).
double lossAt(const std::vector<std::vector<double>> &rows, std::size_t row, std::size_t task);
// Returns "" or a translated error.
QString renderMultiTaskPlots(const RunRecord &record, const QString &folder, const QStringList &formats, QSize size);

}  // namespace moe::app
