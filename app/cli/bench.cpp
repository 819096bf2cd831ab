#include "bench.h"
#include "bench_support.h"

#include "core/model.h"
#include "core/optimizer.h"
#include "core/routing/registry.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace moe::app {

const std::vector<BenchWorkload> &benchWorkloads()
{
    static const std::vector<BenchWorkload> list = {
        {"toy2d", 2, 2, 4, 16, 2, 128, "topk", 1.0},
        {"mnist", 784, 10, 8, 64, 2, 256, "topk", 1.0},
        {"mnist_e64", 784, 10, 64, 64, 2, 256, "topk", 1.0},
        {"switch_mnist", 784, 10, 8, 64, 1, 256, "switch", 1.25},
        {"expert_choice_mnist", 784, 10, 8, 64, 2, 256, "expert_choice", 1.0},
        // Every other router on the same mnist shapes (no PyTorch counterpart; compare with mnist).
        {"dense_mnist", 784, 10, 8, 64, 8, 256, "dense", 0.0},
        {"noisy_topk_mnist", 784, 10, 8, 64, 2, 256, "noisy_topk", 0.0},
        {"gshard_mnist", 784, 10, 8, 64, 2, 256, "gshard", 0.0},
        {"sparsemax_mnist", 784, 10, 8, 64, 2, 256, "sparsemax", 0.0},
        {"entmax_mnist", 784, 10, 8, 64, 2, 256, "entmax", 0.0},
        {"soft_moe_mnist", 784, 10, 8, 64, 1, 256, "soft_moe", 0.0},
        {"hash_mnist", 784, 10, 8, 64, 1, 256, "hash", 0.0},
        {"base_mnist", 784, 10, 8, 64, 1, 256, "base", 0.0},
        {"sinkhorn_mnist", 784, 10, 8, 64, 1, 256, "sinkhorn", 0.0},
    };
    return list;
}

const BenchWorkload *findBenchWorkload(const std::string &name)
{
    for (const auto &w : benchWorkloads())
        if (w.name == name)
            return &w;
    return nullptr;
}

BenchResult runBench(const BenchWorkload &w, const BenchOptions &o)
{
    omp_set_num_threads(std::max(1, o.threads));

    ModelSpec spec;
    spec.inputs = w.d;
    spec.outputs = w.C;
    spec.experts = w.E;
    spec.hidden = w.h;
    spec.expertType = ExpertType::Mlp;
    spec.activation = Activation::Relu;
    Model<float> model(spec);
    auto strategy = makeStrategy(w.routing);
    if (!strategy)
        throw std::runtime_error("unknown routing " + w.routing);
    model.layer().setStrategy(std::move(strategy));
    Rng rng(o.seed + 1);
    model.initialize(rng, 0.02);
    // The peer's router init, U(−1/√d, 1/√d): it sets how evenly the first steps route, and so
    // how many tokens Switch keeps.
    {
        auto &wg = model.layer().router().weight().value;
        const double bound = 1.0 / std::sqrt(double(w.d));
        for (Eigen::Index i = 0; i < wg.size(); ++i)
            wg.data()[i] = float(rng.uniform(-bound, bound));
    }

    LayerOptions opt;
    opt.route.k = w.k;
    opt.route.capacityFactor = w.routing == "topk" ? 0.0 : w.cf;  // the peer's top-k is dropless
    opt.route.capacityRule = CapacityRule::Ceil;
    opt.route.priority = Priority::Index;
    opt.route.normalize = true;
    opt.auxAlpha = o.alpha;
    opt.auxConvention = AuxConvention::Megatron;
    opt.factorGradients = !o.denseGradients;  // as Trainer::step unless asked

    OptimizerSettings adam;
    adam.kind = OptimizerKind::Adam;
    adam.lr = o.lr;

    // Data: standardized N(0,1) inputs; labels uniform (MNIST-shaped) or XOR of signs (toy2d).
    Rng data(o.seed + 2);
    std::vector<Matrix<float>> xs(std::size_t(std::max(1, o.batches)));
    std::vector<std::vector<int>> ys(xs.size());
    for (std::size_t b = 0; b < xs.size(); ++b) {
        xs[b].resize(w.B, w.d);
        ys[b].resize(std::size_t(w.B));
        for (Eigen::Index i = 0; i < xs[b].size(); ++i)
            xs[b].data()[i] = float(data.normal());
        for (int t = 0; t < w.B; ++t)
            ys[b][std::size_t(t)] =
                w.d == 2 && w.C == 2 ? int((xs[b](t, 0) > 0) != (xs[b](t, 1) > 0)) : data.uniformInt(w.C);
    }

    const std::vector<Parameter<float> *> params = model.parameters();
    const ParameterHomes homes = model.parameterHomes();
    ModelForward<float> fwd;
    ModelGrad<float> grad;
    const Rng streams(o.seed + 3);
    BenchResult r;
    r.workload = w;
    r.threads = std::max(1, o.threads);
    r.warmup = o.warmup;
    r.denseGradients = o.denseGradients;
    for (const auto *p : params)
        r.parameters += p->size();

    std::vector<double> total, fwdMs, bwdMs, optMs, pairs;
    long long step = 0;
    auto oneStep = [&](bool timed) {
        const std::size_t b = std::size_t(step % (long long)xs.size());
        const Rng stream = streams.fork(std::uint64_t(step) + 1);
        const auto t0 = BenchClock::now();
        model.forward(xs[b], opt, true, stream, fwd);
        const LossResult lr = model.loss(TaskLoss::CrossEntropy, fwd, &ys[b], nullptr, &grad);
        const auto t1 = BenchClock::now();
        model.backward(fwd, grad, opt);
        const auto t2 = BenchClock::now();
        r.gradientsFormedInOptimizer = int(
            std::count_if(params.begin(), params.end(), [](const Parameter<float> *p) { return p->gradFactored(); }));
        const auto t2Optimizer = BenchClock::now();  // the count above is not timed
        optimizerStep(adam, params, &homes);
        const auto t3 = BenchClock::now();
        ++step;
        const double loss = lr.task + fwd.layer.auxTotal;
        if (step == 1)
            r.lossFirst = loss;
        r.lossLast = loss;
        if (!timed)
            return;
        total.push_back(msBetween(t0, t2) + msBetween(t2Optimizer, t3));
        fwdMs.push_back(msBetween(t0, t1));
        bwdMs.push_back(msBetween(t1, t2));
        optMs.push_back(msBetween(t2Optimizer, t3));
        double n = 0;
        for (const auto &eb : fwd.layer.batches)
            n += double(eb.token.size());
        pairs.push_back(n);
    };

    r.loadBefore = loadAverage();
    for (int i = 0; i < o.warmup; ++i)
        oneStep(false);
    CpuMonitor mon;
    const auto start = BenchClock::now();
    while (int(total.size()) < o.steps || msBetween(start, BenchClock::now()) < 1e3 * o.minSeconds)
        oneStep(true);
    r.secondsTimed = msBetween(start, BenchClock::now()) * 1e-3;
    const CpuUse cpu = mon.stop();
    r.ownCpuCores = cpu.own;
    r.otherCpuCores = cpu.other;
    r.stealCores = cpu.steal;
    r.loadAfter = loadAverage();

    r.stepsTimed = int(total.size());
    r.msMedian = median(total);
    r.msMin = *std::min_element(total.begin(), total.end());
    r.msMax = *std::max_element(total.begin(), total.end());
    r.msP10 = percentile(total, 0.10);
    r.msP90 = percentile(total, 0.90);
    r.msMean = std::accumulate(total.begin(), total.end(), 0.0) / double(total.size());
    r.fwdMs = median(fwdMs);
    r.bwdMs = median(bwdMs);
    r.optMs = median(optMs);
    r.fwdMsP10 = percentile(fwdMs, 0.10);
    r.bwdMsP10 = percentile(bwdMs, 0.10);
    r.optMsP10 = percentile(optMs, 0.10);
    r.pairsMedian = median(pairs);
    const double router = 4.0 * w.B * w.d * w.E;
    r.mflopPerStep = (router + 4.0 * r.pairsMedian * w.d * w.h + 6.0 * r.pairsMedian * w.h * w.C) * 1e-6;
    return r;
}

std::string benchResultJson(const BenchResult &r)
{
    const auto &w = r.workload;
    std::ostringstream s;
    s << "{\"workload\":\"" << w.name << "\",\"routing\":\"" << w.routing << "\",\"engine\":\"cpu\",";
    s << "\"threads\":" << r.threads << ",";
    s << "\"shape\":{\"B\":" << w.B << ",\"d\":" << w.d << ",\"C\":" << w.C << ",\"E\":" << w.E << ",\"h\":" << w.h
      << ",\"k\":" << w.k << ",";
    jsonNumber(s, "cf", w.cf, false);
    s << "},\"steps_timed\":" << r.stepsTimed << ",\"warmup\":" << r.warmup << ",";
    jsonNumber(s, "seconds_timed", r.secondsTimed);
    jsonNumber(s, "ms_per_step_median", r.msMedian);
    jsonNumber(s, "ms_min", r.msMin);
    jsonNumber(s, "ms_max", r.msMax);
    jsonNumber(s, "ms_p10", r.msP10);
    jsonNumber(s, "ms_p90", r.msP90);
    jsonNumber(s, "ms_mean", r.msMean);
    jsonNumber(s, "steps_per_s", 1e3 / r.msMedian);
    jsonNumber(s, "samples_per_s", w.B * 1e3 / r.msMedian);
    s << "\"phase_ms_median\":{";
    jsonNumber(s, "fwd", r.fwdMs);
    jsonNumber(s, "bwd", r.bwdMs);
    jsonNumber(s, "opt", r.optMs, false);
    s << "},\"phase_ms_p10\":{";
    jsonNumber(s, "fwd", r.fwdMsP10);
    jsonNumber(s, "bwd", r.bwdMsP10);
    jsonNumber(s, "opt", r.optMsP10, false);
    s << "},";
    jsonNumber(s, "pairs_per_step_median", r.pairsMedian);
    jsonNumber(s, "mflop_per_step", r.mflopPerStep);
    jsonNumber(s, "gflops_at_median", r.mflopPerStep / r.msMedian);
    s << "\"parameters\":" << r.parameters << ",";
    // Adam streams 28 bytes per parameter (read p, g, m, v; write p, m, v).
    jsonNumber(s, "opt_gb_per_s", 28.0 * double(r.parameters) / (r.optMs * 1e6));
    s << "\"dense_gradients\":" << (r.denseGradients ? "true" : "false")
      << ",\"grads_formed_in_opt\":" << r.gradientsFormedInOptimizer << ",";
    jsonNumber(s, "loss_first", r.lossFirst);
    jsonNumber(s, "loss_last", r.lossLast);
    s << "\"cpu_during_timing\":{";
    jsonNumber(s, "own_cpu_cores", r.ownCpuCores);
    jsonNumber(s, "other_cpu_cores", r.otherCpuCores);
    jsonNumber(s, "steal_cores", r.stealCores, false);
    s << "},\"loadavg_before\":";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", r.loadBefore);
    s << buf << ",\"loadavg_after\":";
    std::snprintf(buf, sizeof buf, "%.2f", r.loadAfter);
    s << buf << ",\"simd\":\"" << Eigen::SimdInstructionSetsInUse()
      << "\",\"omp_max_threads\":" << omp_get_max_threads() << "}";
    return s.str();
}

}  // namespace moe::app
