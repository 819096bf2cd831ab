// Every view rendered offscreen from a synthetic Snapshot, with assertions that can fail:
// sizes, a known expert colour at a known place, labels present, clicks → signals. The views
// come from the view catalog (widgets/view_catalog.h), so a new one is rendered too.
// With MOELAB_SCREENSHOT_DIR set, each view is also saved there as PNG (light and dark).
#include "synthetic_snapshot.h"

#include <widgets/curve_view.h>
#include <widgets/expert_load_view.h>
#include <widgets/expert_palette.h>
#include <widgets/gallery_view.h>
#include <widgets/gate_heatmap_view.h>
#include <widgets/inspector_view.h>
#include <widgets/loss_view.h>
#include <widgets/model_diagram_view.h>
#include <widgets/region_map_view.h>
#include <widgets/specialization_view.h>
#include <widgets/view_catalog.h>

#include <qcustomplot.h>

#include <QtTest>

#include <memory>

using namespace moe::widgets;

namespace {

struct ViewCase {
    QByteArray name;  // the view's own object name: "loss", "expert-load", ...
    const ViewEntry *entry;
    moe::test::SyntheticOptions options;
    bool hasData = true;  // false: no synthetic snapshot puts this central view in the centre
};

SnapshotView *makeView(const ViewEntry &entry)
{
    return entry.create();
}

// Every vector view of the catalog with a synthetic snapshot it draws: a central view with the
// first kind of data that puts it in the centre, a dock with classification data. (The
// language model's views are drawn from a real run in tst_lm_views.)
std::vector<ViewCase> viewCases()
{
    std::vector<ViewCase> cases;
    for (const ViewEntry &entry : viewCatalog()) {
        if (entry.data != ViewData::Vector)
            continue;
        const std::unique_ptr<SnapshotView> view(entry.create());
        const auto options = moe::test::syntheticDataFor(entry.appliesTo);
        cases.push_back({view->objectName().toUtf8(), &entry, options.value_or(moe::test::SyntheticOptions()),
                         options.has_value()});
    }
    return cases;
}

// Number of distinct colours in an image (capped): a blank or failed render has very few.
int distinctColours(const QImage &image, int cap = 64)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            seen.insert(image.pixel(x, y));
            if (seen.size() >= cap)
                return cap;
        }
    return int(seen.size());
}

bool closeColour(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QStringList axisLabels(QCustomPlot *plot)
{
    QStringList labels;
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes())
            labels << axis->label();
    return labels;
}

QStringList legendNames(QCPLegend *legend)
{
    QStringList names;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            names << item->plottable()->name();
    return names;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

// A translator that knows a few words, to switch language without .qm files.
class TestTranslator : public QTranslator {
public:
    QString translate(const char *, const char *source, const char * = nullptr, int = -1) const override
    {
        const QString s = QString::fromUtf8(source);
        if (s == QLatin1String("loss"))
            return QStringLiteral("Verlust");
        if (s == QLatin1String("training step"))
            return QStringLiteral("Trainingsschritt");
        if (s == QLatin1String("Log scale"))
            return QStringLiteral("Logarithmisch");
        if (s == QLatin1String("gate probability"))
            return QStringLiteral("Gate-Wahrscheinlichkeit");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

}  // namespace

class TstViews : public QObject {
    Q_OBJECT

private slots:
    void catalogIsConsistent();
    void rendersEveryView_data();
    void rendersEveryView();
    void lossViewLabelsAndLogScale();
    void longRunStepLabelsStayApart();
    void expertLoadClickEmitsExpert_data();
    void expertLoadClickEmitsExpert();
    void expertLoadMarksKnockedOutAndFrozen();
    void gateHeatmapSortsByClassAndOutlinesSelection();
    void regionMapCellHasWinnerColour_data();
    void regionMapCellHasWinnerColour();
    void regionMapPaintModeEmitsPoints();
    void curveViewDrawsEveryCurve();
    void specializationShowsMutualInformation();
    void inspectorBarsFollowProbabilities();
    void diagramLightsExpertsAndTakesClicks();
    void galleryGroupsSamplesByExpert();
    void languageSwitchRetranslatesLabels();
};

// Names are unique (saved layouts and the View menu use the dock names), every dock has a
// title, every central view a rule for when it takes the centre, and the run folder's plot
// names are the documented ones (app/cli/README.md: a contract).
void TstViews::catalogIsConsistent()
{
    QSet<QString> objectNames, dockNames, plotNames;
    for (const ViewEntry &entry : viewCatalog()) {
        const QString name = QLatin1String(entry.objectName);
        QVERIFY2(!objectNames.contains(name), qPrintable(name));
        objectNames.insert(name);
        const std::unique_ptr<SnapshotView> view(entry.create());
        QVERIFY2(view != nullptr, qPrintable(name));
        if (entry.place == ViewPlace::Centre) {
            QVERIFY2(entry.appliesTo && !entry.dockName && !entry.title, qPrintable(name));
        } else {
            QVERIFY2(entry.dockName && entry.title && !entry.appliesTo, qPrintable(name));
            QVERIFY2(!dockNames.contains(QLatin1String(entry.dockName)), entry.dockName);
            dockNames.insert(QLatin1String(entry.dockName));
        }
        QCOMPARE(entry.plotName != nullptr, entry.plotApplies != nullptr);
        if (entry.plotName) {
            QVERIFY2(!plotNames.contains(QLatin1String(entry.plotName)), entry.plotName);
            plotNames.insert(QLatin1String(entry.plotName));
        }
    }
    const QSet<QString> contract {QStringLiteral("loss"),         QStringLiteral("expert_load"),
                                  QStringLiteral("gate_heatmap"), QStringLiteral("specialization"),
                                  QStringLiteral("region_map"),   QStringLiteral("curves")};
    QCOMPARE(plotNames, contract);
}

void TstViews::rendersEveryView_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("dark");
    const auto cases = viewCases();
    for (int i = 0; i < int(cases.size()); ++i) {
        QTest::addRow("%s, light", cases[std::size_t(i)].name.constData()) << i << false;
        QTest::addRow("%s, dark", cases[std::size_t(i)].name.constData()) << i << true;
    }
}

void TstViews::rendersEveryView()
{
    QFETCH(int, which);
    QFETCH(bool, dark);
    const ViewCase c = viewCases()[std::size_t(which)];
    QVERIFY2(c.hasData, "no synthetic snapshot puts this central view in the centre");
    std::unique_ptr<SnapshotView> view(makeView(*c.entry));
    if (dark)
        view->setPalette(darkPalette());
    view->resize(720, 480);
    view->setSnapshot(moe::test::makeSyntheticSnapshot(c.options));
    view->refreshNow();
    QCOMPARE(view->refreshCount(), quint64(1));
    const QImage image = view->grab().toImage();
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(720, 480));
    QVERIFY2(distinctColours(image) >= 8, "the view looks blank");
    const QString dir = qEnvironmentVariable("MOELAB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(QStringLiteral("%1%2.png").arg(QString::fromUtf8(c.name), dark ? "-dark" : "")));
    }
}

void TstViews::lossViewLabelsAndLogScale()
{
    LossView view;
    view.resize(640, 420);
    view.setSnapshot(moe::test::makeSyntheticSnapshot());
    view.refreshNow();
    const QStringList labels = axisLabels(view.plot());
    QVERIFY2(labels.contains(QStringLiteral("loss")), qPrintable(labels.join(',')));
    QVERIFY(labels.contains(QStringLiteral("training step")));
    QVERIFY(labels.contains(QStringLiteral("accuracy")));
    const QStringList names = legendNames(view.plot()->legend);
    QVERIFY(names.contains(QStringLiteral("train loss")));
    QVERIFY(names.contains(QStringLiteral("test loss")));
    // the named auxiliary terms are on the right axis, the legend stays short
    QVERIFY2(labels.filter(QStringLiteral("balance loss")).size() == 1, qPrintable(labels.join(',')));
    QVERIFY2(names.filter(QStringLiteral("auxiliary loss")).size() == 1, qPrintable(names.join(',')));
    // the legend sits above the plots (never over a curve) and fits the width in columns
    QVERIFY(view.plot()->legend->outerRect().bottom() <= view.plot()->axisRect(0)->outerRect().top() + 1);
    QVERIFY(view.plot()->legend->outerRect().width() <= view.plot()->width());
    QVERIFY2(view.plot()->legend->wrap() >= 2, "at 640 px the four entries fit in two columns or more");
    // the train loss graph holds all 50 history points, the test loss only the evaluated ones
    QCOMPARE(view.plot()->graph(0)->dataCount(), 50);
    QCOMPARE(view.plot()->graph(1)->dataCount(), 10);

    QCPAxis *lossAxis = view.plot()->axisRect(0)->axis(QCPAxis::atLeft);
    QCOMPARE(lossAxis->scaleType(), QCPAxis::stLinear);
    view.setLogScale(true);
    view.refreshNow();
    QCOMPARE(lossAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(lossAxis->range().lower > 0);
}

// Six-digit step numbers on a narrow dock (300 000 steps): the tick labels of every
// horizontal axis keep clear of each other (they ran together in the load history).
void TstViews::longRunStepLabelsStayApart()
{
    moe::test::SyntheticOptions options;
    options.historyPoints = 30000;  // steps 0 … 299 990
    const moe::Snapshot snapshot = moe::test::makeSyntheticSnapshot(options);
    LossView loss;
    ExpertLoadView load;
    for (SnapshotView *view : std::initializer_list<SnapshotView *> {&loss, &load}) {
        view->resize(380, 420);
        view->setSnapshot(snapshot);
        view->refreshNow();
        view->refreshNow();  // tick counts follow the range of the previous pass
        const auto plots = view->findChildren<QCustomPlot *>();
        for (QCustomPlot *plot : plots)
            for (QCPAxisRect *rect : plot->axisRects()) {
                QCPAxis *axis = rect->axis(QCPAxis::atBottom);
                const QVector<double> ticks = axis->tickVector();
                const QVector<QString> labels = axis->tickVectorLabels();
                const QFontMetrics metrics(axis->tickLabelFont());
                QVERIFY(ticks.size() >= 2);
                for (int i = 1; i < ticks.size(); ++i) {
                    const double gap = axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]);
                    const double need =
                        (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) / 2.0;
                    QVERIFY2(gap > need + 2, qPrintable(QStringLiteral("%1 and %2").arg(labels[i - 1], labels[i])));
                }
            }
    }
}

void TstViews::expertLoadClickEmitsExpert_data()
{
    QTest::addColumn<int>("expert");
    for (int e = 0; e < 4; ++e)
        QTest::addRow("bar of expert %d", e + 1) << e;
}

void TstViews::expertLoadClickEmitsExpert()
{
    QFETCH(int, expert);
    ExpertLoadView view;
    view.resize(640, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(moe::test::makeSyntheticSnapshot());
    view.refreshNow();
    QSignalSpy spy(&view, &SnapshotView::expertClicked);
    const QPoint centre = view.barCenter(expert);
    QWidget *target = view.childAt(centre);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&view, centre));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), expert);
    // a click between two bars selects nothing
    const QPoint between = (view.barCenter(0) + view.barCenter(1)) / 2;
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&view, between));
    QCOMPARE(spy.count(), 1);
}

void TstViews::expertLoadMarksKnockedOutAndFrozen()
{
    ExpertLoadView view;
    view.resize(640, 480);
    view.setSnapshot(moe::test::makeSyntheticSnapshot());
    view.refreshNow();
    QStringList texts;
    for (int i = 0; i < view.plot()->itemCount(); ++i)
        if (auto *t = qobject_cast<QCPItemText *>(view.plot()->item(i)); t && t->visible())
            texts << t->text();
    QVERIFY2(texts.contains(QStringLiteral("off")), qPrintable(texts.join('|')));
    QVERIFY(texts.contains(QStringLiteral("frozen")));
    QVERIFY2(texts.filter(QStringLiteral("dropped")).size() == 1, qPrintable(texts.join('|')));
    // the first expert's bar is drawn in its palette colour
    const QImage image = view.grab().toImage();
    const QPoint c = view.barCenter(0) * image.devicePixelRatio();
    QVERIFY2(closeColour(image.pixelColor(c), expertColor(0)), qPrintable(image.pixelColor(c).name()));
    QVERIFY(view.plot()->legend->itemCount() >= 2);  // capacity + balanced line
}

void TstViews::gateHeatmapSortsByClassAndOutlinesSelection()
{
    GateHeatmapView view;
    view.resize(480, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const moe::Snapshot s = moe::test::makeSyntheticSnapshot();
    view.setSnapshot(s);
    view.refreshNow();
    int previous = -1;
    for (int r = 0; r < int(s.probe.label.size()); ++r) {
        const int label = s.probe.label[std::size_t(view.probeAtRow(r))];
        QVERIFY(label >= previous);
        previous = label;
    }
    QCOMPARE(view.plot()->axisRect()->axis(QCPAxis::atBottom)->label(), QStringLiteral("expert"));
    // the cell of the most probable expert is darker than an unselected one (light palette)
    const int probe = view.probeAtRow(0);
    const int best = s.probe.selected[std::size_t(probe)][0];
    const int other = (best + 2) % s.experts;
    const QImage image = view.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    QVERIFY(image.pixelColor(view.cellCenter(0, best) * dpr).lightness()
            < image.pixelColor(view.cellCenter(0, other) * dpr).lightness() - 40);
    QSignalSpy spy(&view, &SnapshotView::sampleClicked);
    QWidget *target = view.childAt(view.cellCenter(5, 0));
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&view, view.cellCenter(5, 0)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), s.probe.sampleIndex[std::size_t(view.probeAtRow(5))]);
}

void TstViews::regionMapCellHasWinnerColour_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addRow("32², bottom-left quadrant") << 32 << 8 << 8;
    QTest::addRow("32², bottom-right quadrant") << 32 << 8 << 24;
    QTest::addRow("32², top-left quadrant") << 32 << 24 << 8;
    QTest::addRow("32², top-right quadrant") << 32 << 24 << 24;
    QTest::addRow("64², top-right quadrant") << 64 << 50 << 40;
    QTest::addRow("16², bottom-left quadrant") << 16 << 4 << 4;
}

void TstViews::regionMapCellHasWinnerColour()
{
    QFETCH(int, resolution);
    QFETCH(int, row);
    QFETCH(int, column);
    moe::test::SyntheticOptions options;
    options.gridResolution = resolution;
    moe::Snapshot s = moe::test::makeSyntheticSnapshot(options);
    RegionMapView view;
    view.setShowSamples(false);
    view.resize(640, 520);
    view.setSnapshot(s);
    view.refreshNow();
    const moe::RegionGrid &g = s.region;
    const double x = g.xMin + (column + 0.5) * (g.xMax - g.xMin) / resolution;
    const double y = g.yMin + (row + 0.5) * (g.yMax - g.yMin) / resolution;
    const int winner = moe::test::syntheticWinner(row, column, resolution);
    QCOMPARE(g.confidence[std::size_t(row * resolution + column)], 1.0);
    const QImage image = view.grab().toImage();
    const QColor got = image.pixelColor(view.pixelAt(x, y) * image.devicePixelRatio());
    QVERIFY2(closeColour(got, expertColor(winner)),
             qPrintable(QStringLiteral("got %1, expected %2").arg(got.name(), expertColor(winner).name())));
    // a less confident cell (confidence 0.5, at the quadrant border) is paler
    const double xb = g.xMin + 0.5 * (g.xMax - g.xMin) / resolution;
    const QColor pale = image.pixelColor(view.pixelAt(xb, y) * image.devicePixelRatio());
    QVERIFY(pale.lightness() > expertColor(moe::test::syntheticWinner(row, 0, resolution)).lightness());
    // the legend names each expert and each class
    const QStringList names = legendNames(view.plot()->legend);
    QVERIFY2(names.contains(QStringLiteral("expert 4")) && names.contains(QStringLiteral("class 2")),
             qPrintable(names.join(',')));
}

void TstViews::regionMapPaintModeEmitsPoints()
{
    RegionMapView view;
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(moe::test::makeSyntheticSnapshot());
    view.refreshNow();
    view.setPaintMode(true);
    view.setPaintClass(2);
    QSignalSpy spy(&view, &RegionMapView::pointPainted);
    const QPoint at = view.pixelAt(1.0, -1.0);
    QWidget *target = view.childAt(at);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&view, at));
    QCOMPARE(spy.count(), 1);
    QVERIFY(std::abs(spy.at(0).at(0).toDouble() - 1.0) < 0.05);
    QVERIFY(std::abs(spy.at(0).at(1).toDouble() + 1.0) < 0.05);
    QCOMPARE(spy.at(0).at(2).toInt(), 2);
}

void TstViews::languageSwitchRetranslatesLabels()
{
    LossView loss;
    GateHeatmapView heatmap;
    loss.setSnapshot(moe::test::makeSyntheticSnapshot());
    loss.refreshNow();
    QVERIFY(axisLabels(loss.plot()).contains(QStringLiteral("loss")));
    TestTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents();  // LanguageChange reaches every widget
    loss.refreshNow();
    const QStringList labels = axisLabels(loss.plot());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(labels.contains(QStringLiteral("Verlust")), qPrintable(labels.join(',')));
    QVERIFY(labels.contains(QStringLiteral("Trainingsschritt")));
    QVERIFY(!labels.contains(QStringLiteral("loss")));
    QCOMPARE(heatmap.findChild<QCustomPlot *>()->plotLayout()->elementCount() > 1, true);
    QCoreApplication::processEvents();
    loss.refreshNow();
    QVERIFY(axisLabels(loss.plot()).contains(QStringLiteral("loss")));
}

void TstViews::curveViewDrawsEveryCurve()
{
    moe::test::SyntheticOptions options;
    options.regression = true;
    const moe::Snapshot s = moe::test::makeSyntheticSnapshot(options);
    CurveView view;
    view.resize(640, 480);
    view.setSnapshot(s);
    view.refreshNow();
    QVERIFY(axisLabels(view.plot()).contains(QStringLiteral("gate weight")));
    const QStringList names = legendNames(view.plot()->legend);
    QVERIFY2(names.contains(QStringLiteral("expert 4")) && names.contains(QStringLiteral("mixture (model output)")),
             qPrintable(names.join(',')));
    // data + mixture + 4 expert curves + 4 gate curves
    QCOMPARE(view.plot()->graphCount(), 2 + 2 * s.experts);
    // where expert 1's gate is ~1 (x = -2.25), its gate curve is drawn in its colour
    const QImage image = view.grab().toImage();
    const QPoint at = view.pixelAt(s.curves.x[15], s.curves.gate[0][15], true) * image.devicePixelRatio();
    bool found = false;
    for (int dy = -2; dy <= 2 && !found; ++dy)
        found = closeColour(image.pixelColor(at + QPoint(0, dy)), expertColor(0), 30);
    QVERIFY2(found, qPrintable(image.pixelColor(at).name()));
}

void TstViews::specializationShowsMutualInformation()
{
    SpecializationView view;
    view.resize(520, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(moe::test::makeSyntheticSnapshot());
    view.refreshNow();
    QVERIFY2(view.title().contains(QStringLiteral("0.83 bits")), qPrintable(view.title()));
    const QImage image = view.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    // class 0 goes to E1 (40 of 46): that cell is darker than class 0 / E3 (2 of 46)
    const QPoint strong = view.cellCenter(0, 0) + QPoint(0, 12), weak = view.cellCenter(0, 2) + QPoint(0, 12);
    QVERIFY(image.pixelColor(strong * dpr).lightness() < image.pixelColor(weak * dpr).lightness() - 60);
    QSignalSpy spy(&view, &SnapshotView::expertClicked);
    QWidget *target = view.childAt(view.cellCenter(1, 2));
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&view, view.cellCenter(1, 2)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 2);
}

void TstViews::inspectorBarsFollowProbabilities()
{
    InspectorView view;
    view.resize(640, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.hasInference());  // nothing chosen yet
    moe::Snapshot snapshot = moe::test::makeSyntheticSnapshot();
    const moe::SampleInference inference = snapshot.inspection.inference;
    view.setSnapshot(snapshot);
    view.refreshNow();
    QVERIFY(view.hasInference());
    QCOMPARE(view.sampleLabel(), QStringLiteral("Sample 17 (class 1)"));
    const QImage image = view.grab().toImage();
    for (int e = 1; e < 4; ++e) {
        const bool wider = view.probabilityBarRect(e).width() > view.probabilityBarRect(0).width();
        QCOMPARE(wider, inference.probs[std::size_t(e)] > inference.probs[0]);
    }
    const QRect bar = view.probabilityBarRect(1);
    QVERIFY(bar.width() > 20);
    QVERIFY(closeColour(image.pixelColor(bar.center() * image.devicePixelRatio()), expertColor(1)));
    QCOMPARE(view.stage(), int(InspectorView::Combine));
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.stage(), int(InspectorView::Route));
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.stage(), int(InspectorView::Select));
}

void TstViews::diagramLightsExpertsAndTakesClicks()
{
    ModelDiagramView view;
    view.setAnimated(false);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(moe::test::makeSyntheticSnapshot());
    view.refreshNow();
    const QImage image = view.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    // the busiest expert (E1) is drawn in its full colour, a less busy one (E3) paler
    const QRectF e1 = view.expertRect(0), e3 = view.expertRect(2);
    QVERIFY(!e1.isEmpty());
    const QPoint p1 = QPoint(int(e1.left() + 6), int(e1.center().y())) * dpr;
    const QPoint p3 = QPoint(int(e3.left() + 6), int(e3.center().y())) * dpr;
    QVERIFY2(closeColour(image.pixelColor(p1), expertColor(0)), qPrintable(image.pixelColor(p1).name()));
    QVERIFY(image.pixelColor(p3).lightness() > expertColor(2).lightness());
    QSignalSpy spy(&view, &SnapshotView::expertClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.expertRect(3).center().toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
}

void TstViews::galleryGroupsSamplesByExpert()
{
    moe::test::SyntheticOptions options;
    options.imageSide = 12;
    options.samples = 120;
    const moe::Snapshot s = moe::test::makeSyntheticSnapshot(options);
    GalleryView view;
    view.resize(640, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(s);
    view.refreshNow();
    (void)view.grab();
    const auto hits = view.thumbnails();
    QVERIFY(hits.size() >= 4 * 10);
    // the thumbnails of one expert fill one band; bands of different experts do not overlap
    QMap<int, QPair<int, int>> band;  // expert → top, bottom
    for (const auto &hit : hits) {
        const int expert = s.sample.topExpert[std::size_t(hit.second)];
        auto it = band.find(expert);
        if (it == band.end())
            band.insert(expert, {hit.first.top(), hit.first.bottom()});
        else
            *it = {std::min(it->first, hit.first.top()), std::max(it->second, hit.first.bottom())};
    }
    QCOMPARE(band.size(), 4);
    for (auto a = band.cbegin(); a != band.cend(); ++a)
        for (auto b = std::next(a); b != band.cend(); ++b)
            QVERIFY(a->second < b->first || b->second < a->first);
    QSignalSpy spy(&view, &SnapshotView::sampleClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, hits[5].first.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), s.sample.index[std::size_t(hits[5].second)]);
}

QTEST_MAIN(TstViews)
#include "tst_views.moc"
