#include "sweep_curve_plot.h"

#include "run_plots.h"

#include "widgets/plot_export.h"
#include "widgets/sweep_curve_view.h"

#include <QCoreApplication>
#include <QDir>

#include <map>
#include <memory>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunPlots)
};

bool isSeed(const QString &key)
{
    return key == QLatin1String("data.seed") || key == QLatin1String("train.seed");
}

}  // namespace

QString sweepCurveKey(const std::vector<SweepAxis> &axes)
{
    for (const SweepAxis &a : axes) {
        if (isSeed(a.key) || a.values.size() < 2)
            continue;
        bool numeric = true;
        for (const QString &v : a.values) {
            bool ok = false;
            v.toDouble(&ok);
            numeric = numeric && ok;
        }
        if (numeric)
            return a.key;
    }
    return {};
}

QString renderSweepCurvePlot(const std::vector<SweepAxis> &axes, const std::vector<SweepResult> &results,
                             const QString &folder, const QStringList &formats, QSize size)
{
    const QString xKey = sweepCurveKey(axes);
    if (xKey.isEmpty())
        return {};
    if (!canRenderPlots())
        return Text::tr("plots can only be drawn by a program with a QApplication");
    std::map<QString, widgets::SweepSeries> series;  // by the other keys' values
    for (const SweepResult &r : results) {
        if (!r.error.isEmpty() || r.record.metrics.empty())
            continue;
        QStringList label;
        double x = 0;
        for (const auto &[key, value] : r.point.assignment) {
            if (key == xKey)
                x = value.toDouble();
            else if (!isSeed(key))
                label << key + QLatin1Char('=') + value;
        }
        widgets::SweepSeries &s = series[label.join(QStringLiteral(", "))];
        s.label = label.isEmpty() ? Text::tr("final test loss") : label.join(QStringLiteral(", "));
        s.x.push_back(x);
        s.y.push_back(r.record.metrics.back().testLoss);
    }
    std::vector<widgets::SweepSeries> list;
    for (auto &[key, s] : series)
        list.push_back(std::move(s));
    auto view = std::make_unique<widgets::SweepCurveView>();
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(size);
    view->setSeries(xKey, Text::tr("final test loss"), list);
    for (const QString &format : formats) {
        const QString path = QDir(folder).filePath(QStringLiteral("sweep_test_loss.") + format);
        const QString error = widgets::exportView(view.get(), path, size.width(), size.height());
        if (!error.isEmpty())
            return Text::tr("cannot draw the plot '%1': %2").arg(QStringLiteral("sweep_test_loss"), error);
    }
    return {};
}

}  // namespace moe::app
