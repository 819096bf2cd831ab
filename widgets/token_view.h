// TokenView: a stretch of validation text with every byte painted by the expert it was routed
// to in the selected block (routed_text_canvas.h), redrawn with every snapshot, so routing can
// be watched forming while the model trains. With an attention head chosen, hovering a byte
// outlines the bytes it attends to in that head of the block, as strongly as its weight P.
#pragma once

#include "lm_view.h"

class QComboBox;
class QLabel;
class QScrollArea;

namespace moe::widgets {

class RoutedTextCanvas;

class TokenView : public LmView {
    Q_OBJECT
public:
    explicit TokenView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QString csv() const override;
    RoutedTextCanvas *canvas() const { return m_canvas; }
    QComboBox *blockSelector() const { return m_block; }
    QComboBox *headSelector() const { return m_head; }
    // The attention outline of `position` (what hovering it shows); −1 clears it.
    void showAttentionOf(int position);

protected:
    void rebuild() override;

private:
    void syncHeadSelector(int heads);

    QComboBox *m_block;
    QComboBox *m_head;
    QLabel *m_blockLabel;
    QLabel *m_headLabel;
    QLabel *m_info;
    QScrollArea *m_scroll;
    RoutedTextCanvas *m_canvas;
    int m_hovered = -1;
};

}  // namespace moe::widgets
