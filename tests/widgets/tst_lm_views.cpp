// The language model's views, drawn offscreen from synthetic LmSnapshots: the token view paints
// a Chinese character's three bytes as one cell (one colour when one expert took them, three
// stripes when three did) and shows invalid UTF-8 as byte values; k > 1 underlines; the
// specialisation view's MI of a perfectly specialised routing is 100 %; a click on a heatmap
// cell names its block and expert; dead experts are warned about; the generation panel sends
// the prompt's UTF-8 bytes and its sampling settings; CSV and image exports write files.
#include "widgets/block_load_view.h"
#include "widgets/byte_cells.h"
#include "widgets/drops_by_position_view.h"
#include "widgets/expert_palette.h"
#include "widgets/generation_view.h"
#include "widgets/lm_loss_view.h"
#include "widgets/lm_specialisation_view.h"
#include "widgets/plot_export.h"
#include "widgets/routed_text_canvas.h"
#include "widgets/token_view.h"
#include "widgets/view_catalog.h"

#include <qcustomplot.h>

#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using moe::LmSnapshot;
using moe::RoutedByte;

namespace {

// Bytes routed in `blocks` blocks: byte i goes to experts[i] (top-1) in every block.
std::vector<RoutedByte> routed(const std::string &text, const std::vector<std::vector<int>> &experts, int blocks = 2)
{
    std::vector<RoutedByte> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        RoutedByte b;
        b.byte = std::uint8_t(text[i]);
        const std::vector<int> &e = experts[std::min(i, experts.size() - 1)];
        for (int l = 0; l < blocks; ++l) {
            b.experts.push_back(e);
            std::vector<double> w;
            for (std::size_t r = 0; r < e.size(); ++r)
                w.push_back(r == 0 ? 0.7 : 0.3 / double(e.size() - 1));
            b.weights.push_back(w);
        }
        out.push_back(b);
    }
    return out;
}

std::shared_ptr<moe::Snapshot> snapshotWith(const LmSnapshot &lm)
{
    auto s = std::make_shared<moe::Snapshot>();
    s->languageModel = std::make_shared<const LmSnapshot>(lm);
    s->step = lm.step;
    return s;
}

LmSnapshot baseSnapshot()
{
    LmSnapshot lm;
    lm.corpusId = "shakespeare";
    lm.blocks = 2;
    lm.experts = 4;
    lm.k = 1;
    lm.heads = 2;
    lm.context = 8;
    lm.width = 16;
    lm.step = 10;
    lm.paramsTotal = 1'200'000;
    lm.paramsActive = 400'000;
    lm.flopsPerToken = 2.5e6;
    lm.knockedOut.assign(2, std::vector<bool>(4, false));
    for (int l = 0; l < 2; ++l) {
        moe::BlockHealth h;
        h.tokens = {10, 20, 30, 40};
        h.load = {0.1, 0.2, 0.3, 0.4};
        h.maxOverMean = 1.6;
        lm.health.push_back(h);
    }
    return lm;
}

// The colour at the top edge of a stripe (above the glyph, inside the cell's body).
QColor colourAt(const QImage &image, const QRectF &stripe)
{
    return image.pixelColor(QPoint(int(stripe.center().x()), int(stripe.top()) + 1));
}

}  // namespace

class TestLmViews : public QObject {
    Q_OBJECT

private slots:
    void chineseCharacterIsOneCellOfThreeBytes();
    void chineseCharacterOfOneExpertIsPaintedInOneColour();
    void chineseCharacterOfThreeExpertsShowsThreeStripes();
    void invalidUtf8IsShownAsByteValues();
    void secondExpertIsAnUnderline();
    void tooltipListsEveryExpertWithItsWeight();
    void tokenViewFollowsTheSelectedBlock();
    void perfectSpecialisationHasFullMutualInformation();
    void heatmapClickNamesBlockAndExpert();
    void deadExpertIsWarnedAbout();
    void dropsViewSaysWhenNothingCanDrop();
    void lossViewStatesBitsPerByteAndActiveParameters();
    void generateSendsThePromptAndTheSamplingSettings();
    void everyViewExportsImagesAndCsv();
};

void TestLmViews::chineseCharacterIsOneCellOfThreeBytes()
{
    const std::string text = "a\xE4\xB8\xAD"
                             "b";  // a中b
    const std::vector<std::uint8_t> bytes(text.begin(), text.end());
    const QFont font;
    const auto cells = moe::widgets::layoutByteCells(bytes, QFontMetrics(font), 400, 20);
    QCOMPARE(int(cells.size()), 3);
    QCOMPARE(cells[1].first, 1);
    QCOMPARE(cells[1].count, 3);
    QCOMPARE(cells[1].text, QString::fromUtf8("中"));
    QCOMPARE(moe::widgets::cellOfByte(cells, 3), 1);
    QCOMPARE(moe::widgets::cellOfByte(cells, 4), 2);
    // German: ü is two bytes, one cell.
    const std::string umlaut = "\xC3\xBC";
    const auto u = moe::widgets::layoutByteCells({umlaut.begin(), umlaut.end()}, QFontMetrics(font), 400, 20);
    QCOMPARE(int(u.size()), 1);
    QCOMPARE(u[0].count, 2);
    QCOMPARE(u[0].text, QString::fromUtf8("ü"));
}

void TestLmViews::chineseCharacterOfOneExpertIsPaintedInOneColour()
{
    moe::widgets::RoutedTextCanvas canvas;
    canvas.resize(300, 60);
    canvas.setText(routed("a\xE4\xB8\xAD"
                          "b",
                          {{0}, {2}, {2}, {2}, {1}}));
    const QImage image = canvas.grab().toImage();
    const moe::widgets::ByteCell &c = canvas.cells()[1];
    QCOMPARE(c.count, 3);
    const QColor want = canvas.cellColor(2);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(colourAt(image, c.stripe(i)).rgb(), want.rgb());
    QCOMPARE(colourAt(image, canvas.cells()[0].stripe(0)).rgb(), canvas.cellColor(0).rgb());
}

void TestLmViews::chineseCharacterOfThreeExpertsShowsThreeStripes()
{
    moe::widgets::RoutedTextCanvas canvas;
    canvas.resize(300, 60);
    canvas.setText(routed("\xE4\xB8\xAD", {{1}, {2}, {3}}));
    const QImage image = canvas.grab().toImage();
    const moe::widgets::ByteCell &c = canvas.cells()[0];
    for (int i = 0; i < 3; ++i)
        QCOMPARE(colourAt(image, c.stripe(i)).rgb(), canvas.cellColor(1 + i).rgb());
}

void TestLmViews::invalidUtf8IsShownAsByteValues()
{
    const std::vector<std::uint8_t> bytes = {0xE4, 'a', 0xB8, '\n', 'b'};
    const auto cells = moe::widgets::layoutByteCells(bytes, QFontMetrics(QFont()), 400, 20);
    QCOMPARE(int(cells.size()), 5);
    QVERIFY(!cells[0].valid);
    QCOMPARE(cells[0].text, QStringLiteral("\\xE4"));
    QVERIFY(cells[1].valid);
    QVERIFY(!cells[2].valid);
    QCOMPARE(cells[2].text, QStringLiteral("\\xB8"));
    // The newline ends the line: the next cell starts a new one.
    QVERIFY(cells[4].rect.top() > cells[3].rect.top());
}

void TestLmViews::secondExpertIsAnUnderline()
{
    moe::widgets::RoutedTextCanvas canvas;
    canvas.resize(300, 60);
    canvas.setText(routed("x", {{0, 3}}));
    const QImage image = canvas.grab().toImage();
    const QRectF r = canvas.cells()[0].rect;
    // the body in the top-1 colour, the strip under it in the second expert's
    QCOMPARE(image.pixelColor(QPoint(int(r.center().x()), int(r.top()) + 1)).rgb(), canvas.cellColor(0).rgb());
    QCOMPARE(image.pixelColor(QPoint(int(r.center().x()), int(r.bottom()) - 3)).rgb(),
             moe::widgets::expertColor(3).rgb());
}

void TestLmViews::tooltipListsEveryExpertWithItsWeight()
{
    moe::widgets::RoutedTextCanvas canvas;
    canvas.resize(300, 60);
    canvas.setText(routed("x", {{2, 0}}));
    const QString tip = canvas.toolTipFor(0);
    QVERIFY2(tip.contains(QStringLiteral("E3 (weight 0.70)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("E1 (weight 0.30)")), qPrintable(tip));
}

void TestLmViews::tokenViewFollowsTheSelectedBlock()
{
    LmSnapshot lm = baseSnapshot();
    lm.text = routed("ab", {{0}, {1}});
    lm.text[0].experts[1] = {3};  // block 2 sends 'a' to E4
    moe::widgets::TokenView view;
    view.resize(500, 200);
    view.setSnapshot(snapshotWith(lm));
    view.refreshNow();
    QCOMPARE(view.blockSelector()->count(), 2);
    QCOMPARE(view.canvas()->stripeColor(0).rgb(), view.canvas()->cellColor(0).rgb());
    view.blockSelector()->setCurrentIndex(1);
    view.refreshNow();
    QCOMPARE(view.canvas()->stripeColor(0).rgb(), view.canvas()->cellColor(3).rgb());
    QCOMPARE(view.headSelector()->count(), 3);  // off, head 1, head 2
    QVERIFY(view.csv().startsWith(QStringLiteral("position,byte,language,block1_experts")));
    QVERIFY(view.csv().contains(QStringLiteral("\n0,97,,0,0.7,3,0.7\n")));
}

void TestLmViews::perfectSpecialisationHasFullMutualInformation()
{
    // letters → E1, digits → E2, spaces → E3: the expert follows from the byte class.
    const std::string text = "ab 12 cd 34";
    std::vector<std::vector<int>> experts;
    for (char ch : text)
        experts.push_back({std::isdigit(static_cast<unsigned char>(ch)) ? 1 : ch == ' ' ? 2 : 0});
    const auto bytes = routed(text, experts);
    const auto spec = moe::countSpecialisation(bytes, {}, 2, 4);
    QCOMPARE(spec[0].byteClassMi, 1.0);
    QCOMPARE(spec[0].byteClass[std::size_t(moe::ByteClass::Digit)][1], 4LL);
    // Routing that ignores the class: every byte to E1.
    const auto blind = moe::countSpecialisation(routed(text, {{0}}), {}, 2, 4);
    QCOMPARE(blind[0].byteClassMi, 0.0);
    // Languages: English bytes → E1, Chinese → E2.
    std::vector<moe::TextLanguage> languages = {moe::TextLanguage::English, moe::TextLanguage::English,
                                                moe::TextLanguage::Chinese, moe::TextLanguage::Chinese};
    const auto lang = moe::countSpecialisation(routed("abcd", {{0}, {0}, {1}, {1}}), languages, 1, 4);
    QCOMPARE(lang[0].languageMi, 1.0);

    LmSnapshot lm = baseSnapshot();
    lm.text = bytes;
    lm.specialisation = spec;
    moe::widgets::LmSpecialisationView view;
    view.resize(600, 300);
    view.setSnapshot(snapshotWith(lm));
    view.refreshNow();
    QVERIFY2(view.byteClassTitle().contains(QStringLiteral("100 %")), qPrintable(view.byteClassTitle()));
    QVERIFY2(view.languageTitle().contains(QStringLiteral("no language labels")), qPrintable(view.languageTitle()));
    QVERIFY(view.csv().contains(QStringLiteral("1,byte_class,digits,2,4\n")));
}

void TestLmViews::heatmapClickNamesBlockAndExpert()
{
    moe::widgets::BlockLoadView view;
    view.resize(500, 500);
    view.setSnapshot(snapshotWith(baseSnapshot()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refreshNow();
    QSignalSpy spy(&view, &moe::widgets::LmView::blockExpertClicked);
    const QPoint at = view.heatmap()->mapFrom(&view, view.cellCenter(1, 2));
    QTest::mouseClick(view.heatmap(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 1);
    QCOMPARE(spy.at(0).at(1).toInt(), 2);
    QCOMPARE(view.selectedBlock(), 1);
}

void TestLmViews::deadExpertIsWarnedAbout()
{
    LmSnapshot lm = baseSnapshot();
    lm.health[1].tokens = {0, 50, 25, 25};
    lm.health[1].deadExperts = 1;
    moe::widgets::BlockLoadView view;
    view.setSnapshot(snapshotWith(lm));
    view.refreshNow();
    QVERIFY2(view.warningText().contains(QStringLiteral("Block 2")), qPrintable(view.warningText()));
    QVERIFY2(view.warningText().contains(QStringLiteral("E1")), qPrintable(view.warningText()));
    QVERIFY(!view.warningText().contains(QStringLiteral("Block 1")));
    // A knocked-out expert with no tokens is not dead: it was switched off.
    lm.knockedOut[1][0] = true;
    lm.health[1].deadExperts = 0;
    view.setSnapshot(snapshotWith(lm));
    view.refreshNow();
    QVERIFY(view.warningText().isEmpty());
}

void TestLmViews::dropsViewSaysWhenNothingCanDrop()
{
    LmSnapshot lm = baseSnapshot();
    lm.capacityFactor = 0;
    moe::widgets::DropsByPositionView view;
    view.setSnapshot(snapshotWith(lm));
    view.refreshNow();
    QVERIFY(view.title().contains(QStringLiteral("No capacity limit")));
    lm.capacityFactor = 1.0;
    lm.droppedByPosition = {std::vector<double>(8, 0.0), std::vector<double>(8, 0.0)};
    lm.droppedByPosition[0][7] = 0.25;
    view.setSnapshot(snapshotWith(lm));
    view.refreshNow();
    QVERIFY(!view.title().contains(QStringLiteral("No capacity limit")));
    QCOMPARE(view.plot()->graphCount(), 2);
    QVERIFY(view.csv().contains(QStringLiteral("\n7,0.25,0\n")));
}

void TestLmViews::lossViewStatesBitsPerByteAndActiveParameters()
{
    LmSnapshot lm = baseSnapshot();
    lm.validationLoss = std::log(2.0) * 2.0;  // 2 bits per byte
    auto s = snapshotWith(lm);
    moe::HistoryPoint a, b;
    a.step = 1;
    a.taskLoss = 3.0;
    b.step = 2;
    b.taskLoss = 2.0;
    b.testLoss = lm.validationLoss;
    s->history = {a, b};
    moe::widgets::LmLossView view;
    view.setSnapshot(s);
    view.refreshNow();
    QVERIFY2(view.title().contains(QStringLiteral("2.000 bits per byte")), qPrintable(view.title()));
    QVERIFY2(view.title().contains(QStringLiteral("1.20 M parameters in total, 400.0 k active per byte\n2.50 M FLOPs")),
             qPrintable(view.title()));
    QCOMPARE(view.plot()->yAxis2->range().upper, view.plot()->yAxis->range().upper / std::log(2.0));
}

void TestLmViews::generateSendsThePromptAndTheSamplingSettings()
{
    moe::widgets::GenerationView view;
    view.setSnapshot(snapshotWith(baseSnapshot()));
    view.refreshNow();
    QSignalSpy spy(&view, &moe::widgets::GenerationView::generateRequested);
    view.promptEdit()->setText(QString::fromUtf8("Grüß 中"));
    view.temperatureBox()->setValue(0.5);
    view.topKBox()->setValue(5);
    view.bytesBox()->setValue(33);
    QVERIFY(view.generateButton()->isEnabled());
    view.generateButton()->click();
    QCOMPARE(spy.count(), 1);
    const auto r = spy.at(0).at(0).value<moe::GenerationRequest>();
    QCOMPARE(r.prompt, std::string("Gr\xC3\xBC\xC3\x9F \xE4\xB8\xAD"));
    QCOMPARE(r.temperature, 0.5);
    QCOMPARE(r.topK, 5);
    QCOMPARE(r.bytes, 33);
    // Without a language model there is nothing to generate with.
    view.setSnapshot(std::make_shared<moe::Snapshot>());
    view.refreshNow();
    QVERIFY(!view.generateButton()->isEnabled());
}

void TestLmViews::everyViewExportsImagesAndCsv()
{
    LmSnapshot lm = baseSnapshot();
    lm.text = routed("To be, or not to be: \xE4\xB8\xAD", {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
    lm.specialisation = moe::countSpecialisation(lm.text, {}, 2, 4);
    lm.generation.id = 1;
    lm.generation.bytes = routed("ROMEO:", {{1}});
    auto s = snapshotWith(lm);
    moe::HistoryPoint p;
    p.step = 1;
    p.taskLoss = 5.0;
    s->history = {p};
    QTemporaryDir dir;
    std::vector<std::unique_ptr<moe::widgets::LmView>> views;  // every text view of the catalog
    for (const moe::widgets::ViewEntry &entry : moe::widgets::viewCatalog()) {
        if (entry.data != moe::widgets::ViewData::Text)
            continue;
        moe::widgets::SnapshotView *view = entry.create();
        QVERIFY2(qobject_cast<moe::widgets::LmView *>(view), entry.objectName);
        views.emplace_back(static_cast<moe::widgets::LmView *>(view));
    }
    QVERIFY(views.size() >= 6);
    for (const auto &view : views) {
        view->setSnapshot(s);
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString path = dir.filePath(view->objectName() + QLatin1Char('.') + QLatin1String(suffix));
            const QString error = moe::widgets::exportView(view.get(), path, 640, 360);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        const QString csv = dir.filePath(view->objectName() + QStringLiteral(".csv"));
        QVERIFY(view->exportCsv(csv).isEmpty());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().count('\n') >= 2, qPrintable(view->objectName()));
    }
    QVERIFY(!views.front()->exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv"))).isEmpty());
}

QTEST_MAIN(TestLmViews)
#include "tst_lm_views.moc"
