#include "view_docks.h"

#include "distributed_panel.h"

#include "widgets/generation_view.h"
#include "widgets/inspector_view.h"
#include "widgets/lm_view.h"
#include "widgets/region_map_view.h"
#include "widgets/view_catalog.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QStackedWidget>

namespace moe::gui {
namespace {

widgets::SnapshotView *makeView(const widgets::ViewEntry &entry)
{
    widgets::SnapshotView *view = entry.create();
    view->setObjectName(QLatin1String(entry.objectName));
    if (entry.refreshInterval > 0)
        view->setRefreshInterval(entry.refreshInterval);
    return view;
}

}  // namespace

ViewDocks::ViewDocks(QMainWindow *window)
    : QObject(window), m_window(window), m_central(new QStackedWidget(window)), m_mode(widgets::ViewData::Vector)
{
    m_central->setObjectName(QStringLiteral("inputSpace"));
    createCentralViews(widgets::ViewData::Vector);
    auto *noPlane = new QLabel(m_central);
    noPlane->setAlignment(Qt::AlignCenter);
    noPlane->setWordWrap(true);
    noPlane->setMargin(24);
    m_noPlaneView = noPlane;
    m_central->addWidget(noPlane);
    window->setCentralWidget(m_central);

    createDocks(widgets::ViewData::Vector);
    m_docksMade << widgets::ViewData::Vector;
    // Expert parallelism: runs its own MPI job of the current experiment (distributed_panel.h).
    addDock(new DistributedPanel, "distributedDock", QT_TRANSLATE_NOOP("ViewDocks", "Distributed"),
            Qt::BottomDockWidgetArea, 2, widgets::ViewData::Vector);
    // Text data: the token view takes the centre; several tasks: the per-task losses. Their
    // docks come with the first snapshot of their kind (createDocksOnFirstUse).
    createCentralViews(widgets::ViewData::Text);
    createCentralViews(widgets::ViewData::MultiTask);

    connect(this, &ViewDocks::sampleClicked, this, [this] {
        for (const Dock &d : std::as_const(m_dockInfo))
            if (d.dock->widget() == m_inspector)
                d.dock->raise();
    });
    restoreDefaultLayout();
    retranslateUi();
}

void ViewDocks::createCentralViews(widgets::ViewData data)
{
    for (const widgets::ViewEntry &entry : widgets::viewCatalog()) {
        if (entry.place != widgets::ViewPlace::Centre || entry.data != data)
            continue;
        widgets::SnapshotView *view = makeView(entry);
        if (auto *region = qobject_cast<widgets::RegionMapView *>(view))
            m_regionView = region;
        adopt(view);
        m_central->addWidget(view);
        m_centralViews.append({view, entry.appliesTo});
    }
}

void ViewDocks::createDocks(widgets::ViewData data)
{
    for (const widgets::ViewEntry &entry : widgets::viewCatalog()) {
        if (entry.place == widgets::ViewPlace::Centre || entry.data != data)
            continue;
        widgets::SnapshotView *view = makeView(entry);
        if (auto *inspector = qobject_cast<widgets::InspectorView *>(view))
            m_inspector = inspector;
        if (auto *lmView = qobject_cast<widgets::LmView *>(view))
            connect(lmView, &widgets::LmView::blockExpertClicked, this, &ViewDocks::blockExpertClicked);
        if (auto *generation = qobject_cast<widgets::GenerationView *>(view))
            connect(generation, &widgets::GenerationView::generateRequested, this, &ViewDocks::generateRequested);
        const Qt::DockWidgetArea area =
            entry.place == widgets::ViewPlace::RightDock ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea;
        addDock(view, entry.dockName, entry.title, area, entry.tabGroup, data);
    }
}

void ViewDocks::createDocksOnFirstUse(widgets::ViewData data)
{
    // Made when the first snapshot of their kind arrives: hidden docks of a window that was
    // never shown still widen it at its first show (seen under Xvfb), so a window that opens
    // on vector data has none of the others.
    if (m_docksMade.contains(data))
        return;
    m_docksMade << data;
    createDocks(data);
    retranslateUi();
    emit docksAdded();
}

void ViewDocks::setMode(widgets::ViewData mode)
{
    createDocksOnFirstUse(mode);
    if (!m_modeKnown) {
        // The first snapshot: keep a saved layout, only put away the other kinds' docks.
        m_modeKnown = true;
        if (mode == m_mode) {
            hideOtherKindOfDocks();
            return;
        }
    } else if (mode == m_mode) {
        return;
    }
    saveLayout();  // the kind being left, as the user arranged it
    m_mode = mode;
    if (!restoreSavedLayout())
        restoreDefaultLayout();
}

bool ViewDocks::languageModelMode() const
{
    return m_mode == widgets::ViewData::Text;
}

void ViewDocks::hideOtherKindOfDocks()
{
    for (const Dock &d : std::as_const(m_dockInfo))
        if (d.data != m_mode)
            d.dock->hide();
}

namespace {

constexpr int kLayoutVersion = 2;  // bump when the dock layout changes incompatibly (2: one per kind)

QString layoutKey(widgets::ViewData data)
{
    switch (data) {
    case widgets::ViewData::Text: return QStringLiteral("mainWindow/textState");
    case widgets::ViewData::MultiTask: return QStringLiteral("mainWindow/multiTaskState");
    case widgets::ViewData::Vector: break;
    }
    return QStringLiteral("mainWindow/state");
}

}  // namespace

void ViewDocks::saveLayout() const
{
    QSettings().setValue(layoutKey(m_mode), m_window->saveState(kLayoutVersion));
}

bool ViewDocks::restoreSavedLayout()
{
    const QByteArray state = QSettings().value(layoutKey(m_mode)).toByteArray();
    if (state.isEmpty() || !m_window->restoreState(state, kLayoutVersion))
        return false;
    hideOtherKindOfDocks();
    return true;
}

widgets::RegionMapView *ViewDocks::regionMap() const
{
    return m_regionView;
}

void ViewDocks::adopt(widgets::SnapshotView *view)
{
    m_views << view;
    connect(view, &widgets::SnapshotView::expertClicked, this, &ViewDocks::expertClicked);
    connect(view, &widgets::SnapshotView::sampleClicked, this, &ViewDocks::sampleClicked);
}

QDockWidget *ViewDocks::addDock(widgets::SnapshotView *view, const char *objectName, const char *title,
                                Qt::DockWidgetArea area, int tabGroup, widgets::ViewData data)
{
    adopt(view);
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(QLatin1String(objectName));
    dock->setWidget(view);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(area, dock);
    m_dockInfo.append({dock, title, area, tabGroup, data});
    m_docks << dock;
    return dock;
}

void ViewDocks::restoreDefaultLayout()
{
    // Docks of one tab group share a place as tabs; the first of a group is the one shown.
    QHash<int, QDockWidget *> firstOfGroup;
    for (const Dock &d : std::as_const(m_dockInfo)) {
        d.dock->setFloating(false);
        if (d.data != m_mode) {  // the other kinds of data's views
            d.dock->hide();
            continue;
        }
        d.dock->show();
        if (QDockWidget *first = firstOfGroup.value(d.tabGroup)) {
            m_window->tabifyDockWidget(first, d.dock);
        } else {
            m_window->addDockWidget(d.area, d.dock, d.area == Qt::BottomDockWidgetArea ? Qt::Horizontal : Qt::Vertical);
            firstOfGroup.insert(d.tabGroup, d.dock);
        }
    }
    for (QDockWidget *first : std::as_const(firstOfGroup))
        first->raise();
    // The right column as tall as the window: loss and load get room; the tabs at the
    // bottom sit under the input space only.
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    m_window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_window->setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    QList<QDockWidget *> right;
    QList<QDockWidget *> bottom;
    for (QDockWidget *first : std::as_const(firstOfGroup)) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(first);
        (area == Qt::RightDockWidgetArea ? right : bottom) << first;
    }
    if (!right.isEmpty()) {
        m_window->resizeDocks({right.front()}, {400}, Qt::Horizontal);
        m_window->resizeDocks(right, QList<int>(right.size(), 1000), Qt::Vertical);  // equal heights
    }
    if (!bottom.isEmpty())
        m_window->resizeDocks({bottom.front()}, {250}, Qt::Vertical);
}

void ViewDocks::setSnapshot(const SnapshotPtr &snapshot)
{
    setMode(widgets::viewDataOf(*snapshot));
    chooseCentralView(*snapshot);
    for (widgets::SnapshotView *view : std::as_const(m_views))
        view->setSnapshot(snapshot);
}

void ViewDocks::chooseCentralView(const Snapshot &snapshot)
{
    QWidget *want = m_noPlaneView;
    for (const CentralView &central : std::as_const(m_centralViews))
        if (central.appliesTo(snapshot)) {
            want = central.view;
            break;
        }
    if (m_central->currentWidget() != want)
        m_central->setCurrentWidget(want);
}

quint64 ViewDocks::refreshCount() const
{
    quint64 n = 0;
    for (const widgets::SnapshotView *view : m_views)
        n += view->refreshCount();
    return n;
}

void ViewDocks::retranslateUi()
{
    for (const Dock &d : std::as_const(m_dockInfo))
        d.dock->setWindowTitle(QCoreApplication::translate("ViewDocks", d.title));
    static_cast<QLabel *>(m_noPlaneView)
        ->setText(QCoreApplication::translate(
            "ViewDocks",
            "This dataset has more than two input features, so there is no input plane to draw. "
            "The gate heatmap, the specialization matrix and the expert load show how it routes."));
}

}  // namespace moe::gui
