// DistributedView: placement, P × P traffic heatmap, per-rank load and time split.
#include "distributed_view.h"

#include "expert_palette.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace moe::widgets {
namespace {
const QColor kStragglerColor(0xC0, 0x39, 0x2B);
const QColor kLoadColor(0x34, 0x65, 0xA4);
const QColor kComputeColor(0x4E, 0x9A, 0x06);
const QColor kWaitColor(0xAA, 0xAA, 0xAA);
const QColor kFailedColor(0x55, 0x55, 0x55);
}  // namespace

DistributedView::DistributedView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("distributed"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_placement = new QLabel(this);
    m_placement->setWordWrap(true);
    m_placement->setTextFormat(Qt::RichText);
    m_traffic = new QCustomPlot(this);
    m_ranks = new QCustomPlot(this);
    for (QCustomPlot *p : {m_traffic, m_ranks})
        p->setMinimumSize(160, 140);

    m_map = new QCPColorMap(m_traffic->xAxis, m_traffic->yAxis);
    m_map->setInterpolate(false);
    m_map->setGradient(QCPColorGradient(QCPColorGradient::gpThermal));
    m_traffic->yAxis->setRangeReversed(true);

    // Left axis: rows processed (load, straggler); right axis: milliseconds (compute, wait).
    m_load = new QCPBars(m_ranks->xAxis, m_ranks->yAxis);
    m_straggler = new QCPBars(m_ranks->xAxis, m_ranks->yAxis);
    m_compute = new QCPBars(m_ranks->xAxis, m_ranks->yAxis2);
    m_wait = new QCPBars(m_ranks->xAxis, m_ranks->yAxis2);
    m_wait->moveAbove(m_compute);
    m_ranks->yAxis2->setVisible(true);
    for (auto [bars, colour] : {std::pair {m_load, kLoadColor}, std::pair {m_straggler, kStragglerColor},
                                std::pair {m_compute, kComputeColor}, std::pair {m_wait, kWaitColor}}) {
        bars->setWidth(0.35);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
    }
    m_ranks->legend->setVisible(true);

    // The failed rank: a hatched column over the heatmap, a mark above its bars.
    m_failedColumn = new QCPItemRect(m_traffic);
    m_failedColumn->setPen(QPen(kStragglerColor, 2));
    m_failedColumn->setBrush(QBrush(kStragglerColor, Qt::BDiagPattern));
    m_failedColumn->setVisible(false);
    m_failedMark = new QCPItemText(m_ranks);
    m_failedMark->setColor(kStragglerColor);
    m_failedMark->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_failedMark->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_failedMark->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_failedMark->setVisible(false);
    for (QCustomPlot *p : {m_traffic, m_ranks})
        connect(p, &QCustomPlot::mousePress, this, [this, p](QMouseEvent *event) { clicked(p, event); });
    connect(m_placement, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int rank = link.section(QLatin1Char(':'), 1).toInt(&ok);
        if (m_clickable && ok && rank >= 0 && rank < m_frame.ranks)
            emit rankClicked(rank);
    });

    auto *plots = new QHBoxLayout;
    plots->addWidget(m_traffic, 1);
    plots->addWidget(m_ranks, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_placement);
    layout->addLayout(plots, 1);
    retranslateUi();
}

void DistributedView::setFrame(const DistributedFrame &frame)
{
    m_frame = frame;
    m_message.clear();
    redraw();
}

void DistributedView::setMessage(const QString &message)
{
    m_message = message;
    redraw();
}

QString DistributedView::summaryText() const
{
    return m_summary->text();
}

QString DistributedView::placementText() const
{
    return m_placement->text();
}

void DistributedView::setRanksClickable(bool clickable)
{
    m_clickable = clickable;
    for (QCustomPlot *p : {m_traffic, m_ranks})
        p->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    retranslateUi();
}

QWidget *DistributedView::ranksPlot() const
{
    return m_ranks;
}

QPoint DistributedView::rankCentre(int rank) const
{
    const QRect r = m_ranks->axisRect()->rect();
    return {int(std::lround(m_ranks->xAxis->coordToPixel(rank))), r.center().y()};
}

void DistributedView::clicked(QCustomPlot *plot, QMouseEvent *event)
{
    if (!m_clickable || event->button() != Qt::LeftButton || !m_frame.hasStep())
        return;
    if (!plot->axisRect()->rect().contains(event->position().toPoint()))
        return;
    // A bar of the rank plot, or a column (the destination rank) of the heatmap.
    const int rank = int(std::lround(plot->xAxis->pixelToCoord(event->position().x())));
    if (rank >= 0 && rank < m_frame.ranks)
        emit rankClicked(rank);
}

void DistributedView::retranslateUi()
{
    m_load->setName(tr("rows processed"));
    m_straggler->setName(tr("straggler"));
    m_compute->setName(tr("computing (ms)"));
    m_wait->setName(tr("in MPI (ms)"));
    m_traffic->xAxis->setLabel(tr("to rank"));
    m_traffic->yAxis->setLabel(tr("from rank"));
    m_ranks->xAxis->setLabel(tr("rank"));
    m_ranks->yAxis->setLabel(tr("rows"));
    m_ranks->yAxis2->setLabel(tr("ms per step"));
    const QString hint = m_clickable ? tr("Click a rank to knock out all its experts (a failed device) or to "
                                          "restore it; the job changes at its next step.")
                                     : QString();
    m_traffic->setToolTip(hint);
    m_ranks->setToolTip(hint);
    m_placement->setToolTip(hint);
    m_failedMark->setText(tr("failed"));
    redraw();
}

void DistributedView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DistributedView::redraw()
{
    const DistributedFrame &f = m_frame;
    const bool plots = m_message.isEmpty() && f.ranks > 0;
    m_traffic->setVisible(plots);
    m_ranks->setVisible(plots);
    m_placement->setVisible(plots);
    if (!plots) {
        m_summary->setText(m_message.isEmpty() ? tr("No expert-parallel job yet.") : m_message);
        return;
    }
    // Placement: per rank its experts, each in the expert's colour; the failed rank struck through.
    QString placement;
    for (int r = 0; r < f.ranks; ++r) {
        QString cells;
        for (int e = 0; e < int(f.owner.size()); ++e)
            if (f.owner[std::size_t(e)] == r)
                cells += QStringLiteral("<span style=\"color:%1\">■</span>%2 ").arg(expertColor(e).name()).arg(e);
        const QString name = m_clickable ? QStringLiteral("<a href=\"rank:%1\">%2</a>").arg(r).arg(tr("rank %1").arg(r))
                                         : tr("rank %1").arg(r);
        placement += r == f.failedRank
            ? QStringLiteral("<s style=\"color:%1\">%2</s>").arg(kFailedColor.name(), tr("%1: %2").arg(name, cells))
                + QStringLiteral(" <b style=\"color:%1\">%2</b>").arg(kStragglerColor.name(), tr("failed"))
            : tr("%1: %2").arg(name, cells);
        placement += QStringLiteral("<br/>");
    }
    m_placement->setText(placement);

    if (!f.hasStep()) {
        m_summary->setText(tr("%n rank(s), waiting for the first step…", nullptr, f.ranks));
        return;
    }
    const int P = f.ranks;
    double sent = 0, offRank = 0;
    for (int s = 0; s < P; ++s)
        for (int d = 0; d < P; ++d) {
            sent += f.bytes[std::size_t(s * P + d)];
            offRank += s == d ? 0 : f.bytes[std::size_t(s * P + d)];
        }
    double step = 0, mpi = 0;
    for (int r = 0; r < P; ++r) {
        step += r < int(f.stepSeconds.size()) ? f.stepSeconds[std::size_t(r)] : 0;
        mpi += r < int(f.mpiSeconds.size()) ? f.mpiSeconds[std::size_t(r)] : 0;
    }
    QString summary = tr("step %1 of %2 · loss %3 · dispatch %4 kB (%5 kB between ranks) · communication %6% of "
                         "the step · straggler: rank %7")
                          .arg(f.step)
                          .arg(f.steps)
                          .arg(f.loss, 0, 'f', 4)
                          .arg(sent / 1000.0, 0, 'f', 1)
                          .arg(offRank / 1000.0, 0, 'f', 1)
                          .arg(step > 0 ? 100.0 * mpi / step : 0.0, 0, 'f', 0)
                          .arg(f.straggler);
    if (f.failedRank >= 0 && f.failedRank < P)
        summary += tr(" · rank %1 failed: its experts are knocked out, the gate sends its rows to the other ranks")
                       .arg(f.failedRank);
    m_summary->setText(summary);

    m_map->data()->setSize(P, P);
    m_map->data()->setRange(QCPRange(0, P - 1), QCPRange(0, P - 1));
    for (int s = 0; s < P; ++s)
        for (int d = 0; d < P; ++d)
            m_map->data()->setCell(d, s, f.tokens[std::size_t(s * P + d)]);
    m_map->rescaleDataRange(true);
    m_traffic->xAxis->setRange(-0.5, P - 0.5);
    m_traffic->yAxis->setRange(-0.5, P - 0.5);
    const bool failed = f.failedRank >= 0 && f.failedRank < P;
    m_failedColumn->setVisible(failed);
    m_failedMark->setVisible(failed);
    if (failed) {
        m_failedColumn->topLeft->setCoords(f.failedRank - 0.5, -0.5);
        m_failedColumn->bottomRight->setCoords(f.failedRank + 0.5, P - 0.5);
        m_failedMark->position->setCoords(f.failedRank - 0.18, 0.97);  // where its load bar would be
    }
    m_traffic->replot(QCustomPlot::rpQueuedReplot);

    QVector<double> x, load, straggler, xt, compute, wait;
    for (int r = 0; r < P; ++r) {
        const double rows = r < int(f.processed.size()) ? f.processed[std::size_t(r)] : 0;
        x << r - 0.18;
        load << (r == f.straggler ? 0.0 : rows);
        straggler << (r == f.straggler ? rows : 0.0);
        xt << r + 0.18;
        const double total = r < int(f.stepSeconds.size()) ? f.stepSeconds[std::size_t(r)] : 0;
        const double inMpi = r < int(f.mpiSeconds.size()) ? f.mpiSeconds[std::size_t(r)] : 0;
        compute << 1e3 * std::max(0.0, total - inMpi);
        wait << 1e3 * inMpi;
    }
    m_load->setData(x, load, true);
    m_straggler->setData(x, straggler, true);
    m_compute->setData(xt, compute, true);
    m_wait->setData(xt, wait, true);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    m_ranks->xAxis->setTicker(ticker);
    m_traffic->xAxis->setTicker(ticker);
    m_traffic->yAxis->setTicker(ticker);
    m_ranks->xAxis->setRange(-0.6, P - 0.4);
    m_ranks->yAxis->rescale();
    m_ranks->yAxis->setRangeLower(0);
    m_ranks->yAxis2->rescale();
    m_ranks->yAxis2->setRangeLower(0);
    m_ranks->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace moe::widgets
