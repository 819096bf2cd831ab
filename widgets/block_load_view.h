// BlockLoadView: the language model's load, block by block.
//
//   top     heatmap, rows = blocks, columns = experts, cell = load_e of the last training step
//           (kept assignments of e / all kept assignments of the block); × marks a knocked-out
//           expert. Clicking a cell knocks that expert out of that block (or restores it) and
//           selects the block.
//   middle  for the selected block, tokens per expert over the steps: the min–max band and the
//           median line over the experts
//   bottom  the selected block's health figures (block_health.h) and a warning for every block
//           that has a dead expert (no kept assignment in the last step)
#pragma once

#include "lm_view.h"

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemText;
class QLabel;
class QMouseEvent;

namespace moe::widgets {

class BlockLoadView : public LmView {
    Q_OBJECT
public:
    explicit BlockLoadView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QString csv() const override;
    [[nodiscard]] int selectedBlock() const { return m_selected; }
    void selectBlock(int block);
    QString healthText() const;
    QString warningText() const;
    // Pixel centre of a heatmap cell, in view coordinates (for tests).
    QPoint cellCenter(int block, int expert) const;
    QCustomPlot *heatmap() const { return m_map; }

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    void onHeatmapClicked(QMouseEvent *event);

    QCustomPlot *m_map;
    QCPColorMap *m_colorMap;
    QCPColorScale *m_scale;
    QVector<QCPItemText *> m_marks;
    QCustomPlot *m_history;
    QCPGraph *m_min, *m_max, *m_median;
    QLabel *m_health;
    QLabel *m_warning;
    int m_selected = 0;
};

}  // namespace moe::widgets
