// Rendering a run's plots offscreen with the views of the view catalog (widgets/view_catalog.h).
#include "run_plots.h"

#include "widgets/plot_export.h"
#include "widgets/snapshot_view.h"
#include "widgets/view_catalog.h"

#include <QApplication>
#include <QDir>
#include <QThread>

#include <memory>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunPlots)
};

// The catalog's views that draw a plot of the run folder for this snapshot.
std::vector<const widgets::ViewEntry *> plotsFor(const Snapshot &snapshot)
{
    std::vector<const widgets::ViewEntry *> out;
    for (const widgets::ViewEntry &entry : widgets::viewCatalog())
        if (entry.plotName && entry.plotApplies(snapshot))
            out.push_back(&entry);
    return out;
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
    for (const widgets::ViewEntry *entry : plotsFor(record.final))
        names << QLatin1String(entry->plotName);
    return names;
}

QString renderRunPlots(const RunRecord &record, const QString &folder, const QStringList &formats, QSize size)
{
    if (!canRenderPlots())
        return Text::tr("plots can only be drawn by a program with a QApplication");
    const QDir dir(folder);
    for (const widgets::ViewEntry *entry : plotsFor(record.final)) {
        const QString name = QLatin1String(entry->plotName);
        std::unique_ptr<widgets::SnapshotView> view(entry->create());
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->resize(size);
        view->setSnapshot(record.final);
        view->refreshNow();
        for (const QString &format : formats) {
            const QString path = dir.filePath(name + QLatin1Char('.') + format);
            const QString error = widgets::exportView(view.get(), path, size.width(), size.height());
            if (!error.isEmpty())
                return Text::tr("cannot draw the plot '%1': %2").arg(name, error);
        }
    }
    return {};
}

}  // namespace moe::app
