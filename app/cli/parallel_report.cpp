// JSON lines, traffic.csv and summary fields of an expert-parallel run (see the header).
#include "parallel_report.h"

#include "cli_support.h"

#include "core/parallel/expert_parallel_trainer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace moe::cli {
namespace {

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

template <class T>
QJsonArray array(const std::vector<T> &v)
{
    QJsonArray a;
    for (const T &x : v)
        a.append(double(x));
    return a;
}

QJsonArray matrix(const parallel::LayerTraffic &t, bool bytes)
{
    QJsonArray rows;
    for (int s = 0; s < t.ranks; ++s) {
        QJsonArray row;
        for (int d = 0; d < t.ranks; ++d)
            row.append(double(bytes ? t.bytesFromTo(s, d) : t.tokensFromTo(s, d)));
        rows.append(row);
    }
    return rows;
}

double finite(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

// Bytes of the three row exchanges of a step (dispatch d wide, combine and backward o wide).
double exchangedBytes(const parallel::LayerTraffic &t, bool offRankOnly)
{
    double rows = 0;
    for (int s = 0; s < t.ranks; ++s)
        for (int d = 0; d < t.ranks; ++d)
            if (!offRankOnly || s != d)
                rows += double(t.tokensFromTo(s, d));
    return rows * double(t.rowBytesIn + 2 * t.rowBytesOut);
}

}  // namespace

QByteArray startLine(const ExperimentConfig &config, const parallel::ExpertOwners &owners)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("start"));
    o.insert(QStringLiteral("ranks"), owners.ranks());
    o.insert(QStringLiteral("experts"), owners.experts());
    o.insert(QStringLiteral("placement"), QString::fromStdString(configValue(config, "parallel.placement")));
    o.insert(QStringLiteral("aux_scope"), QString::fromStdString(configValue(config, "parallel.aux_scope")));
    QJsonArray owner;
    for (int e = 0; e < owners.experts(); ++e)
        owner.append(owners.owner(e));
    o.insert(QStringLiteral("owner"), owner);
    o.insert(QStringLiteral("steps"), config.train.steps);
    o.insert(QStringLiteral("batch"), config.train.batch);
    o.insert(QStringLiteral("strategy"), QString::fromStdString(config.routing.strategy));
    o.insert(QStringLiteral("k"), config.routing.k);
    return line(o);
}

QByteArray stepLine(const parallel::ParallelStepStats &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("step"));
    o.insert(QStringLiteral("step"), s.step);
    o.insert(QStringLiteral("loss"), finite(s.loss));
    o.insert(QStringLiteral("task_loss"), finite(s.taskLoss));
    o.insert(QStringLiteral("aux_loss"), finite(s.auxLoss));
    o.insert(QStringLiteral("tokens"), matrix(s.traffic, false));
    o.insert(QStringLiteral("bytes"), matrix(s.traffic, true));
    o.insert(QStringLiteral("processed"), array(s.rankProcessed));
    o.insert(QStringLiteral("step_s"), array(s.rankStepSeconds));
    o.insert(QStringLiteral("mpi_s"), array(s.rankMpiSeconds));
    o.insert(QStringLiteral("expert_s"), array(s.rankExpertSeconds));
    o.insert(QStringLiteral("straggler"), s.straggler);
    o.insert(QStringLiteral("failed_rank"), s.failedRank);
    o.insert(QStringLiteral("expert_load"), array(s.loadFraction));
    o.insert(QStringLiteral("dropped_fraction"), finite(s.droppedFraction));
    return line(o);
}

QByteArray evalLine(int step, double testLoss, double accuracy)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("eval"));
    o.insert(QStringLiteral("step"), step);
    o.insert(QStringLiteral("test_loss"), finite(testLoss));
    o.insert(QStringLiteral("accuracy"), finite(accuracy));
    return line(o);
}

QByteArray doneLine(int step, const QString &folder, const QJsonObject &summary)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("done"));
    o.insert(QStringLiteral("step"), step);
    o.insert(QStringLiteral("folder"), folder);
    o.insert(QStringLiteral("summary"), summary);
    return line(o);
}

QByteArray errorLine(const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("error"));
    o.insert(QStringLiteral("message"), message);
    return line(o);
}

QByteArray setLine(const QString &key, const QString &value, int step)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("set"));
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("step"), step);
    return line(o);
}

QByteArray warningLine(const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("warning"));
    o.insert(QStringLiteral("message"), message);
    return line(o);
}

QString parseJobCommand(const QByteArray &text, JobCommand &command)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed(), &parseError);
    const QString shown = QString::fromUtf8(text.trimmed().left(120));
    if (!doc.isObject())
        return Text::tr(
                   "the command '%1' is not a JSON object (e.g. {\"set\":\"parallel.failed_rank\",\"value\":\"1\"})")
            .arg(shown);
    const QJsonObject o = doc.object();
    const QString key = o.value(QStringLiteral("set")).toString();
    if (key.isEmpty())
        return Text::tr("the command '%1' has no \"set\" key naming what to change").arg(shown);
    if (key != QLatin1String("parallel.failed_rank"))
        return Text::tr("'%1' cannot change while the job runs; only parallel.failed_rank can").arg(key);
    const QJsonValue value = o.value(QStringLiteral("value"));
    int rank = -1;
    bool ok = false;
    if (value.isDouble()) {
        const double v = value.toDouble();
        ok = v == std::floor(v) && v >= -1 && v <= 4095;
        rank = ok ? int(v) : -1;
    } else if (value.isString()) {
        const QString v = value.toString().trimmed();
        if (v.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            ok = true;
        } else {
            rank = v.toInt(&ok);
            ok = ok && rank >= -1 && rank <= 4095;
        }
    }
    if (!ok)
        return Text::tr("parallel.failed_rank: '%1' is not a rank (a whole number, or -1 or \"none\" for none)")
            .arg(value.isString() ? value.toString() : shown);
    int step = 0;
    if (o.contains(QStringLiteral("step"))) {
        const double v = o.value(QStringLiteral("step")).toDouble(-1);
        if (v < 1 || v != std::floor(v) || v > 1e9)
            return Text::tr("the command's \"step\" must be a whole number ≥ 1 (the first step it applies to)");
        step = int(v);
    }
    command.key = key;
    command.failedRank = rank;
    command.step = step;
    return {};
}

void TrafficLog::add(const parallel::ParallelStepStats &s)
{
    double step = 0, mpi = 0;
    for (double v : s.rankStepSeconds)
        step += v;
    for (double v : s.rankMpiSeconds)
        mpi += v;
    m_steps.push_back({s.step, s.traffic, step, mpi, s.straggler});
}

QByteArray TrafficLog::csv() const
{
    QByteArray out = "step,layer,src,dst,tokens,bytes\n";
    for (const Step &s : m_steps)
        for (int src = 0; src < s.traffic.ranks; ++src)
            for (int dst = 0; dst < s.traffic.ranks; ++dst)
                out += QByteArray::number(s.step) + ",0," + QByteArray::number(src) + ',' + QByteArray::number(dst)
                    + ',' + QByteArray::number(s.traffic.tokensFromTo(src, dst)) + ','
                    + QByteArray::number(s.traffic.bytesFromTo(src, dst)) + '\n';
    return out;
}

QJsonObject TrafficLog::summary(const ExperimentConfig &config, const parallel::ExpertOwners &owners) const
{
    QJsonObject o;
    const int P = owners.ranks();
    o.insert(QStringLiteral("ranks"), P);
    o.insert(QStringLiteral("placement"), QString::fromStdString(configValue(config, "parallel.placement")));
    o.insert(QStringLiteral("aux_scope"), QString::fromStdString(configValue(config, "parallel.aux_scope")));
    double bytes = 0, offRank = 0, maxMean = 0, stepSeconds = 0, mpiSeconds = 0;
    std::vector<double> share(std::size_t(P), 0.0);
    std::vector<int> stragglerCount(std::size_t(P), 0);
    for (const Step &s : m_steps) {
        bytes += exchangedBytes(s.traffic, false);
        offRank += exchangedBytes(s.traffic, true);
        double total = 0, most = 0;
        for (int r = 0; r < P; ++r) {
            total += double(s.traffic.processed(r));
            most = std::max(most, double(s.traffic.processed(r)));
        }
        for (int r = 0; r < P; ++r)
            share[std::size_t(r)] += total > 0 ? double(s.traffic.processed(r)) / total : 0.0;
        maxMean += total > 0 ? most / (total / P) : 0.0;
        stepSeconds += s.stepSeconds;
        mpiSeconds += s.mpiSeconds;
        ++stragglerCount[std::size_t(s.straggler)];
    }
    const double n = std::max<double>(1.0, double(m_steps.size()));
    o.insert(QStringLiteral("alltoall_bytes_per_step"), bytes / n);
    o.insert(QStringLiteral("alltoall_offrank_bytes_per_step"), offRank / n);
    o.insert(QStringLiteral("max_mean_rank_load"), maxMean / n);
    o.insert(QStringLiteral("communication_fraction"), stepSeconds > 0 ? mpiSeconds / stepSeconds : 0.0);
    o.insert(QStringLiteral("seconds_per_step"), stepSeconds / P / n);
    o.insert(QStringLiteral("straggler_rank"),
             int(std::max_element(stragglerCount.begin(), stragglerCount.end()) - stragglerCount.begin()));
    QJsonArray shares;
    for (double v : share)
        shares.append(v / n);
    o.insert(QStringLiteral("rank_load_share"), shares);
    QJsonArray owner;
    for (int e = 0; e < owners.experts(); ++e)
        owner.append(owners.owner(e));
    o.insert(QStringLiteral("expert_owner"), owner);
    o.insert(QStringLiteral("replicated_parameters_identical"), m_replicasIdentical);
    return o;
}

}  // namespace moe::cli
