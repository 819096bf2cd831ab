#include "multitask_plots.h"

#include "run_plots.h"

#include "widgets/plot_export.h"
#include "widgets/task_gate_view.h"
#include "widgets/task_loss_view.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunPlots)
};

QString save(QWidget *view, const QString &name, const QString &folder, const QStringList &formats, QSize size)
{
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(size);
    for (const QString &format : formats) {
        const QString path = QDir(folder).filePath(name + QLatin1Char('.') + format);
        const QString error = widgets::exportView(view, path, size.width(), size.height());
        if (!error.isEmpty())
            return Text::tr("cannot draw the plot '%1': %2").arg(name, error);
    }
    return {};
}

}  // namespace

double lossAt(const std::vector<std::vector<double>> &rows, std::size_t row, std::size_t task)
{
    return row < rows.size() && task < rows[row].size() ? rows[row][task] : NAN;
}

QStringList multiTaskPlotNames()
{
    return {QStringLiteral("task_losses"), QStringLiteral("gate_usage")};
}

QString renderMultiTaskPlots(const RunRecord &record, const QString &folder, const QStringList &formats, QSize size)
{
    if (!canRenderPlots())
        return Text::tr("plots can only be drawn by a program with a QApplication");
    widgets::TaskLossCurves curves;
    curves.taskNames = record.taskNames;
    const std::size_t tasks = std::size_t(record.taskNames.size());
    curves.trainLoss.assign(tasks, {});
    curves.testLoss.assign(tasks, {});
    for (std::size_t i = 0; i < record.metrics.size(); ++i) {
        curves.steps.push_back(record.metrics[i].step);
        for (std::size_t k = 0; k < tasks; ++k) {
            curves.trainLoss[k].push_back(lossAt(record.taskTrainLoss, i, k));
            curves.testLoss[k].push_back(lossAt(record.taskTestLoss, i, k));
        }
    }
    auto losses = std::make_unique<widgets::TaskLossView>();
    losses->setCurves(curves);
    QString error = save(losses.get(), QStringLiteral("task_losses"), folder, formats, size);
    if (!error.isEmpty())
        return error;
    auto gates = std::make_unique<widgets::TaskGateView>();
    gates->setUsage(record.taskNames, record.gateUsage);
    return save(gates.get(), QStringLiteral("gate_usage"), folder, formats, size);
}

}  // namespace moe::app
