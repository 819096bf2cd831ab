// SpecializationView: which expert each class goes to. A class × expert matrix (rows are
// classes, columns experts; each cell the share of that class's test samples whose top-1
// expert it is, with the count written in), and the mutual information I(class; expert) in
// bits in the title: 0 = routing ignores the class, log2(min(C, E)) = each class has its own
// expert. Clicking a column emits expertClicked.
#pragma once

#include "snapshot_view.h"

#include <QVector>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemText;
class QCPTextElement;
class QMouseEvent;

namespace moe::widgets {

class SpecializationView : public SnapshotView {
    Q_OBJECT
public:
    explicit SpecializationView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    QPoint cellCenter(int cls, int expert) const;

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    void onPlotClicked(QMouseEvent *event);

    QCustomPlot *m_plot;
    QCPTextElement *m_title;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    QVector<QCPItemText *> m_counts;
};

}  // namespace moe::widgets
