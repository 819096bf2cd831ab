// TrainingController: the GUI thread's handle on training.
//
// It owns a QThread and a TrainingWorker moved onto it (the worker owns the moe::Trainer).
// Slots are imperative commands, queued to the worker and applied there between steps;
// signals are past-tense events, re-emitted on the GUI thread, so views and tests
// (QSignalSpy) only ever see the GUI thread. The newest snapshot is kept here; older ones
// are simply replaced.
#pragma once

#include "metatypes.h"
#include "training_worker.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace moe::gui {

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    // The newest snapshot (an empty one before the first arrives).
    const Snapshot &snapshot() const { return *m_latest; }
    SnapshotPtr snapshotPtr() const { return m_latest; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    // The configuration as last confirmed by the worker.
    const ExperimentConfig &config() const { return m_config; }
    bool isRunning() const { return m_running; }
    bool isLoaded() const { return m_loaded; }
    int speed() const { return m_speed; }
    quint64 snapshotCount() const { return m_snapshotCount; }

    // Before load(): how often snapshots are published (the worker is idle then).
    void setPublishRate(const PublishRate &rate);

    // Asks the worker for the config, the weights and a full snapshot, taken between two
    // steps; `done` then runs on the GUI thread, unless `context` is gone by then.
    void requestState(QObject *context, std::function<void(const TrainerState &)> done);

public slots:
    void load(const moe::ExperimentConfig &config);
    void play();
    void pause();
    void togglePlay();
    void step();
    void reset();
    void setSpeed(int stepsPerSecond);  // 0 = as fast as possible
    void apply(const moe::Command &command);
    void setValue(const QString &key, const QString &value);
    void knockOut(int expert);
    void restore(int expert);
    void toggleExpert(int expert);  // knock out, or restore a knocked-out one
    // Language model: knock expert `expert` out of block `block` (−1 = every block), or restore
    // it when it is knocked out there. Both toggles are decided by the worker between steps,
    // from the model, not from a snapshot that may be old.
    void toggleBlockExpert(int block, int expert);
    // Language model: sample bytes after a prompt; they arrive in the snapshots.
    void generate(const moe::GenerationRequest &request);
    void addExpert();
    void removeExpert(int expert);
    void cancelLoad();
    void inspect(int datasetRow);  // the snapshots carry it (Snapshot::inspection); -1 = stop
    // An opened file: its config, weights (may be empty) and the history before them.
    void loadSaved(const moe::ExperimentConfig &config, const QByteArray &weights,
                   const std::vector<moe::HistoryPoint> &history);
    // Points painted on the input plane: the snapshots carry the model's class for each
    // (Snapshot::painted), as they carry the inspected sample (Snapshot::inspection).
    void setPaintedPoints(const QVector<QPointF> &points);

signals:
    void snapshotUpdated(std::shared_ptr<const moe::Snapshot> snapshot);
    void runningChanged(bool running);
    void loadStarted(const QString &datasetId);
    void loadProgressed(double fraction);
    void experimentLoaded(const moe::ExperimentConfig &config);
    void experimentFailed(const QString &message);
    void commandApplied(const moe::Command &command);
    void commandRejected(const moe::Command &command, const QString &message);
    void trainingStopped(const QString &reason);

private:
    void onSnapshot(std::shared_ptr<const moe::Snapshot> snapshot);
    template <class F>
    void post(F &&call);

    QThread m_thread;
    TrainingWorker *m_worker;
    SnapshotPtr m_latest;
    ExperimentConfig m_config;
    quint64 m_snapshotCount = 0;
    int m_speed = 0;
    bool m_hasSnapshot = false;
    bool m_running = false;
    bool m_loaded = false;
};

}  // namespace moe::gui
