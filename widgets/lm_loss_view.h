// LmLossView: the language model's loss curves, in nats per byte on the left axis and in bits
// per byte on the right (bits = nats / ln 2), training (task loss of each step) and validation
// (the fixed validation windows), with the model's size in the title: parameters in total vs
// active per byte, and forward FLOPs per byte (attention included).
#pragma once

#include "lm_view.h"

class QCustomPlot;
class QCPGraph;
class QCPTextElement;

namespace moe::widgets {

class LmLossView : public LmView {
    Q_OBJECT
public:
    explicit LmLossView(QWidget *parent = nullptr);

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
    QCPGraph *m_train, *m_validation;
};

// 1234567 → "1.23 M", in the user's language (M / B, Mio. / Mrd.).
QString compactNumber(double value);

}  // namespace moe::widgets
