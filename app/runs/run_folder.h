// The run folder: what `moelab-cli train --out DIR` and the window's "Export run…" write.
//
//   DIR/config.moelab     the experiment file: configuration, weights, metric history
//   DIR/metrics.csv       step,train_loss,test_loss,aux_loss,accuracy,load_cv,max_mean_load,
//                         dropped_fraction,gate_entropy   (one row per logged step)
//   DIR/experts.csv       step,expert,load,importance,dropped   (E rows per logged step)
//   DIR/summary.json      the final values of the metrics (accuracy = test accuracy) and
//                         mi_class_expert, params_total, params_active, flops_per_token
//   DIR/plots/NAME.png|pdf|svg   loss, expert_load, load_history, gate_heatmap, and, when they
//                         apply, specialization (classification), region_map (2-D input),
//                         curves (1-D regression)
//
// Written atomically as a whole (StagedFolder): on any failure DIR is left as it was.
#pragma once

#include "run_record.h"

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

namespace moe::app {

struct RunFolderOptions {
    bool plots = true;  // needs a QApplication (offscreen is fine); skipped otherwise
    QStringList plotFormats {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")};
    QSize plotSize {900, 560};
};

// Column names of metrics.csv and experts.csv (a contract).
const QStringList &metricsColumns();
const QStringList &expertsColumns();
// Keys of summary.json that every run folder has.
const QStringList &summaryKeys();

QByteArray metricsCsv(const RunRecord &record);
// Multi-task runs (RunRecord::taskNames): metrics.csv has, after the columns above,
// train_loss_<task> for each task, then test_loss_<task> for each task; gate_usage.csv holds
// task,expert,weight (the expert × task gate-weight matrix); summary.json adds tasks, gates,
// train_loss_<task> and test_loss_<task>; plots are task_losses and gate_usage.
QStringList multiTaskColumns(const QStringList &taskNames);
QByteArray multiTaskMetricsCsv(const RunRecord &record);
QByteArray gateUsageCsv(const RunRecord &record);
QByteArray expertsCsv(const RunRecord &record);
QJsonObject summaryJson(const RunRecord &record);

// Writes every file into an existing folder (no staging). Returns "" or a translated error.
QString writeRunFiles(const QString &folder, const RunRecord &record, const RunFolderOptions &options = {});

// Writes the whole run folder atomically. Returns "" or a translated error.
QString writeRunFolder(const QString &dir, const RunRecord &record, const RunFolderOptions &options = {});

// Writes `bytes` to `path` atomically (QSaveFile). Returns "" or a translated error.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

// A number for CSV/Markdown: shortest round-trip-ish text, empty for NaN.
QString csvNumber(double value);

}  // namespace moe::app
