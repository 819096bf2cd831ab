// DistributedPanel: starts the expert-parallel job and shows its stream (see the header).
#include "distributed_panel.h"

#include "distributed_stream.h"

#include "widgets/distributed_view.h"

#include "core/config.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <unistd.h>

namespace moe::gui {

DistributedPanel::DistributedPanel(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("distributed-panel"));
    m_ranksLabel = new QLabel(this);
    m_ranks = new QSpinBox(this);
    m_ranks->setRange(2, 16);
    m_ranks->setValue(2);
    m_placementLabel = new QLabel(this);
    m_placement = new QComboBox(this);
    m_placement->addItem(QString(), QStringLiteral("round_robin"));
    m_placement->addItem(QString(), QStringLiteral("block"));
    m_failedLabel = new QLabel(this);
    m_failed = new QSpinBox(this);
    m_failed->setRange(-1, 15);
    m_failed->setValue(-1);
    m_start = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_view = new widgets::DistributedView(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_ranksLabel);
    controls->addWidget(m_ranks);
    controls->addWidget(m_placementLabel);
    controls->addWidget(m_placement);
    controls->addWidget(m_failedLabel);
    controls->addWidget(m_failed);
    controls->addWidget(m_start);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_start, &QPushButton::clicked, this, [this] { running() ? stop() : start(); });
    connect(m_failed, &QSpinBox::valueChanged, this, [this](int rank) {
        if (running())
            setFailedRank(rank);
    });
    connect(m_view, &widgets::DistributedView::rankClicked, this, &DistributedPanel::toggleRank);
    retranslateUi();
    if (mpirunPath().isEmpty() || cliPath().isEmpty())
        showMissing();
}

DistributedPanel::~DistributedPanel()
{
    stop();
}

QString DistributedPanel::mpirunPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("mpirun"));
}

QString DistributedPanel::cliPath()
{
    const QString chosen = qEnvironmentVariable("MOELAB_CLI");  // e.g. the build tree's, for tests
    if (!chosen.isEmpty() && QFileInfo(chosen).isExecutable())
        return chosen;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("moelab-cli")),
                                     here.filePath(QStringLiteral("../cli/moelab-cli")),
                                     here.filePath(QStringLiteral("../../app/cli/moelab-cli"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("moelab-cli"));
}

QStringList DistributedPanel::jobCommand() const
{
    const int P = m_ranks->value();
    QStringList args = {QStringLiteral("-np"), QString::number(P), QStringLiteral("--oversubscribe"), cliPath(),
                        QStringLiteral("train")};
    ExperimentConfig config = hasSnapshot() ? snapshot().config : ExperimentConfig();
    config.parallel.ranks = P;
    config.parallel.placement =
        m_placement->currentData().toString() == QLatin1String("block") ? ExpertPlacement::Block
                                                                         : ExpertPlacement::RoundRobin;
    config.parallel.failedRank = m_failed->value() < P ? m_failed->value() : -1;
    if (config.train.batch % P != 0)  // every rank needs an equal share of the batch
        config.train.batch += P - config.train.batch % P;
    if (config.train.schedule != Schedule::Joint)
        config.train.schedule = Schedule::Joint;
    for (const ConfigKey &key : configKeys())
        args << QStringLiteral("--set")
             << QString::fromStdString(key.key + "=" + configValue(config, key.key));
    args << QStringLiteral("--stream") << QStringLiteral("--no-plots") << QStringLiteral("--out")
         << (m_runDir ? m_runDir->filePath(QStringLiteral("run")) : QDir::temp().filePath(QStringLiteral("run")));
    return args;
}

void DistributedPanel::start()
{
    if (running())
        return;
    if (mpirunPath().isEmpty() || cliPath().isEmpty()) {
        showMissing();
        return;
    }
    delete m_runDir;
    m_runDir = new QTemporaryDir;
    delete m_process;
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    env.insert(QStringLiteral("OMPI_MCA_mpi_yield_when_idle"), QStringLiteral("1"));  // shares cores with the window
    if (geteuid() == 0) {
        env.insert(QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT"), QStringLiteral("1"));
        env.insert(QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"), QStringLiteral("1"));
    }
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DistributedPanel::readLines);
    connect(m_process, &QProcess::finished, this, &DistributedPanel::finished);
    m_lastError.clear();
    m_requestedFailed = -2;
    m_frame = {};
    m_view->setMessage(tr("Starting %n rank(s)…", nullptr, m_ranks->value()));
    m_process->start(mpirunPath(), jobCommand());
    retranslateUi();
}

int DistributedPanel::currentFailedRank() const
{
    if (running() && m_requestedFailed != -2)
        return m_requestedFailed;
    return running() && m_frame.hasStep() ? m_frame.failedRank : m_failed->value();
}

void DistributedPanel::setFailedRank(int rank)
{
    const int P = running() && m_frame.ranks > 0 ? m_frame.ranks : m_ranks->value();
    if (rank < -1 || rank >= P)
        rank = -1;
    {
        const QSignalBlocker quiet(m_failed);
        m_failed->setValue(rank);
    }
    if (!running())
        return;
    m_requestedFailed = rank;
    m_process->write(failedRankCommand(rank));
    m_status->setText(rank < 0 ? tr("Restoring the failed rank from the next step…")
                               : tr("Knocking out every expert of rank %1 from the next step…").arg(rank));
}

void DistributedPanel::toggleRank(int rank)
{
    setFailedRank(currentFailedRank() == rank ? -1 : rank);
}

void DistributedPanel::stop()
{
    if (!running())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(3000))
        m_process->kill();
}

void DistributedPanel::readLines()
{
    bool stepped = false;
    while (m_process->canReadLine()) {
        QString message;
        int value = -1;
        switch (applyStreamLine(m_process->readLine(), m_frame, &message, &value)) {
        case StreamEvent::Start:
        case StreamEvent::Step: stepped = true; break;
        case StreamEvent::Error: m_lastError = message; break;
        case StreamEvent::Warning: m_status->setText(tr("The job refused a command: %1").arg(message)); break;
        case StreamEvent::Set:
            m_status->setText(value < 0 ? tr("From step %1 every rank's experts work again.").arg(message)
                                        : tr("From step %1 rank %2 has failed: all its experts are knocked out "
                                             "and the gate sends their rows to the other ranks.")
                                              .arg(message)
                                              .arg(value));
            break;
        case StreamEvent::Done:
            m_status->setText(tr("Finished; the run folder with traffic.csv was %1.").arg(message));
            break;
        default: break;
        }
    }
    if (stepped)
        m_view->setFrame(m_frame);  // the view redraws with queued replots (coalesced)
}

void DistributedPanel::finished(int exitCode, QProcess::ExitStatus status)
{
    readLines();
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString detail = !m_lastError.isEmpty()
            ? m_lastError
            : QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 2);
        m_status->setText(tr("The job stopped (exit code %1): %2").arg(exitCode).arg(detail));
    }
    retranslateUi();
}

void DistributedPanel::showMissing()
{
    m_start->setEnabled(false);
    m_view->setMessage(mpirunPath().isEmpty()
                           ? tr("MPI is not installed, so no expert-parallel job can start. Install it with: sudo "
                                "apt-get install openmpi-bin libopenmpi-dev (then build again)")
                           : tr("moelab-cli was not found next to this program; build it (it runs the job)."));
}

void DistributedPanel::retranslateUi()
{
    m_ranksLabel->setText(tr("Ranks"));
    m_ranks->setToolTip(tr("MPI processes of the job: the batch is split between them and each holds a share of "
                           "the experts."));
    m_placementLabel->setText(tr("Placement"));
    m_placement->setItemText(0, tr("Round robin"));
    m_placement->setItemText(1, tr("In blocks"));
    m_failedLabel->setText(tr("Failed rank"));
    m_failed->setSpecialValueText(tr("none"));
    m_failed->setToolTip(tr("Knocks out every expert of this rank: a failed device; the gate reroutes its tokens. "
                            "While the job runs it changes at the next step (or click a rank in the view)."));
    m_start->setText(running() ? tr("Stop job") : tr("Run with MPI"));
    m_view->setRanksClickable(running());
    m_start->setToolTip(tr("Trains the current experiment on P processes (mpirun -np P moelab-cli train … "
                           "--stream) and shows the all-to-all traffic live; the window's own training goes on."));
    if (!running() && m_status->text().isEmpty())
        m_status->setText(tr("Expert parallelism: each rank routes its share of the batch and sends every row to "
                             "the rank holding its expert."));
    m_view->retranslateUi();
}

}  // namespace moe::gui
