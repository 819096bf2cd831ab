// GlobalBatchStrategy: batch-dependent routing over the whole global batch (see the header).
#include "global_batch_strategy.h"

#include <stdexcept>

namespace moe::parallel {

GlobalBatchStrategy::GlobalBatchStrategy(std::unique_ptr<RoutingStrategy> inner, Communicator &comm)
    : m_inner(std::move(inner)), m_comm(comm)
{ }

Routing GlobalBatchStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &ctx) const
{
    const int T = int(logits.rows()), E = int(logits.cols()), P = m_comm.size();
    MatrixD global(Eigen::Index(T) * P, E);
    m_comm.allgather(logits.data(), T * E, global.data());
    m_firstRow = m_comm.rank() * T;
    m_global = m_inner->route(global, MatrixD(), ctx);

    Routing r;
    r.tokens = T;
    r.experts = E;
    r.logits = logits;
    r.probs = m_global.probs.middleRows(m_firstRow, T);
    r.capacity = m_global.capacity;
    r.countPre.assign(std::size_t(E), 0);
    r.expertSlots.assign(std::size_t(E), {});
    r.auxTerms = m_global.auxTerms;
    std::vector<int> localIndex(m_global.assignments.size(), -1);
    for (std::size_t i = 0; i < m_global.assignments.size(); ++i) {
        RouteSlot s = m_global.assignments[i];
        if (s.token < m_firstRow || s.token >= m_firstRow + T)
            continue;
        s.token -= m_firstRow;
        localIndex[i] = int(r.assignments.size());
        r.assignments.push_back(s);
        if (!s.sampledOut)
            ++r.countPre[std::size_t(s.expert)];
        if (!s.kept && !s.sampledOut)
            ++r.droppedAssignments;
    }
    for (int e = 0; e < E; ++e)
        for (int slot : m_global.expertSlots[std::size_t(e)])
            if (localIndex[std::size_t(slot)] >= 0)
                r.expertSlots[std::size_t(e)].push_back(localIndex[std::size_t(slot)]);
    return r;
}

RouterGrad GlobalBatchStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const
{
    const int T = r.tokens;
    MatrixD globalOmega = MatrixD::Zero(m_global.tokens, m_global.experts);
    globalOmega.middleRows(m_firstRow, T) = omega;
    RouterGrad g = m_inner->backward(m_global, globalOmega, ctx);
    RouterGrad out;
    out.dLogits = g.dLogits.middleRows(m_firstRow, T);
    if (g.dNoiseLogits.size() > 0)
        out.dNoiseLogits = g.dNoiseLogits.middleRows(m_firstRow, T);
    return out;
}

std::string parallelRoutingMode(const StrategyInfo &info)
{
    if (info.softDispatch)
        return "Soft MoE mixes every token of the batch into each expert's slot, so its experts cannot take rows "
               "from other ranks; choose a token-choice strategy or expert_choice for expert parallelism";
    if (info.routesGlobalBatch)
        return "global";
    if (info.batchDependent)
        return "routing.strategy '" + info.id
            + "' balances over the whole batch and is not supported under expert parallelism yet; use topk, switch, "
              "expert_choice or another token-choice strategy";
    return "";
}

}  // namespace moe::parallel
