#include "training_controller.h"

#include "core/lm/lm_snapshot.h"

#include <QPointer>

namespace moe::gui {

void registerMetaTypes()
{
    qRegisterMetaType<moe::Command>();
    qRegisterMetaType<moe::ExperimentConfig>();
    qRegisterMetaType<std::shared_ptr<const moe::Snapshot>>();
}

TrainingController::TrainingController(QObject *parent)
    : QObject(parent), m_worker(new TrainingWorker), m_latest(std::make_shared<const Snapshot>())
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("moelab-training"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Worker → GUI thread (queued: the worker lives on the other thread).
    connect(m_worker, &TrainingWorker::snapshotPublished, this, &TrainingController::onSnapshot);
    connect(m_worker, &TrainingWorker::runningChanged, this, [this](bool running) {
        m_running = running;
        emit runningChanged(running);
    });
    connect(m_worker, &TrainingWorker::loadStarted, this, &TrainingController::loadStarted);
    connect(m_worker, &TrainingWorker::loadProgressed, this, &TrainingController::loadProgressed);
    connect(m_worker, &TrainingWorker::experimentLoaded, this, [this](const ExperimentConfig &config) {
        m_config = config;
        m_loaded = true;
        emit experimentLoaded(config);
    });
    connect(m_worker, &TrainingWorker::experimentFailed, this, &TrainingController::experimentFailed);
    connect(m_worker, &TrainingWorker::commandApplied, this, &TrainingController::commandApplied);
    connect(m_worker, &TrainingWorker::commandRejected, this, &TrainingController::commandRejected);
    connect(m_worker, &TrainingWorker::trainingStopped, this, &TrainingController::trainingStopped);
    m_thread.start();
}

TrainingController::~TrainingController()
{
    {
#if defined(__SANITIZE_THREAD__)
        std::lock_guard ordered(tsanHandOff());  // see training_worker.h
#endif
        m_worker->cancelLoad();
        m_thread.quit();
    }
    m_thread.wait();
}

template <class F>
void TrainingController::post(F &&call)
{
#if defined(__SANITIZE_THREAD__)
    std::lock_guard lock(tsanHandOff());  // see training_worker.h
    QMetaObject::invokeMethod(
        m_worker,
        [call = std::forward<F>(call)]() mutable {
            {
                std::lock_guard ordered(tsanHandOff());
            }
            call();
        },
        Qt::QueuedConnection);
#else
    QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
#endif
}

void TrainingController::setPublishRate(const PublishRate &rate)
{
    post([w = m_worker, rate] { w->setPublishRate(rate); });
}

void TrainingController::load(const ExperimentConfig &config)
{
    post([w = m_worker, config] { w->load(config); });
}

void TrainingController::play()
{
    post([w = m_worker] { w->play(); });
}

void TrainingController::pause()
{
    post([w = m_worker] { w->pause(); });
}

void TrainingController::togglePlay()
{
    if (m_running)
        pause();
    else
        play();
}

void TrainingController::step()
{
    post([w = m_worker] { w->stepOnce(); });
}

void TrainingController::reset()
{
    post([w = m_worker] { w->reset(); });
}

void TrainingController::setSpeed(int stepsPerSecond)
{
    m_speed = std::max(0, stepsPerSecond);
    post([w = m_worker, s = m_speed] { w->setSpeed(s); });
}

void TrainingController::apply(const Command &command)
{
    post([w = m_worker, command] { w->apply(command); });
}

void TrainingController::setValue(const QString &key, const QString &value)
{
    apply(Command::set(key.toStdString(), value.toStdString()));
}

void TrainingController::knockOut(int expert)
{
    apply(Command::knockOut(expert));
}

void TrainingController::restore(int expert)
{
    apply(Command::restore(expert));
}

void TrainingController::toggleExpert(int expert)
{
    apply(Command::toggleKnockOut(expert));
}

void TrainingController::toggleBlockExpert(int block, int expert)
{
    Command c = Command::toggleKnockOut(expert);
    c.block = block;
    apply(c);
}

void TrainingController::generate(const GenerationRequest &request)
{
    post([w = m_worker, request] { w->generate(request); });
}

void TrainingController::addExpert()
{
    apply(Command::addExpert());
}

void TrainingController::removeExpert(int expert)
{
    apply(Command::removeExpert(expert));
}

void TrainingController::cancelLoad()
{
    m_worker->cancelLoad();
}

void TrainingController::inspect(int datasetRow)
{
    post([w = m_worker, datasetRow] { w->inspect(datasetRow); });
}

void TrainingController::requestState(QObject *context, std::function<void(const TrainerState &)> done)
{
    // Back through the controller, which outlives the worker; the context is checked there.
    post([w = m_worker, self = this, ctx = QPointer<QObject>(context), done = std::move(done)] {
        TrainerState state = w->captureState();
        QMetaObject::invokeMethod(
            self,
            [ctx, done, state = std::move(state)] {
                if (ctx)
                    done(state);
            },
            Qt::QueuedConnection);
    });
}

void TrainingController::loadSaved(const ExperimentConfig &config, const QByteArray &weights,
                                   const std::vector<HistoryPoint> &history)
{
    post([w = m_worker, config, weights, history] { w->loadSaved(config, weights, history); });
}

void TrainingController::setPaintedPoints(const QVector<QPointF> &points)
{
    post([w = m_worker, points] { w->setPaintedPoints(points); });
}

void TrainingController::onSnapshot(std::shared_ptr<const moe::Snapshot> snapshot)
{
    m_latest = std::move(snapshot);
    m_hasSnapshot = true;
    ++m_snapshotCount;
    m_config = m_latest->config;
    m_worker->acknowledgeSnapshot();
    emit snapshotUpdated(m_latest);
}

}  // namespace moe::gui
