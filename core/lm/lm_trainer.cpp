#include "lm_trainer.h"

#include "text_windows.h"

#include "core/balancer.h"
#include "core/layer_options.h"
#include "core/lr_schedule.h"
#include "core/optimizer.h"
#include "core/routing/registry.h"

#include <omp.h>

#include <chrono>
#include <cmath>
#include <stdexcept>

namespace moe {

namespace {

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

LmTrainer::LmTrainer(const ExperimentConfig &config, std::shared_ptr<const TextCorpus> corpus)
    : m_cfg(config), m_corpus(std::move(corpus)), m_initRng(config.train.seed),
      m_streamSeed(config.train.seed * 0x9E3779B97F4A7C15ULL + 7), m_stepLimit(config.train.steps)
{
    if (!m_corpus)
        throw std::invalid_argument("no text corpus");
    const LmSpec spec = lmSpecFromConfig(m_cfg);
    if (const std::string problem = lmSpecProblem(spec); !problem.empty())
        throw std::invalid_argument(problem);
    const std::size_t need = std::size_t(spec.context) + 2;
    if (m_corpus->train.size() < need || m_corpus->validation.size() < need)
        throw std::invalid_argument("the text is too short for model.context = " + std::to_string(spec.context)
                                    + ": each split needs at least " + std::to_string(need) + " bytes");
    if (!findStrategy(m_cfg.routing.strategy))
        throw std::invalid_argument("routing.strategy: unknown strategy '" + m_cfg.routing.strategy + "'");
    m_model = std::make_unique<LanguageModel<float>>(spec);
    m_model->initialize(m_initRng);
    setStrategy(m_cfg.routing.strategy);
    rememberGoodWeights();
}

void LmTrainer::setStrategy(const std::string &id)
{
    for (auto &b : m_model->blocks())
        b.moe().setStrategy(makeStrategy(id));
}

LayerOptions LmTrainer::layerOptions(bool training) const
{
    return lmLayerOptions(m_cfg, training);
}

double LmTrainer::expertsPerToken() const
{
    const auto &blocks = m_model->blocks();
    if (blocks.empty())
        return 0;
    return blocks.front().moe().strategy().activeExpertsPerToken(layerOptions(true).route,
                                                                 blocks.front().moe().activeExperts());
}

bool LmTrainer::step()
{
    if (m_diverged || m_step >= m_stepLimit)
        return false;
    if (m_cfg.train.threads > 0)
        omp_set_num_threads(m_cfg.train.threads);
    const int B = m_cfg.train.batch, T = m_model->spec().context;
    // Each step's windows come from its own stream, so a run resumed from a checkpoint sees
    // the same batches as the run that wrote it.
    Rng batchRng = Rng(m_cfg.train.seed + 1).fork(std::uint64_t(m_step));
    const auto offsets = randomWindowOffsets(m_corpus->train.size(), T, B, batchRng);
    gatherWindows(m_corpus->train, offsets.data(), B, T, m_tokens, m_targets);

    const LayerOptions opt = layerOptions(true);
    const Rng stream = Rng(m_streamSeed).fork(std::uint64_t(m_step) + 1);
    auto t0 = std::chrono::steady_clock::now();
    m_model->forward(m_tokens, B, T, opt, true, stream, m_fwd);
    const LmLoss loss = m_model->loss(m_fwd, m_targets, &m_dLogits);
    m_last = {};
    m_last.forwardMs = msSince(t0);
    m_last.loss = loss.total();
    m_last.taskLoss = loss.task;
    m_last.auxLoss = loss.aux;
    const double total = loss.total();
    if (const Divergence d = m_guard.checkLoss(total, m_step + 1); d.happened()) {
        diverge(d);
        return false;
    }
    t0 = std::chrono::steady_clock::now();
    m_model->backward(m_fwd, m_dLogits, opt);
    m_last.backwardMs = msSince(t0);

    t0 = std::chrono::steady_clock::now();
    const auto params = m_model->parameters();
    const double sq = gradSquaredNorm(params);
    if (const Divergence d = m_guard.checkGradient(sq, m_step + 1); d.happened()) {
        diverge(d);
        return false;
    }
    m_last.gradNorm = std::sqrt(sq);
    clipGradientNorm(params, sq, m_cfg.train.clipNorm);
    const OptimizerSettings os = optimizerSettingsAt(m_cfg.train, m_step);
    optimizerStep(os, params);
    m_last.learningRate = os.lr;
    for (std::size_t l = 0; l < m_model->blocks().size(); ++l)
        updateSelectionBias(m_model->blocks()[l].moe().router().selectionBias(), m_fwd.blocks[l].moe.routing,
                            m_cfg.balance.biasRate);
    m_last.optimizerMs = msSince(t0);

    m_last.blocks.clear();
    for (std::size_t l = 0; l < m_model->blocks().size(); ++l) {
        const auto &moe = m_model->blocks()[l].moe();
        BlockHealthCounter counter(moe.expertCount(), T);
        counter.add(m_fwd.blocks[l].moe.routing, T);
        std::vector<bool> out(std::size_t(moe.expertCount()));
        for (int e = 0; e < moe.expertCount(); ++e)
            out[std::size_t(e)] = moe.knockedOut(e);
        m_last.blocks.push_back(counter.finish(out));
    }
    m_trainLossSum += loss.task;
    ++m_trainLossCount;
    ++m_step;
    return true;
}

LmEvaluation LmTrainer::evaluate()
{
    if (m_cfg.train.threads > 0)
        omp_set_num_threads(m_cfg.train.threads);
    const int B = m_cfg.train.batch, T = m_model->spec().context;
    const auto offsets = validationWindowOffsets(m_corpus->validation.size(), T, m_cfg.data.valWindows);
    const LayerOptions opt = layerOptions(false);
    std::vector<BlockHealthCounter> counters;
    for (const auto &b : m_model->blocks())
        counters.emplace_back(b.moe().expertCount(), T);
    // The step's activations are reused: a second set would hold as much memory again.
    LmForward<float> &f = m_fwd;
    std::vector<int> tokens, targets;
    double sum = 0;
    long long count = 0;
    for (std::size_t at = 0; at < offsets.size(); at += std::size_t(B)) {
        const int n = int(std::min<std::size_t>(std::size_t(B), offsets.size() - at));
        gatherWindows(m_corpus->validation, offsets.data() + at, n, T, tokens, targets);
        m_model->forward(tokens, n, T, opt, false, Rng(m_streamSeed ^ 0xE7A1), f);
        const LmLoss loss = m_model->loss(f, targets, nullptr);
        sum += loss.task * double(tokens.size());
        count += (long long)tokens.size();
        for (std::size_t l = 0; l < counters.size(); ++l)
            counters[l].add(f.blocks[l].moe.routing, T);
    }
    LmEvaluation ev;
    ev.step = m_step;
    ev.validationLoss = count > 0 ? sum / double(count) : 0.0;
    ev.bitsPerByte = ev.validationLoss / std::log(2.0);
    ev.trainLoss = m_trainLossCount > 0 ? m_trainLossSum / m_trainLossCount : -1.0;
    m_trainLossSum = 0;
    m_trainLossCount = 0;
    for (std::size_t l = 0; l < counters.size(); ++l) {
        const auto &moe = m_model->blocks()[l].moe();
        std::vector<bool> out(std::size_t(moe.expertCount()));
        for (int e = 0; e < moe.expertCount(); ++e)
            out[std::size_t(e)] = moe.knockedOut(e);
        ev.blocks.push_back(counters[l].finish(out));
    }
    if (std::isfinite(ev.validationLoss))
        rememberGoodWeights();
    m_evaluations.push_back(ev);
    return ev;
}

void LmTrainer::rememberGoodWeights()
{
    m_guard.rememberWeights(m_model->parameters(), m_step);
}

void LmTrainer::diverge(Divergence d)
{
    m_diverged = true;
    d.restoredStep = m_guard.restoreWeights(m_model->parameters());
    m_divergence = d;
    m_stopReason = describeDivergence(d);
}

void LmTrainer::clearDivergence()
{
    m_diverged = false;
    m_divergence = {};
    m_stopReason.clear();
    m_guard.forgetInitialLoss();
}

std::vector<std::string> LmTrainer::warnings() const
{
    std::vector<std::string> out;
    const StrategyInfo *info = findStrategy(m_cfg.routing.strategy);
    if (info && (info->batchDependent || info->softDispatch))
        out.push_back("'" + info->id
                      + "' routes each byte using the other bytes of the batch, later ones included, so a causal "
                        "language model can look ahead through it; generation uses top-k routing instead.");
    return out;
}

}  // namespace moe
