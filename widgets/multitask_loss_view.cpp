#include "multitask_loss_view.h"

#include "task_loss_view.h"

#include <core/mmoe/multitask_snapshot.h>

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

namespace moe::widgets {
namespace {

QString modelName(const moe::MultiTaskSnapshot &mt)
{
    switch (mt.gates) {
    case moe::TaskGates::PerTask: return MultiTaskLossView::tr("MMoE: %1 experts, a gate per task").arg(mt.experts);
    case moe::TaskGates::Shared: return MultiTaskLossView::tr("OMoE: %1 experts, one gate").arg(mt.experts);
    case moe::TaskGates::None: return MultiTaskLossView::tr("shared bottom (no gate)");
    }
    return {};
}

}  // namespace

MultiTaskLossView::MultiTaskLossView(QWidget *parent)
    : SnapshotView(parent), m_summary(new QLabel(this)), m_losses(new TaskLossView(this))
{
    setObjectName(QStringLiteral("multitask-loss"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_losses, 1);
    retranslateUi();
}

QString MultiTaskLossView::summary() const
{
    const auto &mt = snapshot().multiTask;
    if (!mt)
        return tr("No multi-task model is loaded.");
    QStringList parts;
    parts << modelName(*mt);
    for (int k = 0; k < mt->tasks(); ++k) {
        const QString name = QString::fromStdString(mt->taskNames[std::size_t(k)]);
        if (std::size_t(k) < mt->testLoss.size())
            parts << tr("%1: test %2 (R² %3)")
                         .arg(name)
                         .arg(mt->testLoss[std::size_t(k)], 0, 'f', 3)
                         .arg(std::size_t(k) < mt->r2.size() ? mt->r2[std::size_t(k)] : 0.0, 0, 'f', 2);
        else if (std::size_t(k) < mt->trainLoss.size())
            parts << tr("%1: train %2").arg(name).arg(mt->trainLoss[std::size_t(k)], 0, 'f', 3);
    }
    if (mt->evaluationStep >= 0)
        parts << tr("evaluated at step %1").arg(mt->evaluationStep);
    return parts.join(QStringLiteral(" · "));
}

void MultiTaskLossView::retranslateUi()
{
    m_summary->setText(summary());  // the curves' own texts: TaskLossView::retranslateUi
}

void MultiTaskLossView::rebuild()
{
    TaskLossCurves curves;
    if (const auto &mt = snapshot().multiTask) {
        for (const std::string &name : mt->taskNames)
            curves.taskNames << QString::fromStdString(name);
        curves.steps.assign(mt->curves.steps.begin(), mt->curves.steps.end());
        curves.trainLoss = mt->curves.trainLoss;
        curves.testLoss = mt->curves.testLoss;
    }
    m_losses->setCurves(curves);
    m_summary->setText(summary());
    if (auto *plot = m_losses->findChild<QCustomPlot *>())
        replotPlot(plot);
}

}  // namespace moe::widgets
