// DropsByPositionView: the dropped fraction against the position t in the context, one line
// per block (a moving average over the recent training steps, lm_history.h). With finite
// capacity, tokens late in a sequence may lose their place more often (OpenMoE saw that); the
// view shows whatever this model does. Without a capacity limit it says so instead.
#pragma once

#include "lm_view.h"

class QCustomPlot;
class QCPTextElement;

namespace moe::widgets {

class DropsByPositionView : public LmView {
    Q_OBJECT
public:
    explicit DropsByPositionView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QString csv() const override;
    QString title() const;
    QCustomPlot *plot() const { return m_plot; }

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    QCustomPlot *m_plot;
    QCPTextElement *m_title;
};

}  // namespace moe::widgets
