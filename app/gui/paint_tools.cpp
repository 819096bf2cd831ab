#include "paint_tools.h"
#include "widgets/display_names.h"

#include "training_controller.h"

#include "widgets/expert_palette.h"
#include "widgets/region_map_view.h"

#include <QAction>
#include <QComboBox>
#include <QToolBar>

#include <algorithm>

namespace moe::gui {

PaintTools::PaintTools(TrainingController *controller, widgets::RegionMapView *map, QToolBar *toolBar)
    : QObject(toolBar), m_controller(controller), m_map(map), m_paint(new QAction(this)), m_clear(new QAction(this)),
      m_classes(new QComboBox(toolBar))
{
    m_paint->setObjectName(QStringLiteral("paintPointsAction"));
    m_paint->setCheckable(true);
    m_classes->setObjectName(QStringLiteral("paintClassPicker"));
    m_classes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolBar->addSeparator();
    toolBar->addAction(m_paint);
    m_classesAction = toolBar->addWidget(m_classes);
    toolBar->addAction(m_clear);
    connect(m_paint, &QAction::toggled, this, &PaintTools::setPaintMode);
    connect(m_clear, &QAction::triggered, this, &PaintTools::clearPoints);
    connect(m_classes, &QComboBox::currentIndexChanged, m_map,
            [this](int index) { m_map->setPaintClass(std::max(0, index)); });
    // The snapshots then carry the model's class for each point, renewed as it trains.
    connect(m_map, &widgets::RegionMapView::paintedPointsChanged, this,
            [this] { m_controller->setPaintedPoints(m_map->paintedPoints()); });
    connect(m_controller, &TrainingController::snapshotUpdated, this, &PaintTools::onSnapshot);
    setPaintMode(false);
    retranslateUi();
}

void PaintTools::retranslateUi()
{
    m_paint->setText(tr("Paint points"));
    m_paint->setToolTip(tr("Click or drag on the input plane to add your own points of the chosen class; "
                           "the model's prediction for each is marked (2-D data only)"));
    m_clear->setText(tr("Clear points"));
    m_clear->setToolTip(tr("Remove the points you painted"));
    m_classes->setToolTip(tr("The class of the points you paint"));
    if (!m_classNames.empty()) {
        const auto names = m_classNames;
        m_classNames.clear();
        Snapshot s;
        s.classNames = names;
        updateClassNames(s);
    }
}

void PaintTools::setPaintMode(bool on)
{
    m_map->setPaintMode(on);
    m_classesAction->setVisible(on);
    m_clear->setVisible(on);
    const QSignalBlocker block(m_paint);
    m_paint->setChecked(on);
}

void PaintTools::clearPoints()
{
    m_map->clearPaintedPoints();
}

void PaintTools::onSnapshot(const SnapshotPtr &snapshot)
{
    const bool planar = !snapshot->region.empty() || snapshot->inputDim == 2;
    if (planar != m_planar) {
        m_planar = planar;
        m_paint->setEnabled(planar);
        if (!planar)
            setPaintMode(false);
    }
    updateClassNames(*snapshot);
}

void PaintTools::updateClassNames(const Snapshot &snapshot)
{
    if (snapshot.classNames == m_classNames)
        return;
    m_classNames = snapshot.classNames;
    const QSignalBlocker block(m_classes);
    const int current = m_classes->currentIndex();
    m_classes->clear();
    for (std::size_t c = 0; c < m_classNames.size(); ++c) {
        const QString name = widgets::displayClassName(m_classNames[c]);
        m_classes->addItem(name.isEmpty() ? tr("class %1").arg(c) : name);
    }
    m_classes->setCurrentIndex(std::clamp(current, 0, std::max(0, m_classes->count() - 1)));
    m_map->setPaintClass(std::max(0, m_classes->currentIndex()));
}

}  // namespace moe::gui
