#include "compare_dialog.h"

#include "app/common/experiment_file.h"

#include "widgets/expert_palette.h"
#include "widgets/plot_export.h"
#include "widgets/plot_theme.h"

#include <qcustomplot.h>

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace moe::gui {
namespace {

// The value a curve shows at one history point; NaN = not measured there.
double metricValue(CompareDialog::Metric metric, const HistoryPoint &p)
{
    switch (metric) {
    case CompareDialog::Loss: return p.trainLoss;
    case CompareDialog::Accuracy:
        return p.testAccuracy >= 0 ? p.testAccuracy : std::numeric_limits<double>::quiet_NaN();
    case CompareDialog::LoadCv: return p.loadCv;
    case CompareDialog::MetricCount: break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_hint(new QLabel(this)), m_addFolder(new QPushButton(this)),
      m_addFile(new QPushButton(this)), m_clear(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    resize(1100, 620);
    auto *plots = new QHBoxLayout;
    for (int m = 0; m < MetricCount; ++m) {
        auto *plot = new QCustomPlot(this);
        widgets::configureFastPlot(plot);
        widgets::applyPlotTheme(plot, palette());
        plot->legend->setVisible(true);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0,
                                       new QCPTextElement(plot, QString(), QFont(font().family(), -1, QFont::Bold)));
        widgets::installExportMenu(plot);
        plot->setMinimumSize(240, 200);
        plots->addWidget(plot, 1);
        m_plots << plot;
    }
    m_list->setMaximumHeight(110);
    m_hint->setWordWrap(true);
    connect(m_addFolder, &QPushButton::clicked, this, &CompareDialog::chooseFolders);
    connect(m_addFile, &QPushButton::clicked, this, &CompareDialog::chooseFiles);
    connect(m_clear, &QPushButton::clicked, this, &CompareDialog::clearRuns);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_addFile);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(plots, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    retranslateUi();
    rebuildPlots();
}

QString CompareDialog::readRun(const QString &path, ComparedRun *run)
{
    const QFileInfo info(path);
    const QString file = info.isDir() ? QDir(path).filePath(QStringLiteral("config.moelab")) : path;
    if (info.isDir() && !QFileInfo::exists(file))
        return tr("%1 is not a run folder: it has no config.moelab.").arg(QDir::toNativeSeparators(path));
    const app::ExperimentReadResult result = app::openExperiment(file);
    if (!result.ok())
        return result.error;
    if (result.file.history.empty())
        return tr("%1 holds no training history to compare (save it after training, or export the run).")
            .arg(QDir::toNativeSeparators(file));
    run->path = info.absoluteFilePath();
    run->label = info.isDir() ? info.fileName() : info.completeBaseName();
    run->history = result.file.history;
    return {};
}

QString CompareDialog::addRunFrom(const QString &path)
{
    ComparedRun run;
    const QString error = readRun(path, &run);
    if (!error.isEmpty()) {
        if (isVisible())
            QMessageBox::warning(this, tr("Compare runs"), error);
        return error;
    }
    addRun(run);
    return {};
}

void CompareDialog::addRun(const ComparedRun &run)
{
    m_runs.push_back(run);
    auto *item =
        new QListWidgetItem(QStringLiteral("%1 — %2").arg(run.label, QDir::toNativeSeparators(run.path)), m_list);
    item->setForeground(widgets::expertColor(int(m_runs.size()) - 1));
    rebuildPlots();
}

void CompareDialog::clearRuns()
{
    m_runs.clear();
    m_list->clear();
    rebuildPlots();
}

void CompareDialog::chooseFolders()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a run folder"));
    if (!dir.isEmpty())
        addRunFrom(dir);
}

void CompareDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add saved experiments"), QString(),
                                                            tr("MoE Lab experiments (*.moelab)"));
    for (const QString &file : files)
        if (!addRunFrom(file).isEmpty())
            break;
}

void CompareDialog::rebuildPlots()
{
    for (int m = 0; m < MetricCount; ++m) {
        QCustomPlot *plot = m_plots[m];
        plot->clearGraphs();
        for (std::size_t r = 0; r < m_runs.size(); ++r) {
            QVector<double> x, y;
            for (const HistoryPoint &p : m_runs[r].history)
                if (const double v = metricValue(Metric(m), p); std::isfinite(v)) {
                    x << p.step;
                    y << v;
                }
            QCPGraph *graph = plot->addGraph();
            graph->setName(m_runs[r].label);
            graph->setPen(QPen(widgets::expertColor(int(r)), 2));
            graph->setData(x, y, true);
        }
        plot->legend->setVisible(!m_runs.empty());
        plot->rescaleAxes();
        if (m == Accuracy)
            plot->yAxis->setRange(0, 1);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_hint->setVisible(m_runs.size() < 2);
}

void CompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare runs"));
    const QString titles[MetricCount] = {tr("Training loss"), tr("Test accuracy"), tr("Load CV (0 = balanced)")};
    for (int m = 0; m < MetricCount; ++m) {
        if (auto *title = qobject_cast<QCPTextElement *>(m_plots[m]->plotLayout()->element(0, 0)))
            title->setText(titles[m]);
        m_plots[m]->xAxis->setLabel(tr("step"));
        m_plots[m]->replot(QCustomPlot::rpQueuedReplot);
    }
    m_hint->setText(tr("Add two or more runs: folders written by “Export run…” or by moelab-cli train, "
                       "or experiments saved after training."));
    m_addFolder->setText(tr("Add run &folder…"));
    m_addFile->setText(tr("Add saved &experiment…"));
    m_clear->setText(tr("C&lear"));
    m_close->setText(tr("&Close"));
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace moe::gui
