#include "loss_view.h"
#include "display_names.h"

#include "plot_theme.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace moe::widgets {

namespace {

const QColor kTestColor(0xD6, 0x27, 0x28);
const QColor kTaskColor(0x7F, 0x7F, 0x7F);
const QColor kAuxColor(0x94, 0x67, 0xBD);

QCPGraph *addGraph(QCPAxisRect *rect, const QPen &pen)
{
    auto *graph = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setPen(pen);
    graph->setAdaptiveSampling(true);
    return graph;
}

}  // namespace

LossView::LossView(QWidget *parent) : SnapshotView(parent)
{
    setObjectName(QStringLiteral("loss"));
    m_logScale = new QCheckBox(this);
    connect(m_logScale, &QCheckBox::toggled, this, [this] { scheduleRefresh(); });
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 0);
    top->addStretch(1);
    top->addWidget(m_logScale);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    m_lossRect = m_plot->axisRect();
    m_accuracyRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_accuracyRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 2);
    m_plot->plotLayout()->setRowStretchFactor(1, 1);
    auto *margins = new QCPMarginGroup(m_plot);
    m_lossRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_accuracyRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    connect(m_lossRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_accuracyRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));

    const QColor text = palette().color(QPalette::Text);
    m_train = addGraph(m_lossRect, QPen(text, 2));
    m_test = addGraph(m_lossRect, QPen(kTestColor, 2));
    m_task = addGraph(m_lossRect, QPen(kTaskColor, 1, Qt::DashLine));
    // the auxiliary loss is ~100× smaller than the task loss: it gets its own axis on the right
    QCPAxis *auxAxis = m_lossRect->axis(QCPAxis::atRight);
    auxAxis->setVisible(true);
    m_aux = new QCPGraph(m_lossRect->axis(QCPAxis::atBottom), auxAxis);
    m_aux->setPen(QPen(kAuxColor, 1.5));
    m_test->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kTestColor, 4));
    m_trainAccuracy = addGraph(m_accuracyRect, QPen(text, 2));
    m_testAccuracy = addGraph(m_accuracyRect, QPen(kTestColor, 2));
    m_testAccuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kTestColor, 4));

    // One legend in a row of its own above the plots, wrapped to the width (rebuild() sets
    // the columns): inside the axis rects it covered the curves once the dock got short.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setColumnSpacing(6);
    m_plot->legend->setMargins(QMargins(4, 1, 4, 1));
    m_plot->legend->setWrap(2);  // until rebuild() knows the width
    // the accuracy curves share the loss curves' pens (train black, test red): no entries
    m_trainAccuracy->removeFromLegend();
    m_testAccuracy->removeFromLegend();
    // an explicit minimum: the legend's one-row width must not become the plot's minimum
    m_plot->setMinimumSize(160, 120);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactors({0.001, 2, 1});
    m_plot->plotLayout()->setRowSpacing(0);

    applyTheme();
    retranslateUi();
}

void LossView::setLogScale(bool on)
{
    m_logScale->setChecked(on);
}
bool LossView::logScale() const
{
    return m_logScale->isChecked();
}

void LossView::retranslateUi()
{
    m_logScale->setText(tr("Log scale"));
    m_logScale->setToolTip(tr("Show the losses on a logarithmic axis: late, small improvements "
                              "stay visible."));
    m_lossRect->axis(QCPAxis::atLeft)->setLabel(tr("loss"));
    m_accuracyRect->axis(QCPAxis::atBottom)->setLabel(tr("training step"));
    m_train->setName(tr("train loss"));
    m_test->setName(tr("test loss"));
    m_task->setName(tr("task loss"));
    m_aux->setName(tr("auxiliary loss (right axis)"));
    m_lossRect->axis(QCPAxis::atRight)->setLabel(tr("auxiliary loss"));
    const bool regression = snapshot().task == moe::Task::Regression;
    m_accuracyRect->axis(QCPAxis::atLeft)->setLabel(regression ? tr("R²") : tr("accuracy"));
    m_trainAccuracy->setName(regression ? tr("train R²") : tr("train accuracy"));
    m_testAccuracy->setName(regression ? tr("test R²") : tr("test accuracy"));
}

void LossView::resizeEvent(QResizeEvent *event)
{
    SnapshotView::resizeEvent(event);
    scheduleRefresh();  // the legend's columns follow the width
}

void LossView::layoutLegend()
{
    // The most columns whose widest entries still fit the width (entries fill row by row).
    QCPLegend *legend = m_plot->legend;
    const QFontMetrics fm(legend->font());
    QVector<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            widths << fm.horizontalAdvance(item->plottable()->name()) + legend->iconSize().width()
                    + legend->iconTextPadding() + 16;
    const int available = m_plot->width() - 12;
    int columns = 1;
    for (int c = int(widths.size()); c > 1; --c) {
        int total = 0;
        for (int col = 0; col < c; ++col) {
            int widest = 0;
            for (int i = col; i < widths.size(); i += c)
                widest = std::max(widest, widths[i]);
            total += widest + legend->columnSpacing();
        }
        if (total <= available) {
            columns = c;
            break;
        }
    }
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

void LossView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
    const QColor text = palette().color(QPalette::Text);
    m_train->setPen(QPen(text, 2));
    m_trainAccuracy->setPen(QPen(text, 2));
    QCPAxis *auxAxis = m_lossRect->axis(QCPAxis::atRight);
    auxAxis->setTickLabelColor(kAuxColor);
    auxAxis->setLabelColor(kAuxColor);
    auxAxis->grid()->setVisible(false);
}

void LossView::rebuild()
{
    const moe::Snapshot &s = snapshot();
    const bool log = m_logScale->isChecked();
    const auto &history = s.history;
    const int n = int(history.size());
    QVector<double> steps, train, task, aux, testSteps, test, accSteps, trainAcc, testAccSteps, testAcc;
    steps.reserve(n);
    train.reserve(n);
    task.reserve(n);
    aux.reserve(n);
    // On a log axis a value <= 0 has no place: it becomes a gap (NaN).
    auto value = [log](double v) {
        return log && v <= 0 ? std::nan("") : v;
    };
    for (const moe::HistoryPoint &p : history) {
        steps.append(p.step);
        train.append(value(p.trainLoss));
        task.append(value(p.taskLoss));
        aux.append(value(p.auxLoss));
        if (p.testLoss >= 0) {
            testSteps.append(p.step);
            test.append(value(p.testLoss));
        }
        // -1 marks "not measured" (accuracy is in [0, 1]; R² below -1 is not worth a point)
        if (p.trainAccuracy != -1.0 && p.trainAccuracy > -1e9) {
            accSteps.append(p.step);
            trainAcc.append(p.trainAccuracy);
        }
        if (p.testLoss >= 0 && p.testAccuracy != -1.0 && p.testAccuracy > -1e9) {
            testAccSteps.append(p.step);
            testAcc.append(p.testAccuracy);
        }
    }
    m_train->setData(steps, train, true);
    m_task->setData(steps, task, true);
    m_aux->setData(steps, aux, true);
    m_test->setData(testSteps, test, true);
    m_trainAccuracy->setData(accSteps, trainAcc, true);
    m_testAccuracy->setData(testAccSteps, testAcc, true);

    retranslateUi();  // regression vs classification names
    if (!s.auxLosses.empty()) {
        QStringList terms;
        for (const moe::NamedValue &term : s.auxLosses)
            terms << QStringLiteral("%1 %2").arg(displayAuxLossName(term.name)).arg(term.value, 0, 'g', 3);
        // the terms go on the right axis, where they are read; the legend stays short
        m_lossRect->axis(QCPAxis::atRight)->setLabel(terms.join(QStringLiteral(", ")));
    }

    QCPAxis *lossAxis = m_lossRect->axis(QCPAxis::atLeft);
    QCPAxis *auxAxis = m_lossRect->axis(QCPAxis::atRight);
    for (QCPAxis *axis : {lossAxis, auxAxis}) {
        if (log && axis->scaleType() != QCPAxis::stLogarithmic) {
            axis->setScaleType(QCPAxis::stLogarithmic);
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        } else if (!log && axis->scaleType() != QCPAxis::stLinear) {
            axis->setScaleType(QCPAxis::stLinear);
            axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        }
    }
    const double first = n ? history.front().step : 0;
    const double last = n ? history.back().step : 1;
    m_lossRect->axis(QCPAxis::atBottom)->setRange(first, std::max(last, first + 1));
    bool found = false;
    QCPRange range = m_train->getValueRange(found);
    for (QCPGraph *g : {m_test, m_task}) {
        bool ok = false;
        const QCPRange r = g->getValueRange(ok);
        if (ok)
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
        found = found || ok;
    }
    if (!found)
        range = log ? QCPRange(0.01, 1) : QCPRange(0, 1);
    if (log)
        lossAxis->setRange(range.lower / 1.5, range.upper * 1.5);
    else
        lossAxis->setRange(std::min(0.0, range.lower), range.upper * 1.05 + 1e-9);

    bool auxFound = false;
    const QCPRange auxRange = m_aux->getValueRange(auxFound);
    if (!auxFound)
        auxAxis->setRange(log ? QCPRange(1e-3, 1) : QCPRange(0, 1));
    else if (log)
        auxAxis->setRange(auxRange.lower / 1.5, auxRange.upper * 1.5);
    else
        auxAxis->setRange(0, auxRange.upper * 1.05 + 1e-9);

    layoutLegend();

    QCPAxis *accuracyAxis = m_accuracyRect->axis(QCPAxis::atLeft);
    bool accFound = false;
    const QCPRange accRange = m_trainAccuracy->getValueRange(accFound);
    const double lower = accFound ? std::min(0.0, accRange.lower) : 0.0;
    accuracyAxis->setRange(std::max(lower, -1.0), 1.02);
    replotPlot(m_plot);
}

}  // namespace moe::widgets
