// Exporting any view: PNG, PDF or SVG by the file suffix, and copying it to the clipboard.
// Works for views never shown on screen (moelab-cli draws its plots offscreen).
//
// A view that is, or holds exactly one, QCustomPlot is exported from the plot as vectors
// (savePdf, QSvgGenerator + QCPPainter); any other widget is drawn with QWidget::render().
// A view with a `refreshNow()` slot (every SnapshotView) is refreshed first.
#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace moe::widgets {

// Saves `view` to `path` (.png, .pdf or .svg, case-insensitive). width/height 0 = the view's
// current size (its size hint when it was never laid out). Returns "" or an English error.
QString exportView(QWidget *view, const QString &path, int width = 0, int height = 0);

// Puts a PNG image of the view on the clipboard.
void copyViewToClipboard(QWidget *view);

// Adds a context menu to `view` with "Export PNG…", "Export PDF…", "Export SVG…" and
// "Copy image" (file dialogs start in the last folder used). Safe to call once per view.
void installExportMenu(QWidget *view);

// Appends the same four actions to an existing menu (for views with their own menu).
void addExportActions(QMenu *menu, QWidget *view);

}  // namespace moe::widgets
