// BlockLoadView: blocks × experts load heatmap, the selected block's load history and health.
#include "block_load_view.h"

#include "expert_axis.h"
#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace moe::widgets {

BlockLoadView::BlockLoadView(QWidget *parent) : LmView(parent)
{
    setObjectName(QStringLiteral("blockLoadView"));
    setRefreshInterval(50);
    m_map = new QCustomPlot(this);
    m_map->setObjectName(QStringLiteral("blockLoadHeatmap"));
    configureFastPlot(m_map);
    QCPAxisRect *rect = m_map->axisRect();
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom)}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
    }
    m_colorMap = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_colorMap->setInterpolate(false);
    m_colorMap->setTightBoundary(false);
    m_scale = new QCPColorScale(m_map);
    m_map->plotLayout()->addElement(0, 1, m_scale);
    m_colorMap->setColorScale(m_scale);
    auto *margins = new QCPMarginGroup(m_map);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    m_history = new QCustomPlot(this);
    m_history->setObjectName(QStringLiteral("blockLoadHistory"));
    configureFastPlot(m_history);
    m_max = m_history->addGraph();
    m_min = m_history->addGraph();
    m_median = m_history->addGraph();
    m_max->setChannelFillGraph(m_min);
    // The legend in a row of its own above the plot, where it never covers the bands.
    m_history->legend->setVisible(true);
    m_history->axisRect()->insetLayout()->take(m_history->legend);
    m_history->axisRect()->insetLayout()->simplify();
    // (A row of its own: the legend at its smallest width on the left, a spacer takes the rest.)
    auto *legendRow = new QCPLayoutGrid;
    m_history->plotLayout()->insertRow(0);
    m_history->plotLayout()->addElement(0, 0, legendRow);
    m_history->plotLayout()->setRowStretchFactor(0, 0.001);
    m_history->plotLayout()->setRowSpacing(0);
    legendRow->addElement(0, 0, m_history->legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(m_history));
    legendRow->setColumnStretchFactor(0, 0.001);
    legendRow->setColumnStretchFactor(1, 1);
    m_history->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_history->legend->setWrap(3);
    m_history->legend->setMargins(QMargins(4, 2, 4, 0));

    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("blockHealth"));
    m_health->setWordWrap(true);
    m_health->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("deadExpertWarning"));
    m_warning->setWordWrap(true);
    m_warning->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_warning->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map, 3);
    layout->addWidget(m_history, 2);
    layout->addWidget(m_health);
    layout->addWidget(m_warning);
    connect(m_map, &QCustomPlot::mousePress, this, &BlockLoadView::onHeatmapClicked);
    applyTheme();
    retranslateUi();
}

void BlockLoadView::applyTheme()
{
    applyPlotTheme(m_map, palette());
    applyPlotTheme(m_history, palette());
    m_colorMap->setGradient(probabilityGradient(palette()));
    for (QCPAxis *axis : m_map->axisRect()->axes())
        axis->grid()->setVisible(false);
    const QColor band = expertColor(0);
    QColor fill = band;
    fill.setAlphaF(0.25);
    m_max->setPen(QPen(band, 1));
    m_min->setPen(QPen(band, 1));
    m_max->setBrush(fill);
    m_median->setPen(QPen(palette().color(QPalette::Text), 1.5));
}

void BlockLoadView::retranslateUi()
{
    m_map->axisRect()->axis(QCPAxis::atBottom)->setLabel(tr("expert (click: knock out / restore)"));
    m_map->axisRect()->axis(QCPAxis::atLeft)->setLabel(tr("block"));
    m_scale->axis()->setLabel(tr("load (share of the block's tokens)"));
    m_history->xAxis->setLabel(tr("step"));
    m_history->yAxis->setLabel(tr("tokens, %1").arg(blockName(m_selected)));
    m_max->setName(tr("max"));
    m_min->setName(tr("min"));
    m_median->setName(tr("median"));
    m_health->setText(healthText());
    m_warning->setText(warningText());
    m_warning->setVisible(!m_warning->text().isEmpty());
    setToolTip(tr("How evenly each block's router spreads the bytes over its experts. A perfectly balanced "
                  "block has every cell at 1/E."));
}

void BlockLoadView::selectBlock(int block)
{
    m_selected = std::max(0, block);
    scheduleRefresh();
}

QString BlockLoadView::healthText() const
{
    const moe::LmSnapshot &s = lm();
    if (s.health.empty())
        return tr("No training step yet.");
    const int b = std::clamp(m_selected, 0, int(s.health.size()) - 1);
    const moe::BlockHealth &h = s.health[std::size_t(b)];
    return tr("%1: max/mean load %2 · CV %3 · dead experts %4 · exp(entropy)/E %5 · dropped %6 %")
        .arg(blockName(b))
        .arg(h.maxOverMean, 0, 'f', 2)
        .arg(h.cv, 0, 'f', 2)
        .arg(h.deadExperts)
        .arg(h.entropyRatio, 0, 'f', 2)
        .arg(100.0 * h.droppedFraction, 0, 'f', 1);
}

QString BlockLoadView::warningText() const
{
    const moe::LmSnapshot &s = lm();
    QStringList lines;
    for (std::size_t l = 0; l < s.health.size(); ++l) {
        const moe::BlockHealth &h = s.health[l];
        if (h.deadExperts <= 0)
            continue;
        QStringList names;
        for (std::size_t e = 0; e < h.tokens.size(); ++e) {
            const bool out = l < s.knockedOut.size() && e < s.knockedOut[l].size() && s.knockedOut[l][e];
            if (h.tokens[e] == 0 && !out)
                names << expertShortName(int(e));
        }
        lines << tr("%1: %n dead expert(s) (%2): no byte reached them in the last step.", nullptr, h.deadExperts)
                     .arg(blockName(int(l)), names.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void BlockLoadView::rebuild()
{
    const moe::LmSnapshot &s = lm();
    const int blocks = std::max(1, s.blocks);
    const int experts = std::max(1, s.experts);
    m_selected = std::clamp(m_selected, 0, blocks - 1);
    m_colorMap->data()->setSize(experts, blocks);
    m_colorMap->data()->setRange(QCPRange(0, experts - 1), QCPRange(0, blocks - 1));
    m_colorMap->data()->fill(0);
    double top = 1e-9;
    for (std::size_t l = 0; l < s.health.size(); ++l)
        for (std::size_t e = 0; e < s.health[l].load.size() && int(e) < experts; ++e) {
            m_colorMap->data()->setCell(int(e), int(l), s.health[l].load[e]);
            top = std::max(top, s.health[l].load[e]);
        }
    m_colorMap->setDataRange(QCPRange(0, std::max(top, 2.0 / experts)));

    // × on knocked-out experts, and a frame around the selected block's row.
    int marks = 0;
    for (std::size_t l = 0; l < s.knockedOut.size(); ++l)
        for (std::size_t e = 0; e < s.knockedOut[l].size(); ++e)
            marks += s.knockedOut[l][e] ? 1 : 0;
    while (m_marks.size() < marks) {
        auto *t = new QCPItemText(m_map);
        t->position->setType(QCPItemPosition::ptPlotCoords);
        t->setClipToAxisRect(true);
        t->setSelectable(false);
        t->setText(QStringLiteral("×"));
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.4);
        t->setFont(f);
        m_marks.append(t);
    }
    while (m_marks.size() > marks)
        m_map->removeItem(m_marks.takeLast());
    int m = 0;
    for (std::size_t l = 0; l < s.knockedOut.size(); ++l)
        for (std::size_t e = 0; e < s.knockedOut[l].size(); ++e)
            if (s.knockedOut[l][e]) {
                m_marks[m]->position->setCoords(double(e), double(l));
                m_marks[m]->setColor(QColor(0xc0, 0x39, 0x2b));
                ++m;
            }
    QCPAxisRect *rect = m_map->axisRect();
    rect->axis(QCPAxis::atBottom)
        ->setTicker(expertAxisTicker(experts, expertAxisStride(experts, rect->axis(QCPAxis::atBottom))));
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int l = 0; l < blocks; ++l)
        yTicks->addTick(l, (l == m_selected ? QStringLiteral("▶ ") : QString()) + blockName(l));
    rect->axis(QCPAxis::atLeft)->setTicker(yTicks);
    rect->axis(QCPAxis::atBottom)->setRange(-0.5, experts - 0.5);
    rect->axis(QCPAxis::atLeft)->setRange(-0.5, blocks - 0.5);

    // History bands of the selected block.
    QVector<double> x, lo, hi, mid;
    const auto &hist = s.loadHistory;
    if (std::size_t(m_selected) < hist.tokens.size()) {
        const auto &points = hist.tokens[std::size_t(m_selected)];
        for (std::size_t i = 0; i < points.size() && i < hist.steps.size(); ++i) {
            std::vector<long long> v = points[i];
            if (v.empty())
                continue;
            std::sort(v.begin(), v.end());
            x << hist.steps[i];
            lo << double(v.front());
            hi << double(v.back());
            const std::size_t n = v.size();
            mid << (n % 2 ? double(v[n / 2]) : 0.5 * double(v[n / 2 - 1] + v[n / 2]));
        }
    }
    m_min->setData(x, lo, true);
    m_max->setData(x, hi, true);
    m_median->setData(x, mid, true);
    m_history->rescaleAxes();
    if (!x.isEmpty())  // from 0, with room above the highest band
        m_history->yAxis->setRange(0, 1.08 * std::max(1.0, m_history->yAxis->range().upper));
    retranslateUi();
    replotPlot(m_map);
    replotPlot(m_history);
}

QPoint BlockLoadView::cellCenter(int block, int expert) const
{
    const QCPAxisRect *rect = m_map->axisRect();
    const QPointF p(rect->axis(QCPAxis::atBottom)->coordToPixel(expert),
                    rect->axis(QCPAxis::atLeft)->coordToPixel(block));
    return m_map->mapTo(this, p.toPoint());
}

void BlockLoadView::onHeatmapClicked(QMouseEvent *event)
{
    QCPAxisRect *rect = m_map->axisRect();
    if (event->button() != Qt::LeftButton || !rect->rect().contains(event->position().toPoint()))
        return;
    const int e = int(std::lround(rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x())));
    const int l = int(std::lround(rect->axis(QCPAxis::atLeft)->pixelToCoord(event->position().y())));
    const moe::LmSnapshot &s = lm();
    if (e < 0 || e >= s.experts || l < 0 || l >= s.blocks)
        return;
    selectBlock(l);
    emit blockExpertClicked(l, e);
}

QString BlockLoadView::csv() const
{
    const moe::LmSnapshot &s = lm();
    QString out = QStringLiteral("block,expert,tokens,load,knocked_out\n");
    for (std::size_t l = 0; l < s.health.size(); ++l)
        for (std::size_t e = 0; e < s.health[l].tokens.size(); ++e) {
            const bool ko = l < s.knockedOut.size() && e < s.knockedOut[l].size() && s.knockedOut[l][e];
            out += QStringLiteral("%1,%2,%3,%4,%5\n")
                       .arg(l + 1)
                       .arg(e + 1)
                       .arg(s.health[l].tokens[e])
                       .arg(e < s.health[l].load.size() ? s.health[l].load[e] : 0.0, 0, 'g', 6)
                       .arg(ko ? 1 : 0);
        }
    out += QStringLiteral("\nblock,max_over_mean,cv,dead_experts,entropy_ratio,dropped_fraction\n");
    for (std::size_t l = 0; l < s.health.size(); ++l) {
        const moe::BlockHealth &h = s.health[l];
        out += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(l + 1)
                   .arg(h.maxOverMean, 0, 'g', 6)
                   .arg(h.cv, 0, 'g', 6)
                   .arg(h.deadExperts)
                   .arg(h.entropyRatio, 0, 'g', 6)
                   .arg(h.droppedFraction, 0, 'g', 6);
    }
    return out;
}

}  // namespace moe::widgets
