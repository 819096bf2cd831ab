// SweepCurveView: a sweep's final figure against one numeric key, one line per model, e.g.
// the test loss of shared bottom, OMoE and MMoE against data.task_correlation ρ (the MMoE
// paper's headline plot). Points are means over seeds when a series has several per x.
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;

namespace moe::widgets {

struct SweepSeries {
    QString label;  // "model.gates=per_task"
    std::vector<double> x, y;  // same length, any order (sorted when drawn)
};

class SweepCurveView : public QWidget {
    Q_OBJECT
public:
    explicit SweepCurveView(QWidget *parent = nullptr);
    void setSeries(const QString &xKey, const QString &yName, const std::vector<SweepSeries> &series);
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    QString m_xKey, m_yName;
    std::vector<SweepSeries> m_series;
};

}  // namespace moe::widgets
