// SpeedControl: a slider from "1 step/s" to "as fast as possible", for the toolbar. Slow
// speeds let a class watch single steps; the fastest trains flat out on the worker thread.
#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace moe::gui {

class SpeedControl : public QWidget {
    Q_OBJECT
public:
    explicit SpeedControl(QWidget *parent = nullptr);

    int stepsPerSecond() const;  // 0 = as fast as possible
    void setStepsPerSecond(int stepsPerSecond);
    void retranslateUi();

signals:
    void speedChanged(int stepsPerSecond);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLabel();

    QSlider *m_slider;
    QLabel *m_label;
};

}  // namespace moe::gui
