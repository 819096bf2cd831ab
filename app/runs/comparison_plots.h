// Comparison plots of several runs (a sweep, or saved runs): one plot per metric with one
// curve per run over the training steps, in the shared palette, saved as
// FOLDER/compare_METRIC.FORMAT. Needs a QApplication; call from the GUI thread.
#pragma once

#include "run_record.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

namespace moe::app {

struct LabelledRun {
    QString label;  // legend text, e.g. "routing.k=2"
    const RunRecord *record;  // not owned
};

// The metrics compared (metrics.csv columns): train_loss, test_loss, accuracy, load_cv,
// max_mean_load, dropped_fraction, gate_entropy.
QStringList comparisonMetrics();

// Returns "" or a translated error.
QString renderComparisonPlots(const std::vector<LabelledRun> &runs, const QString &folder, const QStringList &formats,
                              QSize size);

}  // namespace moe::app
