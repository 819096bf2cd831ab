// Overlaid curves of several runs, drawn with QCustomPlot and saved by widgets::exportView.
#include "comparison_plots.h"

#include "run_plots.h"

#include "widgets/expert_palette.h"
#include "widgets/plot_export.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>

#include <cmath>
#include <functional>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ComparisonPlots)
};

struct Metric {
    QString id;
    const char *title;  // QT_TRANSLATE_NOOP
    std::function<double(const MetricRow &)> value;
    // From the per-step history when the snapshot has one (finer than the logged rows).
    std::function<double(const HistoryPoint &)> fromHistory;
};

const std::vector<Metric> &metrics()
{
    static const std::vector<Metric> m = {
        {QStringLiteral("train_loss"), QT_TRANSLATE_NOOP("ComparisonPlots", "Training loss"),
         [](const MetricRow &r) { return r.trainLoss; },
         [](const HistoryPoint &p) {
             return p.trainLoss;
         }},
        {QStringLiteral("test_loss"), QT_TRANSLATE_NOOP("ComparisonPlots", "Test loss"),
         [](const MetricRow &r) { return r.testLoss; }, nullptr},
        {QStringLiteral("accuracy"), QT_TRANSLATE_NOOP("ComparisonPlots", "Test accuracy"),
         [](const MetricRow &r) { return r.accuracy; }, nullptr},
        {QStringLiteral("load_cv"), QT_TRANSLATE_NOOP("ComparisonPlots", "Load coefficient of variation"),
         [](const MetricRow &r) { return r.loadCv; },
         [](const HistoryPoint &p) {
             return p.loadCv;
         }},
        {QStringLiteral("max_mean_load"), QT_TRANSLATE_NOOP("ComparisonPlots", "Max / mean expert load"),
         [](const MetricRow &r) { return r.maxMeanLoad; },
         [](const HistoryPoint &p) {
             return p.maxMeanLoad;
         }},
        {QStringLiteral("dropped_fraction"), QT_TRANSLATE_NOOP("ComparisonPlots", "Dropped fraction"),
         [](const MetricRow &r) { return r.droppedFraction; },
         [](const HistoryPoint &p) {
             return p.droppedFraction;
         }},
        {QStringLiteral("gate_entropy"), QT_TRANSLATE_NOOP("ComparisonPlots", "Gate entropy"),
         [](const MetricRow &r) { return r.gateEntropy; },
         [](const HistoryPoint &p) {
             return p.gateEntropy;
         }},
    };
    return m;
}

}  // namespace

QStringList comparisonMetrics()
{
    QStringList ids;
    for (const Metric &m : metrics())
        ids << m.id;
    return ids;
}

QString renderComparisonPlots(const std::vector<LabelledRun> &runs, const QString &folder, const QStringList &formats,
                              QSize size)
{
    if (!canRenderPlots())
        return Text::tr("plots can only be drawn by a program with a QApplication");
    const QDir dir(folder);
    for (const Metric &metric : metrics()) {
        QCustomPlot plot;
        plot.setAttribute(Qt::WA_DontShowOnScreen);
        plot.resize(size);
        plot.plotLayout()->insertRow(0);
        plot.plotLayout()->addElement(0, 0,
                                      new QCPTextElement(&plot,
                                                         QCoreApplication::translate("ComparisonPlots", metric.title),
                                                         QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold)));
        plot.xAxis->setLabel(Text::tr("step"));
        plot.yAxis->setLabel(QCoreApplication::translate("ComparisonPlots", metric.title));
        plot.legend->setVisible(true);
        plot.legend->setFont(QFont(QStringLiteral("DejaVu Sans"), 8));
        for (std::size_t i = 0; i < runs.size(); ++i) {
            QVector<double> x, y;
            const std::vector<HistoryPoint> &history = runs[i].record->final.history;
            if (metric.fromHistory && !history.empty()) {
                for (const HistoryPoint &p : history)
                    if (const double v = metric.fromHistory(p); std::isfinite(v)) {
                        x << p.step;
                        y << v;
                    }
            } else {
                for (const MetricRow &r : runs[i].record->metrics)
                    if (const double v = metric.value(r); std::isfinite(v)) {
                        x << r.step;
                        y << v;
                    }
            }
            QCPGraph *graph = plot.addGraph();
            graph->setName(runs[i].label);
            graph->setPen(QPen(widgets::expertColor(int(i)), 1.6));
            graph->setData(x, y, true);
        }
        plot.rescaleAxes();
        plot.replot();
        for (const QString &format : formats) {
            const QString path = dir.filePath(QStringLiteral("compare_") + metric.id + QLatin1Char('.') + format);
            const QString error = widgets::exportView(&plot, path, size.width(), size.height());
            if (!error.isEmpty())
                return Text::tr("cannot draw the comparison plot '%1': %2").arg(metric.id, error);
        }
    }
    return {};
}

}  // namespace moe::app
