#include "multitask_gate_view.h"

#include "task_gate_view.h"

#include <core/mmoe/multitask_snapshot.h>

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

namespace moe::widgets {

MultiTaskGateView::MultiTaskGateView(QWidget *parent)
    : SnapshotView(parent), m_note(new QLabel(this)), m_matrix(new TaskGateView(this))
{
    setObjectName(QStringLiteral("multitask-gates"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setMargin(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(m_note);
    connect(m_matrix, &TaskGateView::expertClicked, this, &SnapshotView::expertClicked);
    retranslateUi();
}

QPoint MultiTaskGateView::cellCenter(int expert, int task) const
{
    return m_matrix->mapTo(this, m_matrix->cellCenter(expert, task));
}

void MultiTaskGateView::retranslateUi()
{
    const auto &mt = snapshot().multiTask;
    if (!mt || mt->gateCount == 0)
        m_note->clear();
    else
        m_note->setText(tr("Mean gate weight over %n test rows. Click an expert to knock it out of every gate "
                           "(click again to restore it).",
                           "", mt->usageRows));
    m_note->setVisible(!m_note->text().isEmpty());
}

void MultiTaskGateView::rebuild()
{
    QStringList tasks;
    std::vector<std::vector<double>> usage;
    std::vector<bool> knockedOut;
    if (const auto &mt = snapshot().multiTask) {
        for (const std::string &name : mt->taskNames)
            tasks << QString::fromStdString(name);
        usage = mt->gateUsage;
        knockedOut = mt->knockedOut;
    }
    m_matrix->setKnockedOut(knockedOut);
    m_matrix->setUsage(tasks, usage);
    retranslateUi();
    replotPlot(m_matrix->plot());
}

}  // namespace moe::widgets
