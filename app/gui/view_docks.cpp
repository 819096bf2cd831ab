#include "view_docks.h"

#include "distributed_panel.h"

#include "widgets/curve_view.h"
#include "widgets/expert_load_view.h"
#include "widgets/gallery_view.h"
#include "widgets/gate_heatmap_view.h"
#include "widgets/inspector_view.h"
#include "widgets/loss_view.h"
#include "widgets/model_diagram_view.h"
#include "widgets/region_map_view.h"
#include "widgets/specialization_view.h"
#include "widgets/block_load_view.h"
#include "widgets/drops_by_position_view.h"
#include "widgets/generation_view.h"
#include "widgets/lm_loss_view.h"
#include "widgets/lm_specialisation_view.h"
#include "widgets/token_view.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QStackedWidget>

namespace moe::gui {

ViewDocks::ViewDocks(QMainWindow *window) : QObject(window), m_window(window), m_central(new QStackedWidget(window))
{
    m_central->setObjectName(QStringLiteral("inputSpace"));
    auto *region = new widgets::RegionMapView(m_central);
    region->setRefreshInterval(50);  // the heaviest view: at most 20 redraws per second
    m_regionView = region;
    auto *curves = new widgets::CurveView(m_central);
    m_curveView = curves;
    auto *gallery = new widgets::GalleryView(m_central);
    gallery->setRefreshInterval(100);
    m_galleryView = gallery;
    auto *noPlane = new QLabel(m_central);
    noPlane->setAlignment(Qt::AlignCenter);
    noPlane->setWordWrap(true);
    noPlane->setMargin(24);
    m_noPlaneView = noPlane;
    region->setObjectName(QStringLiteral("regionMapView"));
    curves->setObjectName(QStringLiteral("curveView"));
    gallery->setObjectName(QStringLiteral("galleryView"));
    for (widgets::SnapshotView *view :
         {static_cast<widgets::SnapshotView *>(region), static_cast<widgets::SnapshotView *>(curves),
          static_cast<widgets::SnapshotView *>(gallery)}) {
        adopt(view);
        m_central->addWidget(view);
    }
    m_central->addWidget(noPlane);
    window->setCentralWidget(m_central);

    auto *loss = new widgets::LossView;
    loss->setObjectName(QStringLiteral("lossView"));
    addDock(loss, "lossDock", QT_TRANSLATE_NOOP("ViewDocks", "Loss and accuracy"), Qt::RightDockWidgetArea, 0);
    auto *load = new widgets::ExpertLoadView;
    load->setObjectName(QStringLiteral("expertLoadView"));
    addDock(load, "expertLoadDock", QT_TRANSLATE_NOOP("ViewDocks", "Expert load"), Qt::RightDockWidgetArea, 1);
    m_inspector = new widgets::InspectorView;
    m_inspector->setObjectName(QStringLiteral("inspectorView"));
    addDock(m_inspector, "inspectorDock", QT_TRANSLATE_NOOP("ViewDocks", "Inference inspector"),
            Qt::RightDockWidgetArea, 1);
    auto *diagram = new widgets::ModelDiagramView;
    diagram->setObjectName(QStringLiteral("modelDiagramView"));
    addDock(diagram, "modelDiagramDock", QT_TRANSLATE_NOOP("ViewDocks", "Model diagram"), Qt::BottomDockWidgetArea, 2);
    auto *heatmap = new widgets::GateHeatmapView;
    heatmap->setObjectName(QStringLiteral("gateHeatmapView"));
    addDock(heatmap, "gateHeatmapDock", QT_TRANSLATE_NOOP("ViewDocks", "Gate heatmap"), Qt::BottomDockWidgetArea, 2);
    auto *special = new widgets::SpecializationView;
    special->setObjectName(QStringLiteral("specializationView"));
    addDock(special, "specializationDock", QT_TRANSLATE_NOOP("ViewDocks", "Specialization"), Qt::BottomDockWidgetArea,
            2);
    // Expert parallelism: runs its own MPI job of the current experiment (distributed_panel.h).
    addDock(new DistributedPanel, "distributedDock", QT_TRANSLATE_NOOP("ViewDocks", "Distributed"),
            Qt::BottomDockWidgetArea, 2);

    createTokenView();

    connect(this, &ViewDocks::sampleClicked, this, [this] {
        for (const Dock &d : std::as_const(m_dockInfo))
            if (d.dock->widget() == m_inspector)
                d.dock->raise();
    });
    restoreDefaultLayout();
    retranslateUi();
}

void ViewDocks::createTokenView()
{
    // Text data: the token view takes the centre (chooseCentralView).
    m_tokenView = new widgets::TokenView(m_central);
    m_tokenView->setObjectName(QStringLiteral("tokenView"));
    adopt(m_tokenView);
    m_central->addWidget(m_tokenView);
}

void ViewDocks::createLanguageModelDocks()
{
    // Made when the first language-model snapshot arrives: hidden docks of a window that was
    // never shown still widen it at its first show (seen under Xvfb), so a window that opens
    // on vector data has none.
    if (m_languageModelDocks)
        return;
    m_languageModelDocks = true;
    auto *loss = new widgets::LmLossView;
    addDock(loss, "lmLossDock", QT_TRANSLATE_NOOP("ViewDocks", "Loss (nats and bits per byte)"),
            Qt::RightDockWidgetArea, 10, true);
    auto *load = new widgets::BlockLoadView;
    addDock(load, "blockLoadDock", QT_TRANSLATE_NOOP("ViewDocks", "Blocks × experts"), Qt::RightDockWidgetArea, 11,
            true);
    auto *generation = new widgets::GenerationView;
    addDock(generation, "generationDock", QT_TRANSLATE_NOOP("ViewDocks", "Generation"), Qt::BottomDockWidgetArea, 12,
            true);
    auto *special = new widgets::LmSpecialisationView;
    addDock(special, "lmSpecialisationDock", QT_TRANSLATE_NOOP("ViewDocks", "Byte specialisation"),
            Qt::BottomDockWidgetArea, 12, true);
    auto *drops = new widgets::DropsByPositionView;
    addDock(drops, "dropsByPositionDock", QT_TRANSLATE_NOOP("ViewDocks", "Drops by position"),
            Qt::BottomDockWidgetArea, 12, true);
    for (widgets::LmView *view : {static_cast<widgets::LmView *>(loss), static_cast<widgets::LmView *>(load),
                                  static_cast<widgets::LmView *>(generation), static_cast<widgets::LmView *>(special),
                                  static_cast<widgets::LmView *>(drops)})
        connect(view, &widgets::LmView::blockExpertClicked, this, &ViewDocks::blockExpertClicked);
    connect(generation, &widgets::GenerationView::generateRequested, this, &ViewDocks::generateRequested);
    retranslateUi();
    emit docksAdded();
}

void ViewDocks::setLanguageModelMode(bool on)
{
    if (on)
        createLanguageModelDocks();
    if (!m_modeKnown) {
        // The first snapshot: keep a saved layout, only put away the other kind's docks.
        m_modeKnown = true;
        if (on == m_languageModelMode) {
            for (const Dock &d : std::as_const(m_dockInfo))
                if (d.languageModel != on)
                    d.dock->hide();
            return;
        }
    } else if (on == m_languageModelMode) {
        return;
    }
    m_languageModelMode = on;
    restoreDefaultLayout();
}

widgets::RegionMapView *ViewDocks::regionMap() const
{
    return static_cast<widgets::RegionMapView *>(m_regionView);
}

void ViewDocks::setInference(const Trainer::Inference &inference, const QString &sampleLabel)
{
    m_inspector->setInference(inference, sampleLabel);
}

void ViewDocks::adopt(widgets::SnapshotView *view)
{
    m_views << view;
    connect(view, &widgets::SnapshotView::expertClicked, this, &ViewDocks::expertClicked);
    connect(view, &widgets::SnapshotView::sampleClicked, this, &ViewDocks::sampleClicked);
}

QDockWidget *ViewDocks::addDock(widgets::SnapshotView *view, const char *objectName, const char *title,
                                Qt::DockWidgetArea area, int tabGroup, bool languageModel)
{
    adopt(view);
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(QLatin1String(objectName));
    dock->setWidget(view);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(area, dock);
    m_dockInfo.append({dock, title, area, tabGroup, languageModel});
    m_docks << dock;
    return dock;
}

void ViewDocks::restoreDefaultLayout()
{
    // Docks of one tab group share a place as tabs; the first of a group is the one shown.
    QHash<int, QDockWidget *> firstOfGroup;
    for (const Dock &d : std::as_const(m_dockInfo)) {
        d.dock->setFloating(false);
        if (d.languageModel != m_languageModelMode) {  // the other kind of data's views
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
    setLanguageModelMode(snapshot->languageModel != nullptr);
    chooseCentralView(*snapshot);
    for (widgets::SnapshotView *view : std::as_const(m_views))
        view->setSnapshot(snapshot);
}

void ViewDocks::chooseCentralView(const Snapshot &snapshot)
{
    QWidget *want = m_noPlaneView;
    if (snapshot.languageModel && m_tokenView)
        want = m_tokenView;
    else if (snapshot.imageRows > 0 && m_galleryView)
        want = m_galleryView;
    else if (snapshot.inputDim == 1 && snapshot.task == Task::Regression && m_curveView)
        want = m_curveView;
    else if (snapshot.inputDim == 2)
        want = m_regionView;
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
