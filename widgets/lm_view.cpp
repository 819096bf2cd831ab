// LmView: the language model's snapshot, the block selector and the CSV export.
#include "lm_view.h"

#include "plot_export.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTextStream>

namespace moe::widgets {

LmView::LmView(QWidget *parent) : SnapshotView(parent)
{
    // Replace the base's export menu by one with CSV as well.
    disconnect(this, &QWidget::customContextMenuRequested, nullptr, nullptr);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &LmView::showContextMenu);
}

const moe::LmSnapshot &LmView::lm() const
{
    static const moe::LmSnapshot empty;
    const auto &p = snapshot().languageModel;
    return p ? *p : empty;
}

QString LmView::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << csv();
    out.flush();
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

void LmView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    addExportActions(&menu, this);
    menu.addSeparator();
    menu.addAction(tr("Export CSV…"), this, [this] {
        const QString base = objectName().isEmpty() ? QStringLiteral("moelab-view") : objectName();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), QDir::home().filePath(base + QStringLiteral(".csv")), tr("CSV table (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = exportCsv(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    menu.exec(mapToGlobal(pos));
}

QComboBox *LmView::makeBlockSelector()
{
    auto *box = new QComboBox(this);
    box->setObjectName(QStringLiteral("blockSelector"));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(box, &QComboBox::currentIndexChanged, this, [this] { scheduleRefresh(); });
    return box;
}

void LmView::syncBlockSelector(QComboBox *selector, int blocks)
{
    if (selector->count() == blocks)
        return;
    const QSignalBlocker block(selector);
    const int keep = selector->currentIndex();
    selector->clear();
    for (int l = 0; l < blocks; ++l)
        selector->addItem(blockName(l));
    selector->setCurrentIndex(blocks > 0 ? std::clamp(keep, 0, blocks - 1) : -1);
}

void LmView::retranslateBlockSelector(QComboBox *selector)
{
    for (int l = 0; l < selector->count(); ++l)
        selector->setItemText(l, blockName(l));
    selector->setToolTip(tr("The transformer block whose routing is shown; every block has its own router."));
}

QString blockName(int block)
{
    return QCoreApplication::translate("moe::widgets::LmView", "Block %1").arg(block + 1);
}

}  // namespace moe::widgets
