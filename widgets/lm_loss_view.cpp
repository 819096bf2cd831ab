// LmLossView: training and validation loss in nats and bits per byte, with the model's size.
#include "lm_loss_view.h"

#include "expert_palette.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <cmath>

namespace moe::widgets {

QString compactNumber(double v)
{
    if (std::abs(v) >= 1e9)
        return LmLossView::tr("%1 B").arg(v / 1e9, 0, 'f', 2);
    if (std::abs(v) >= 1e6)
        return LmLossView::tr("%1 M").arg(v / 1e6, 0, 'f', 2);
    if (std::abs(v) >= 1e3)
        return LmLossView::tr("%1 k").arg(v / 1e3, 0, 'f', 1);
    return QString::number(v, 'f', 0);
}

LmLossView::LmLossView(QWidget *parent) : LmView(parent)
{
    setObjectName(QStringLiteral("lmLossView"));
    setRefreshInterval(50);
    m_plot = new QCustomPlot(this);
    configureFastPlot(m_plot);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_train = m_plot->addGraph();
    m_validation = m_plot->addGraph();
    m_validation->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    m_plot->yAxis2->setVisible(true);
    m_plot->legend->setVisible(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    applyTheme();
    retranslateUi();
}

void LmLossView::applyTheme()
{
    applyPlotTheme(m_plot, palette());
    m_train->setPen(QPen(expertColor(0), 1));
    m_validation->setPen(QPen(expertColor(1), 2));
}

QString LmLossView::title() const
{
    const moe::LmSnapshot &s = lm();
    if (s.empty())
        return tr("Loss");
    QString loss;
    if (s.validationLoss >= 0)
        loss = tr("validation %1 nats = %2 bits per byte")
                   .arg(s.validationLoss, 0, 'f', 3)
                   .arg(moe::LmSnapshot::bitsPerByte(s.validationLoss), 0, 'f', 3);
    else if (s.trainLoss >= 0)
        loss = tr("training %1 nats = %2 bits per byte")
                   .arg(s.trainLoss, 0, 'f', 3)
                   .arg(moe::LmSnapshot::bitsPerByte(s.trainLoss), 0, 'f', 3);
    return tr("%1\n%2 parameters in total, %3 active per byte\n%4 FLOPs per byte")
        .arg(loss, compactNumber(double(s.paramsTotal)), compactNumber(double(s.paramsActive)),
             compactNumber(s.flopsPerToken));
}

void LmLossView::retranslateUi()
{
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss (nats per byte)"));
    m_plot->yAxis2->setLabel(tr("bits per byte"));
    m_train->setName(tr("training"));
    m_validation->setName(tr("validation"));
    m_title->setText(title());
    setToolTip(tr("Cross-entropy of the next byte. 8 bits per byte is a blind guess among 256 bytes; English text "
                  "compresses to about 2."));
}

void LmLossView::rebuild()
{
    const moe::Snapshot &s = snapshot();
    QVector<double> tx, ty, vx, vy;
    for (const moe::HistoryPoint &p : s.history) {
        tx << p.step;
        ty << p.taskLoss;
        if (p.testLoss >= 0) {
            vx << p.step;
            vy << p.testLoss;
        }
    }
    m_train->setData(tx, ty, true);
    m_validation->setData(vx, vy, true);
    m_plot->rescaleAxes();
    const QCPRange y = m_plot->yAxis->range();
    m_plot->yAxis->setRange(std::max(0.0, y.lower - 0.05), y.upper + 0.05);
    const QCPRange nats = m_plot->yAxis->range();
    m_plot->yAxis2->setRange(nats.lower / std::log(2.0), nats.upper / std::log(2.0));
    retranslateUi();
    replotPlot(m_plot);
}

QString LmLossView::csv() const
{
    QString out =
        QStringLiteral("step,train_loss_nats,train_bits_per_byte,validation_loss_nats,validation_bits_per_byte\n");
    for (const moe::HistoryPoint &p : snapshot().history) {
        out += QStringLiteral("%1,%2,%3,")
                   .arg(p.step)
                   .arg(p.taskLoss, 0, 'g', 6)
                   .arg(moe::LmSnapshot::bitsPerByte(p.taskLoss), 0, 'g', 6);
        if (p.testLoss >= 0)
            out += QStringLiteral("%1,%2")
                       .arg(p.testLoss, 0, 'g', 6)
                       .arg(moe::LmSnapshot::bitsPerByte(p.testLoss), 0, 'g', 6);
        else
            out += QLatin1Char(',');
        out += QLatin1Char('\n');
    }
    return out;
}

}  // namespace moe::widgets
