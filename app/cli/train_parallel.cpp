// moelab-cli train over MPI: the expert-parallel loop and its run folder (see the header).
#include "train_parallel.h"

#include "cli_support.h"

#ifdef MOELAB_HAVE_MPI
#include "parallel_report.h"

#include "app/common/dataset_source.h"
#include "app/runs/run_record.h"
#include "app/runs/staged_folder.h"

#include "core/parallel/expert_parallel_trainer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>

#include <poll.h>
#include <unistd.h>
#endif

#include <cstdlib>

namespace moe::cli {

bool wantsExpertParallel(const ExperimentConfig &config, bool stream)
{
    const char *mpiSize = std::getenv("OMPI_COMM_WORLD_SIZE");
    return config.parallel.ranks > 1 || stream || (mpiSize && std::atoi(mpiSize) > 1);
}

#ifndef MOELAB_HAVE_MPI

int trainExpertParallel(const ExperimentConfig &, const QString &, const app::RunFolderOptions &, bool, bool)
{
    return badInput(Text::tr("this moelab-cli was built without MPI, so parallel.ranks > 1 and --stream are not "
                             "available: install MPI (apt-get install openmpi-bin libopenmpi-dev), build again "
                             "and start it with mpirun -np P"));
}

#else

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void emitLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
}

// Whether every rank reports success (a failure on any one stops all of them together).
bool allOk(parallel::Communicator &comm, bool ok)
{
    return comm.allreduceSum(ok ? 0.0 : 1.0) == 0.0;
}

// Rank 0's stdin, read without blocking between two steps: the complete lines that arrived
// since the last call. End of input (or an error) closes it for good.
class StdinLines {
public:
    std::string take()
    {
        while (m_open) {
            pollfd p {STDIN_FILENO, POLLIN, 0};
            const int ready = ::poll(&p, 1, 0);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0)
                break;
            if ((p.revents & (POLLIN | POLLHUP)) == 0) {  // POLLNVAL, POLLERR: no stdin
                m_open = false;
                break;
            }
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_open = false;
                break;
            }
            m_partial.append(buffer, std::size_t(n));
        }
        std::string lines;
        const std::size_t cut = m_partial.rfind('\n');
        if (cut != std::string::npos) {
            lines = m_partial.substr(0, cut + 1);
            m_partial.erase(0, cut + 1);
        }
        if (!m_open && !m_partial.empty()) {  // a last line without its newline
            lines += m_partial + '\n';
            m_partial.clear();
        }
        return lines;
    }

private:
    bool m_open = true;
    std::string m_partial;
};

// The commands of the job (parallel_report.h): rank 0 reads them, every rank receives them
// (MPI_Bcast) and applies those due before the same step, so the ranks stay in step.
class JobCommands {
public:
    JobCommands(parallel::Communicator &comm, bool stream, bool verbose)
        : m_comm(comm), m_lead(comm.rank() == 0), m_stream(stream), m_verbose(verbose)
    {
    }

    // Before step trainer.stepCount() + 1.
    void apply(parallel::ExpertParallelTrainer<float> &trainer)
    {
        std::string bytes = m_lead ? m_stdin.take() : std::string();
        m_comm.broadcast(bytes);
        std::size_t from = 0;
        while (from < bytes.size()) {
            const std::size_t end = bytes.find('\n', from);
            const QByteArray text = QByteArray::fromStdString(bytes.substr(from, end - from));
            from = end == std::string::npos ? bytes.size() : end + 1;
            if (text.trimmed().isEmpty())
                continue;
            JobCommand command;
            const QString problem = parseJobCommand(text, command);
            if (!problem.isEmpty())
                report(problem);
            else
                m_pending.push_back(command);
        }
        const int next = trainer.stepCount() + 1;
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it->step > next) {
                ++it;
                continue;
            }
            try {
                trainer.setFailedRank(it->failedRank);
                announce(*it, next);
            } catch (const std::invalid_argument &e) {
                report(QString::fromStdString(e.what()));
            }
            it = m_pending.erase(it);
        }
    }

private:
    void report(const QString &problem)
    {
        if (!m_lead)
            return;
        if (m_stream)
            emitLine(warningLine(problem));
        warn(Text::tr("command refused: %1").arg(problem));
    }

    void announce(const JobCommand &command, int step)
    {
        if (!m_lead)
            return;
        const QString value = QString::number(command.failedRank);
        if (m_stream)
            emitLine(setLine(command.key, value, step));
        else if (m_verbose)
            printOut(command.failedRank < 0
                         ? Text::tr("from step %1 no rank is knocked out").arg(step)
                         : Text::tr("from step %1 every expert of rank %2 is knocked out").arg(step).arg(value));
    }

    parallel::Communicator &m_comm;
    bool m_lead, m_stream, m_verbose;
    StdinLines m_stdin;
    std::vector<JobCommand> m_pending;
};

// The final snapshot of a run folder, from what the ranks agree on.
Snapshot finalSnapshot(const ExperimentConfig &config, const Dataset &data,
                       const parallel::ExpertParallelTrainer<float> &trainer, const std::vector<HistoryPoint> &history)
{
    Snapshot s;
    s.config = config;
    s.step = trainer.stepCount();
    s.strategyId = config.routing.strategy;
    s.experts = trainer.owners().experts();
    s.k = config.routing.k;
    s.inputDim = data.inputDim();
    s.outputDim = data.outputDim();
    s.task = data.task;
    s.classNames = data.classNames;
    s.diverged = trainer.diverged();
    s.stopReason = trainer.stopReason();
    const auto &last = trainer.last();
    s.trainLoss = last.loss;
    s.taskLoss = last.taskLoss;
    s.trainAccuracy = last.trainAccuracy;
    s.auxLosses = last.auxTerms;
    s.loadCv = last.loadCv;
    s.maxMeanLoad = last.maxMeanLoad;
    s.droppedFraction = last.droppedFraction;
    s.gateEntropy = last.gateEntropy;
    s.expertStats.resize(last.loadFraction.size());
    for (std::size_t e = 0; e < last.loadFraction.size(); ++e) {
        s.expertStats[e].load = last.loadFraction[e];
        s.expertStats[e].capacity = last.capacity;
    }
    s.history = history;
    if (!history.empty()) {
        s.testLoss = history.back().testLoss;
        s.testAccuracy = history.back().testAccuracy;
    }
    s.mutualInformationBits = kNaN;  // needs every expert on one process
    return s;
}

QString writeParallelFiles(const QString &folder, const parallel::ExpertParallelTrainer<float> &trainer,
                           const TrafficLog &traffic, QJsonObject *parallelSummary)
{
    const QDir dir(folder);
    QFile csv(dir.filePath(QStringLiteral("traffic.csv")));
    if (!csv.open(QIODevice::WriteOnly) || csv.write(traffic.csv()) < 0)
        return Text::tr("cannot write '%1': %2").arg(csv.fileName(), csv.errorString());
    csv.close();
    QFile summaryFile(dir.filePath(QStringLiteral("summary.json")));
    if (!summaryFile.open(QIODevice::ReadOnly))
        return Text::tr("cannot read '%1': %2").arg(summaryFile.fileName(), summaryFile.errorString());
    QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    summaryFile.close();
    *parallelSummary = traffic.summary(trainer.config(), trainer.owners());
    summary.insert(QStringLiteral("parallel"), *parallelSummary);
    if (!summaryFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || summaryFile.write(QJsonDocument(summary).toJson(QJsonDocument::Indented)) < 0)
        return Text::tr("cannot write '%1': %2").arg(summaryFile.fileName(), summaryFile.errorString());
    return {};
}

}  // namespace

int trainExpertParallel(const ExperimentConfig &config, const QString &outDir,
                        const app::RunFolderOptions &folderOptions, bool verbose, bool stream)
{
    parallel::MpiSession session;
    parallel::Communicator comm;
    const bool lead = comm.rank() == 0;
    auto refuse = [&](const QString &message) {
        if (lead) {
            if (stream)
                emitLine(errorLine(message));
            badInput(message);
        }
        return ExitBadInput;
    };
    if (config.parallel.ranks != comm.size())
        return refuse(Text::tr("parallel.ranks is %1 but the job has %2 process(es): start it with mpirun -np %1 "
                               "moelab-cli train --set parallel.ranks=%1 …, or set parallel.ranks=%2 for this job")
                          .arg(config.parallel.ranks)
                          .arg(comm.size()));
    if (app::isTextData(config.data))
        return refuse(Text::tr("the language model does not run under expert parallelism yet: choose a vector "
                               "dataset (e.g. data.name=fashion_mnist) or parallel.ranks=1"));
    const app::DatasetLoad data = app::loadDatasetFor(config.data);
    if (!allOk(comm, data.ok()))
        return refuse(data.ok() ? Text::tr("another rank could not load the dataset") : data.error);

    app::StagedFolder folder;
    QString error = lead ? folder.begin(outDir) : QString();
    if (!allOk(comm, error.isEmpty()))
        return refuse(error.isEmpty() ? Text::tr("rank 0 cannot write the run folder") : error);

    std::unique_ptr<parallel::ExpertParallelTrainer<float>> trainer;
    try {
        trainer = std::make_unique<parallel::ExpertParallelTrainer<float>>(config, data.dataset, comm);
    } catch (const std::exception &e) {
        error = QString::fromStdString(e.what());
    }
    if (!allOk(comm, error.isEmpty()))
        return refuse(error.isEmpty() ? Text::tr("another rank could not set up the model") : error);

    if (lead && stream)
        emitLine(startLine(trainer->config(), trainer->owners()));
    if (lead && verbose && !stream)
        printOut(Text::tr("training %1 on %2 over %3 ranks (%4 placement): %5 experts, k=%6, %7 steps")
                     .arg(QString::fromStdString(config.routing.strategy), QString::fromStdString(config.data.name))
                     .arg(comm.size())
                     .arg(QString::fromStdString(configValue(config, "parallel.placement")))
                     .arg(trainer->owners().experts())
                     .arg(config.routing.k)
                     .arg(config.train.steps));

    QElapsedTimer clock;
    clock.start();
    TrafficLog traffic;
    app::RunRecord record;
    std::vector<HistoryPoint> history;
    const int logEvery = std::max(1, config.train.evalEvery);
    JobCommands commands(comm, stream, verbose);
    try {
        bool more = !trainer->finished();
        while (more) {
            commands.apply(*trainer);
            more = trainer->step();
            if (trainer->diverged())
                break;
            const parallel::ParallelStepStats &s = trainer->last();
            traffic.add(s);
            if (lead && stream)
                emitLine(stepLine(s));
            if (trainer->stepCount() % logEvery != 0 && more)
                continue;
            const EvalResult eval = trainer->evaluate();
            HistoryPoint h;
            h.step = s.step;
            h.trainLoss = s.loss;
            h.taskLoss = s.taskLoss;
            h.auxLoss = s.auxLoss;
            h.testLoss = eval.loss;
            h.trainAccuracy = s.trainAccuracy;
            h.testAccuracy = eval.accuracy;
            h.loadCv = s.loadCv;
            h.maxMeanLoad = s.maxMeanLoad;
            h.droppedFraction = s.droppedFraction;
            h.gateEntropy = s.gateEntropy;
            h.expertLoad = s.loadFraction;
            history.push_back(h);
            record.metrics.push_back({s.step, s.loss, eval.loss, s.auxLoss, eval.accuracy, s.loadCv, s.maxMeanLoad,
                                      s.droppedFraction, s.gateEntropy});
            for (std::size_t e = 0; e < s.loadFraction.size(); ++e)
                record.experts.push_back({s.step, int(e), s.loadFraction[e], kNaN, -1});
            if (lead && stream)
                emitLine(evalLine(s.step, eval.loss, eval.accuracy));
            if (lead && verbose && !stream)
                printOut(Text::tr("step %1/%2  train loss %3  test loss %4  accuracy %5  (%6 s)")
                             .arg(s.step)
                             .arg(config.train.steps)
                             .arg(s.loss, 0, 'f', 4)
                             .arg(eval.loss, 0, 'f', 4)
                             .arg(QString::number(100.0 * eval.accuracy, 'f', 1) + QLatin1Char('%'))
                             .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
        }
    } catch (const std::exception &e) {
        // A step that throws on one rank leaves the others in a collective: end the job.
        const QString message = Text::tr("rank %1: %2").arg(comm.rank()).arg(QString::fromStdString(e.what()));
        if (stream)
            emitLine(errorLine(message));
        printErr(QStringLiteral("moelab-cli: ") + message);
        MPI_Abort(MPI_COMM_WORLD, ExitFailed);
    }
    // The replicated parameters (router, shared experts) must be the same bits on every rank.
    const std::uint64_t hash = trainer->replicatedHash();
    const int mine[2] = {int(hash & 0xffffffffu), int(hash >> 32)};
    std::vector<int> hashes(std::size_t(2 * comm.size()));
    comm.allgather(mine, 2, hashes.data());
    bool identical = true;
    for (int r = 0; r < comm.size(); ++r)
        identical = identical && hashes[std::size_t(2 * r)] == mine[0] && hashes[std::size_t(2 * r + 1)] == mine[1];
    traffic.setReplicasIdentical(identical);
    if (!lead)
        return trainer->diverged() ? ExitFailed : ExitOk;

    record.config = config;
    record.final = finalSnapshot(trainer->config(), *data.dataset, *trainer, history);
    record.diverged = trainer->diverged();
    record.stopReason = QString::fromStdString(trainer->stopReason());
    record.wallSeconds = double(clock.elapsed()) / 1000.0;
    QJsonObject parallelSummary;
    error = app::writeRunFiles(folder.path(), record, folderOptions);
    if (error.isEmpty())
        error = writeParallelFiles(folder.path(), *trainer, traffic, &parallelSummary);
    if (error.isEmpty())
        error = folder.commit();
    if (!error.isEmpty()) {
        if (stream)
            emitLine(errorLine(error));
        return failed(error);
    }
    if (record.diverged)
        warn(Text::tr("training stopped: %1").arg(record.stopReason));
    if (stream)
        emitLine(doneLine(trainer->stepCount(), folder.target(), parallelSummary));
    else if (verbose)
        printOut(Text::tr("done: %1 ranks, %2 all-to-all bytes per step, communication %3% of the step time, "
                          "max/mean rank load %4; wrote %5")
                     .arg(comm.size())
                     .arg(parallelSummary.value(QStringLiteral("alltoall_bytes_per_step")).toDouble(), 0, 'f', 0)
                     .arg(100.0 * parallelSummary.value(QStringLiteral("communication_fraction")).toDouble(), 0, 'f',
                          1)
                     .arg(parallelSummary.value(QStringLiteral("max_mean_rank_load")).toDouble(), 0, 'f', 2)
                     .arg(folder.target()));
    return record.diverged ? ExitFailed : ExitOk;
}

#endif

}  // namespace moe::cli
