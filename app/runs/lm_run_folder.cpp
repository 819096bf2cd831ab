// Writing a language-model run folder: experiment file, checkpoint, tables, summary, loss plot.
#include "lm_run_folder.h"

#include "app/common/experiment_file.h"
#include "run_folder.h"
#include "run_plots.h"

#include "widgets/expert_palette.h"
#include "widgets/plot_export.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LmRunFolder)
};

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QByteArray csvLine(const QStringList &cells)
{
    return cells.join(QLatin1Char(',')).toUtf8() + '\n';
}

int expertColumns(const LmRunRecord &record)
{
    int E = 0;
    for (const LmEvaluation &ev : record.evaluations)
        for (const BlockHealth &b : ev.blocks)
            E = std::max(E, int(b.tokens.size()));
    return E;
}

QString renderLossPlot(const LmRunRecord &record, const QString &folder, const QStringList &formats, QSize size)
{
    if (!canRenderPlots())
        return Text::tr("plots can only be drawn by a program with a QApplication");
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(size);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(
        0, 0,
        new QCPTextElement(&plot, Text::tr("Loss of the language model (nats per byte)"),
                           QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold)));
    plot.xAxis->setLabel(Text::tr("training step"));
    plot.yAxis->setLabel(Text::tr("cross-entropy (nats per byte)"));
    plot.legend->setVisible(true);
    plot.legend->setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    const struct {
        QString name;
        double LmMetricRow::*value;
        int colour;
    } curves[] = {{Text::tr("training"), &LmMetricRow::trainLoss, 0}, {Text::tr("validation"), &LmMetricRow::valLoss, 1}};
    for (const auto &c : curves) {
        QVector<double> x, y;
        for (const LmMetricRow &r : record.metrics)
            if (std::isfinite(r.*c.value)) {
                x << r.step;
                y << r.*c.value;
            }
        QCPGraph *graph = plot.addGraph();
        graph->setName(c.name);
        graph->setPen(QPen(widgets::expertColor(c.colour), 1.8));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        graph->setData(x, y, true);
    }
    plot.rescaleAxes();
    plot.replot();
    const QDir dir(folder);
    for (const QString &format : formats) {
        const QString error =
            widgets::exportView(&plot, dir.filePath(QStringLiteral("loss.") + format), size.width(), size.height());
        if (!error.isEmpty())
            return Text::tr("cannot draw the plot '%1': %2").arg(QStringLiteral("loss"), error);
    }
    return {};
}

}  // namespace

const QStringList &lmMetricsColumns()
{
    static const QStringList c = {QStringLiteral("step"),       QStringLiteral("train_loss"),
                                  QStringLiteral("val_loss"),   QStringLiteral("bits_per_byte"),
                                  QStringLiteral("lr"),         QStringLiteral("aux_loss"),
                                  QStringLiteral("grad_norm"),  QStringLiteral("ms_per_step"),
                                  QStringLiteral("fwd_ms"),     QStringLiteral("bwd_ms"),
                                  QStringLiteral("opt_ms")};
    return c;
}

const QStringList &lmBlocksColumns()
{
    static const QStringList c = {QStringLiteral("step"),          QStringLiteral("block"),
                                  QStringLiteral("max_over_mean"), QStringLiteral("cv"),
                                  QStringLiteral("dead_experts"),  QStringLiteral("entropy_ratio"),
                                  QStringLiteral("dropped_fraction")};
    return c;
}

const QStringList &lmDropsColumns()
{
    static const QStringList c = {QStringLiteral("step"), QStringLiteral("block"), QStringLiteral("position"),
                                  QStringLiteral("dropped_fraction")};
    return c;
}

QByteArray lmMetricsCsv(const LmRunRecord &record)
{
    QByteArray out = csvLine(lmMetricsColumns());
    for (const LmMetricRow &r : record.metrics)
        out += csvLine({QString::number(r.step), csvNumber(r.trainLoss), csvNumber(r.valLoss),
                        csvNumber(r.bitsPerByte), csvNumber(r.learningRate), csvNumber(r.auxLoss),
                        csvNumber(r.gradNorm), csvNumber(r.msPerStep), csvNumber(r.forwardMs),
                        csvNumber(r.backwardMs), csvNumber(r.optimizerMs)});
    return out;
}

QByteArray lmBlocksCsv(const LmRunRecord &record)
{
    const int E = expertColumns(record);
    QStringList header = lmBlocksColumns();
    for (int e = 0; e < E; ++e)
        header << QStringLiteral("tokens_%1").arg(e);
    QByteArray out = csvLine(header);
    for (const LmEvaluation &ev : record.evaluations)
        for (std::size_t l = 0; l < ev.blocks.size(); ++l) {
            const BlockHealth &b = ev.blocks[l];
            QStringList cells = {QString::number(ev.step),     QString::number(l),
                                 csvNumber(b.maxOverMean),     csvNumber(b.cv),
                                 QString::number(b.deadExperts), csvNumber(b.entropyRatio),
                                 csvNumber(b.droppedFraction)};
            for (int e = 0; e < E; ++e)
                cells << (e < int(b.tokens.size()) ? QString::number(b.tokens[std::size_t(e)]) : QString());
            out += csvLine(cells);
        }
    return out;
}

QByteArray lmDropsCsv(const LmRunRecord &record)
{
    QByteArray out = csvLine(lmDropsColumns());
    for (const LmEvaluation &ev : record.evaluations)
        for (std::size_t l = 0; l < ev.blocks.size(); ++l)
            for (std::size_t t = 0; t < ev.blocks[l].droppedByPosition.size(); ++t)
                out += csvLine({QString::number(ev.step), QString::number(l), QString::number(t),
                                csvNumber(ev.blocks[l].droppedByPosition[t])});
    return out;
}

bool lmHasDrops(const LmRunRecord &record)
{
    if (record.config.routing.capacityFactor > 0 || record.config.routing.evalCapacityFactor > 0)
        return true;
    for (const LmEvaluation &ev : record.evaluations)
        for (const BlockHealth &b : ev.blocks)
            if (b.droppedFraction > 0)
                return true;
    return false;
}

QJsonObject lmSummaryJson(const LmRunRecord &record)
{
    const LmMetricRow last = record.metrics.empty() ? LmMetricRow {} : record.metrics.back();
    const ExperimentConfig &c = record.config;
    QJsonObject o;
    o.insert(QStringLiteral("step"), last.step);
    o.insert(QStringLiteral("train_loss"), jsonNumber(last.trainLoss));
    o.insert(QStringLiteral("val_loss"), jsonNumber(last.valLoss));
    o.insert(QStringLiteral("bits_per_byte"), jsonNumber(last.bitsPerByte));
    o.insert(QStringLiteral("aux_loss"), jsonNumber(last.auxLoss));
    o.insert(QStringLiteral("lr"), jsonNumber(last.learningRate));
    o.insert(QStringLiteral("params_total"), qint64(record.paramsTotal));
    o.insert(QStringLiteral("params_active"), qint64(record.paramsActive));
    o.insert(QStringLiteral("flops_per_token"), jsonNumber(record.flopsPerToken));
    o.insert(QStringLiteral("wall_seconds"), record.wallSeconds);
    o.insert(QStringLiteral("train_seconds"), record.trainSeconds);
    o.insert(QStringLiteral("steps_per_second"),
             jsonNumber(record.trainSeconds > 0 ? record.stepsTaken / record.trainSeconds : NAN));
    o.insert(QStringLiteral("threads"), record.threads);
    QJsonArray warnings;
    for (const QString &w : record.warnings)
        warnings.append(w);
    o.insert(QStringLiteral("warnings"), warnings);
    o.insert(QStringLiteral("diverged"), record.diverged);
    o.insert(QStringLiteral("stop_reason"), record.stopReason);
    // What was run.
    o.insert(QStringLiteral("dataset"), QString::fromStdString(c.data.name));
    o.insert(QStringLiteral("train_bytes"), qint64(record.trainBytes));
    o.insert(QStringLiteral("validation_bytes"), qint64(record.validationBytes));
    o.insert(QStringLiteral("strategy"), QString::fromStdString(c.routing.strategy));
    o.insert(QStringLiteral("experts"), record.experts);
    o.insert(QStringLiteral("k"), c.routing.k * std::max(1, c.model.fineGrain));
    o.insert(QStringLiteral("layers"), c.model.layers);
    o.insert(QStringLiteral("width"), c.model.width);
    o.insert(QStringLiteral("heads"), c.model.heads);
    o.insert(QStringLiteral("context"), c.model.context);
    o.insert(QStringLiteral("checkpoint"), kCheckpointFileName);
    // Every block's health at the last evaluation (blocks.csv has the history).
    QJsonArray blocks;
    if (!record.evaluations.empty()) {
        const LmEvaluation &ev = record.evaluations.back();
        for (std::size_t l = 0; l < ev.blocks.size(); ++l) {
            const BlockHealth &b = ev.blocks[l];
            QJsonArray tokens;
            for (long long t : b.tokens)
                tokens.append(qint64(t));
            blocks.append(QJsonObject {{QStringLiteral("block"), int(l)},
                                       {QStringLiteral("max_over_mean"), jsonNumber(b.maxOverMean)},
                                       {QStringLiteral("cv"), jsonNumber(b.cv)},
                                       {QStringLiteral("dead_experts"), b.deadExperts},
                                       {QStringLiteral("entropy_ratio"), jsonNumber(b.entropyRatio)},
                                       {QStringLiteral("dropped_fraction"), jsonNumber(b.droppedFraction)},
                                       {QStringLiteral("tokens"), tokens}});
        }
    }
    o.insert(QStringLiteral("blocks"), blocks);
    return o;
}

QString writeLmRunFiles(const QString &folder, const LmRunRecord &record, const LmRunFolderOptions &options)
{
    const QDir dir(folder);
    ExperimentFile experiment;
    experiment.config = record.config;
    experiment.extras.insert(QStringLiteral("checkpoint"),
                             QJsonObject {{QStringLiteral("file"), kCheckpointFileName},
                                          {QStringLiteral("bytes"), qint64(record.checkpoint.size())},
                                          {QStringLiteral("step"), record.metrics.empty() ? 0 : record.metrics.back().step}});
    QString error = experiment.save(dir.filePath(QStringLiteral("config.moelab")));
    if (error.isEmpty())
        error = writeFileAtomically(dir.filePath(kCheckpointFileName), record.checkpoint);
    if (error.isEmpty())
        error = writeFileAtomically(dir.filePath(QStringLiteral("metrics.csv")), lmMetricsCsv(record));
    if (error.isEmpty())
        error = writeFileAtomically(dir.filePath(QStringLiteral("blocks.csv")), lmBlocksCsv(record));
    if (error.isEmpty() && lmHasDrops(record))
        error = writeFileAtomically(dir.filePath(QStringLiteral("drops_by_position.csv")), lmDropsCsv(record));
    if (error.isEmpty())
        error = writeFileAtomically(dir.filePath(QStringLiteral("summary.json")),
                                    QJsonDocument(lmSummaryJson(record)).toJson(QJsonDocument::Indented));
    if (error.isEmpty() && options.plots) {
        const QString plots = dir.filePath(QStringLiteral("plots"));
        if (!QDir().mkpath(plots))
            return Text::tr("cannot create the folder '%1'").arg(plots);
        error = renderLossPlot(record, plots, options.plotFormats, options.plotSize);
    }
    return error;
}

}  // namespace moe::app
