// exportView(): every view, never shown, written as PNG, PDF and SVG; each file checked for
// what makes it valid (PNG signature and size, %PDF header, SVG that parses as XML with the
// plot's text in it); bad paths give an English error and no file. With MOELAB_SCREENSHOT_DIR
// set, the exported files are kept in its exports/ folder.
#include "synthetic_snapshot.h"

#include <widgets/curve_view.h>
#include <widgets/expert_load_view.h>
#include <widgets/gallery_view.h>
#include <widgets/gate_heatmap_view.h>
#include <widgets/inspector_view.h>
#include <widgets/loss_view.h>
#include <widgets/model_diagram_view.h>
#include <widgets/plot_export.h>
#include <widgets/region_map_view.h>
#include <widgets/specialization_view.h>

#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace moe::widgets;

namespace {

std::unique_ptr<SnapshotView> makeView(const QString &kind)
{
    moe::test::SyntheticOptions options;
    std::unique_ptr<SnapshotView> view;
    if (kind == QLatin1String("loss"))
        view = std::make_unique<LossView>();
    else if (kind == QLatin1String("expert-load"))
        view = std::make_unique<ExpertLoadView>();
    else if (kind == QLatin1String("gate-heatmap"))
        view = std::make_unique<GateHeatmapView>();
    else if (kind == QLatin1String("region-map"))
        view = std::make_unique<RegionMapView>();
    else if (kind == QLatin1String("curves")) {
        view = std::make_unique<CurveView>();
        options.regression = true;
    } else if (kind == QLatin1String("specialization"))
        view = std::make_unique<SpecializationView>();
    else if (kind == QLatin1String("inspector")) {
        auto inspector = std::make_unique<InspectorView>();
        inspector->setInference(moe::test::makeSyntheticInference(), QStringLiteral("Sample 3"));
        view = std::move(inspector);
    } else if (kind == QLatin1String("model-diagram"))
        view = std::make_unique<ModelDiagramView>();
    else if (kind == QLatin1String("gallery")) {
        view = std::make_unique<GalleryView>();
        options.imageSide = 12;
    }
    if (view)
        view->setSnapshot(moe::test::makeSyntheticSnapshot(options));
    return view;
}

QByteArray head(const QString &path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

}  // namespace

class TstPlotExport : public QObject {
    Q_OBJECT

private slots:
    void exportsEveryViewInEveryFormat_data();
    void exportsEveryViewInEveryFormat();
    void defaultSizeWhenNeverShown();
    void plainWidgetExports();
    void badPathsGiveErrors_data();
    void badPathsGiveErrors();
    void contextMenuOffersFormats();
    void copiesToClipboard();

private:
    QTemporaryDir m_dir;
};

void TstPlotExport::exportsEveryViewInEveryFormat_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expectedText");  // a label the SVG must carry as text
    const struct {
        const char *kind, *text;
    } views[] = {{"loss", "training step"}, {"expert-load", "share of tokens"}, {"gate-heatmap", "gate probability"},
                 {"region-map", "input x"}, {"curves", "gate weight"},          {"specialization", "bits"},
                 {"inspector", "Route"},    {"model-diagram", "gate"},          {"gallery", "E1"}};
    for (const auto &v : views)
        for (const char *format : {"png", "pdf", "svg"})
            QTest::addRow("%s as %s", v.kind, format)
                << QString::fromLatin1(v.kind) << QString::fromLatin1(format) << QString::fromUtf8(v.text);
}

void TstPlotExport::exportsEveryViewInEveryFormat()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(QString, expectedText);
    QVERIFY(m_dir.isValid());
    auto view = makeView(kind);
    QVERIFY(view);
    QString path = m_dir.filePath(kind + QLatin1Char('.') + format);
    if (const QString keep = qEnvironmentVariable("MOELAB_SCREENSHOT_DIR"); !keep.isEmpty()) {
        QDir().mkpath(keep + QLatin1String("/exports"));  // keep the files to look at
        path = keep + QLatin1String("/exports/") + kind + QLatin1Char('.') + format;
    }
    const QString error = exportView(view.get(), path, 800, 500);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!view->isVisible());
    QVERIFY(QFileInfo(path).size() > 500);

    if (format == QLatin1String("png")) {
        QCOMPARE(head(path, 8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        QImage image(path);
        QCOMPARE(image.size(), QSize(800, 500));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 6, "the exported image looks blank");
    } else if (format == QLatin1String("pdf")) {
        QCOMPARE(head(path, 5), QByteArray("%PDF-"));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        bool sawSvgRoot = false, sawText = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
                sawSvgRoot = true;
            if (xml.isCharacters() && xml.text().contains(expectedText))
                sawText = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvgRoot);
        QVERIFY2(sawText, qPrintable(QStringLiteral("no text '%1' in the SVG").arg(expectedText)));
    }
}

void TstPlotExport::defaultSizeWhenNeverShown()
{
    auto view = makeView(QStringLiteral("loss"));
    const QString path = m_dir.filePath(QStringLiteral("default.png"));
    QCOMPARE(exportView(view.get(), path), QString());
    const QImage image(path);
    QVERIFY(image.width() >= 300 && image.height() >= 200);
}

void TstPlotExport::plainWidgetExports()
{
    QLabel label(QStringLiteral("plain widget"));
    for (const char *format : {"png", "pdf", "svg"}) {
        const QString path = m_dir.filePath(QStringLiteral("label.%1").arg(QLatin1String(format)));
        QCOMPARE(exportView(&label, path, 200, 80), QString());
        QVERIFY(QFileInfo(path).size() > 100);
    }
    QCOMPARE(QImage(m_dir.filePath(QStringLiteral("label.png"))).size(), QSize(200, 80));
}

void TstPlotExport::badPathsGiveErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("unknown suffix") << QStringLiteral("plot.bmp") << QStringLiteral("unknown export format");
    QTest::addRow("no suffix") << QStringLiteral("plot") << QStringLiteral("unknown export format");
    QTest::addRow("missing folder") << QStringLiteral("no/such/folder/plot.png") << QStringLiteral("does not exist");
}

void TstPlotExport::badPathsGiveErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, errorPart);
    auto view = makeView(QStringLiteral("expert-load"));
    const QString full = m_dir.filePath(path);
    const QString error = exportView(view.get(), full);
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!QFileInfo::exists(full));
    QVERIFY(!exportView(nullptr, m_dir.filePath(QStringLiteral("x.png"))).isEmpty());
}

void TstPlotExport::contextMenuOffersFormats()
{
    auto view = makeView(QStringLiteral("loss"));
    QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
    QMenu menu;
    addExportActions(&menu, view.get());
    QStringList texts;
    for (QAction *a : menu.actions())
        texts << a->text();
    QVERIFY2(texts.contains(QStringLiteral("Export PNG…")) && texts.contains(QStringLiteral("Export PDF…"))
                 && texts.contains(QStringLiteral("Export SVG…")) && texts.contains(QStringLiteral("Copy image")),
             qPrintable(texts.join('|')));
}

void TstPlotExport::copiesToClipboard()
{
    auto view = makeView(QStringLiteral("region-map"));
    view->resize(400, 300);
    copyViewToClipboard(view.get());
    const QImage image = QGuiApplication::clipboard()->image();
    if (image.isNull())
        QSKIP("this platform plugin has no clipboard");
    QVERIFY(image.width() > 100);
}

QTEST_MAIN(TstPlotExport)
#include "tst_plot_export.moc"
