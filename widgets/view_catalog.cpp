// The view catalog (view_catalog.h): one line per view.
#include "view_catalog.h"

#include "block_load_view.h"
#include "curve_view.h"
#include "drops_by_position_view.h"
#include "expert_load_view.h"
#include "gallery_view.h"
#include "gate_heatmap_view.h"
#include "generation_view.h"
#include "inspector_view.h"
#include "lm_loss_view.h"
#include "lm_specialisation_view.h"
#include "loss_view.h"
#include "model_diagram_view.h"
#include "multitask_gate_view.h"
#include "multitask_loss_view.h"
#include "region_map_view.h"
#include "specialization_view.h"
#include "token_view.h"

#include <QtGlobal>

namespace moe::widgets {
namespace {

template <class View>
SnapshotView *make()
{
    return new View;
}

bool always(const Snapshot &)
{
    return true;
}

// The centre of the window: text for the language model, the per-task losses for several
// tasks, else images, else the 1-D regression's curves, else the input plane of 2-D data.
bool textData(const Snapshot &s)
{
    return s.languageModel != nullptr;
}
bool multiTaskData(const Snapshot &s)
{
    return s.multiTask != nullptr;
}
bool vectorData(const Snapshot &s)
{
    return !s.languageModel && !s.multiTask;
}
bool imageData(const Snapshot &s)
{
    return vectorData(s) && s.imageRows > 0;
}
bool oneDimensionalRegression(const Snapshot &s)
{
    return vectorData(s) && s.imageRows <= 0 && s.inputDim == 1 && s.task == Task::Regression;
}
bool planeData(const Snapshot &s)
{
    return vectorData(s) && s.imageRows <= 0 && s.inputDim == 2;
}

// What the run folder's plots need in the final snapshot.
bool hasExpertStats(const Snapshot &s)
{
    return !s.expertStats.empty();
}
bool hasProbes(const Snapshot &s)
{
    return !s.probe.probs.empty();
}
bool hasClassCounts(const Snapshot &s)
{
    return s.task == Task::Classification && !s.classExpertCounts.empty();
}
bool hasRegion(const Snapshot &s)
{
    return !s.region.empty();
}
bool hasCurves(const Snapshot &s)
{
    return !s.curves.empty();
}

constexpr auto Centre = ViewPlace::Centre;
constexpr auto Right = ViewPlace::RightDock;
constexpr auto Bottom = ViewPlace::BottomDock;
constexpr auto Vector = ViewData::Vector;
constexpr auto Text = ViewData::Text;
constexpr auto MultiTask = ViewData::MultiTask;

}  // namespace

ViewData viewDataOf(const Snapshot &snapshot)
{
    return snapshot.languageModel ? ViewData::Text : snapshot.multiTask ? ViewData::MultiTask : ViewData::Vector;
}

const std::vector<ViewEntry> &viewCatalog()
{
    // objectName, dockName, title, place, tabGroup, data, refreshInterval, appliesTo, create,
    // plotName, plotApplies
    static const std::vector<ViewEntry> catalog = {
        {"lossView", "lossDock", QT_TRANSLATE_NOOP("ViewDocks", "Loss and accuracy"), Right, 0, Vector, 0, nullptr,
         make<LossView>, "loss", always},
        {"expertLoadView", "expertLoadDock", QT_TRANSLATE_NOOP("ViewDocks", "Expert load"), Right, 1, Vector, 0,
         nullptr, make<ExpertLoadView>, "expert_load", hasExpertStats},
        {"inspectorView", "inspectorDock", QT_TRANSLATE_NOOP("ViewDocks", "Inference inspector"), Right, 1, Vector, 0,
         nullptr, make<InspectorView>, nullptr, nullptr},
        {"modelDiagramView", "modelDiagramDock", QT_TRANSLATE_NOOP("ViewDocks", "Model diagram"), Bottom, 2, Vector, 0,
         nullptr, make<ModelDiagramView>, nullptr, nullptr},
        {"gateHeatmapView", "gateHeatmapDock", QT_TRANSLATE_NOOP("ViewDocks", "Gate heatmap"), Bottom, 2, Vector, 0,
         nullptr, make<GateHeatmapView>, "gate_heatmap", hasProbes},
        {"specializationView", "specializationDock", QT_TRANSLATE_NOOP("ViewDocks", "Specialization"), Bottom, 2,
         Vector, 0, nullptr, make<SpecializationView>, "specialization", hasClassCounts},
        // The heaviest view: at most 20 redraws per second.
        {"regionMapView", nullptr, nullptr, Centre, 0, Vector, 50, planeData, make<RegionMapView>, "region_map",
         hasRegion},
        {"curveView", nullptr, nullptr, Centre, 0, Vector, 0, oneDimensionalRegression, make<CurveView>, "curves",
         hasCurves},
        {"galleryView", nullptr, nullptr, Centre, 0, Vector, 100, imageData, make<GalleryView>, nullptr, nullptr},

        {"tokenView", nullptr, nullptr, Centre, 0, Text, 0, textData, make<TokenView>, nullptr, nullptr},
        {"lmLossView", "lmLossDock", QT_TRANSLATE_NOOP("ViewDocks", "Loss (nats and bits per byte)"), Right, 10, Text,
         0, nullptr, make<LmLossView>, nullptr, nullptr},
        {"blockLoadView", "blockLoadDock", QT_TRANSLATE_NOOP("ViewDocks", "Blocks × experts"), Right, 11, Text, 0,
         nullptr, make<BlockLoadView>, nullptr, nullptr},
        {"generationView", "generationDock", QT_TRANSLATE_NOOP("ViewDocks", "Generation"), Bottom, 12, Text, 0, nullptr,
         make<GenerationView>, nullptr, nullptr},
        {"lmSpecialisationView", "lmSpecialisationDock", QT_TRANSLATE_NOOP("ViewDocks", "Byte specialisation"), Bottom,
         12, Text, 0, nullptr, make<LmSpecialisationView>, nullptr, nullptr},
        {"dropsByPositionView", "dropsByPositionDock", QT_TRANSLATE_NOOP("ViewDocks", "Drops by position"), Bottom, 12,
         Text, 0, nullptr, make<DropsByPositionView>, nullptr, nullptr},

        // Several tasks (MMoE, OMoE, shared bottom); the run folder draws its own task_losses and
        // gate_usage plots from the run's rows (app/runs/multitask_plots.cpp).
        {"multiTaskLossView", nullptr, nullptr, Centre, 0, MultiTask, 50, multiTaskData, make<MultiTaskLossView>,
         nullptr, nullptr},
        {"multiTaskGateView", "multiTaskGateDock", QT_TRANSLATE_NOOP("ViewDocks", "Gate weights (expert × task)"),
         Right, 20, MultiTask, 0, nullptr, make<MultiTaskGateView>, nullptr, nullptr},
        {"multiTaskExpertLoadView", "multiTaskExpertLoadDock", QT_TRANSLATE_NOOP("ViewDocks", "Expert load"), Right, 21,
         MultiTask, 0, nullptr, make<ExpertLoadView>, nullptr, nullptr},
        {"multiTaskTotalLossView", "multiTaskTotalLossDock", QT_TRANSLATE_NOOP("ViewDocks", "Loss and R² (all tasks)"),
         Right, 21, MultiTask, 0, nullptr, make<LossView>, nullptr, nullptr},
    };
    return catalog;
}

}  // namespace moe::widgets
