// ExpertParallelEngine: the Engine (core/engine.h) of one MoE layer whose experts are spread
// over P MPI ranks (EXPERT_PARALLEL.md §2). The layer routes its local rows as usual and
// hands every expert's batch to forwardExperts(); the engine then
//
//   1. all-gathers the per-expert row counts (P × E ints: every rank learns the traffic),
//   2. dispatch  MPI_Alltoallv: to rank s the rows x_t routed to s's experts, experts in
//                ascending order, each expert's rows in batch order            (rows of d)
//   3. runs the experts it holds on the rows it received (source-major: rank 0's rows first),
//   4. combine   MPI_Alltoallv: the expert outputs back to the ranks they came from, into
//                batches[e].out for every expert e, local or not               (rows of o)
//
// so the layer's combine y_t = Σ w O_e[t] and the task losses work unchanged. backwardExperts
// sends each row's output gradient dO to the expert's rank (MPI_Alltoallv, rows of o), which
// writes the gradients of the experts it holds; the others' are zeroed (their weights live
// elsewhere: releaseForeignExperts frees them). Where the layer's input is not data (the
// language model's blocks) inputGradients() is the fourth exchange: each held expert's input
// gradient rows dX_e travel back to their ranks (MPI_Alltoallv, rows of d), which add them
// up per token. The vector model skips it (its input is data).
//
// The layer input x and the batches must stay untouched from forward to backward, as with the
// CPU engine; the received rows and caches live here until the next forward (a factored
// gradient points into them).
#pragma once

#include "communicator.h"
#include "expert_owners.h"
#include "layer_traffic.h"

#include "core/engine.h"

namespace moe::parallel {

template <class S>
class ExpertParallelEngine : public Engine<S> {
public:
    ExpertParallelEngine(Communicator &comm, ExpertOwners owners);

    [[nodiscard]] std::string name() const override { return "mpi"; }
    void forwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts, std::vector<ExpertBatch<S>> &batches,
                        double dropout, const Rng &stream, bool training) override;
    void backwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                         const std::vector<ExpertBatch<S>> &batches, const std::vector<Matrix<S>> &dOut,
                         bool mayFactor) override;

    // After backwardExperts: dInput[t] += Σ_e dX_e[t] over the experts e that row t was routed
    // to (T_r × d, added to what is there), dX_e = ∂L/∂x of expert e's rows (expert.h).
    void inputGradients(std::vector<Expert<S>> &experts, const std::vector<ExpertBatch<S>> &batches,
                        Matrix<S> &dInput);

    [[nodiscard]] const ExpertOwners &owners() const { return m_owners; }
    // Traffic and times since the last forward began (forward, then backward adds to it).
    [[nodiscard]] const LayerTraffic &traffic() const { return m_traffic; }

private:
    // Rows of each owned expert from each source, and where each source's block starts.
    void exchangeCounts(const std::vector<ExpertBatch<S>> &batches);
    [[nodiscard]] long long count(int src, int expert) const
    {
        return m_counts[std::size_t(src) * std::size_t(m_owners.experts()) + std::size_t(expert)];
    }
    // Packs rows (of width w) per destination, experts ascending; returns elements per rank.
    std::vector<int> sendCountsFor(long long width) const;
    std::vector<int> recvCountsFor(long long width) const;

    Communicator &m_comm;
    ExpertOwners m_owners;
    CpuEngine<S> m_cpu;
    std::vector<int> m_counts;  // P × E: rows rank r routed to expert e this step
    Matrix<S> m_received;  // rows received for the experts held here, source-major
    std::vector<ExpertBatch<S>> m_held;  // per expert (E); only held experts have rows
    std::vector<Matrix<S>> m_heldGrad;  // per expert: dO of its received rows
    std::vector<Matrix<S>> m_heldInputGrad;  // per expert: dX of its received rows
    std::vector<S> m_sendBuffer, m_recvBuffer;
    LayerTraffic m_traffic;
};

// Frees the weights of the experts another rank holds (their tensors become 0 × 0), so this
// rank's memory, optimizer and gradient norms cover only its own experts.
template <class S>
void releaseForeignExperts(std::vector<Expert<S>> &experts, const ExpertOwners &owners, int rank);

}  // namespace moe::parallel
