// DistributedPanel: the window's Distributed view (EXPERT_PARALLEL.md §3). It runs the current
// experiment as an expert-parallel job of its own, `mpirun -np P moelab-cli train
// --set parallel.ranks=P … --stream` in a QProcess, and draws the JSON lines it prints live
// (widgets/distributed_view.h): placement, P × P traffic, per-rank load with the straggler,
// compute vs MPI time. The window's own training is not touched. Without mpirun it says how to
// install MPI. It is a SnapshotView only to learn the current configuration from the snapshots.
// While the job runs, clicking a rank in the view (or changing "Failed rank") knocks out all its
// experts or restores them: the panel writes {"set":"parallel.failed_rank","value":"R"} to the
// job's stdin and the job applies it at its next step, on every rank.
#pragma once

#include "widgets/distributed_frame.h"
#include "widgets/snapshot_view.h"

#include <QProcess>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTemporaryDir;

namespace moe::widgets {
class DistributedView;
}

namespace moe::gui {

class DistributedPanel : public widgets::SnapshotView {
    Q_OBJECT
public:
    explicit DistributedPanel(QWidget *parent = nullptr);
    ~DistributedPanel() override;

    [[nodiscard]] widgets::DistributedView *view() const { return m_view; }
    [[nodiscard]] bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    // The program and arguments the job would run now (for tests and the tooltip).
    [[nodiscard]] QStringList jobCommand() const;
    // mpirun on PATH; moelab-cli from $MOELAB_CLI, next to the program or on PATH ("" when missing).
    static QString mpirunPath();
    static QString cliPath();
    void retranslateUi() override;

    // Knocks out every expert of `rank` in the running job from its next step (−1 restores);
    // before a job, the rank the next job starts with failed.
    void setFailedRank(int rank);
    // Knocks `rank` out, or restores it when it is the failed one (a click in the view).
    void toggleRank(int rank);

public slots:
    void start();
    void stop();

protected:
    void rebuild() override { }

private:
    void readLines();
    void finished(int exitCode, QProcess::ExitStatus status);
    void showMissing();
    [[nodiscard]] int currentFailedRank() const;

    widgets::DistributedView *m_view = nullptr;
    QSpinBox *m_ranks = nullptr;
    QComboBox *m_placement = nullptr;
    QSpinBox *m_failed = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_status = nullptr, *m_ranksLabel = nullptr, *m_placementLabel = nullptr, *m_failedLabel = nullptr;
    QProcess *m_process = nullptr;
    QTemporaryDir *m_runDir = nullptr;
    widgets::DistributedFrame m_frame;
    QString m_lastError;
    int m_requestedFailed = -2;  // the failed rank last asked of the running job (−2: none asked)
};

}  // namespace moe::gui
