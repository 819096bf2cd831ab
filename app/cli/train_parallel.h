// moelab-cli train with expert parallelism: `mpirun -np P moelab-cli train --set
// parallel.ranks=P … --out DIR [--stream]` trains the vector MoE on P MPI ranks
// (core/parallel/expert_parallel_trainer.h). Rank 0 writes the run folder (config.moelab,
// metrics.csv, experts.csv, summary.json with a "parallel" object, traffic.csv, plots) and,
// with --stream, one JSON line per event on stdout (parallel_report.h); the other ranks write
// nothing. Built without MPI it says how to get it.
#pragma once

#include "app/runs/run_folder.h"

#include "core/config.h"

#include <QString>

namespace moe::cli {

// Whether this invocation is meant to run expert parallel: parallel.ranks > 1, --stream, or
// started by mpirun with more than one process.
bool wantsExpertParallel(const ExperimentConfig &config, bool stream);

// Returns the exit code (as runTrain: 2 bad input, nothing written; 1 failed; 0 ok).
int trainExpertParallel(const ExperimentConfig &config, const QString &outDir,
                        const app::RunFolderOptions &folderOptions, bool verbose, bool stream);

}  // namespace moe::cli
