// LmSession: training, evaluation, generation and the snapshot of the language model.
#include "lm_session.h"

#include <algorithm>

namespace moe::gui {

LmSession::LmSession(const ExperimentConfig &config, std::shared_ptr<const TextCorpus> corpus)
    : m_corpus(std::move(corpus)), m_trainer(std::make_unique<LmTrainer>(config, m_corpus))
{ }

bool LmSession::step()
{
    if (!m_trainer->step())
        return false;  // done, or diverged (the trainer restored the last good weights)
    const LmStepResult &s = m_trainer->lastStep();
    m_history.addStep(m_trainer->stepCount(), s.taskLoss, s.auxLoss, s.blocks);
    ++m_rateSteps;
    const int every = std::max(1, m_trainer->config().train.evalEvery);
    if (m_trainer->stepCount() % every == 0 || m_trainer->finished())
        recordEvaluation();
    return !m_trainer->finished();
}

void LmSession::recordEvaluation()
{
    const LmEvaluation ev = m_trainer->evaluate();
    m_history.addEvaluation(ev.step, ev.validationLoss);
}

Problem LmSession::apply(const Command &command)
{
    return m_trainer->apply(command);
}

void LmSession::startGeneration(const GenerationRequest &request)
{
    m_request = request;
    m_request.bytes = std::clamp(request.bytes, 1, 4096);
    m_generation.id += 1;
    m_generation.prompt = request.prompt;
    m_generation.requested = m_request.bytes;
    m_generation.finished = false;
    m_generation.bytes.clear();
    m_generatedChunks = 0;
}

void LmSession::advanceGeneration(int bytes)
{
    if (m_generation.finished)
        return;
    int made = 0;
    for (const RoutedByte &b : m_generation.bytes)
        made += b.generated ? 1 : 0;
    const int want = std::min(std::max(1, bytes), m_generation.requested - made);
    GenerationRequest r = m_request;
    r.bytes = want;
    r.seed = m_request.seed + std::uint64_t(m_generatedChunks++);
    r.prompt = m_request.prompt;
    for (const RoutedByte &b : m_generation.bytes)
        if (b.generated)
            r.prompt.push_back(char(b.byte));
    std::vector<RoutedByte> out = m_trainer->generate(r);
    for (RoutedByte &b : out)
        if (b.generated || made == 0)  // the prompt's own routing the first time only
            m_generation.bytes.push_back(std::move(b));
    made += want;
    m_generation.finished = made >= m_generation.requested;
}

std::shared_ptr<Snapshot> LmSession::snapshot(bool running, bool allWindows)
{
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - m_rateClock).count();
    if (seconds >= 0.25) {
        const double rate = m_rateSteps / seconds;
        m_stepsPerSecond = running ? (m_stepsPerSecond > 0 ? 0.5 * m_stepsPerSecond + 0.5 * rate : rate) : 0.0;
        m_rateSteps = 0;
        m_rateClock = now;
    }

    LmSnapshotOptions options;
    if (!allWindows && m_lastPicture) {
        options.previous = m_lastPicture.get();
        options.windows = kWindowsPerSnapshot;
        options.firstWindow = m_nextWindow;
        m_nextWindow += kWindowsPerSnapshot;
    }
    auto lm = std::make_shared<LmSnapshot>(buildLmSnapshot(*m_trainer, m_history, m_generation, options));
    m_lastPicture = lm;
    auto s = std::make_shared<Snapshot>();
    const ExperimentConfig &cfg = m_trainer->config();
    s->config = cfg;
    s->step = m_trainer->stepCount();
    s->stepsPerSecond = m_stepsPerSecond;
    s->learningRate = m_trainer->lastStep().learningRate;
    s->running = running;
    s->diverged = m_trainer->diverged();
    s->divergence = m_trainer->divergence();
    s->stopReason = m_trainer->stopReason();
    s->strategyId = cfg.routing.strategy;
    s->experts = lm->experts;
    s->k = lm->k;
    s->outputDim = 256;
    s->trainLoss = lm->trainLoss + lm->auxLoss;
    s->taskLoss = lm->trainLoss;
    s->testLoss = lm->validationLoss;
    s->paramsTotal = lm->paramsTotal;
    s->paramsActive = lm->paramsActive;
    s->flopsPerToken = lm->flopsPerToken;
    s->history.reserve(m_history.loss().size());
    for (const LmLossPoint &p : m_history.loss()) {
        HistoryPoint h;
        h.step = p.step;
        h.trainLoss = p.trainLoss + p.auxLoss;
        h.taskLoss = p.trainLoss;
        h.auxLoss = p.auxLoss;
        h.testLoss = p.validationLoss;
        s->history.push_back(h);
    }
    s->languageModel = std::move(lm);
    return s;
}

}  // namespace moe::gui
