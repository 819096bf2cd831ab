// ExpertOwners: which of the P ranks holds each of the E routed experts (EXPERT_PARALLEL.md §1).
//
//   round_robin  owner(e) = e mod P
//   block        rank r holds the run [⌊r·E/P⌋, ⌊(r+1)·E/P⌋): neighbouring experts together
//
// With E < P some ranks hold no expert (they still route and combine their share of the batch).
// Plain C++, no MPI: the window draws the placement without running a job.
#pragma once

#include "core/config.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace moe::parallel {

class ExpertOwners {
public:
    ExpertOwners() = default;
    ExpertOwners(int experts, int ranks, ExpertPlacement rule) : m_ranks(ranks), m_rule(rule)
    {
        if (experts < 1 || ranks < 1)
            throw std::invalid_argument("expert placement: needs at least one expert and one rank (got "
                                        + std::to_string(experts) + " experts, " + std::to_string(ranks) + " ranks)");
        m_owner.resize(std::size_t(experts));
        m_owned.assign(std::size_t(ranks), {});
        for (int e = 0; e < experts; ++e) {
            int r = e % ranks;
            if (rule == ExpertPlacement::Block) {
                r = 0;
                while (r + 1 < ranks && (long long)(r + 1) * experts / ranks <= e)
                    ++r;
            }
            m_owner[std::size_t(e)] = r;
            m_owned[std::size_t(r)].push_back(e);
        }
    }

    [[nodiscard]] int experts() const { return int(m_owner.size()); }
    [[nodiscard]] int ranks() const { return m_ranks; }
    [[nodiscard]] ExpertPlacement rule() const { return m_rule; }
    [[nodiscard]] int owner(int expert) const { return m_owner[std::size_t(expert)]; }
    // The experts of a rank, ascending (the order of its rows in every exchange).
    [[nodiscard]] const std::vector<int> &owned(int rank) const { return m_owned[std::size_t(rank)]; }
    [[nodiscard]] bool holds(int rank, int expert) const { return owner(expert) == rank; }

private:
    int m_ranks = 1;
    ExpertPlacement m_rule = ExpertPlacement::RoundRobin;
    std::vector<int> m_owner;
    std::vector<std::vector<int>> m_owned;
};

}  // namespace moe::parallel
