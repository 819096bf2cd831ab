#include "gallery_view.h"

#include "expert_palette.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace moe::widgets {

GalleryView::GalleryView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("gallery"));
    setRefreshInterval(200);
    setMinimumSize(240, 160);
    retranslateUi();
}

void GalleryView::retranslateUi()
{
    setToolTip(tr("The samples the gate sends to each expert. Click one to inspect it."));
    update();
}

void GalleryView::setMaxPerExpert(int n)
{
    m_maxPerExpert = std::max(1, n);
    update();
}

void GalleryView::rebuild()
{
    const moe::Snapshot &s = snapshot();
    const moe::DataSample &d = s.sample;
    const int rows = s.imageRows, cols = s.imageCols;
    int experts = std::max(s.experts, int(s.expertStats.size()));
    for (int e : d.topExpert)
        experts = std::max(experts, e + 1);
    m_byExpert = QVector<QVector<int>>(experts);
    m_images = QVector<QImage>(int(d.x.size()));
    for (int i = 0; i < int(d.x.size()); ++i) {
        const int e = i < int(d.topExpert.size()) ? d.topExpert[std::size_t(i)] : -1;
        if (e < 0 || e >= experts || m_byExpert[e].size() >= m_maxPerExpert)
            continue;
        const auto &x = d.x[std::size_t(i)];
        if (rows <= 0 || cols <= 0 || int(x.size()) < rows * cols)
            continue;
        // scale each image to its own range: standardised features are not in [0, 1]
        const auto [lo, hi] = std::minmax_element(x.begin(), x.begin() + rows * cols);
        const float range = std::max(*hi - *lo, 1e-6f);
        QImage image(cols, rows, QImage::Format_Grayscale8);
        for (int r = 0; r < rows; ++r) {
            uchar *scan = image.scanLine(r);
            for (int c = 0; c < cols; ++c)
                scan[c] = uchar(255.0f * (x[std::size_t(r * cols + c)] - *lo) / range + 0.5f);
        }
        m_images[i] = image;
        m_byExpert[e].append(i);
    }
    update();
}

void GalleryView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    p.setPen(text);
    m_hits.clear();
    const moe::Snapshot &s = snapshot();
    if (s.imageRows <= 0 || s.imageCols <= 0) {
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The gallery shows image data (e.g. Fashion-MNIST): train on an image data "
                      "set to see which pictures each expert receives."));
        return;
    }
    const int experts = int(m_byExpert.size());
    if (experts == 0)
        return;
    const QFontMetrics fm(font());
    const int margin = 6, labelWidth = fm.horizontalAdvance(QStringLiteral("E88 (8888)")) + 16;
    // Each sample is filed under its strongest expert. With k ≥ 2 an expert can carry load as
    // every sample's second choice and still have no row of its own: say so instead of
    // leaving a row empty without explanation.
    QStringList secondOnly;
    for (int e = 0; e < experts; ++e)
        if (m_byExpert[e].isEmpty() && e < int(s.expertStats.size()) && s.expertStats[std::size_t(e)].load > 0.01
            && !s.expertStats[std::size_t(e)].knockedOut)
            secondOnly << expertShortName(e);
    const int noteHeight = secondOnly.isEmpty() ? 0 : 2 * fm.height() + 4;
    const int rowHeight = std::max(16, (height() - 2 * margin - noteHeight) / experts);
    const int available = std::max(1, width() - 2 * margin - labelWidth);
    int most = 0;
    for (const auto &items : std::as_const(m_byExpert))
        most = std::max(most, int(items.size()));
    // the largest thumbnail at which the fullest row still fits (wrapping into lines)
    int side = 10;
    for (int candidate = std::min(rowHeight - 4, 3 * s.imageRows); candidate > 10; --candidate) {
        const int perLine = std::max(1, available / (candidate + 2));
        const int lines = (most + perLine - 1) / perLine;
        if (lines * (candidate + 2) <= rowHeight - 2) {
            side = candidate;
            break;
        }
    }
    const int perLine = std::max(1, available / (side + 2));
    const int linesPerRow = std::max(1, (rowHeight - 2) / (side + 2));
    for (int e = 0; e < experts; ++e) {
        const int y = margin + e * rowHeight;
        const bool knockedOut = e < int(s.expertStats.size()) && s.expertStats[std::size_t(e)].knockedOut;
        p.fillRect(QRect(margin, y + 2, 8, rowHeight - 4), expertColor(e));
        p.setPen(text);
        p.drawText(QRect(margin + 12, y, labelWidth - 12, rowHeight), Qt::AlignVCenter,
                   knockedOut ? tr("%1 off").arg(expertShortName(e))
                              : QStringLiteral("%1 (%2)").arg(expertShortName(e)).arg(m_byExpert[e].size()));
        const auto &items = m_byExpert[e];
        const int lines = std::min(linesPerRow, (int(items.size()) + perLine - 1) / perLine);
        const int top = y + (rowHeight - lines * (side + 2)) / 2 + 1;
        for (int k = 0; k < items.size() && k < perLine * linesPerRow; ++k) {
            const QRect r(margin + labelWidth + (k % perLine) * (side + 2), top + (k / perLine) * (side + 2), side,
                          side);
            p.drawImage(r, m_images[items[k]]);
            m_hits.append({r, items[k]});
        }
        if (e + 1 < experts) {
            p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
            p.drawLine(margin, y + rowHeight - 1, width() - margin, y + rowHeight - 1);
        }
    }
    if (!secondOnly.isEmpty()) {
        p.setPen(text);
        p.drawText(QRect(margin, height() - margin - noteHeight, width() - 2 * margin, noteHeight),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   tr("Each sample is shown under the expert with its largest weight. %1 take(s) tokens only as a "
                      "further choice (k > 1), so no sample is shown for them.")
                       .arg(secondOnly.join(QStringLiteral(", "))));
    }
}

void GalleryView::mousePressEvent(QMouseEvent *event)
{
    const auto &index = snapshot().sample.index;
    for (const auto &hit : std::as_const(m_hits))
        if (hit.first.contains(event->position().toPoint()) && hit.second < int(index.size())) {
            emit sampleClicked(index[std::size_t(hit.second)]);
            return;
        }
    SnapshotView::mousePressEvent(event);
}

}  // namespace moe::widgets
