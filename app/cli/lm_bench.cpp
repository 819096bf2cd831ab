#include "lm_bench.h"

#include "bench_support.h"

#include "core/lm/lm_spec.h"
#include "core/lm/lm_trainer.h"
#include "datasets/text_corpus_loader.h"

#include <Eigen/Core>
#include <omp.h>

#include <algorithm>
#include <numeric>
#include <sstream>

namespace moe::app {
namespace {

// Random printable bytes with a newline now and then, split 90/10 like a corpus.
std::shared_ptr<TextCorpus> syntheticCorpus(std::uint64_t seed)
{
    auto corpus = std::make_shared<TextCorpus>();
    corpus->id = "synthetic";
    Rng rng(seed + 11);
    std::vector<std::uint8_t> bytes(1115394);
    for (auto &b : bytes)
        b = rng.uniformInt(40) == 0 ? std::uint8_t('\n') : std::uint8_t(32 + rng.uniformInt(95));
    const std::size_t cut = bytes.size() * 9 / 10;
    corpus->train.assign(bytes.begin(), bytes.begin() + std::ptrdiff_t(cut));
    corpus->validation.assign(bytes.begin() + std::ptrdiff_t(cut), bytes.end());
    return corpus;
}

}  // namespace

const std::vector<LmBenchWorkload> &lmBenchWorkloads()
{
    static const std::vector<LmBenchWorkload> list = {
        {"lm_baby", 8, 2, 256, "topk"},
        {"lm_dense", 1, 1, 512, "dense"},
    };
    return list;
}

const LmBenchWorkload *findLmBenchWorkload(const std::string &name)
{
    for (const auto &w : lmBenchWorkloads())
        if (w.name == name)
            return &w;
    return nullptr;
}

std::string runLmBenchJson(const LmBenchWorkload &w, const BenchOptions &o)
{
    const int threads = std::max(1, o.threads);
    omp_set_num_threads(threads);
    ExperimentConfig cfg = languageModelDefaults(ExperimentConfig());
    cfg.data.name = "shakespeare";
    cfg.model.experts = w.experts;
    cfg.routing.k = w.k;
    cfg.model.hidden = w.hidden;
    cfg.routing.strategy = w.routing;
    cfg.train.threads = threads;
    cfg.train.seed = o.seed;
    cfg.train.steps = 100000000;  // the schedule's horizon; the bench stops on its own

    std::shared_ptr<const TextCorpus> corpus;
    std::string dataNote;
    if (const data::TextLoadResult loaded = data::loadTextCorpus(cfg.data); loaded.ok()) {
        corpus = loaded.corpus;
    } else {
        corpus = syntheticCorpus(o.seed);
        dataNote = loaded.error ? loaded.error->text() : std::string();
    }
    LmTrainer trainer(cfg, corpus);

    std::vector<double> total, fwd, bwd, opt;
    double lossFirst = 0, lossLast = 0;
    int stepsRun = 0;
    auto oneStep = [&](bool timed) {
        const auto t0 = BenchClock::now();
        trainer.step();
        const auto t1 = BenchClock::now();
        const LmStepResult &s = trainer.lastStep();
        if (++stepsRun == 1)
            lossFirst = s.taskLoss;
        lossLast = s.taskLoss;
        if (!timed)
            return;
        total.push_back(msBetween(t0, t1));
        fwd.push_back(s.forwardMs);
        bwd.push_back(s.backwardMs);
        opt.push_back(s.optimizerMs);
    };
    const double loadBefore = loadAverage();
    for (int i = 0; i < o.warmup; ++i)
        oneStep(false);
    CpuMonitor mon;
    const auto start = BenchClock::now();
    while ((int(total.size()) < o.steps || msBetween(start, BenchClock::now()) < 1e3 * o.minSeconds)
           && !trainer.diverged())
        oneStep(true);
    const double seconds = msBetween(start, BenchClock::now()) * 1e-3;
    const CpuUse cpu = mon.stop();
    const double loadAfter = loadAverage();

    const double ms = median(total);
    const int B = cfg.train.batch, T = cfg.model.context;
    const double perToken = trainer.expertsPerToken();
    std::ostringstream s;
    s << "{\"workload\":\"" << w.name << "\",\"routing\":\"" << w.routing << "\",\"engine\":\"cpu\",";
    s << "\"threads\":" << threads << ",\"data\":\"" << (dataNote.empty() ? "shakespeare" : "synthetic") << "\",";
    if (!dataNote.empty()) {
        std::string note;
        for (char c : dataNote)
            if (c != '"' && c != '\\' && std::uint8_t(c) >= 0x20)
                note += c;
        s << "\"data_note\":\"" << note << "\",";
    }
    s << "\"shape\":{\"B\":" << B << ",\"T\":" << T << ",\"d\":" << cfg.model.width << ",\"heads\":" << cfg.model.heads
      << ",\"layers\":" << cfg.model.layers << ",\"E\":" << w.experts << ",\"k\":" << w.k << ",\"h\":" << w.hidden
      << "},";
    s << "\"steps_timed\":" << total.size() << ",\"warmup\":" << o.warmup << ",";
    jsonNumber(s, "seconds_timed", seconds);
    jsonNumber(s, "ms_per_step_median", ms);
    jsonNumber(s, "ms_min", total.empty() ? 0 : *std::min_element(total.begin(), total.end()));
    jsonNumber(s, "ms_max", total.empty() ? 0 : *std::max_element(total.begin(), total.end()));
    jsonNumber(s, "ms_p10", percentile(total, 0.10));
    jsonNumber(s, "ms_p90", percentile(total, 0.90));
    jsonNumber(s, "ms_mean", total.empty() ? 0 : std::accumulate(total.begin(), total.end(), 0.0) / double(total.size()));
    jsonNumber(s, "steps_per_s", ms > 0 ? 1e3 / ms : 0);
    jsonNumber(s, "tokens_per_s", ms > 0 ? B * T * 1e3 / ms : 0);
    s << "\"phase_ms_median\":{";
    jsonNumber(s, "fwd", median(fwd));
    jsonNumber(s, "bwd", median(bwd));
    jsonNumber(s, "opt", median(opt), false);
    s << "},\"phase_ms_p10\":{";
    jsonNumber(s, "fwd", percentile(fwd, 0.10));
    jsonNumber(s, "bwd", percentile(bwd, 0.10));
    jsonNumber(s, "opt", percentile(opt, 0.10), false);
    s << "},\"params_total\":" << trainer.model().parameterCount()
      << ",\"params_active\":" << trainer.model().activeParameterCount(perToken) << ",";
    jsonNumber(s, "mflop_per_token_fwd", trainer.model().flopsPerToken(perToken) * 1e-6);
    jsonNumber(s, "loss_first", lossFirst);
    jsonNumber(s, "loss_last", lossLast);
    s << "\"diverged\":" << (trainer.diverged() ? "true" : "false") << ",";
    jsonNumber(s, "max_rss_mib", maxResidentMiB());
    s << "\"cpu_during_timing\":{";
    jsonNumber(s, "own_cpu_cores", cpu.own);
    jsonNumber(s, "other_cpu_cores", cpu.other);
    jsonNumber(s, "steal_cores", cpu.steal, false);
    s << "},";
    jsonNumber(s, "loadavg_before", loadBefore);
    jsonNumber(s, "loadavg_after", loadAfter);
    s << "\"simd\":\"" << Eigen::SimdInstructionSetsInUse() << "\",\"omp_max_threads\":" << omp_get_max_threads()
      << "}";
    return s.str();
}

}  // namespace moe::app
