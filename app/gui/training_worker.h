// TrainingWorker: the object that lives on the training thread and owns the moe::Trainer.
//
// Every slot runs on the worker thread (the TrainingController queues them there); nothing
// here touches a GUI object. Training runs in short slices (a few milliseconds) so commands
// queued from the GUI are applied *between* steps, within one slice of being sent. Snapshots
// are published as immutable shared values at a bounded rate, and never while the previous
// one has not been taken (acknowledgeSnapshot()): a slow GUI slows the pictures, never the
// training, and a fast trainer never floods the event loop.
#pragma once

#include "metatypes.h"

#include "core/lm/lm_trainer.h"
#include "datasets/load_result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <mutex>

class QTimer;

namespace moe::gui {

class LmSession;
class MultiTaskSession;

#if defined(__SANITIZE_THREAD__)
// ThreadSanitizer builds only. TSan cannot see inside libQt6Core (not built with TSan; its
// QMutex is futex-based), so Qt's own cross-thread hand-offs (a queued call reaching the
// worker, the worker's deletion after QThread::quit()) look like races on the data handed
// over. Both sides also take this mutex, which shows TSan the ordering Qt already guarantees.
// See TrainingController::post() and ~TrainingController().
std::mutex &tsanHandOff();
#endif

// How often snapshots go out. Full detail (probe routing, region grid, samples) costs a
// forward pass over a grid, so it is published less often than the scalars.
struct PublishRate {
    int scalarsIntervalMs = 15;  // at most ~66 per second: every frame of a 60 Hz display gets one
    int fullIntervalMs = 100;  // at most ~10 per second
    int regionResolution = 64;
};

// What "Save" and "Export run…" need of the running model, taken between two steps.
struct TrainerState {
    ExperimentConfig config;
    QByteArray weights;  // Trainer::serializeWeights(); empty when nothing is loaded
    SnapshotPtr snapshot;  // a full snapshot (history included); null when nothing is loaded
};

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    // Thread-safe: the GUI took the last published snapshot, the next one may go out.
    void acknowledgeSnapshot() noexcept { m_inFlight.store(false, std::memory_order_release); }
    // Thread-safe: abandon a dataset load in progress (it then fails with "cancelled").
    void cancelLoad() noexcept { m_cancelLoad.store(true, std::memory_order_release); }

    void setPublishRate(const PublishRate &rate) { m_rate = rate; }

public slots:
    void load(const moe::ExperimentConfig &config);
    void play();
    void pause();
    void stepOnce();
    void reset();
    void setSpeed(int stepsPerSecond);  // 0 = as fast as possible
    void apply(const moe::Command &command);
    void publishFull();
    // Runs one dataset row through the model (route → select → combine) in every full
    // snapshot from now on (Snapshot::inspection), until inspect(-1).
    void inspect(int datasetRow);
    // Loads `config`, then the saved weights and the history before them (an opened file):
    // training goes on from there and the curves show the whole run.
    void loadSaved(const moe::ExperimentConfig &config, const QByteArray &weights,
                   const std::vector<moe::HistoryPoint> &history);
    // Points painted on the input plane: every full snapshot from now on carries the model's
    // class for each (Snapshot::painted; 2-D data only). An empty list stops it.
    void setPaintedPoints(const QVector<QPointF> &points);
    // Text data: samples bytes after a prompt, a few between steps; they arrive in the
    // snapshots (Snapshot::languageModel->generation), not as a reply.
    void generate(const moe::GenerationRequest &request);
    // Config, weights and a full snapshot, now (between two steps).
    TrainerState captureState() const;

signals:
    void snapshotPublished(std::shared_ptr<const moe::Snapshot> snapshot);
    void runningChanged(bool running);
    void loadStarted(const QString &datasetId);
    void loadProgressed(double fraction);
    void experimentLoaded(const moe::ExperimentConfig &config);
    void experimentFailed(const QString &message);
    void commandApplied(const moe::Command &command);
    void commandRejected(const moe::Command &command, const QString &message);
    void trainingStopped(const QString &reason);

private:
    std::shared_ptr<Snapshot> makeSnapshot(bool full) const;
    std::shared_ptr<Snapshot> withHistoryBefore(std::shared_ptr<Snapshot> snapshot) const;
    void answerViewRequests(Snapshot &snapshot) const;
    bool rebuild(const ExperimentConfig &config, bool reloadData);
    data::ProgressFn loadProgress();
    void setRunning(bool running);
    bool prepareToContinue();
    bool trainOneStep();
    void runSlice();
    void requestPublish(bool full);
    void publishIfDue();
    void publish(bool full);

    bool hasModel() const { return m_trainer || m_lm || m_multiTask; }
    bool rebuildLanguageModel(const ExperimentConfig &config, bool reloadData);
    bool rebuildVectorModel(const ExperimentConfig &config, bool reloadData);
    // Multi-task data (several target columns, or model.tasks > 1): the session's trainer
    // stands in for m_trainer; these ask whichever model is loaded.
    const ExperimentConfig &modelConfig() const;
    Command resolveToggle(const Command &command) const;
    Problem applyToModel(const Command &command);
    bool keyNeedsNewModelHere(const std::string &key) const;
    void continueGeneration();

    std::unique_ptr<Trainer> m_trainer;
    std::shared_ptr<const Dataset> m_data;
    std::unique_ptr<LmSession> m_lm;  // text data: the language model instead of m_trainer
    std::unique_ptr<MultiTaskSession> m_multiTask;  // several tasks: MMoE / OMoE / shared bottom
    std::shared_ptr<const TextCorpus> m_corpus;
    QString m_corpusKey;
    ExperimentConfig m_config;
    std::shared_ptr<const Snapshot> m_lastFull;
    // History of an opened file: shown before the trainer's own, whose steps follow on.
    std::vector<HistoryPoint> m_historyBefore;
    int m_stepOffset = 0;
    PublishRate m_rate;
    QTimer *m_sliceTimer;
    QTimer *m_publishTimer;
    QElapsedTimer m_sinceScalars;
    QElapsedTimer m_sinceFull;
    QElapsedTimer m_speedClock;
    double m_stepBudget = 0;
    int m_speed = 0;
    int m_inspectRow = -1;
    QVector<QPointF> m_paintedPoints;
    bool m_running = false;
    bool m_changed = false;  // steps or commands since the last publish
    bool m_fullWanted = false;  // a command or a pause asks for a full picture
    std::atomic_bool m_inFlight {false};
    std::atomic_bool m_cancelLoad {false};
};

}  // namespace moe::gui
