// LmView: the base of the language model's views. It draws Snapshot::languageModel (an empty
// LmSnapshot for vector data), offers the export menu of every view plus "Export CSV…" (each
// view writes its numbers as a table), and reports a click on an expert of a block, which the
// window turns into a knock-out command for that block.
#pragma once

#include "snapshot_view.h"

#include <core/lm/lm_snapshot.h>

class QComboBox;

namespace moe::widgets {

class LmView : public SnapshotView {
    Q_OBJECT
public:
    explicit LmView(QWidget *parent = nullptr);

    // The language model's picture in the newest snapshot (empty for vector data).
    const moe::LmSnapshot &lm() const;

    // The view's numbers as CSV (a header line, then rows).
    virtual QString csv() const = 0;
    // Writes csv() to `path`; returns "" or an English error.
    QString exportCsv(const QString &path) const;

signals:
    // An expert of a block was clicked (block −1: every block).
    void blockExpertClicked(int block, int expert);
    // A position of the routed text is under the mouse (−1: none).
    void positionHovered(int position);

protected:
    // A "Block" selector kept in range by syncBlockSelector(); −1 entries none.
    QComboBox *makeBlockSelector();
    void syncBlockSelector(QComboBox *selector, int blocks);
    void retranslateBlockSelector(QComboBox *selector);

private:
    void showContextMenu(const QPoint &pos);
};

// "Block 1", "Block 2", … (1-based for people), translated.
QString blockName(int block);

}  // namespace moe::widgets
