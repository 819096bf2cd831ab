// runMultiTaskExperiment(): runExperiment() (training_run.h) for a multi-task configuration
// (core/mmoe: MMoE, OMoE or a shared bottom on data with several target columns). It logs a
// row every train.eval_every steps and at the end with, besides the usual columns, each
// task's train and test loss (MetricRow::taskTrainLoss/taskTestLoss; accuracy = the mean R²
// of the tasks), and leaves the gate-weight matrix (tasks × experts) in the record.
// runExperiment() calls it when multiTaskCount() says the run is multi-task. The record
// carries the whole run as weights (MultiTaskTrainer::serialize: a checkpoint that
// config.moelab embeds), and RunOptions::initialWeights continues one.
#pragma once

#include "training_run.h"

namespace moe::app {

RunOutcome runMultiTaskExperiment(const ExperimentConfig &config, std::shared_ptr<const Dataset> data,
                                  const RunOptions &options = {});

}  // namespace moe::app
