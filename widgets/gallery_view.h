// GalleryView: for image data, one row per expert with the samples the gate sends to it
// (their top-1 expert), drawn as small grey-scale thumbnails. A row of one kind of image
// shows an expert that has specialised. Clicking a thumbnail emits sampleClicked.
#pragma once

#include "snapshot_view.h"

#include <QImage>
#include <QRect>
#include <QVector>

namespace moe::widgets {

class GalleryView : public SnapshotView {
    Q_OBJECT
public:
    explicit GalleryView(QWidget *parent = nullptr);

    void retranslateUi() override;
    void setMaxPerExpert(int n);
    QSize sizeHint() const override { return {640, 460}; }
    // Thumbnail rectangles after a paint, with the DataSample row each shows; for tests.
    QVector<QPair<QRect, int>> thumbnails() const { return m_hits; }

protected:
    void rebuild() override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QVector<QImage> m_images;  // one per sample row (null when not an image)
    QVector<QVector<int>> m_byExpert;  // expert → sample rows
    QVector<QPair<QRect, int>> m_hits;
    int m_maxPerExpert = 48;
};

}  // namespace moe::widgets
