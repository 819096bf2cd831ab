// CompareDialog: "Compare runs…". Overlays the curves of two or more saved runs (run folders
// written by "Export run…" or `moelab-cli train`, or .moelab files saved with their history):
// training loss, accuracy and the load coefficient of variation over the steps, one colour
// per run. Each plot exports from its context menu like every view.
#pragma once

#include "core/snapshot.h"

#include <QDialog>
#include <QList>

#include <vector>

class QCustomPlot;
class QLabel;
class QListWidget;
class QPushButton;

namespace moe::gui {

struct ComparedRun {
    QString label;  // the folder's or the file's name
    QString path;
    std::vector<HistoryPoint> history;
};

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    enum Metric { Loss, Accuracy, LoadCv, MetricCount };

    explicit CompareDialog(QWidget *parent = nullptr);

    // Reads a run folder (its config.moelab) or a .moelab file. Returns "" or a translated
    // error naming the file (no history in it is an error: there is nothing to compare).
    static QString readRun(const QString &path, ComparedRun *run);

    // Adds the run at `path`; on failure shows the error and returns it.
    QString addRunFrom(const QString &path);
    void addRun(const ComparedRun &run);
    void clearRuns();
    int runCount() const { return int(m_runs.size()); }
    QCustomPlot *plot(Metric metric) const { return m_plots[metric]; }

public slots:
    void chooseFolders();
    void chooseFiles();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildPlots();
    void retranslateUi();

    std::vector<ComparedRun> m_runs;
    QList<QCustomPlot *> m_plots;
    QListWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_addFolder;
    QPushButton *m_addFile;
    QPushButton *m_clear;
    QPushButton *m_close;
};

}  // namespace moe::gui
