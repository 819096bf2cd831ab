// Engine: where the heavy numbers are computed — the experts' forward and backward over
// the rows routed to them. CpuEngine (Eigen + OpenMP, the reference) parallelises over
// experts, each on the thread that owns it (expert_threads.h); an optional CudaEngine implements the same interface (core/cuda/), and an
// expert-parallel engine would partition `experts` across processes behind it.
//
// Determinism: each expert writes only its own outputs and gradients, and the random
// stream of expert e at step s is Rng(seed).fork(s·65536 + e), so results do not depend on
// the thread count or schedule.
#pragma once

#include "expert.h"
#include "rng.h"

#include <memory>
#include <string>
#include <vector>

namespace moe {

// The rows routed to one expert (buffer order). The CPU engine reads them where they lie in
// the layer input X (RowSet::picked(X, token)); an engine that needs a contiguous copy keeps
// one in `x` (the CUDA engine uploads it).
template <class S>
struct ExpertBatch {
    std::vector<int> slot;  // indices into Routing::assignments
    std::vector<int> token;  // token of each row: row r is X[token[r]]
    Matrix<S> x;  // n × d gathered inputs, only where an engine needs them (else empty)
    Matrix<S> out;  // n × o expert outputs f_e(x)
    ExpertCache<S> cache;
};

template <class S>
class Engine {
public:
    virtual ~Engine() = default;
    [[nodiscard]] virtual std::string name() const = 0;
    // Runs each expert on its rows of x (batch.token is filled by the caller).
    virtual void forwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                                std::vector<ExpertBatch<S>> &batches, double dropout, const Rng &stream,
                                bool training) = 0;
    // x is the matrix forwardExperts ran on; dOut[e] is n_e × o. Writes each (unfrozen)
    // expert's parameter gradients. mayFactor: the caller reads gradients only through
    // Parameter's functions and the optimizer, so an engine may leave a first-layer gradient
    // as its factors (parameter.h); they point into x and `batches`, which must then outlive
    // the optimizer step.
    virtual void backwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                                 const std::vector<ExpertBatch<S>> &batches, const std::vector<Matrix<S>> &dOut,
                                 bool mayFactor) = 0;
};

template <class S>
class CpuEngine : public Engine<S> {
public:
    [[nodiscard]] std::string name() const override { return "cpu"; }
    void forwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts, std::vector<ExpertBatch<S>> &batches,
                        double dropout, const Rng &stream, bool training) override;
    void backwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                         const std::vector<ExpertBatch<S>> &batches, const std::vector<Matrix<S>> &dOut,
                         bool mayFactor) override;
};

// The engine the program should use: CUDA when built with it and a device is present,
// else the CPU. `note` receives one English sentence saying which and why.
template <class S>
std::unique_ptr<Engine<S>> makeDefaultEngine(std::string *note = nullptr);

}  // namespace moe
