// Rendering a run's plots offscreen with the moe::widgets views.
#include "run_plots.h"

#include "widgets/expert_load_view.h"
#include "widgets/loss_view.h"
#include "widgets/plot_export.h"
#include "widgets/curve_view.h"
#include "widgets/gate_heatmap_view.h"
#include "widgets/region_map_view.h"
#include "widgets/specialization_view.h"

#include <QApplication>
#include <QDir>
#include <QThread>

#include <functional>
#include <memory>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunPlots)
};

struct PlotKind {
    QString name;
    std::function<bool(const Snapshot &)> applies;
    std::function<widgets::SnapshotView *()> create;
};

const std::vector<PlotKind> &plotKinds()
{
    static const std::vector<PlotKind> kinds = {
        {QStringLiteral("loss"), [](const Snapshot &) { return true; },
         [] {
             return static_cast<widgets::SnapshotView *>(new widgets::LossView);
         }},
        {QStringLiteral("expert_load"), [](const Snapshot &s) { return !s.expertStats.empty(); },
         [] {
             return static_cast<widgets::SnapshotView *>(new widgets::ExpertLoadView);
         }},
        {QStringLiteral("gate_heatmap"), [](const Snapshot &s) { return !s.probe.probs.empty(); },
         [] {
             return static_cast<widgets::SnapshotView *>(new widgets::GateHeatmapView);
         }},
        {QStringLiteral("specialization"),
         [](const Snapshot &s) { return s.task == Task::Classification && !s.classExpertCounts.empty(); },
         [] {
             return static_cast<widgets::SnapshotView *>(new widgets::SpecializationView);
         }},
        {QStringLiteral("region_map"), [](const Snapshot &s) { return !s.region.empty(); },
         [] {
             return static_cast<widgets::SnapshotView *>(new widgets::RegionMapView);
         }},
        {QStringLiteral("curves"), [](const Snapshot &s) { return !s.curves.empty(); },
         [] {
             return static_cast<widgets::SnapshotView *>(new widgets::CurveView);
         }},
    };
    return kinds;
}

}  // namespace

bool canRenderPlots()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    return app && QThread::currentThread() == app->thread();
}

QStringList runPlotNames(const RunRecord &record)
{
    QStringList names;
    for (const PlotKind &kind : plotKinds())
        if (kind.applies(record.final))
            names << kind.name;
    return names;
}

QString renderRunPlots(const RunRecord &record, const QString &folder, const QStringList &formats, QSize size)
{
    if (!canRenderPlots())
        return Text::tr("plots can only be drawn by a program with a QApplication");
    const QDir dir(folder);
    for (const PlotKind &kind : plotKinds()) {
        if (!kind.applies(record.final))
            continue;
        std::unique_ptr<widgets::SnapshotView> view(kind.create());
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->resize(size);
        view->setSnapshot(record.final);
        view->refreshNow();
        for (const QString &format : formats) {
            const QString path = dir.filePath(kind.name + QLatin1Char('.') + format);
            const QString error = widgets::exportView(view.get(), path, size.width(), size.height());
            if (!error.isEmpty())
                return Text::tr("cannot draw the plot '%1': %2").arg(kind.name, error);
        }
    }
    return {};
}

}  // namespace moe::app
