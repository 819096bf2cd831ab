#include "inspector_view.h"
#include "display_names.h"

#include "expert_palette.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace moe::widgets {

InspectorView::InspectorView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("inspector"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(360, 240);
    retranslateUi();
}

QString InspectorView::sampleLabel() const
{
    const moe::Inspection &in = snapshot().inspection;
    const auto &names = snapshot().classNames;
    const QString cls =
        in.label >= 0 && in.label < int(names.size()) ? displayClassName(names[std::size_t(in.label)]) : QString();
    return cls.isEmpty() ? tr("Sample %1").arg(in.row) : tr("Sample %1 (%2)").arg(in.row).arg(cls);
}

void InspectorView::setStage(int stage)
{
    m_stage = std::clamp(stage, int(Route), int(Combine));
    update();
}

void InspectorView::retranslateUi()
{
    setToolTip(tr("Click a sample in any view to follow it through the gate. Click a step or "
                  "press ←/→ to go step by step."));
    update();
}

void InspectorView::rebuild()
{
    update();
}

QRect InspectorView::probabilityBarRect(int expert) const
{
    return expert >= 0 && expert < m_probabilityBars.size() ? m_probabilityBars[expert] : QRect();
}

void InspectorView::paintStageHeader(QPainter &p, const QRect &r, int stage, const QString &text)
{
    const bool reached = stage <= m_stage;
    p.setPen(Qt::NoPen);
    QColor fill = palette().color(reached ? QPalette::Highlight : QPalette::Mid);
    fill.setAlpha(reached ? 230 : 90);
    p.setBrush(fill);
    p.drawRoundedRect(r, 4, 4);
    p.setPen(palette().color(reached ? QPalette::HighlightedText : QPalette::Text));
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    p.drawText(r.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    p.setFont(font());
    m_headerRects[stage - 1] = r;
}

void InspectorView::paintOutputBars(QPainter &p, const QRect &r, const std::vector<double> &values, bool probabilities,
                                    const QColor &colour, int highlight) const
{
    const int n = int(values.size());
    if (n == 0 || r.width() < 4)
        return;
    double scale = 1.0;
    if (!probabilities) {
        scale = 1e-9;
        for (double v : values)
            scale = std::max(scale, std::abs(v));
    }
    const double slot = double(r.width()) / n;
    const int baseline = probabilities ? r.bottom() : r.center().y();
    const double half = probabilities ? r.height() : r.height() / 2.0;
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(r.left(), baseline, r.right(), baseline);
    for (int i = 0; i < n; ++i) {
        const double v = values[std::size_t(i)] / scale;
        const int h = int(std::round(std::clamp(v, -1.0, 1.0) * half));
        QRect bar(int(r.left() + i * slot + slot * 0.15), h >= 0 ? baseline - h : baseline,
                  std::max(1, int(slot * 0.7)), std::max(1, std::abs(h)));
        p.setPen(i == highlight ? QPen(palette().color(QPalette::Text), 2) : Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(bar);
    }
}

void InspectorView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    const QFontMetrics fm(font());
    const int line = fm.height();
    const int margin = 8;
    p.setPen(text);
    if (!hasInference()) {
        p.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Click a sample (a point, a heatmap row or a gallery image) to see how the "
                      "gate routes it."));
        return;
    }
    const moe::SampleInference &inf = snapshot().inspection.inference;
    const int experts = int(inf.probs.size());
    const auto &classNames = snapshot().classNames;
    const bool classification = snapshot().task == moe::Task::Classification;

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(margin, margin, width() - 2 * margin, line), Qt::AlignLeft | Qt::AlignVCenter,
               sampleLabel());
    p.setFont(font());

    const int top = margin + line + 6;
    const int resultHeight = std::max(3 * line, height() / 5);
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("E88")) + 18;
    const int columnWidth = (width() - 2 * margin - labelWidth) / 3;
    const int x1 = margin + labelWidth, x2 = x1 + columnWidth, x3 = x2 + columnWidth;
    paintStageHeader(p, QRect(x1, top, columnWidth - 6, line + 6), Route, tr("1 Route: gate probability"));
    paintStageHeader(p, QRect(x2, top, columnWidth - 6, line + 6), Select, tr("2 Select: combine weight"));
    paintStageHeader(p, QRect(x3, top, columnWidth - 6, line + 6), Combine, tr("3 Combine: expert output"));

    const int rowsTop = top + line + 12;
    const int rowsBottom = height() - margin - resultHeight - 6;
    const int rowHeight = experts > 0 ? std::max(6, (rowsBottom - rowsTop) / experts) : 0;
    std::vector<int> rank(std::size_t(experts), -1);
    for (std::size_t r = 0; r < inf.selected.size(); ++r)
        if (inf.selected[r] >= 0 && inf.selected[r] < experts)
            rank[std::size_t(inf.selected[r])] = int(r);

    m_probabilityBars.clear();
    const QColor dim = palette().color(QPalette::Mid);
    for (int e = 0; e < experts; ++e) {
        const int y = rowsTop + e * rowHeight;
        const int barHeight = std::clamp(rowHeight - 6, 3, 2 * line);
        const QRect chip(margin, y + (rowHeight - barHeight) / 2, 10, barHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(expertColor(e));
        p.drawRect(chip);
        p.setPen(text);
        if (rowHeight >= line - 2)
            p.drawText(QRect(margin + 14, y, labelWidth - 14, rowHeight), Qt::AlignVCenter, expertShortName(e));

        // 1 route: probability bar
        const double prob = inf.probs[std::size_t(e)];
        const int maxBar = columnWidth - 6 - fm.horizontalAdvance(QStringLiteral("0.000")) - 6;
        QRect bar(x1, y + (rowHeight - barHeight) / 2, std::max(1, int(maxBar * std::clamp(prob, 0.0, 1.0))),
                  barHeight);
        m_probabilityBars.append(bar);
        p.setPen(Qt::NoPen);
        p.setBrush(expertColor(e));
        p.drawRect(bar);
        p.setPen(text);
        if (rowHeight >= line - 2)
            p.drawText(QRect(bar.right() + 4, y, 60, rowHeight), Qt::AlignVCenter, QString::number(prob, 'f', 3));

        const bool chosen = rank[std::size_t(e)] >= 0;
        // 2 select: combine weight of the chosen experts
        if (m_stage >= Select) {
            const double w = e < int(inf.weights.size()) ? inf.weights[std::size_t(e)] : 0.0;
            if (chosen) {
                QRect wbar(x2, bar.top(), std::max(1, int(maxBar * std::clamp(w, 0.0, 1.0))), barHeight);
                p.setPen(QPen(text, 2));
                p.setBrush(expertColor(e));
                p.drawRect(wbar);
                p.setPen(text);
                if (rowHeight >= line - 2)
                    p.drawText(QRect(wbar.right() + 4, y, 90, rowHeight), Qt::AlignVCenter,
                               tr("%1 (#%2)").arg(w, 0, 'f', 3).arg(rank[std::size_t(e)] + 1));
            } else {
                p.setPen(dim);
                if (rowHeight >= line - 2)
                    p.drawText(QRect(x2, y, columnWidth, rowHeight), Qt::AlignVCenter, tr("not selected"));
            }
        }
        // 3 combine: the expert's own output, faded when it does not count
        if (m_stage >= Combine && e < int(inf.expertOutputs.size())) {
            QColor c = chosen ? expertColor(e) : dim;
            paintOutputBars(p, QRect(x3, bar.top(), columnWidth - 10, barHeight), inf.expertOutputs[std::size_t(e)],
                            false, c, -1);
        }
    }

    // the weighted result
    if (m_stage >= Combine) {
        const int y = height() - margin - resultHeight;
        p.setPen(QPen(dim, 1));
        p.drawLine(margin, y - 3, width() - margin, y - 3);
        const auto &out = classification && !inf.prediction.empty() ? inf.prediction : inf.output;
        int best = -1;
        if (classification && !out.empty())
            best = int(std::max_element(out.begin(), out.end()) - out.begin());
        p.setPen(text);
        p.setFont(bold);
        QString result = tr("Result");
        if (best >= 0)
            result = tr("Result: %1 (%2 %)")
                         .arg(best < int(classNames.size()) ? displayClassName(classNames[std::size_t(best)])
                                                            : tr("class %1").arg(best))
                         .arg(100.0 * out[std::size_t(best)], 0, 'f', 1);
        else if (!out.empty())
            result = tr("Result: %1").arg(out.front(), 0, 'g', 4);
        p.drawText(QRect(margin, y, x2 - margin - 6, line), Qt::AlignLeft | Qt::AlignVCenter, result);
        p.setFont(font());
        paintOutputBars(p, QRect(x2, y + 2, width() - x2 - margin, resultHeight - line - 4), out, classification,
                        palette().color(QPalette::Highlight), best);
        const int n = int(out.size());
        p.setPen(text);
        if (classification && n > 0 && n <= 12) {
            const double slot = double(width() - x2 - margin) / n;
            for (int i = 0; i < n; ++i) {
                const QString name =
                    i < int(classNames.size()) ? displayClassName(classNames[std::size_t(i)]) : QString::number(i);
                p.drawText(QRectF(x2 + i * slot, y + resultHeight - line, slot, line), Qt::AlignCenter,
                           fm.elidedText(name, Qt::ElideRight, int(slot)));
            }
        }
    }
}

void InspectorView::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < 3; ++i)
        if (m_headerRects[i].contains(event->position().toPoint())) {
            setStage(i + 1);
            return;
        }
    SnapshotView::mousePressEvent(event);
}

void InspectorView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Right)
        setStage(m_stage == Combine ? Route : m_stage + 1);
    else if (event->key() == Qt::Key_Left)
        setStage(m_stage == Route ? Combine : m_stage - 1);
    else
        SnapshotView::keyPressEvent(event);
}

}  // namespace moe::widgets
