// PaintTools: the "Paint points" toggle and the class picker of the toolbar, for the region
// map (2-D data). Points the user paints are sent to the worker, which answers with the
// model's predicted class for each; the map marks whether the model agrees with the class
// painted. The predictions follow the training (asked again a few times a second).
#pragma once

#include "metatypes.h"

#include <QObject>
#include <QPointF>
#include <QVector>

class QAction;
class QComboBox;
class QToolBar;

namespace moe::widgets {
class RegionMapView;
}

namespace moe::gui {

class TrainingController;

class PaintTools : public QObject {
    Q_OBJECT
public:
    PaintTools(TrainingController *controller, widgets::RegionMapView *map, QToolBar *toolBar);

    QAction *paintAction() const { return m_paint; }
    QComboBox *classPicker() const { return m_classes; }
    void retranslateUi();

public slots:
    void setPaintMode(bool on);
    void clearPoints();

private:
    void onSnapshot(const SnapshotPtr &snapshot);
    void updateClassNames(const Snapshot &snapshot);

    TrainingController *m_controller;
    widgets::RegionMapView *m_map;
    QAction *m_paint;
    QAction *m_clear;
    QAction *m_classesAction;
    QComboBox *m_classes;
    std::vector<std::string> m_classNames;
    bool m_planar = false;
};

}  // namespace moe::gui
