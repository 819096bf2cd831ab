#include "fps_reporter.h"

#include "lm_session.h"

#include "app/common/dataset_source.h"
#include "main_window.h"
#include "training_controller.h"
#include "view_docks.h"

#include "widgets/snapshot_view.h"

#include "core/trainer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace moe::gui {
namespace {

constexpr int kWarmUpMs = 1000;  // let the first snapshots and layouts settle

}  // namespace

FpsReporter::FpsReporter(MainWindow *window, TrainingController *controller, double seconds,
                         const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent), m_window(window), m_controller(controller), m_seconds(seconds), m_sinceStart(sinceStart)
{
    m_window->installEventFilter(this);
    QTimer::singleShot(kWarmUpMs, this, &FpsReporter::beginMeasuring);
}

bool FpsReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Paint && m_firstPaintMs < 0)
            m_firstPaintMs = m_sinceStart.elapsed();
        // One UpdateRequest = one repaint pass of the window's backing store = one frame.
        if (event->type() == QEvent::UpdateRequest && m_measuring)
            ++m_frames;
    }
    return QObject::eventFilter(watched, event);
}

void FpsReporter::beginMeasuring()
{
    m_measuring = true;
    m_frames = 0;
    m_refresh0 = m_window->viewDocks()->refreshCount();
    m_viewRefresh0.clear();
    for (widgets::SnapshotView *view : m_window->viewDocks()->views())
        m_viewRefresh0.insert(view, view->refreshCount());
    m_snapshots0 = m_controller->snapshotCount();
    m_step0 = m_controller->snapshot().step;
    m_measure.start();
    QTimer::singleShot(int(m_seconds * 1000), this, &FpsReporter::finish);
}

void FpsReporter::finish()
{
    const double t = m_measure.elapsed() / 1000.0;
    const auto views = m_window->viewDocks()->views();
    const double refreshes = double(m_window->viewDocks()->refreshCount() - m_refresh0);
    const double snapshots = double(m_controller->snapshotCount() - m_snapshots0);
    const double steps = double(m_controller->snapshot().step - m_step0);
    const ExperimentConfig config = m_controller->config();
    m_controller->pause();
    m_window->close();

    std::printf("first window drawn: %lld ms after start\n", static_cast<long long>(m_firstPaintMs));
    std::printf("window frames: %.1f /s\n", m_frames / t);
    std::printf("view refreshes: %.1f /s (all %d views summed; hidden tabs do not redraw)\n", refreshes / t,
                int(views.size()));
    for (widgets::SnapshotView *view : views) {  // each view on its own (hidden ones do not redraw)
        const quint64 n = view->refreshCount() - m_viewRefresh0.value(view, view->refreshCount());
        if (n > 0)
            std::printf("  %s: %.1f refreshes/s\n", qPrintable(view->objectName()), double(n) / t);
    }
    std::printf("snapshots received: %.1f /s\n", snapshots / t);
    std::printf("training with window: %.1f steps/s\n", steps / t);
    std::fflush(stdout);

    // The same experiment headless, in this thread, for as long (at most 5 s; text: 10 s).
    if (app::isTextData(config.data)) {
        const app::TextCorpusLoad corpus = app::loadTextCorpusFor(config.data);
        if (corpus.ok()) {
            LmSession session(config, corpus.corpus);  // evaluations included, as in the window
            QElapsedTimer clock;
            clock.start();
            const qint64 limit = qint64(std::min(m_seconds, 10.0) * 1000);
            int n = 0;
            while (clock.elapsed() < limit && session.step())
                ++n;
            const double headless = n / (clock.elapsed() / 1000.0);
            std::printf("training headless: %.1f steps/s\n", headless);
            std::printf("window keeps: %.0f %% of the headless step rate\n",
                        headless > 0 ? 100.0 * steps / t / headless : 0.0);
        }
        std::fflush(stdout);
        QCoreApplication::quit();
        return;
    }
    const app::DatasetLoad data = app::loadDatasetFor(config.data);
    if (data.dataset) {
        Trainer trainer(config, data.dataset);
        QElapsedTimer clock;
        clock.start();
        const qint64 limit = qint64(std::min(m_seconds, 5.0) * 1000);
        int n = 0;
        while (clock.elapsed() < limit && trainer.step())
            ++n;
        const double headless = n / (clock.elapsed() / 1000.0);
        std::printf("training headless: %.0f steps/s\n", headless);
        std::printf("window keeps: %.0f %% of the headless step rate\n",
                    headless > 0 ? 100.0 * steps / t / headless : 0.0);
    }
    std::fflush(stdout);
    QCoreApplication::quit();
}

}  // namespace moe::gui
