// The run folder of a language-model run (moelab-cli train on a text corpus):
//
//   DIR/config.moelab          the experiment file: the configuration (every key), no weights; its
//                              "checkpoint" section names the checkpoint file beside it
//   DIR/checkpoint.bin         LmTrainer::serialize(): the whole model, the optimiser state, the
//                              step, every block's knock-outs and selection biases
//   DIR/metrics.csv            step,train_loss,val_loss,bits_per_byte,lr,aux_loss,grad_norm,
//                              ms_per_step,fwd_ms,bwd_ms,opt_ms   (one row per evaluation)
//   DIR/blocks.csv             step,block,max_over_mean,cv,dead_experts,entropy_ratio,
//                              dropped_fraction,tokens_0..tokens_{E-1}   (L rows per evaluation,
//                              counted over the validation windows)
//   DIR/drops_by_position.csv  step,block,position,dropped_fraction   (L·T rows per evaluation;
//                              only when the capacity is finite or something was dropped)
//   DIR/summary.json           the last evaluation and the run: val_loss, bits_per_byte,
//                              params_total, params_active, flops_per_token, wall_seconds,
//                              steps_per_second, threads, warnings, diverged, stop_reason, ...
//   DIR/plots/loss.png|pdf|svg training and validation loss over the steps
//
// Written atomically as a whole (StagedFolder): on any failure DIR is left as it was.
#pragma once

#include "lm_run.h"

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

namespace moe::app {

// The checkpoint's file name in a run folder.
inline const QString kCheckpointFileName = QStringLiteral("checkpoint.bin");

struct LmRunFolderOptions {
    bool plots = true;  // needs a QApplication (offscreen is fine)
    QStringList plotFormats {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")};
    QSize plotSize {900, 560};
};

// Column names (a contract). blocks.csv has one tokens_e column per expert after these.
const QStringList &lmMetricsColumns();
const QStringList &lmBlocksColumns();
const QStringList &lmDropsColumns();

QByteArray lmMetricsCsv(const LmRunRecord &record);
QByteArray lmBlocksCsv(const LmRunRecord &record);
QByteArray lmDropsCsv(const LmRunRecord &record);
// Whether drops_by_position.csv is written: capacity factor (training or evaluation) above 0,
// or any assignment dropped in an evaluation.
bool lmHasDrops(const LmRunRecord &record);
QJsonObject lmSummaryJson(const LmRunRecord &record);

// Writes every file into an existing folder (no staging). Returns "" or a translated error.
QString writeLmRunFiles(const QString &folder, const LmRunRecord &record, const LmRunFolderOptions &options = {});

}  // namespace moe::app
