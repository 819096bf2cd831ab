// What an expert-parallel run reports (EXPERT_PARALLEL.md §3), as text: the JSON lines of
// `moelab-cli train --stream` that a window reads live, the rows of the run folder's
// traffic.csv and the summary fields. Plain functions of the step statistics; no MPI here.
//
//   {"event":"start", ranks, experts, placement, owner[E], steps, strategy, k, batch}
//   {"event":"step", step, loss, task_loss, aux_loss, tokens[P][P], bytes[P][P], processed[P],
//    step_s[P], mpi_s[P], expert_s[P], straggler, failed_rank (−1: none), expert_load[E],
//    dropped_fraction}
//   {"event":"eval", step, test_loss, accuracy}
//   {"event":"done", step, folder, summary} · {"event":"error", message}
//   {"event":"set", key, value, step}   a command took effect from step `step` on
//   {"event":"warning", message}        a command was refused; the job goes on
//
// Commands (JSON lines rank 0 reads on its stdin while the job runs; mpirun forwards its stdin
// to rank 0, which broadcasts them so every rank applies them before the same step):
//   {"set":"parallel.failed_rank","value":"1"}              knock out rank 1 from the next step
//   {"set":"parallel.failed_rank","value":"none"}           restore it ("-1" or -1 too)
//   {"set":"parallel.failed_rank","value":1,"step":40}      from step 40 on (a later step waits)
//
// traffic.csv: step,layer,src,dst,tokens,bytes — one row per (src, dst) per step and MoE layer
// (the dispatch; the combine sends the same rows back, o values wide instead of d).
#pragma once

#include "core/parallel/expert_owners.h"
#include "core/parallel/layer_traffic.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace moe::parallel {
struct ParallelStepStats;
}

namespace moe::cli {

QByteArray startLine(const ExperimentConfig &config, const parallel::ExpertOwners &owners);
QByteArray stepLine(const parallel::ParallelStepStats &stats);
QByteArray evalLine(int step, double testLoss, double accuracy);
QByteArray doneLine(int step, const QString &folder, const QJsonObject &summary);
QByteArray errorLine(const QString &message);
QByteArray setLine(const QString &key, const QString &value, int step);
QByteArray warningLine(const QString &message);

// One command line. Only parallel.failed_rank can change while the job runs.
struct JobCommand {
    QString key;  // "parallel.failed_rank"
    int failedRank = -1;  // −1: none (restore)
    int step = 0;  // the first step it applies to; 0: the next one
};
// Reads `line` into `command`; returns "" or what is wrong with it (translated).
QString parseJobCommand(const QByteArray &line, JobCommand &command);

// Accumulates the traffic of every step for traffic.csv and the summary.
class TrafficLog {
public:
    void add(const parallel::ParallelStepStats &stats);
    [[nodiscard]] QByteArray csv() const;
    // alltoall_bytes_per_step, alltoall_offrank_bytes_per_step, max_mean_rank_load,
    // communication_fraction, straggler_rank, rank_load_share, ranks, placement, aux_scope,
    // replicated_parameters_identical
    [[nodiscard]] QJsonObject summary(const ExperimentConfig &config, const parallel::ExpertOwners &owners) const;
    [[nodiscard]] int steps() const { return int(m_steps.size()); }
    // Whether the replicated parameters hashed the same on every rank at the end.
    void setReplicasIdentical(bool identical) { m_replicasIdentical = identical; }

private:
    struct Step {
        int step;
        parallel::LayerTraffic traffic;
        double stepSeconds, mpiSeconds;  // summed over the ranks
        int straggler;
    };
    std::vector<Step> m_steps;
    bool m_replicasIdentical = false;
};

}  // namespace moe::cli
