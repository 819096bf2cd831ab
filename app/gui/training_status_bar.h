// TrainingStatusBar: step, epoch, steps per second, total vs active parameters, and a
// progress bar while a dataset loads (the window stays responsive meanwhile).
#pragma once

#include "core/snapshot.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace moe::gui {

class TrainingStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit TrainingStatusBar(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    void setRunning(bool running);
    void showLoading(const QString &datasetId);
    void setLoadProgress(double fraction);
    void hideLoading();
    void retranslateUi();

    QString stepText() const;

signals:
    void cancelLoadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QLabel *m_state;
    QLabel *m_step;
    QLabel *m_epoch;
    QLabel *m_speed;
    QLabel *m_params;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    Snapshot m_scalars;  // the numbers shown (scalars only, kept for retranslation)
    bool m_running = false;
    bool m_loading = false;
};

}  // namespace moe::gui
