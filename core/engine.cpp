#include "engine.h"

#include "engine_registry.h"

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
    const int n = int(batches.size());
    const std::vector<int> order = biggestFirst(batches);
#pragma omp parallel for schedule(dynamic, 1) if (n > 1 && x.rows() * x.cols() > 4096)
    for (int i = 0; i < n; ++i) {
        const int e = order[std::size_t(i)];
        auto &b = batches[std::size_t(e)];
        b.x.resize(0, 0);  // no copy: the expert reads its rows of x in place
        if (b.token.empty()) {
            b.out.resize(0, experts[std::size_t(e)].outputDim());
            continue;
        }
        Rng rng = stream.fork(std::uint64_t(e));
        experts[std::size_t(e)].forward(RowSet<S>::picked(x, b.token), b.out, b.cache, training ? dropout : 0.0,
                                        training ? &rng : nullptr);
    }
}

template <class S>
void CpuEngine<S>::backwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                                   const std::vector<ExpertBatch<S>> &batches, const std::vector<Matrix<S>> &dOut,
                                   bool mayFactor)
{
    const int n = int(batches.size());
    // Threads only where there is work to share (toy models stay serial: a parallel region
    // costs more than their whole backward pass).
    long long work = 0, gradientBytes = 0;
    for (int e = 0; e < n; ++e) {
        work += (long long)batches[std::size_t(e)].token.size() * experts[std::size_t(e)].inputDim();
        gradientBytes += experts[std::size_t(e)].parameterCount() * (long long)sizeof(S);
    }
    // Gradients too big to stay cached until the optimizer reads them (64 experts on MNIST:
    // 12.8 MB; 8 experts: 1.6 MB, which the optimizer finds in cache) are either left as their
    // factors, when the caller allows it and the expert has few rows, or written past the
    // caches, keeping the caches for the weights.
    constexpr long long kLargeGradientBytes = 8ll << 20;
    const bool large = gradientBytes > kLargeGradientBytes;
    const std::vector<int> order = biggestFirst(batches);
#pragma omp parallel for schedule(dynamic, 1) if (n > 1 && work > 4096)
    for (int i = 0; i < n; ++i) {
        const int e = order[std::size_t(i)];
        auto &expert = experts[std::size_t(e)];
        if (expert.frozen())
            continue;
        const auto &b = batches[std::size_t(e)];
        if (b.token.empty()) {
            expert.zeroGrad();
            continue;
        }
        const Eigen::Index rows = Eigen::Index(b.token.size());
        expert.backward(RowSet<S>::picked(x, b.token), dOut[std::size_t(e)], b.cache,
                        !large                                      ? GradientForm::Dense
                            : mayFactor && factorPays(expert, rows) ? GradientForm::Factored
                                                                    : GradientForm::Streamed);
    }
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
