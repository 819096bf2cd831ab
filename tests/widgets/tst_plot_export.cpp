// exportView(): every vector view of the view catalog, never shown, written as PNG, PDF and
// SVG; each file checked for what makes it valid (PNG signature and size, %PDF header, SVG that
// parses as XML with the plot's text in it); bad paths give an English error and no file. With MOELAB_SCREENSHOT_DIR
// set, the exported files are kept in its exports/ folder.
#include "synthetic_snapshot.h"

#include <widgets/inspector_view.h>
#include <widgets/plot_export.h>
#include <widgets/snapshot_view.h>
#include <widgets/view_catalog.h>

#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace moe::widgets;

namespace {

// The catalog's vector views by their own object name ("loss", "expert-load", ...).
QStringList vectorViewKinds()
{
    QStringList kinds;
    for (const ViewEntry &entry : viewCatalog())
        if (entry.data == ViewData::Vector)
            kinds << std::unique_ptr<SnapshotView>(entry.create())->objectName();
    return kinds;
}

// That view of the catalog with a synthetic snapshot it draws.
std::unique_ptr<SnapshotView> makeView(const QString &kind)
{
    for (const ViewEntry &entry : viewCatalog()) {
        if (entry.data != ViewData::Vector)
            continue;
        std::unique_ptr<SnapshotView> view(entry.create());
        if (view->objectName() != kind)
            continue;
        if (const auto options = moe::test::syntheticDataFor(entry.appliesTo))
            view->setSnapshot(moe::test::makeSyntheticSnapshot(*options));
        return view;
    }
    return nullptr;
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
    // A label each view's SVG must carry as text.
    const QHash<QString, QString> texts {
        {QStringLiteral("loss"), QStringLiteral("training step")},
        {QStringLiteral("expert-load"), QStringLiteral("share of tokens")},
        {QStringLiteral("gate-heatmap"), QStringLiteral("gate probability")},
        {QStringLiteral("region-map"), QStringLiteral("input x")},
        {QStringLiteral("curves"), QStringLiteral("gate weight")},
        {QStringLiteral("specialization"), QStringLiteral("bits")},
        {QStringLiteral("inspector"), QStringLiteral("Route")},
        {QStringLiteral("model-diagram"), QStringLiteral("gate")},
        {QStringLiteral("gallery"), QStringLiteral("E1")},
    };
    for (const QString &kind : vectorViewKinds())
        for (const char *format : {"png", "pdf", "svg"})
            QTest::addRow("%s as %s", qPrintable(kind), format)
                << kind << QString::fromLatin1(format) << texts.value(kind);  // empty: a new view, give it a text
}

void TstPlotExport::exportsEveryViewInEveryFormat()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(QString, expectedText);
    QVERIFY2(!expectedText.isEmpty(), "name a text this view's SVG must carry in the _data table");
    QVERIFY(m_dir.isValid());
    auto view = makeView(kind);
    QVERIFY(view);
    QVERIFY2(view->hasSnapshot(), "no synthetic snapshot puts this central view in the centre");
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
