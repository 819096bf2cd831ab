// ViewDocks: the views of the view catalog (widgets/view_catalog.h) placed in the main window
// as dock widgets, plus the central "input space", which shows one central view: the region
// map for 2-D data, the curves for 1-D regression, the gallery for images, the routed text for
// the language model, the per-task losses for several tasks. It hands each new snapshot to every view — one shared immutable
// snapshot, no copies — and each view redraws on its own coalescing timer.
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
class RegionMapView;
class SnapshotView;
enum class ViewData;
}  // namespace moe::widgets

namespace moe::gui {

class ViewDocks : public QObject {
    Q_OBJECT
public:
    // Creates the views and docks them into `window` (the default layout).
    explicit ViewDocks(QMainWindow *window);

    void setSnapshot(const SnapshotPtr &snapshot);
    QList<QDockWidget *> docks() const { return m_docks; }
    QList<widgets::SnapshotView *> views() const { return m_views; }
    widgets::RegionMapView *regionMap() const;
    // Redraws summed over every view since start (for --report-fps).
    quint64 refreshCount() const;
    // Puts every dock back where the default layout has it.
    void restoreDefaultLayout();
    // The window's layout (docks, toolbar) is saved per kind of data, in QSettings under
    // mainWindow/state for the vector views, mainWindow/textState for the language model's and
    // mainWindow/multiTaskState for the multi-task views: one layout for all would keep the
    // other kinds' docks put away (a window closed on text reopened on vector data with none of
    // its docks). saveLayout saves the current kind's; restoreSavedLayout restores it and says
    // whether there was one.
    void saveLayout() const;
    bool restoreSavedLayout();
    bool languageModelMode() const;
    widgets::ViewData mode() const { return m_mode; }
    void retranslateUi();

signals:
    void expertClicked(int expert);
    void sampleClicked(int datasetRow);
    // Language model: an expert of a block was clicked (knock-out toggle in that block).
    void blockExpertClicked(int block, int expert);
    // Language model: the generation panel asks for bytes.
    void generateRequested(const moe::GenerationRequest &request);
    // New docks were added (the language model's or the multi-task views', made on first use):
    // for the View menu.
    void docksAdded();

private:
    struct Dock {
        QDockWidget *dock;
        const char *title;  // QT_TRANSLATE_NOOP("ViewDocks", ...)
        Qt::DockWidgetArea area;
        int tabGroup;
        widgets::ViewData data;  // shown for this kind of data only
    };
    QDockWidget *addDock(widgets::SnapshotView *view, const char *objectName, const char *title,
                         Qt::DockWidgetArea area, int tabGroup, widgets::ViewData data);
    // The catalog's central views (or docks) for this kind of data.
    void createCentralViews(widgets::ViewData data);
    void createDocks(widgets::ViewData data);
    void createDocksOnFirstUse(widgets::ViewData data);
    void setMode(widgets::ViewData mode);
    void hideOtherKindOfDocks();
    void adopt(widgets::SnapshotView *view);
    void chooseCentralView(const Snapshot &snapshot);

    struct CentralView {
        widgets::SnapshotView *view;
        bool (*appliesTo)(const Snapshot &);
    };

    QMainWindow *m_window;
    QStackedWidget *m_central;
    QList<CentralView> m_centralViews;  // in catalog order: the first that applies is shown
    QList<Dock> m_dockInfo;
    QList<QDockWidget *> m_docks;
    QList<widgets::SnapshotView *> m_views;
    widgets::RegionMapView *m_regionView = nullptr;
    widgets::InspectorView *m_inspector = nullptr;
    QWidget *m_noPlaneView = nullptr;
    widgets::ViewData m_mode;
    bool m_modeKnown = false;  // set by the first snapshot
    QList<widgets::ViewData> m_docksMade;  // kinds whose docks exist (vector: from the start)
};

}  // namespace moe::gui
