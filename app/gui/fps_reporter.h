// FpsReporter: `moelab --report-fps SECONDS`. Measures, with the window open and training at
// full speed: the time to the first drawn window, view redraws and window frames per second,
// snapshots received per second and training steps per second; then closes the window and
// trains the same experiment headless for the same time, to state the share of the headless
// step rate kept with the window open. Prints one line per figure and quits.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QWidget;

namespace moe::widgets {
class SnapshotView;
}

namespace moe::gui {

class MainWindow;
class TrainingController;

class FpsReporter : public QObject {
    Q_OBJECT
public:
    FpsReporter(MainWindow *window, TrainingController *controller, double seconds, const QElapsedTimer &sinceStart,
                QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void beginMeasuring();
    void finish();

    MainWindow *m_window;
    TrainingController *m_controller;
    double m_seconds;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_measure;
    qint64 m_firstPaintMs = -1;
    quint64 m_frames = 0;
    quint64 m_refresh0 = 0;
    QHash<const widgets::SnapshotView *, quint64> m_viewRefresh0;
    quint64 m_snapshots0 = 0;
    int m_step0 = 0;
    bool m_measuring = false;
};

}  // namespace moe::gui
