// ExpertParallelTrainer: trains the vector MoE model on P MPI ranks (EXPERT_PARALLEL.md):
// data parallel over the batch, expert parallel over the experts. Every rank runs the same
// loop; collectives keep them in step.
//
//   step:  global batch (BatchPlan, as one process) ─► this rank's shard X_r (B/P rows)
//          ─► Model forward (router replicated; ExpertParallelEngine: dispatch, held experts,
//             combine) ─► balance losses (distributed_balance.h) ─► task loss of the shard
//          ─► ∂/∂ scaled by 1/P (the global loss is the mean of the P shard means)
//          ─► backward (dO rows to the experts' ranks) ─► MPI_Allreduce of the replicated
//             gradients (router, shared experts) ─► optimizer on every rank
//   Every rank ends the step with the same replicated parameters; expert e's weights live
//   only on its owner (the others' tensors are 0 × 0).
//
// Capacity is per rank: C = ceil(cf · T_r · k / E) over the rank's T_r rows (dropless routing,
// cf = 0, does not depend on the split). Expert choice picks over the global batch
// (GlobalBatchStrategy). Noise, jitter and dropout draws differ from one process's.
// parallel.failed_rank knocks out every expert of one rank (a failed device): −∞ logits, so the
// gate gives every token its k experts among the other ranks and no row travels to that rank.
// setFailedRank changes it between two steps (every rank must call it at the same step).
// Errors in the configuration throw std::invalid_argument with an English message.
#pragma once

#include "batch_plan.h"
#include "communicator.h"
#include "expert_owners.h"
#include "layer_traffic.h"

#include "core/divergence_guard.h"
#include "core/model.h"
#include "core/trainer.h"

#include <cstdint>
#include <memory>

namespace moe::parallel {

template <class S>
class ExpertParallelEngine;

// One step's numbers, the same on every rank (global sums and per-rank lists).
struct ParallelStepStats {
    int step = 0;
    double loss = 0, taskLoss = 0, auxLoss = 0;
    std::vector<NamedValue> auxTerms;
    double trainAccuracy = -1;  // classification
    std::vector<long long> countPre, kept;  // per expert, summed over the ranks
    long long droppedAssignments = 0;
    int capacity = -1;  // this rank's (per-rank capacity), −1 = unlimited
    double loadCv = 0, maxMeanLoad = 0, droppedFraction = 0, gateEntropy = 0;
    std::vector<double> loadFraction;  // per expert, pre-capacity
    LayerTraffic traffic;  // the MoE layer's (this rank's measured bytes and times)
    // per rank (size P): wall time of the step, time inside MPI, time in the experts
    std::vector<double> rankStepSeconds, rankMpiSeconds, rankExpertSeconds;
    std::vector<long long> rankProcessed;  // rows each rank's experts processed
    int straggler = 0;  // the rank with the most expert rows
    int failedRank = -1;  // the rank knocked out during this step (−1: none)
};

template <class S>
class ExpertParallelTrainer {
public:
    ExpertParallelTrainer(const ExperimentConfig &config, std::shared_ptr<const Dataset> data, Communicator &comm);
    ~ExpertParallelTrainer();

    bool step();  // the next global batch; false when train.steps are done or the loss diverged
    // Forward, losses, backward and the all-reduce for these global batch rows; no update.
    void computeGradients(const std::vector<int> &globalRows);
    void applyUpdate();  // the optimizer step on the gradients of computeGradients
    EvalResult evaluate();  // the first ≤ 5000 test rows, split over the ranks
    // Knocks out every expert of `rank` from the next step on and restores the previously
    // failed rank's (−1: none failed). Throws std::invalid_argument (naming
    // parallel.failed_rank) for a rank outside the job or one that holds every expert, and
    // then changes nothing. Collective in effect: call it on every rank between the same steps.
    void setFailedRank(int rank);
    [[nodiscard]] int failedRank() const { return m_cfg.parallel.failedRank; }

    [[nodiscard]] const ParallelStepStats &last() const { return m_last; }
    [[nodiscard]] int stepCount() const { return m_step; }
    [[nodiscard]] bool finished() const { return m_step >= m_cfg.train.steps; }
    [[nodiscard]] bool diverged() const { return !m_stopReason.empty(); }
    [[nodiscard]] const std::string &stopReason() const { return m_stopReason; }
    [[nodiscard]] const Divergence &divergence() const { return m_divergence; }
    [[nodiscard]] const ExperimentConfig &config() const { return m_cfg; }
    [[nodiscard]] const ExpertOwners &owners() const { return m_owners; }
    [[nodiscard]] Model<S> &model() { return *m_model; }
    [[nodiscard]] const Model<S> &model() const { return *m_model; }
    [[nodiscard]] BatchPlan &plan() { return m_plan; }
    [[nodiscard]] Communicator &communicator() { return m_comm; }
    [[nodiscard]] ExpertParallelEngine<S> &engine() { return *m_engine; }
    // This step's record of the MoE layer (the rows of this rank's shard).
    [[nodiscard]] const ModelForward<S> &lastForward() const { return m_fwd; }
    // The router's and shared experts' tensors: identical on every rank after each step.
    [[nodiscard]] std::vector<const Parameter<S> *> replicatedParameters() const;
    // FNV-1a over the bytes of replicatedParameters() (compare it across ranks).
    [[nodiscard]] std::uint64_t replicatedHash() const;

private:
    LayerOptions layerOptions(bool training) const;
    void gatherShard(const std::vector<int> &rows, Matrix<S> &x, std::vector<int> &labels, Matrix<S> &targets) const;
    void allreduceReplicatedGradients();
    void summarize(const std::vector<double> &sums);  // the all-reduced step numbers

    ExperimentConfig m_cfg;
    std::shared_ptr<const Dataset> m_data;
    Communicator &m_comm;
    ExpertOwners m_owners;
    BatchPlan m_plan;
    std::unique_ptr<Model<S>> m_model;
    ExpertParallelEngine<S> *m_engine = nullptr;  // owned by the model's layer
    std::uint64_t m_streamSeed = 1;
    int m_step = 0;
    std::string m_stopReason;  // describeDivergence(m_divergence); the weights are not restored
    Divergence m_divergence;
    DivergenceGuard<S> m_guard;
    ParallelStepStats m_last;

    // this step's record (the factored gradients point into it until the update)
    Matrix<S> m_x, m_targets;
    std::vector<int> m_labels;
    ModelForward<S> m_fwd;
    ModelGrad<S> m_grad;
    double m_heldSquaredNorm = 0;  // Σ over the ranks of the held experts' ‖g‖²
};

}  // namespace moe::parallel
