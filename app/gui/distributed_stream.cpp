// applyStreamLine: one JSON line of the expert-parallel stream into the view's frame.
#include "distributed_stream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace moe::gui {
namespace {

template <class T>
std::vector<T> numbers(const QJsonValue &v)
{
    std::vector<T> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(T(x.toDouble()));
    return out;
}

std::vector<double> flatten(const QJsonValue &v, int ranks)
{
    std::vector<double> out;
    const QJsonArray rows = v.toArray();
    if (rows.size() != ranks)
        return {};
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toArray();
        if (cells.size() != ranks)
            return {};
        for (const QJsonValue &c : cells)
            out.push_back(c.toDouble());
    }
    return out;
}

}  // namespace

StreamEvent applyStreamLine(const QByteArray &line, widgets::DistributedFrame &f, QString *message, int *value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
    if (!doc.isObject())
        return StreamEvent::None;
    const QJsonObject o = doc.object();
    const QString event = o.value(QStringLiteral("event")).toString();
    if (event == QLatin1String("start")) {
        f = {};
        f.ranks = o.value(QStringLiteral("ranks")).toInt();
        f.owner = numbers<int>(o.value(QStringLiteral("owner")));
        f.steps = o.value(QStringLiteral("steps")).toInt();
        return StreamEvent::Start;
    }
    if (event == QLatin1String("step")) {
        f.step = o.value(QStringLiteral("step")).toInt();
        f.loss = o.value(QStringLiteral("loss")).toDouble();
        f.tokens = flatten(o.value(QStringLiteral("tokens")), f.ranks);
        f.bytes = flatten(o.value(QStringLiteral("bytes")), f.ranks);
        f.processed = numbers<double>(o.value(QStringLiteral("processed")));
        f.stepSeconds = numbers<double>(o.value(QStringLiteral("step_s")));
        f.mpiSeconds = numbers<double>(o.value(QStringLiteral("mpi_s")));
        f.straggler = o.value(QStringLiteral("straggler")).toInt(-1);
        f.failedRank = o.value(QStringLiteral("failed_rank")).toInt(-1);
        return StreamEvent::Step;
    }
    if (event == QLatin1String("eval"))
        return StreamEvent::Eval;
    if (event == QLatin1String("done")) {
        if (message)
            *message = o.value(QStringLiteral("folder")).toString();
        return StreamEvent::Done;
    }
    if (event == QLatin1String("error") || event == QLatin1String("warning")) {
        if (message)
            *message = o.value(QStringLiteral("message")).toString();
        return event == QLatin1String("error") ? StreamEvent::Error : StreamEvent::Warning;
    }
    if (event == QLatin1String("set")
        && o.value(QStringLiteral("key")).toString() == QLatin1String("parallel.failed_rank")) {
        bool ok = false;
        const int rank = o.value(QStringLiteral("value")).toString().toInt(&ok);
        if (!ok)
            return StreamEvent::None;
        if (value)
            *value = rank;
        if (message)
            *message = QString::number(o.value(QStringLiteral("step")).toInt());
        return StreamEvent::Set;
    }
    return StreamEvent::None;
}

QByteArray failedRankCommand(int rank)
{
    QJsonObject o;
    o.insert(QStringLiteral("set"), QStringLiteral("parallel.failed_rank"));
    o.insert(QStringLiteral("value"), QString::number(rank < 0 ? -1 : rank));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

}  // namespace moe::gui
