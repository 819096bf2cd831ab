// GlobalBatchStrategy: runs a batch-dependent routing strategy (expert choice) on the logits of
// the whole global batch, as DeepSpeed does, so each expert's quota is over all B tokens and
// P ranks pick exactly the tokens one process would (EXPERT_PARALLEL.md §2).
//
//   route:    Z_r (T_r × E) ─ MPI_Allgather ─► Z (B × E, rank-major) ─► inner.route(Z)
//             ─► this rank's assignments (tokens renumbered to local rows)
//   backward: ω_r placed at this rank's rows of a B × E ω (zeros elsewhere) ─► inner.backward
//             ─► this rank's rows of dZ. Valid for strategies whose gradient map acts row by
//             row on ω (expert choice: dz_t = p_t ⊙ (ω_t − ⟨p_t, ω_t⟩)); the others' rows of ω
//             would only add to the others' rows of dZ.
// Costs one all-gather of B × E doubles per layer and step. Every rank must have the same
// number of local rows.
#pragma once

#include "communicator.h"

#include "core/routing/strategy.h"

#include <memory>

namespace moe::parallel {

class GlobalBatchStrategy : public RoutingStrategy {
public:
    GlobalBatchStrategy(std::unique_ptr<RoutingStrategy> inner, Communicator &comm);

    [[nodiscard]] const StrategyInfo &info() const override { return m_inner->info(); }
    [[nodiscard]] Routing route(const MatrixD &logits, const MatrixD &noiseLogits,
                                const RouteContext &ctx) const override;
    [[nodiscard]] RouterGrad backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const override;
    [[nodiscard]] double activeExpertsPerToken(const RouteContext &ctx, int experts) const override
    {
        return m_inner->activeExpertsPerToken(ctx, experts);
    }

private:
    std::unique_ptr<RoutingStrategy> m_inner;
    Communicator &m_comm;
    mutable Routing m_global;  // the last global routing, for backward
    mutable int m_firstRow = 0;  // this rank's first row in the global batch
};

// Whether a strategy can run under expert parallelism, and how: "" = per rank (token choice),
// "global" = through GlobalBatchStrategy, else an English reason it cannot.
std::string parallelRoutingMode(const StrategyInfo &info);

}  // namespace moe::parallel
