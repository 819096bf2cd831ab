// ViewDocks: the views of widgets/ placed in the main window as dock widgets (plus the
// central "input space" view, which shows the region map for 2-D data, the curves for 1-D
// regression and the gallery for images). It hands each new snapshot to every view — one
// shared immutable snapshot, no copies — and each view redraws on its own coalescing timer.
#pragma once

#include "metatypes.h"

#include "core/lm/lm_trainer.h"
#include "core/trainer.h"

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QStackedWidget;
class QWidget;

namespace moe::widgets {
class InspectorView;
class LmView;
class RegionMapView;
class SnapshotView;
class TokenView;
}  // namespace moe::widgets

namespace moe::gui {

class ViewDocks : public QObject {
    Q_OBJECT
public:
    // Creates the views and docks them into `window` (the default layout).
    explicit ViewDocks(QMainWindow *window);

    void setSnapshot(const SnapshotPtr &snapshot);
    // The inspector's sample, run through the current model (route → select → combine).
    void setInference(const Trainer::Inference &inference, const QString &sampleLabel);
    QList<QDockWidget *> docks() const { return m_docks; }
    QList<widgets::SnapshotView *> views() const { return m_views; }
    widgets::RegionMapView *regionMap() const;
    // Redraws summed over every view since start (for --report-fps).
    quint64 refreshCount() const;
    // Puts every dock back where the default layout has it.
    void restoreDefaultLayout();
    void retranslateUi();

signals:
    void expertClicked(int expert);
    void sampleClicked(int datasetRow);
    // Language model: an expert of a block was clicked (knock-out toggle in that block).
    void blockExpertClicked(int block, int expert);
    // Language model: the generation panel asks for bytes.
    void generateRequested(const moe::GenerationRequest &request);
    // New docks were added (the language model's, made on first use): for the View menu.
    void docksAdded();

private:
    struct Dock {
        QDockWidget *dock;
        const char *title;  // QT_TRANSLATE_NOOP("ViewDocks", ...)
        Qt::DockWidgetArea area;
        int tabGroup;
        bool languageModel;  // shown for text data (the others for vector data)
    };
    QDockWidget *addDock(widgets::SnapshotView *view, const char *objectName, const char *title,
                         Qt::DockWidgetArea area, int tabGroup, bool languageModel = false);
    void createTokenView();
    void createLanguageModelDocks();
    void setLanguageModelMode(bool on);
    void adopt(widgets::SnapshotView *view);
    void chooseCentralView(const Snapshot &snapshot);

    QMainWindow *m_window;
    QStackedWidget *m_central;
    QList<Dock> m_dockInfo;
    QList<QDockWidget *> m_docks;
    QList<widgets::SnapshotView *> m_views;
    widgets::SnapshotView *m_regionView = nullptr;
    widgets::SnapshotView *m_curveView = nullptr;
    widgets::SnapshotView *m_galleryView = nullptr;
    widgets::InspectorView *m_inspector = nullptr;
    QWidget *m_noPlaneView = nullptr;
    widgets::TokenView *m_tokenView = nullptr;
    bool m_languageModelMode = false;
    bool m_modeKnown = false;  // set by the first snapshot
    bool m_languageModelDocks = false;  // created (at the first language-model snapshot)
};

}  // namespace moe::gui
