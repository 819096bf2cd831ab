// What one redraw of each vector view costs: refresh (rebuild from the snapshot) plus the
// paint a visible view does, at the size of a dock, on a large but realistic snapshot
// (2 000 history points, 64² region grid, 256 probes, 8 experts, 400 samples). The GUI
// thread redraws every visible view in turn, so the sum over the views shown at once bounds
// the refreshes a second each of them can reach. Not a test: prints one JSON line per view.
//
//   QT_QPA_PLATFORM=offscreen bench_views [rounds]
#include "../widgets/synthetic_snapshot.h"

#include <widgets/snapshot_view.h>
#include <widgets/view_catalog.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, std::atoi(argv[1])) : 30;
    double dockSum = 0;
    for (const moe::widgets::ViewEntry &entry : moe::widgets::viewCatalog()) {
        if (entry.data != moe::widgets::ViewData::Vector)
            continue;
        const auto kind = moe::test::syntheticDataFor(entry.appliesTo);
        if (!kind)
            continue;  // a central view no synthetic snapshot puts in the centre
        moe::test::SyntheticOptions options = *kind;
        options.historyPoints = 2000;
        options.gridResolution = 64;
        options.probes = 256;
        options.experts = 8;
        options.samples = std::max(options.samples, 400);
        const auto snapshot = std::make_shared<const moe::Snapshot>(moe::test::makeSyntheticSnapshot(options));
        std::unique_ptr<moe::widgets::SnapshotView> view(entry.create());
        view->resize(640, 400);
        view->setSnapshot(snapshot);
        view->refreshNow();
        QImage target(view->size(), QImage::Format_ARGB32_Premultiplied);
        std::vector<double> ms;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            view->setSnapshot(snapshot);
            view->refreshNow();
            view->render(&target);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        const bool dock = entry.place != moe::widgets::ViewPlace::Centre;
        if (dock)
            dockSum += median;
        std::printf("{\"view\":\"%s\",\"place\":\"%s\",\"ms_median\":%.3f,\"ms_min\":%.3f,\"alone_per_s\":%.1f}\n",
                    entry.objectName, dock ? "dock" : "centre", median, ms.front(), 1000.0 / median);
    }
    std::printf("{\"all_docks_ms\":%.3f}\n", dockSum);
    return 0;
}
