#include "training_worker.h"

#include "default_experiment.h"
#include "divergence_text.h"
#include "lm_session.h"
#include "multitask_session.h"

#include "app/common/core_strings.h"
#include "app/common/dataset_source.h"

#include "core/mmoe/multitask_trainer.h"
#include "core/trainer.h"

#include <QTimer>

#include <algorithm>
#include <exception>

namespace moe::gui {
namespace {

constexpr int kSliceMs = 8;  // longest run of steps before commands are looked at again
constexpr int kPacedTickMs = 10;  // tick of the speed-limited mode

void carryHeavyParts(const Snapshot &from, Snapshot &to)
{
    if (from.experts != to.experts)
        return;  // a different shape: better nothing than a wrong picture
    if (to.probe.sampleIndex.empty())
        to.probe = from.probe;
    if (to.sample.index.empty())
        to.sample = from.sample;
    if (to.region.empty())
        to.region = from.region;
    if (to.curves.empty())
        to.curves = from.curves;
    if (to.classExpertCounts.empty()) {
        to.classExpertCounts = from.classExpertCounts;
        to.mutualInformationBits = from.mutualInformationBits;
    }
    if (to.inspection.empty())
        to.inspection = from.inspection;
    if (to.painted.points.empty())
        to.painted = from.painted;
}

bool changesData(const std::string &key)
{
    return key.rfind("data.", 0) == 0;
}

}  // namespace

TrainingWorker::TrainingWorker(QObject *parent)
    : QObject(parent), m_sliceTimer(new QTimer(this)), m_publishTimer(new QTimer(this))
{
    m_sliceTimer->setSingleShot(true);
    m_publishTimer->setSingleShot(true);
    connect(m_sliceTimer, &QTimer::timeout, this, &TrainingWorker::runSlice);
    connect(m_publishTimer, &QTimer::timeout, this, &TrainingWorker::publishIfDue);
    m_sinceScalars.start();
    m_sinceFull.start();
    m_speedClock.start();
}

#if defined(__SANITIZE_THREAD__)
std::mutex &tsanHandOff()
{
    static std::mutex handOff;
    return handOff;
}
#endif

TrainingWorker::~TrainingWorker()
{
#if defined(__SANITIZE_THREAD__)
    std::lock_guard ordered(tsanHandOff());  // after ~TrainingController's cancelLoad() + quit()
#endif
}

void TrainingWorker::load(const ExperimentConfig &config)
{
    const bool wasRunning = m_running;
    setRunning(false);
    if (rebuild(config, true)) {
        emit experimentLoaded(m_config);
        publish(true);
        if (wasRunning)
            play();
    }
}

// A loader's progress as loadProgressed signals (every 1 %), and the answer to a cancelLoad().
data::ProgressFn TrainingWorker::loadProgress()
{
    m_cancelLoad.store(false, std::memory_order_release);
    return [this, lastReported = -1.0](double fraction) mutable {
        if (fraction - lastReported >= 0.01 || fraction >= 1.0) {
            lastReported = fraction;
            emit loadProgressed(fraction);
        }
        return !m_cancelLoad.load(std::memory_order_acquire);
    };
}

bool TrainingWorker::rebuildLanguageModel(const ExperimentConfig &config, bool reloadData)
{
    const QString key = app::datasetCacheKey(config.data);
    if (reloadData || !m_corpus || key != m_corpusKey) {
        emit loadStarted(QString::fromStdString(config.data.name));
        const app::TextCorpusLoad load = app::loadTextCorpusFor(config.data, loadProgress());
        emit loadProgressed(1.0);
        if (!load.ok()) {
            emit experimentFailed(load.error);
            return false;
        }
        m_corpus = load.corpus;
        m_corpusKey = key;
    }
    try {
        auto session = std::make_unique<LmSession>(config, m_corpus);
        m_lm = std::move(session);
        m_trainer.reset();
        m_multiTask.reset();
        m_data.reset();
        m_config = config;
    } catch (const std::exception &e) {
        emit experimentFailed(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

bool TrainingWorker::rebuild(const ExperimentConfig &config, bool reloadData)
{
    if (app::isTextData(config.data)) {
        if (!rebuildLanguageModel(config, reloadData))
            return false;
    } else if (!rebuildVectorModel(config, reloadData)) {
        return false;
    }
    m_stepBudget = 0;
    m_changed = true;
    m_lastFull.reset();
    m_historyBefore.clear();
    m_stepOffset = 0;
    if (reloadData)
        m_inspectRow = -1;
    return true;
}

bool TrainingWorker::rebuildVectorModel(const ExperimentConfig &config, bool reloadData)
{
    if (reloadData || !m_data) {
        emit loadStarted(QString::fromStdString(config.data.name));
        auto result = app::loadDatasetFor(config.data, loadProgress());
        emit loadProgressed(1.0);
        if (!result.ok()) {
            emit experimentFailed(result.error);
            return false;
        }
        m_data = std::move(result.dataset);
    }
    try {
        if (multiTaskCount(config, *m_data) > 0) {
            auto session = std::make_unique<MultiTaskSession>(config, m_data);
            m_multiTask = std::move(session);
            m_trainer.reset();
        } else {
            auto trainer = std::make_unique<Trainer>(config, m_data);
            m_trainer = std::move(trainer);
            m_multiTask.reset();
        }
        m_lm.reset();
        m_config = config;
    } catch (const std::exception &e) {
        emit experimentFailed(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

void TrainingWorker::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (running) {
        m_speedClock.restart();
        m_stepBudget = 0;
        m_sliceTimer->start(0);
    } else {
        m_sliceTimer->stop();
        requestPublish(true);  // the paused picture is a full one
    }
    emit runningChanged(running);
}

bool TrainingWorker::prepareToContinue()
{
    if (m_lm) {
        LmTrainer &t = m_lm->trainer();
        if (t.diverged())
            t.clearDivergence();
        if (t.finished())
            t.extendSteps(std::max(1, m_config.train.steps));
        return true;
    }
    if (m_multiTask) {
        MultiTaskTrainer &t = m_multiTask->trainer();
        if (t.diverged())
            t.clearDivergence();
        if (t.finished())
            t.extendSteps(std::max(1, m_config.train.steps));
        return true;
    }
    if (!m_trainer)
        return false;
    if (m_trainer->diverged())
        m_trainer->clearDivergence();
    if (m_trainer->finished())
        m_trainer->extendSteps(std::max(1, m_config.train.steps));
    return true;
}

void TrainingWorker::play()
{
    if (prepareToContinue())
        setRunning(true);
}

void TrainingWorker::pause()
{
    setRunning(false);
}

void TrainingWorker::stepOnce()
{
    setRunning(false);
    if (!prepareToContinue())
        return;
    trainOneStep();
    requestPublish(true);
}

void TrainingWorker::reset()
{
    if (!hasModel())
        return;
    const bool wasRunning = m_running;
    setRunning(false);
    // a copy: the trainer is replaced
    const ExperimentConfig config = modelConfig();
    if (rebuild(config, false)) {
        publish(true);
        if (wasRunning)
            play();
    }
}

void TrainingWorker::setSpeed(int stepsPerSecond)
{
    m_speed = std::max(0, stepsPerSecond);
    m_stepBudget = 0;
    m_speedClock.restart();
}

void TrainingWorker::apply(const Command &asked)
{
    if (!hasModel()) {
        emit commandRejected(asked, tr("No experiment is loaded."));
        return;
    }
    // A click's toggle is decided here, between steps, from the model itself.
    const Command command = resolveToggle(asked);
    const ExperimentConfig current = modelConfig();
    const bool newShape = keyNeedsNewModelHere(command.key);
    if (command.kind == Command::Kind::SetValue && newShape) {
        // A new shape needs a fresh model (and, for data.*, fresh data).
        ExperimentConfig next = current;
        const Problem error = setConfigValue(next, command.key, command.value);
        if (!error.empty()) {
            emit commandRejected(command, app::problemText(error));
            return;
        }
        if (command.key == "data.name")
            next = windowDefaultsForData(current, next);
        const bool wasRunning = m_running;
        setRunning(false);
        if (!rebuild(next, changesData(command.key))) {
            emit commandRejected(command, tr("The change could not be applied; the previous model was kept."));
            return;
        }
        emit commandApplied(command);
        emit experimentLoaded(m_config);
        publish(true);
        if (wasRunning)
            play();
        return;
    }
    const Problem error = applyToModel(command);
    if (!error.empty()) {
        emit commandRejected(command, app::problemText(error));
        return;
    }
    m_config = modelConfig();
    emit commandApplied(command);
    requestPublish(true);
}

void TrainingWorker::publishFull()
{
    requestPublish(true);
}

bool TrainingWorker::trainOneStep()
{
    const bool more = m_lm ? m_lm->step() : m_multiTask ? m_multiTask->step() : m_trainer->step();
    m_changed = true;
    if (m_lm && m_lm->generating())
        m_lm->advanceGeneration(LmSession::kGenerationChunk);
    if (!more) {
        setRunning(false);
        // Empty when the steps are done; the divergence in the user's language otherwise.
        emit trainingStopped(divergenceText(m_lm              ? m_lm->trainer().divergence()
                                                : m_multiTask ? m_multiTask->trainer().divergence()
                                                              : m_trainer->divergence()));
    }
    return more;
}

void TrainingWorker::generate(const GenerationRequest &request)
{
    if (!m_lm)
        return;
    m_lm->startGeneration(request);
    if (!m_running)
        continueGeneration();
}

void TrainingWorker::continueGeneration()
{
    // Paused: the bytes still come a few at a time, each batch in its own snapshot.
    if (!m_lm || !m_lm->generating() || m_running)
        return;
    m_lm->advanceGeneration(LmSession::kGenerationChunk);
    requestPublish(false);
    if (m_lm->generating())
        QTimer::singleShot(m_rate.scalarsIntervalMs, this, &TrainingWorker::continueGeneration);
}

void TrainingWorker::runSlice()
{
    if (!m_running || !hasModel())
        return;
    if (m_speed == 0) {
        QElapsedTimer slice;
        slice.start();
        // A slice ends early when a snapshot is due, so the pictures keep their rate.
        while (m_running && trainOneStep() && slice.elapsed() < kSliceMs
               && m_sinceScalars.elapsed() < m_rate.scalarsIntervalMs) { }
    } else {
        m_stepBudget += m_speed * m_speedClock.restart() / 1000.0;
        m_stepBudget = std::min(m_stepBudget, std::max(1.0, m_speed * 0.1));  // no catch-up burst
        while (m_running && m_stepBudget >= 1.0) {
            m_stepBudget -= 1.0;
            trainOneStep();
        }
    }
    publishIfDue();
    if (m_running)
        m_sliceTimer->start(m_speed == 0 ? 0 : kPacedTickMs);
}

void TrainingWorker::requestPublish(bool full)
{
    m_changed = true;
    m_fullWanted = m_fullWanted || full;
    if (!m_publishTimer->isActive())
        m_publishTimer->start(int(std::max<qint64>(0, m_rate.scalarsIntervalMs - m_sinceScalars.elapsed())));
}

void TrainingWorker::publishIfDue()
{
    if (!hasModel() || !m_changed)
        return;
    if (m_inFlight.load(std::memory_order_acquire) || m_sinceScalars.elapsed() < m_rate.scalarsIntervalMs) {
        // Try again shortly (while running, the next slice does that anyway).
        if (!m_running && !m_publishTimer->isActive())
            m_publishTimer->start(m_rate.scalarsIntervalMs / 2);
        return;
    }
    publish(m_fullWanted || m_sinceFull.elapsed() >= m_rate.fullIntervalMs);
}

std::shared_ptr<Snapshot> TrainingWorker::makeSnapshot(bool full) const
{
    if (m_lm)  // while training, the routed text is renewed a window at a time
        return m_lm->snapshot(m_running, m_fullWanted || !m_running);
    if (m_multiTask)
        return withHistoryBefore(m_multiTask->snapshot(m_running, full));
    auto snapshot = std::make_shared<Snapshot>(
        m_trainer->snapshot(full ? SnapshotDetail::Full : SnapshotDetail::Scalars, m_rate.regionResolution));
    snapshot->running = m_running;
    if (full)
        answerViewRequests(*snapshot);
    return withHistoryBefore(std::move(snapshot));
}

// An opened file's history before the trainer's own, whose steps follow on.
std::shared_ptr<Snapshot> TrainingWorker::withHistoryBefore(std::shared_ptr<Snapshot> snapshot) const
{
    if (m_stepOffset > 0 || !m_historyBefore.empty()) {
        snapshot->step += m_stepOffset;
        std::vector<HistoryPoint> history = m_historyBefore;
        history.reserve(history.size() + snapshot->history.size());
        for (HistoryPoint p : snapshot->history) {
            p.step += m_stepOffset;
            history.push_back(std::move(p));
        }
        snapshot->history = std::move(history);
    }
    return snapshot;
}

TrainerState TrainingWorker::captureState() const
{
    TrainerState state;
    state.config = m_config;
    if (m_lm) {
        const std::vector<char> bytes = m_lm->trainer().serialize();
        state.weights = QByteArray(bytes.data(), qsizetype(bytes.size()));
        state.snapshot = makeSnapshot(true);
        return state;
    }
    if (m_multiTask) {
        const std::vector<char> bytes = m_multiTask->trainer().serialize();
        state.weights = QByteArray(bytes.data(), qsizetype(bytes.size()));
        state.snapshot = makeSnapshot(true);
        return state;
    }
    if (!m_trainer)
        return state;
    const std::vector<char> bytes = m_trainer->serializeWeights();
    state.weights = QByteArray(bytes.data(), qsizetype(bytes.size()));
    state.snapshot = makeSnapshot(true);
    return state;
}

void TrainingWorker::loadSaved(const ExperimentConfig &config, const QByteArray &weights,
                               const std::vector<HistoryPoint> &history)
{
    setRunning(false);
    if (!rebuild(config, true))
        return;
    if (!weights.isEmpty()) {
        const std::vector<char> bytes(weights.begin(), weights.end());
        const std::string error = m_lm ? m_lm->trainer().deserialize(bytes)
            : m_multiTask              ? m_multiTask->trainer().deserialize(bytes)
                                       : m_trainer->deserializeWeights(bytes);
        if (!error.empty()) {
            rebuild(config, false);  // fresh weights rather than half-loaded ones
            emit experimentLoaded(m_config);
            publish(true);
            emit experimentFailed(tr("The saved weights could not be loaded (%1); training starts from fresh "
                                     "weights.")
                                      .arg(QString::fromStdString(error)));
            return;
        }
        if (m_multiTask) {  // the checkpoint's configuration and step, evaluated there
            m_multiTask->restarted();
            m_config = modelConfig();
        }
        m_historyBefore = history;
        // The weights may carry their step count; the offset only makes up what they do not.
        const int trained = m_lm ? m_lm->trainer().stepCount()
            : m_multiTask        ? m_multiTask->trainer().stepCount()
                                 : m_trainer->stepCount();
        m_stepOffset = history.empty() ? 0 : std::max(0, history.back().step - trained);
    }
    emit experimentLoaded(m_config);
    publish(true);
}

void TrainingWorker::setPaintedPoints(const QVector<QPointF> &points)
{
    m_paintedPoints = points;
    requestPublish(true);
}

void TrainingWorker::publish(bool full)
{
    if (!hasModel())
        return;
    auto snapshot = makeSnapshot(full);
    m_sinceScalars.restart();
    if (full) {
        m_sinceFull.restart();
        m_fullWanted = false;
        m_lastFull = snapshot;
    } else if (m_lastFull) {
        // Views draw from the newest snapshot alone: carry the heavy parts of the last full
        // one so the region map and the heatmap do not blink between full snapshots.
        carryHeavyParts(*m_lastFull, *snapshot);
    }
    m_changed = false;
    m_inFlight.store(true, std::memory_order_release);
    emit snapshotPublished(std::move(snapshot));
}

void TrainingWorker::inspect(int datasetRow)
{
    m_inspectRow = datasetRow;
    requestPublish(true);
}

// What the window asked to see through the current model: the inspected row, route → select
// → combine, and the class of each painted point (2-D data).
void TrainingWorker::answerViewRequests(Snapshot &snapshot) const
{
    if (!m_trainer)
        return;
    if (m_data && m_inspectRow >= 0 && m_inspectRow < m_data->size()) {
        MatrixF row;
        m_data->gatherRows({m_inspectRow}, row);
        snapshot.inspection.row = m_inspectRow;
        snapshot.inspection.label =
            m_inspectRow < int(m_data->labels.size()) ? m_data->labels[std::size_t(m_inspectRow)] : -1;
        snapshot.inspection.inference = m_trainer->infer(std::vector<float>(row.data(), row.data() + row.size()));
    }
    if (m_data && m_data->inputDim() == 2 && !m_paintedPoints.isEmpty()) {
        MatrixF x(Eigen::Index(m_paintedPoints.size()), 2);
        for (qsizetype i = 0; i < m_paintedPoints.size(); ++i) {
            x(Eigen::Index(i), 0) = float(m_paintedPoints[i].x());
            x(Eigen::Index(i), 1) = float(m_paintedPoints[i].y());
            snapshot.painted.points.emplace_back(m_paintedPoints[i].x(), m_paintedPoints[i].y());
        }
        snapshot.painted.classes = m_trainer->predictClasses(x);
    }
}

const ExperimentConfig &TrainingWorker::modelConfig() const
{
    return m_lm ? m_lm->config() : m_multiTask ? m_multiTask->config() : m_trainer->config();
}

Command TrainingWorker::resolveToggle(const Command &command) const
{
    return m_lm       ? m_lm->trainer().resolveToggle(command)
        : m_multiTask ? m_multiTask->trainer().resolveToggle(command)
                      : m_trainer->resolveToggle(command);
}

Problem TrainingWorker::applyToModel(const Command &command)
{
    return m_lm ? m_lm->apply(command) : m_multiTask ? m_multiTask->apply(command) : m_trainer->apply(command);
}

// The gates of a multi-task model are made for their expert count and strategy.
bool TrainingWorker::keyNeedsNewModelHere(const std::string &key) const
{
    return m_multiTask ? multiTaskKeyNeedsNewModel(key) : keyNeedsNewModel(key);
}

}  // namespace moe::gui
