// A lesson variant as a real expert-parallel job: `mpirun -np P --oversubscribe moelab-cli
// train --set parallel.ranks=P … --stream` (one OpenMP thread per rank, P = parallel.ranks),
// whose step lines give the figures of the last `window` of the steps, means per step:
//
//   mpi_busiest_rank_rows     rows the straggler's experts processed (max over the ranks)
//   mpi_quietest_rank_rows    rows of the least busy rank (min over the ranks)
//   mpi_straggler_expert_ms   the straggler's time in its experts
//   mpi_step_ms               the step's wall time on the slowest rank (every rank waits for it)
//
// The job needs mpirun and moelab-cli; findMpiLessonTools says where they are ("" when not).
#pragma once

#include "core/config.h"

#include <QString>

#include <map>

namespace moe::app {

struct MpiLessonTools {
    QString mpirun, cli;
    [[nodiscard]] bool ok() const { return !mpirun.isEmpty() && !cli.isEmpty(); }
};

// mpirun on PATH; moelab-cli from $MOELAB_CLI, this program when it is moelab-cli, next to it
// or on PATH.
MpiLessonTools findMpiLessonTools();

// Runs the job (at most `timeoutSeconds`) and adds the figures above to `metrics`; returns ""
// or what went wrong (translated).
QString runMpiLessonJob(const ExperimentConfig &config, const MpiLessonTools &tools, double window,
                        std::map<QString, double> &metrics, int timeoutSeconds = 300);

}  // namespace moe::app
