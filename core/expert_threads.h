// Which OpenMP thread works on which expert.
//
// An expert's tensors (W1, its gradient, Adam's m and v: 800 KB per MNIST expert) are touched
// three times a step: forward and backward read W1, backward writes the gradient, the
// optimizer reads the gradient and rewrites W1, m and v. When those passes run on different
// cores, every cache line crosses from one core's caches to the other's, which can make the
// optimizer step slower at two threads than at one. So each expert has one owner thread for
// all three passes:
//
//   owner(e) = ⌊((e + 1)·T − 1) / E⌋        E experts, T threads
//   thread t owns experts [⌊t·E / T⌋, ⌊(t + 1)·E / T⌋)   (contiguous blocks, sizes differ by ≤ 1)
//
// The forward and backward passes fall back to handing experts out biggest first when the
// owners' shares of the routed rows are too uneven (ownersBalanced), trading the locality for
// the balance. Which thread runs an expert never changes a result: each expert writes only its
// own outputs and gradients (engine.h).
#pragma once

#include <algorithm>
#include <vector>

namespace moe {

// The first expert thread t owns; thread t owns [firstOwned(t), firstOwned(t + 1)).
[[nodiscard]] inline int firstOwnedExpert(int thread, int experts, int threads)
{
    return int((long long)thread * experts / std::max(1, threads));
}

// The thread that owns expert e (the inverse of firstOwnedExpert).
[[nodiscard]] inline int expertOwner(int expert, int experts, int threads)
{
    return experts <= 0 ? 0 : int(((long long)(expert + 1) * threads - 1) / experts);
}

// How uneven the owners' shares of the work may be before the passes over experts balance it
// by handing experts out instead: the busiest owner may carry this times the mean share. (At
// 2 threads on MNIST the owned schedule saved about a quarter of a step, most of it in the
// optimizer, so an owner 25 % over its share still comes out ahead.)
inline constexpr double kOwnerImbalanceLimit = 1.25;

// Whether the owners' shares of `work` (one entry per expert: rows × input width, say) stay
// within kOwnerImbalanceLimit of the mean share at `threads` threads.
[[nodiscard]] inline bool ownersBalanced(const std::vector<long long> &work, int threads)
{
    const int experts = int(work.size());
    if (threads <= 1 || experts == 0)
        return true;
    long long total = 0, busiest = 0;
    for (int t = 0; t < threads; ++t) {
        long long share = 0;
        for (int e = firstOwnedExpert(t, experts, threads); e < firstOwnedExpert(t + 1, experts, threads); ++e)
            share += work[std::size_t(e)];
        total += share;
        busiest = std::max(busiest, share);
    }
    return double(busiest) * threads <= kOwnerImbalanceLimit * double(total);
}

// The expert each tensor of a parameter list belongs to (−1: none, as the router's), and how
// many experts there are: the optimizer updates an expert's tensors on its owner thread.
struct ParameterHomes {
    std::vector<int> expert;  // one entry per parameter, in the list's order
    int experts = 0;
};

}  // namespace moe
