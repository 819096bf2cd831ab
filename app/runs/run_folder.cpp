// Writing a run folder: experiment file, metric and expert tables, summary, plots.
#include "run_folder.h"

#include "app/common/experiment_file.h"
#include "multitask_plots.h"
#include "run_plots.h"
#include "staged_folder.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunFolder)
};

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

}  // namespace

const QStringList &metricsColumns()
{
    static const QStringList c = {
        QStringLiteral("step"),          QStringLiteral("train_loss"),       QStringLiteral("test_loss"),
        QStringLiteral("aux_loss"),      QStringLiteral("accuracy"),         QStringLiteral("load_cv"),
        QStringLiteral("max_mean_load"), QStringLiteral("dropped_fraction"), QStringLiteral("gate_entropy")};
    return c;
}

const QStringList &expertsColumns()
{
    static const QStringList c = {QStringLiteral("step"), QStringLiteral("expert"), QStringLiteral("load"),
                                  QStringLiteral("importance"), QStringLiteral("dropped")};
    return c;
}

const QStringList &summaryKeys()
{
    static const QStringList k = [] {
        QStringList keys = metricsColumns();
        keys << QStringLiteral("mi_class_expert") << QStringLiteral("params_total") << QStringLiteral("params_active")
             << QStringLiteral("flops_per_token");
        return keys;
    }();
    return k;
}

QString csvNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'g', 10);
}

QByteArray metricsCsv(const RunRecord &record)
{
    if (!record.taskNames.isEmpty())
        return multiTaskMetricsCsv(record);
    QByteArray out = metricsColumns().join(QLatin1Char(',')).toUtf8() + '\n';
    for (const MetricRow &r : record.metrics) {
        const QStringList cells = {QString::number(r.step),  csvNumber(r.trainLoss),       csvNumber(r.testLoss),
                                   csvNumber(r.auxLoss),     csvNumber(r.accuracy),        csvNumber(r.loadCv),
                                   csvNumber(r.maxMeanLoad), csvNumber(r.droppedFraction), csvNumber(r.gateEntropy)};
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QStringList multiTaskColumns(const QStringList &taskNames)
{
    QStringList columns;
    for (const QString &name : taskNames)
        columns << QStringLiteral("train_loss_") + name;
    for (const QString &name : taskNames)
        columns << QStringLiteral("test_loss_") + name;
    return columns;
}

QByteArray multiTaskMetricsCsv(const RunRecord &record)
{
    auto quoted = [](QString cell) {
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')))
            cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return cell;
    };
    QStringList header = metricsColumns();
    for (const QString &c : multiTaskColumns(record.taskNames))
        header << quoted(c);
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    const std::size_t tasks = std::size_t(record.taskNames.size());
    for (std::size_t i = 0; i < record.metrics.size(); ++i) {
        const MetricRow &r = record.metrics[i];
        QStringList cells = {QString::number(r.step),  csvNumber(r.trainLoss),       csvNumber(r.testLoss),
                             csvNumber(r.auxLoss),     csvNumber(r.accuracy),        csvNumber(r.loadCv),
                             csvNumber(r.maxMeanLoad), csvNumber(r.droppedFraction), csvNumber(r.gateEntropy)};
        for (const auto *losses : {&record.taskTrainLoss, &record.taskTestLoss})
            for (std::size_t k = 0; k < tasks; ++k)
                cells << csvNumber(lossAt(*losses, i, k));
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QByteArray gateUsageCsv(const RunRecord &record)
{
    QByteArray out = "task,expert,weight\n";
    for (std::size_t k = 0; k < record.gateUsage.size(); ++k)
        for (std::size_t e = 0; e < record.gateUsage[k].size(); ++e)
            out += (qsizetype(k) < record.taskNames.size() ? record.taskNames[qsizetype(k)] : QString::number(k))
                       .toUtf8()
                + ',' + QByteArray::number(qulonglong(e)) + ',' + csvNumber(record.gateUsage[k][e]).toUtf8() + '\n';
    return out;
}

QByteArray expertsCsv(const RunRecord &record)
{
    QByteArray out = expertsColumns().join(QLatin1Char(',')).toUtf8() + '\n';
    for (const ExpertRow &r : record.experts) {
        const QStringList cells = {QString::number(r.step), QString::number(r.expert), csvNumber(r.load),
                                   csvNumber(r.importance), r.dropped < 0 ? QString() : QString::number(r.dropped)};
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QJsonObject summaryJson(const RunRecord &record)
{
    const MetricRow last = record.metrics.empty() ? MetricRow {} : record.metrics.back();
    const Snapshot &s = record.final;
    QJsonObject o;
    o.insert(QStringLiteral("step"), last.step);
    o.insert(QStringLiteral("train_loss"), jsonNumber(last.trainLoss));
    o.insert(QStringLiteral("test_loss"), jsonNumber(last.testLoss));
    o.insert(QStringLiteral("aux_loss"), jsonNumber(last.auxLoss));
    o.insert(QStringLiteral("accuracy"), jsonNumber(last.accuracy));
    o.insert(QStringLiteral("load_cv"), jsonNumber(last.loadCv));
    o.insert(QStringLiteral("max_mean_load"), jsonNumber(last.maxMeanLoad));
    o.insert(QStringLiteral("dropped_fraction"), jsonNumber(last.droppedFraction));
    o.insert(QStringLiteral("gate_entropy"), jsonNumber(last.gateEntropy));
    o.insert(QStringLiteral("mi_class_expert"), jsonNumber(s.mutualInformationBits));
    o.insert(QStringLiteral("params_total"), qint64(s.paramsTotal));
    o.insert(QStringLiteral("params_active"), qint64(s.paramsActive));
    o.insert(QStringLiteral("flops_per_token"), jsonNumber(s.flopsPerToken));
    // Context beyond the contract: what was run and how it ended.
    o.insert(QStringLiteral("train_accuracy"), jsonNumber(s.trainAccuracy < 0 ? NAN : s.trainAccuracy));
    o.insert(QStringLiteral("experts"), s.experts);
    o.insert(QStringLiteral("k"), s.k);
    o.insert(QStringLiteral("strategy"), QString::fromStdString(s.strategyId));
    o.insert(QStringLiteral("dataset"), QString::fromStdString(record.config.data.name));
    o.insert(QStringLiteral("diverged"), record.diverged);
    o.insert(QStringLiteral("stop_reason"), record.stopReason);
    o.insert(QStringLiteral("wall_seconds"), record.wallSeconds);
    if (!record.taskNames.isEmpty()) {
        o.insert(QStringLiteral("tasks"), QJsonArray::fromStringList(record.taskNames));
        o.insert(QStringLiteral("gates"), QString::fromStdString(configValue(record.config, "model.gates")));
        for (qsizetype k = 0; k < record.taskNames.size(); ++k) {
            const std::size_t row = record.metrics.empty() ? 0 : record.metrics.size() - 1;
            o.insert(QStringLiteral("train_loss_") + record.taskNames[k],
                     jsonNumber(lossAt(record.taskTrainLoss, row, std::size_t(k))));
            o.insert(QStringLiteral("test_loss_") + record.taskNames[k],
                     jsonNumber(lossAt(record.taskTestLoss, row, std::size_t(k))));
        }
    }
    return o;
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("cannot write '%1': %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

QString writeRunFiles(const QString &folder, const RunRecord &record, const RunFolderOptions &options)
{
    const QDir dir(folder);
    ExperimentFile experiment;
    experiment.config = record.config;
    experiment.weights = record.weights;
    experiment.history = record.final.history;
    QString error = experiment.save(dir.filePath(QStringLiteral("config.moelab")));
    if (error.isEmpty())
        error = writeFileAtomically(dir.filePath(QStringLiteral("metrics.csv")), metricsCsv(record));
    if (error.isEmpty())
        error = writeFileAtomically(dir.filePath(QStringLiteral("experts.csv")), expertsCsv(record));
    if (error.isEmpty() && !record.taskNames.isEmpty())
        error = writeFileAtomically(dir.filePath(QStringLiteral("gate_usage.csv")), gateUsageCsv(record));
    if (error.isEmpty())
        error = writeFileAtomically(dir.filePath(QStringLiteral("summary.json")),
                                    QJsonDocument(summaryJson(record)).toJson(QJsonDocument::Indented));
    if (error.isEmpty() && options.plots) {
        const QString plots = dir.filePath(QStringLiteral("plots"));
        if (!QDir().mkpath(plots))
            return Text::tr("cannot create the folder '%1'").arg(plots);
        error = record.taskNames.isEmpty() ? renderRunPlots(record, plots, options.plotFormats, options.plotSize)
                                           : renderMultiTaskPlots(record, plots, options.plotFormats, options.plotSize);
    }
    return error;
}

QString writeRunFolder(const QString &dir, const RunRecord &record, const RunFolderOptions &options)
{
    StagedFolder staged;
    QString error = staged.begin(dir);
    if (error.isEmpty())
        error = writeRunFiles(staged.path(), record, options);
    if (error.isEmpty())
        error = staged.commit();
    return error;
}

}  // namespace moe::app
