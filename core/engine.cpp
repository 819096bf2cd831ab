#include "engine.h"

#include "engine_registry.h"
#include "expert_threads.h"

#include <algorithm>
#include <type_traits>

#include <omp.h>

namespace moe {

namespace {

// Experts in decreasing order of their rows: handed out one at a time to the threads, the
// biggest go first and the small ones fill the gaps at the end (longest-processing-time
// first), instead of a heavy expert starting last while the other thread idles.
template <class S>
std::vector<int> biggestFirst(const std::vector<ExpertBatch<S>> &batches)
{
    std::vector<int> order(batches.size());
    for (std::size_t e = 0; e < order.size(); ++e)
        order[e] = int(e);
    std::stable_sort(order.begin(), order.end(), [&batches](int a, int b) {
        return batches[std::size_t(a)].token.size() > batches[std::size_t(b)].token.size();
    });
    return order;
}

// Runs work(e) for every expert: each on its owner thread (expert_threads.h), so its tensors
// stay in one core's caches from forward to optimizer, unless the owners' shares of `load`
// are too uneven; then biggest first to whichever thread is free.
template <class S, class Work>
void forEachExpert(const std::vector<ExpertBatch<S>> &batches, const std::vector<long long> &load, bool parallel,
                   const Work &work)
{
    const int n = int(batches.size());
    const bool owned = ownersBalanced(load, omp_get_max_threads());
    const std::vector<int> order = owned ? std::vector<int>() : biggestFirst(batches);
#pragma omp parallel if (parallel && n > 1)
    {
        if (owned) {
            const int threads = omp_get_num_threads(), t = omp_get_thread_num();
            for (int e = firstOwnedExpert(t, n, threads); e < firstOwnedExpert(t + 1, n, threads); ++e)
                work(e);
        } else {
#pragma omp for schedule(dynamic, 1)
            for (int i = 0; i < n; ++i)
                work(order[std::size_t(i)]);
        }
    }
}

// Whether a factored first-layer gradient (parameter.h) costs little beyond the dense one: its
// norm needs the n × n Gram matrices of X (n × d) and dA (n × h), n²(d + h) multiply-adds,
// against the n·d·h of forming the gradient (done by the optimizer either way). Past a
// quarter, write the gradient instead (64 experts on MNIST: 8 rows each, 14 %; 8 experts with
// 64 rows each: more than the product).
template <class S>
bool factorPays(const Expert<S> &expert, Eigen::Index rows)
{
    if (expert.type() != ExpertType::Mlp)
        return false;
    const double d = expert.inputDim(), h = expert.hiddenDim(), n = double(rows);
    return 4.0 * n * (d + h) <= d * h;
}

}  // namespace

template <class S>
void CpuEngine<S>::forwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                                  std::vector<ExpertBatch<S>> &batches, double dropout, const Rng &stream,
                                  bool training)
{
    std::vector<long long> load(batches.size());
    for (std::size_t e = 0; e < load.size(); ++e)
        load[e] = (long long)batches[e].token.size();
    forEachExpert(batches, load, x.rows() * x.cols() > 4096, [&](int e) {
        auto &b = batches[std::size_t(e)];
        b.x.resize(0, 0);  // no copy: the expert reads its rows of x in place
        if (b.token.empty()) {
            b.out.resize(0, experts[std::size_t(e)].outputDim());
            return;
        }
        Rng rng = stream.fork(std::uint64_t(e));
        experts[std::size_t(e)].forward(RowSet<S>::picked(x, b.token), b.out, b.cache, training ? dropout : 0.0,
                                        training ? &rng : nullptr);
    });
}

template <class S>
void CpuEngine<S>::backwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                                   const std::vector<ExpertBatch<S>> &batches, const std::vector<Matrix<S>> &dOut,
                                   bool mayFactor)
{
    const int n = int(batches.size());
    // Threads only where there is work to share (toy models stay serial: a parallel region
    // costs more than their whole backward pass).
    std::vector<long long> load(std::size_t(n), 0);
    long long work = 0, gradientBytes = 0;
    for (int e = 0; e < n; ++e) {
        if (!experts[std::size_t(e)].frozen())
            load[std::size_t(e)] = (long long)batches[std::size_t(e)].token.size() * experts[std::size_t(e)].inputDim();
        work += load[std::size_t(e)];
        gradientBytes += experts[std::size_t(e)].parameterCount() * (long long)sizeof(S);
    }
    // Gradients too big to stay cached until the optimizer reads them (64 experts on MNIST:
    // 12.8 MB; 8 experts: 1.6 MB, which the optimizer finds in cache) are either left as their
    // factors, when the caller allows it and the expert has few rows, or written past the
    // caches, keeping the caches for the weights.
    constexpr long long kLargeGradientBytes = 8ll << 20;
    const bool large = gradientBytes > kLargeGradientBytes;
    forEachExpert(batches, load, work > 4096, [&](int e) {
        auto &expert = experts[std::size_t(e)];
        if (expert.frozen())
            return;
        const auto &b = batches[std::size_t(e)];
        if (b.token.empty()) {
            expert.zeroGrad();
            return;
        }
        const Eigen::Index rows = Eigen::Index(b.token.size());
        expert.backward(RowSet<S>::picked(x, b.token), dOut[std::size_t(e)], b.cache,
                        !large                                      ? GradientForm::Dense
                            : mayFactor && factorPays(expert, rows) ? GradientForm::Factored
                                                                    : GradientForm::Streamed);
    });
}

template <class S>
std::unique_ptr<Engine<S>> makeDefaultEngine(std::string *note)
{
    // A registered engine (CUDA when built and a device is present) is preferred for float.
    if constexpr (std::is_same_v<S, float>)
        if (auto engine = makeRegisteredEngine(note))
            return engine;
    if (note)
        *note = (note->empty() ? "" : *note + " ") + "Computing on the CPU (Eigen + OpenMP, "
            + std::to_string(omp_get_max_threads()) + " threads).";
    return std::make_unique<CpuEngine<S>>();
}

template class CpuEngine<float>;
template class CpuEngine<double>;
template std::unique_ptr<Engine<float>> makeDefaultEngine<float>(std::string *);
template std::unique_ptr<Engine<double>> makeDefaultEngine<double>(std::string *);

}  // namespace moe
