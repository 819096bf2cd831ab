// A lesson variant as a real expert-parallel job (see the header).
#include "mpi_lesson_run.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

#include <unistd.h>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LessonCheck)
};

}  // namespace

MpiLessonTools findMpiLessonTools()
{
    MpiLessonTools tools;
    tools.mpirun = QStandardPaths::findExecutable(QStringLiteral("mpirun"));
    const QString chosen = qEnvironmentVariable("MOELAB_CLI");
    const QString self = QCoreApplication::instance() ? QCoreApplication::applicationFilePath() : QString();
    const QDir here(QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath());
    QStringList candidates;
    if (!chosen.isEmpty())
        candidates << chosen;
    if (QFileInfo(self).fileName() == QLatin1String("moelab-cli"))
        candidates << self;
    candidates << here.filePath(QStringLiteral("moelab-cli")) << here.filePath(QStringLiteral("../cli/moelab-cli"));
    for (const QString &c : candidates)
        if (QFileInfo(c).isExecutable() && !QFileInfo(c).isDir()) {
            tools.cli = QFileInfo(c).canonicalFilePath();
            break;
        }
    if (tools.cli.isEmpty())
        tools.cli = QStandardPaths::findExecutable(QStringLiteral("moelab-cli"));
    return tools;
}

QString runMpiLessonJob(const ExperimentConfig &config, const MpiLessonTools &tools, double window,
                        std::map<QString, double> &metrics, int timeoutSeconds)
{
    if (!tools.ok())
        return Text::tr("mpirun or moelab-cli was not found");
    const int P = std::max(2, config.parallel.ranks);
    QTemporaryDir dir;
    if (!dir.isValid())
        return Text::tr("cannot make a temporary folder: %1").arg(dir.errorString());
    ExperimentConfig job = config;
    job.parallel.ranks = P;
    job.train.threads = 1;
    QStringList args = {QStringLiteral("-np"), QString::number(P), QStringLiteral("--oversubscribe"), tools.cli,
                        QStringLiteral("train")};
    for (const ConfigKey &key : configKeys())
        args << QStringLiteral("--set") << QString::fromStdString(key.key + "=" + configValue(job, key.key));
    args << QStringLiteral("--stream") << QStringLiteral("--no-plots") << QStringLiteral("--out")
         << dir.filePath(QStringLiteral("run"));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    env.insert(QStringLiteral("OMPI_MCA_mpi_yield_when_idle"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("OMPI_MCA_btl_vader_single_copy_mechanism")))
        env.insert(QStringLiteral("OMPI_MCA_btl_vader_single_copy_mechanism"), QStringLiteral("none"));
    if (geteuid() == 0) {
        env.insert(QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT"), QStringLiteral("1"));
        env.insert(QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"), QStringLiteral("1"));
    }
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(tools.mpirun, args);
    if (!process.waitForStarted(30000))
        return Text::tr("mpirun did not start: %1").arg(process.errorString());
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        return Text::tr("the MPI job did not finish within %1 s").arg(timeoutSeconds);
    }

    struct Step {
        int step;
        double most, least, stragglerExpert, slowest;
    };
    std::vector<Step> steps;
    QString jobError;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
        const QString event = o.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("error"))
            jobError = o.value(QStringLiteral("message")).toString();
        if (event != QLatin1String("step"))
            continue;
        const QJsonArray processed = o.value(QStringLiteral("processed")).toArray();
        const QJsonArray expert = o.value(QStringLiteral("expert_s")).toArray();
        const QJsonArray wall = o.value(QStringLiteral("step_s")).toArray();
        const int straggler = o.value(QStringLiteral("straggler")).toInt(-1);
        if (processed.size() != P || expert.size() != P || wall.size() != P || straggler < 0 || straggler >= P)
            continue;
        Step s {o.value(QStringLiteral("step")).toInt(), 0, processed.at(0).toDouble(),
                expert.at(straggler).toDouble(), 0};
        for (int r = 0; r < P; ++r) {
            s.most = std::max(s.most, processed.at(r).toDouble());
            s.least = std::min(s.least, processed.at(r).toDouble());
            s.slowest = std::max(s.slowest, wall.at(r).toDouble());
        }
        steps.push_back(s);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || steps.empty()) {
        const QString detail = !jobError.isEmpty()
            ? jobError
            : QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 2);
        return Text::tr("the MPI job failed (exit code %1): %2").arg(process.exitCode()).arg(detail);
    }
    const int last = steps.back().step;
    const int from = last - std::max(1, int(std::lround(window * last)));
    double most = 0, least = 0, expertSeconds = 0, slowest = 0;
    int n = 0;
    for (const Step &s : steps) {
        if (s.step <= from)
            continue;
        most += s.most;
        least += s.least;
        expertSeconds += s.stragglerExpert;
        slowest += s.slowest;
        ++n;
    }
    metrics[QStringLiteral("mpi_busiest_rank_rows")] = most / n;
    metrics[QStringLiteral("mpi_quietest_rank_rows")] = least / n;
    metrics[QStringLiteral("mpi_straggler_expert_ms")] = 1e3 * expertSeconds / n;
    metrics[QStringLiteral("mpi_step_ms")] = 1e3 * slowest / n;
    return {};
}

}  // namespace moe::app
