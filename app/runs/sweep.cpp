// Sweep grids: parsing --vary, expanding the grid, running it on a pool, summary tables.
#include "sweep.h"

#include "app/common/core_strings.h"
#include "app/common/dataset_source.h"
#include "run_folder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QThreadPool>

#include <cmath>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sweep)
};

QString summaryCell(const QJsonValue &v, int digits)
{
    if (v.isDouble())
        return std::isfinite(v.toDouble()) ? QString::number(v.toDouble(), 'g', digits) : QString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QStringList metricColumns()
{
    QStringList keys = summaryKeys();
    keys << QStringLiteral("train_accuracy") << QStringLiteral("wall_seconds") << QStringLiteral("diverged");
    return keys;
}

// digits: significant digits of the numbers (the CSV keeps 10, the Markdown table 4).
std::vector<QStringList> summaryRows(const std::vector<SweepAxis> &axes, const std::vector<SweepResult> &results,
                                     int digits)
{
    std::vector<QStringList> rows;
    for (const SweepResult &r : results) {
        QStringList row {QString::number(r.point.index + 1)};
        for (std::size_t a = 0; a < axes.size(); ++a)
            row << r.point.assignment.value(qsizetype(a)).second;
        if (!r.error.isEmpty()) {
            row << r.error;
            rows.push_back(row);
            continue;
        }
        const QJsonObject summary = summaryJson(r.record);
        for (const QString &key : metricColumns())
            row << summaryCell(summary.value(key), digits);
        rows.push_back(row);
    }
    return rows;
}

}  // namespace

QString parseSweepAxis(const QString &text, const ExperimentConfig &base, SweepAxis *axis)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Text::tr("--vary: expected key=v1,v2,..., got '%1'").arg(text);
    axis->key = text.left(eq).trimmed();
    axis->values = text.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &v : axis->values)
        v = v.trimmed();
    if (!findConfigKey(axis->key.toStdString()))
        return Text::tr("--vary: unknown key '%1'").arg(axis->key);
    if (axis->values.isEmpty())
        return Text::tr("--vary %1: no values given").arg(axis->key);
    for (const QString &v : axis->values) {
        ExperimentConfig probe = base;
        const Problem error = setConfigValue(probe, axis->key.toStdString(), v.toStdString());
        if (!error.empty())
            return Text::tr("--vary: %1").arg(problemText(error));
    }
    return {};
}

QString SweepPoint::label() const
{
    QStringList parts;
    for (const auto &[key, value] : assignment)
        parts << key + QLatin1Char('=') + value;
    return parts.join(QStringLiteral(", "));
}

QString SweepPoint::folderName() const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = QStringLiteral("%1").arg(index + 1, 3, 10, QLatin1Char('0'));
    for (const auto &[key, value] : assignment)
        name += QLatin1Char('_') + key + QLatin1Char('-') + QString(value).replace(unsafe, QStringLiteral("_"));
    return name;
}

std::vector<SweepPoint> expandSweep(const ExperimentConfig &base, const std::vector<SweepAxis> &axes)
{
    std::vector<SweepPoint> points(1);
    points.front().config = base;
    for (const SweepAxis &axis : axes) {
        std::vector<SweepPoint> next;
        for (const SweepPoint &p : points)
            for (const QString &v : axis.values) {
                SweepPoint q = p;
                setConfigValue(q.config, axis.key.toStdString(), v.toStdString());
                q.assignment.append({axis.key, v});
                next.push_back(std::move(q));
                if (next.size() > std::size_t(kMaxSweepPoints))
                    return next;
            }
        points = std::move(next);
    }
    for (std::size_t i = 0; i < points.size(); ++i)
        points[i].index = int(i);
    return points;
}

QString runSweep(const std::vector<SweepPoint> &points, const SweepRunOptions &options,
                 std::vector<SweepResult> *results)
{
    // Each distinct dataset once, shared read-only by the runs that use it.
    QHash<QString, std::shared_ptr<const Dataset>> datasets;
    for (const SweepPoint &p : points) {
        const QString key = datasetCacheKey(p.config.data);
        if (datasets.contains(key))
            continue;
        const DatasetLoad load = loadDatasetFor(p.config.data);
        if (!load.ok())
            return load.error;
        datasets.insert(key, load.dataset);
    }

    results->assign(points.size(), SweepResult());
    QMutex mutex;  // serialises the callbacks
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.jobs));
    for (std::size_t i = 0; i < points.size(); ++i) {
        SweepResult &slot = (*results)[i];
        slot.point = points[i];
        if (options.jobs > 1 && slot.point.config.train.threads == 0)
            slot.point.config.train.threads = 1;
        const auto data = datasets.value(datasetCacheKey(slot.point.config.data));
        pool.start(QRunnable::create([&slot, data, &options, &mutex] {
            RunOptions run;
            if (options.progress)
                run.progress = [&](const RunProgress &p) {
                    QMutexLocker lock(&mutex);
                    options.progress(slot.point, p);
                };
            RunOutcome outcome = runExperiment(slot.point.config, data, run);
            slot.record = std::move(outcome.record);
            slot.error = outcome.error;
            if (options.finished) {
                QMutexLocker lock(&mutex);
                options.finished(slot);
            }
        }));
    }
    pool.waitForDone();
    return {};
}

QStringList sweepSummaryColumns(const std::vector<SweepAxis> &axes)
{
    QStringList columns {QStringLiteral("run")};
    for (const SweepAxis &a : axes)
        columns << a.key;
    columns << metricColumns();
    return columns;
}

QByteArray sweepSummaryCsv(const std::vector<SweepAxis> &axes, const std::vector<SweepResult> &results)
{
    QByteArray out = sweepSummaryColumns(axes).join(QLatin1Char(',')).toUtf8() + '\n';
    for (QStringList row : summaryRows(axes, results, 10)) {
        for (QString &cell : row)
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QByteArray sweepSummaryMarkdown(const std::vector<SweepAxis> &axes, const std::vector<SweepResult> &results)
{
    const QStringList columns = sweepSummaryColumns(axes);
    QByteArray out = "| " + columns.join(QStringLiteral(" | ")).toUtf8() + " |\n|";
    for (int i = 0; i < columns.size(); ++i)
        out += i <= int(axes.size()) ? "---|" : "---:|";
    out += '\n';
    for (QStringList row : summaryRows(axes, results, 4)) {
        for (QString &cell : row)
            cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        out += "| " + row.join(QStringLiteral(" | ")).toUtf8() + " |\n";
    }
    return out;
}

}  // namespace moe::app
