// The sweep curve of moelab-cli sweep: each run's final test loss against the first swept key
// whose values are all numbers (seeds excepted), one line per setting of the other keys, the
// runs that differ only in data.seed / train.seed averaged — e.g. --vary
// data.task_correlation=1,0.5,0 --vary model.gates=none,shared,per_task draws the MMoE paper's
// ρ plot. Saved as FOLDER/sweep_test_loss.FORMAT (widgets/sweep_curve_view.h).
#pragma once

#include "sweep.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

namespace moe::app {

// The key drawn along x, or "" when no swept key is numeric.
QString sweepCurveKey(const std::vector<SweepAxis> &axes);

// Returns "" or a translated error; does nothing (and returns "") without a numeric key.
QString renderSweepCurvePlot(const std::vector<SweepAxis> &axes, const std::vector<SweepResult> &results,
                             const QString &folder, const QStringList &formats, QSize size);

}  // namespace moe::app
