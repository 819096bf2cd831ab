// moelab-cli train on a text corpus (data.name shakespeare, fortunes, text): the language model
// (core/lm/lm_trainer.h) instead of the vector trainer, and its own run folder
// (app/runs/lm_run_folder.h).
#pragma once

#include "app/runs/lm_run_folder.h"
#include "app/runs/staged_folder.h"

#include "core/config.h"

namespace moe::cli {

// Trains, writes the staged folder and commits it. Returns the exit code: 2 when the corpus or
// the shape is unusable (nothing written), 1 when writing failed or training diverged (the
// folder is written and consistent, summary.json says why it stopped), 0 otherwise.
int trainLanguageModel(const ExperimentConfig &config, app::StagedFolder &folder,
                       const app::LmRunFolderOptions &options, bool verbose);

}  // namespace moe::cli
