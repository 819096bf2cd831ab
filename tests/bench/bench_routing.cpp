// Routing speed on varied router scores: top-k selection as the routers do it
// (topKStableInto: SIMD max passes, or insertion where that is faster) against insertion
// alone (topKByInsertion) side by side, then each strategy's route + backward.
// Not a test: prints JSON lines.
//
//   bench_routing [tokens] [reps]
//
// The scores change from one repetition to the next (64 batches in turn): routed again and
// again on one batch, the branch predictor learns the insertion sort's branches and makes it
// look three times faster than it is in training.
#include "core/allocator_tuning.h"
#include "core/rng.h"
#include "core/routing/registry.h"
#include "core/routing/strategy.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

template <class Select>
double selectionMicroseconds(const std::vector<moe::MatrixD> &scores, int k, int reps, long long &checksum,
                             Select select)
{
    std::vector<double> us;
    std::vector<int> picked(std::size_t(std::max(k, 1)));
    for (int rep = 0; rep < reps; ++rep) {
        const moe::MatrixD &s = scores[std::size_t(rep) % scores.size()];
        const auto t0 = Clock::now();
        for (Eigen::Index t = 0; t < s.rows(); ++t) {
            const int count = select(s.row(t).data(), int(s.cols()), k, picked.data());
            checksum += count > 0 ? picked[0] * 7 + picked[std::size_t(count - 1)] : 0;
        }
        us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    return medianOf(us);
}

}  // namespace

int main(int argc, char **argv)
{
    moe::keepStepMemoryMapped();  // as the programs do: no fresh pages for each T×E matrix
    const int tokens = argc > 1 ? std::atoi(argv[1]) : 256;
    const int reps = argc > 2 ? std::atoi(argv[2]) : 400;
    for (const int experts : {8, 64}) {
        moe::Rng rng {std::uint64_t(experts)};
        std::vector<moe::MatrixD> logits(64), probs(64);
        for (std::size_t b = 0; b < logits.size(); ++b) {
            logits[b].resize(tokens, experts);
            for (Eigen::Index i = 0; i < logits[b].size(); ++i)
                logits[b].data()[i] = 0.6 * rng.normal();  // the spread of the bench's router at init
            probs[b] = moe::softmaxRows(logits[b]);
        }
        for (const int k : {1, 2, 4}) {
            long long passes = 0, insertion = 0;
            const double a = selectionMicroseconds(probs, k, reps, passes, moe::topKStableInto);
            const double b = selectionMicroseconds(probs, k, reps, insertion, moe::topKByInsertion);
            std::printf(
                "{\"what\":\"top-k selection\",\"tokens\":%d,\"experts\":%d,\"k\":%d,\"top_k_stable_into_us\":%.2f,"
                "\"insertion_us\":%.2f,\"insertion_over_into\":%.2f,\"same_picks\":%s}\n",
                tokens, experts, k, a, b, b / a, passes == insertion ? "true" : "false");
        }
        for (const char *id : {"topk", "switch", "expert_choice", "noisy_topk", "sinkhorn", "dense"}) {
            auto strategy = moe::makeStrategy(id);
            moe::RouteContext ctx;
            ctx.k = 2;
            ctx.capacityFactor = std::string(id) == "switch" || std::string(id) == "expert_choice" ? 1.25 : 0.0;
            ctx.training = true;
            moe::Rng routeRng(3);
            ctx.rng = &routeRng;
            moe::MatrixD omega(tokens, experts);
            for (Eigen::Index i = 0; i < omega.size(); ++i)
                omega.data()[i] = rng.normal();
            moe::MatrixD noise = moe::MatrixD::Zero(tokens, experts);
            std::vector<double> routeUs, backwardUs;
            for (int rep = 0; rep < reps; ++rep) {
                const moe::MatrixD &z = logits[std::size_t(rep) % logits.size()];
                const auto t0 = Clock::now();
                const moe::Routing r = strategy->route(z, noise, ctx);
                const auto t1 = Clock::now();
                const moe::RouterGrad g = strategy->backward(r, omega, ctx);
                const auto t2 = Clock::now();
                routeUs.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
                backwardUs.push_back(std::chrono::duration<double, std::micro>(t2 - t1).count());
                if (g.dLogits.rows() != tokens)
                    return 1;
            }
            std::printf("{\"what\":\"route\",\"strategy\":\"%s\",\"tokens\":%d,\"experts\":%d,\"route_us\":%.2f,"
                        "\"backward_us\":%.2f}\n",
                        id, tokens, experts, medianOf(routeUs), medianOf(backwardUs));
        }
    }
    return 0;
}
