// MultiTaskSession: training, evaluation and the snapshot of a multi-task model.
#include "multitask_session.h"

#include <algorithm>

namespace moe::gui {

MultiTaskSession::MultiTaskSession(const ExperimentConfig &config, std::shared_ptr<const Dataset> data)
    : m_trainer(std::make_unique<MultiTaskTrainer>(config, std::move(data)))
{ }

bool MultiTaskSession::step()
{
    const int before = m_trainer->stepCount();
    const bool more = m_trainer->step();
    if (m_trainer->stepCount() == before)
        return false;  // diverged (the trainer restored the last good weights), or already done
    ++m_rateSteps;
    const int every = std::max(1, m_trainer->config().train.evalEvery);
    const bool evaluate = m_trainer->stepCount() % every == 0 || m_trainer->finished();
    if (evaluate)
        recordEvaluation();
    m_history.record(*m_trainer, evaluate ? &m_evaluation : nullptr);
    return more;
}

void MultiTaskSession::recordEvaluation()
{
    m_evaluation = m_trainer->evaluate();
    m_evaluationStep = m_trainer->stepCount();
}

void MultiTaskSession::restarted()
{
    m_history = MultiTaskHistory();
    recordEvaluation();
    m_usageMeasured = false;
}

Problem MultiTaskSession::apply(const Command &command)
{
    Problem error = m_trainer->apply(command);
    if (error.empty() && command.kind != Command::Kind::SetValue)
        m_usageMeasured = false;  // a knock-out changes the gates' weights at once
    return error;
}

std::shared_ptr<Snapshot> MultiTaskSession::snapshot(bool running, bool full)
{
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - m_rateClock).count();
    if (seconds >= 0.25) {
        const double rate = m_rateSteps / seconds;
        m_stepsPerSecond = running ? (m_stepsPerSecond > 0 ? 0.5 * m_stepsPerSecond + 0.5 * rate : rate) : 0.0;
        m_rateSteps = 0;
        m_rateClock = now;
    }
    if (full || !m_usageMeasured) {
        m_usage = m_trainer->gateUsage(kUsageRows);
        m_usageMeasured = true;
    }
    MultiTaskSnapshotInputs in;
    in.history = &m_history;
    in.evaluation = m_evaluationStep >= 0 ? &m_evaluation : nullptr;
    in.evaluationStep = m_evaluationStep;
    in.gateUsage = &m_usage;
    in.usageRows = std::min(kUsageRows, m_trainer->testRowCount());
    auto s = std::make_shared<Snapshot>(buildMultiTaskSnapshot(*m_trainer, in));
    s->running = running;
    s->stepsPerSecond = m_stepsPerSecond;
    return s;
}

}  // namespace moe::gui
