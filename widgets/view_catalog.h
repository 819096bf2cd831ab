// The view catalog: the one list of the views that draw a snapshot, with what the window and
// the command line need to know of each. The window (app/gui/view_docks.cpp) makes its central
// views and docks from it, moelab-cli (app/runs/run_plots.cpp) draws the run folder's plots
// from it, and tests/widgets/tst_views renders every entry. A new view is its own file pair
// and one line in view_catalog.cpp.
#pragma once

#include <core/snapshot.h>

#include <vector>

namespace moe::widgets {

class SnapshotView;

// Where the window puts a view.
enum class ViewPlace {
    Centre,  // the central "input space": one central view at a time, chosen by appliesTo
    RightDock,
    BottomDock,
};

// Which model's window shows the view (the window shows one kind of view at a time).
enum class ViewData {
    Vector,  // the vector MoE (Trainer)
    Text,  // the language model on a text corpus (Snapshot::languageModel)
    MultiTask,  // several tasks: MMoE, OMoE or a shared bottom (Snapshot::multiTask)
};

// The kind of view that draws this snapshot.
ViewData viewDataOf(const Snapshot &snapshot);

struct ViewEntry {
    const char *objectName;  // the view's object name in the window ("lossView")
    const char *dockName;  // the dock's object name ("lossDock"; saved layouts use it); nullptr at the centre
    const char *title;  // the dock's English title, marked with QT_TRANSLATE_NOOP("ViewDocks", ...)
    ViewPlace place;
    int tabGroup;  // docks of one group share a place as tabs; the first of a group is shown
    ViewData data;
    int refreshInterval;  // ms between two redraws in the window; 0 = the view's own
    // Central views: whether this snapshot puts the view in the centre (the first that applies
    // wins; none: the window says there is no input plane). Docks: nullptr.
    bool (*appliesTo)(const Snapshot &snapshot);
    SnapshotView *(*create)();
    // The run folder's plot drawn by this view (a contract: DIR/plots/NAME.png|pdf|svg), or
    // nullptr when moelab-cli does not draw it; drawn when plotApplies(the final snapshot).
    const char *plotName;
    bool (*plotApplies)(const Snapshot &snapshot);
};

// In the order the window makes them (the View menu's order) and the run folder draws them.
const std::vector<ViewEntry> &viewCatalog();

}  // namespace moe::widgets
