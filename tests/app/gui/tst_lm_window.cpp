// The language model in the window: a text corpus trains the LmTrainer on the worker thread and
// its snapshots carry the LmSnapshot; a click on an expert of a block sends the knock-out for
// that block only (and a second click restores it); generation requests come back as bytes in
// later snapshots; choosing a text corpus in the Data group switches from the vector model to
// the language model's defaults and views, and back.
#include "main_window.h"
#include "language_manager.h"
#include "test_experiment.h"
#include "training_controller.h"
#include "view_docks.h"

#include "core/lm/lm_snapshot.h"
#include "datasets/text_corpus_loader.h"
#include "widgets/block_load_view.h"
#include "widgets/drops_by_position_view.h"
#include "widgets/generation_view.h"
#include "widgets/lm_loss_view.h"
#include "widgets/lm_specialisation_view.h"
#include "widgets/plot_export.h"
#include "widgets/token_view.h"

#include <qcustomplot.h>

#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using moe::Command;
using moe::gui::TrainingController;

namespace {

// A tiny language model on Tiny Shakespeare: 2 blocks, 4 experts, top-2.
moe::ExperimentConfig tinyLanguageModel()
{
    moe::ExperimentConfig c = moe::languageModelDefaults(moe::ExperimentConfig());
    c.data.name = "shakespeare";
    c.data.valWindows = 8;
    c.model.layers = 2;
    c.model.width = 32;
    c.model.heads = 2;
    c.model.context = 32;
    c.model.experts = 4;
    c.model.hidden = 32;
    c.train.batch = 4;
    c.train.threads = 1;
    c.train.evalEvery = 20;
    return c;
}

}  // namespace

class TestLmWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { moe::test::isolateSettings(); }
    void textCorpusTrainsTheLanguageModel();
    void knockOutClickConcernsOneBlock();
    void generationComesBackInTheSnapshots();
    void windowSwitchesToTheLanguageModelViews();
    void liveSnapshotsRenewOneWindowAtATime();
    void layoutIsKeptPerKindOfData();
    void savesPicturesOfARealRun();

private:
    void loadPaused(TrainingController &c, const moe::ExperimentConfig &config);
    const moe::LmSnapshot &nextLm(TrainingController &c);
};

void TestLmWindow::loadPaused(TrainingController &c, const moe::ExperimentConfig &config)
{
    QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
    QSignalSpy failed(&c, &TrainingController::experimentFailed);
    c.load(config);
    QVERIFY2(loaded.wait(60000), failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && c.snapshot().languageModel, 20000);
}

const moe::LmSnapshot &TestLmWindow::nextLm(TrainingController &c)
{
    QSignalSpy spy(&c, &TrainingController::snapshotUpdated);
    [&] {
        QVERIFY(spy.wait(20000));
    }();
    return *c.snapshot().languageModel;
}

void TestLmWindow::textCorpusTrainsTheLanguageModel()
{
    TrainingController c;
    loadPaused(c, tinyLanguageModel());
    const moe::LmSnapshot &lm0 = *c.snapshot().languageModel;
    QCOMPARE(lm0.blocks, 2);
    QCOMPARE(lm0.experts, 4);
    QCOMPARE(lm0.step, 0);
    QCOMPARE(int(lm0.text.size()), 512);  // 16 windows of 32 bytes
    QCOMPARE(int(lm0.text.front().experts.size()), 2);
    QCOMPARE(int(lm0.text.front().experts[0].size()), 2);  // k = 2 kept experts per byte
    QVERIFY(lm0.paramsActive < lm0.paramsTotal);
    QCOMPARE(lm0.attentionWindows, 16);
    // Row t of a head's attention sums to 1 over the keys s ≤ t (within the byte rounding).
    double sum = 0;
    for (int s = 0; s <= 5; ++s)
        sum += lm0.attentionAt(5, 1, 1, s);
    QVERIFY2(std::abs(sum - 1.0) < 0.05, qPrintable(QString::number(sum)));
    QCOMPARE(lm0.attentionAt(5, 1, 1, 6), 0.0);  // causal: no weight on a later byte

    c.play();
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().step >= 25, 60000);
    c.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!c.isRunning(), 10000);
    const moe::Snapshot &s = c.snapshot();
    QVERIFY(s.languageModel->validationLoss > 0);  // evaluated every 20 steps
    QVERIFY(s.languageModel->validationStep >= 20);
    QCOMPARE(s.languageModel->validationStep % 20, 0);
    QVERIFY(s.history.size() >= 20);
    QVERIFY(s.history.front().taskLoss > s.languageModel->validationLoss - 3);
    QCOMPARE(int(s.languageModel->health.size()), 2);
    QCOMPARE(int(s.languageModel->loadHistory.tokens.size()), 2);
}

void TestLmWindow::knockOutClickConcernsOneBlock()
{
    TrainingController c;
    loadPaused(c, tinyLanguageModel());
    QSignalSpy applied(&c, &TrainingController::commandApplied);
    c.toggleBlockExpert(1, 2);
    QVERIFY(applied.wait(10000));
    const auto command = applied.at(0).at(0).value<Command>();
    QCOMPARE(int(command.kind), int(Command::Kind::KnockOut));
    QCOMPARE(command.expert, 2);
    QCOMPARE(command.block, 1);
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().languageModel->knockedOut[1][2], 10000);
    const moe::LmSnapshot &lm = *c.snapshot().languageModel;
    QVERIFY(!lm.knockedOut[0][2]);  // block 1 keeps its expert 3
    for (const moe::RoutedByte &b : lm.text) {
        for (int e : b.experts[1])
            QVERIFY(e != 2);
    }
    // A second click on the same cell restores it.
    c.toggleBlockExpert(1, 2);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 10000);
    QCOMPARE(int(applied.at(1).at(0).value<Command>().kind), int(Command::Kind::Restore));
    QTRY_VERIFY_WITH_TIMEOUT(!c.snapshot().languageModel->knockedOut[1][2], 10000);
}

void TestLmWindow::generationComesBackInTheSnapshots()
{
    TrainingController c;
    loadPaused(c, tinyLanguageModel());
    moe::GenerationRequest r;
    r.prompt = "ROMEO:";
    r.bytes = 20;
    r.temperature = 0.8;
    c.generate(r);
    QTRY_VERIFY_WITH_TIMEOUT(
        c.snapshot().languageModel->generation.id == 1 && c.snapshot().languageModel->generation.finished, 20000);
    const moe::LmGeneration &g = c.snapshot().languageModel->generation;
    int generated = 0;
    for (const moe::RoutedByte &b : g.bytes) {
        generated += b.generated ? 1 : 0;
        QCOMPARE(int(b.experts.size()), 2);
        QVERIFY(!b.experts[0].empty());
    }
    QCOMPARE(generated, 20);
    QCOMPARE(int(g.bytes.size()), 26);  // the prompt's 6 bytes, then 20
    QCOMPARE(char(g.bytes[0].byte), 'R');
}

void TestLmWindow::windowSwitchesToTheLanguageModelViews()
{
    TrainingController c;
    moe::gui::LanguageManager languages;
    moe::gui::MainWindow window(&c, &languages);
    window.show();
    QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
    c.load(moe::test::smallExperiment());
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && !c.snapshot().languageModel, 10000);
    auto *central = window.findChild<QStackedWidget *>(QStringLiteral("inputSpace"));
    QVERIFY(central);
    auto *tokens = window.findChild<moe::widgets::TokenView *>(QStringLiteral("tokenView"));
    QVERIFY(tokens);
    auto dock = [&](const char *name) {
        return window.findChild<QDockWidget *>(QLatin1String(name));
    };
    QVERIFY(!dock("blockLoadDock"));  // made when the language model first appears
    QVERIFY(dock("lossDock")->isVisible());

    // The Data group's choice: the worker starts from the baby language model's defaults.
    c.setValue(QStringLiteral("data.name"), QStringLiteral("shakespeare"));
    QVERIFY(loaded.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().languageModel != nullptr, 20000);
    QCOMPARE(c.config().model.layers, 4);
    QCOMPARE(c.config().model.width, 128);
    QCOMPARE(c.config().routing.k, 2);
    QTRY_VERIFY_WITH_TIMEOUT(central->currentWidget() == tokens, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dock("blockLoadDock")->isVisible(), 5000);
    QVERIFY(!dock("lossDock")->isVisible());
    QVERIFY(!dock("gateHeatmapDock")->isVisible());

    // Clicking a heatmap cell goes all the way to the trainer, for that block.
    auto *load = window.findChild<moe::widgets::BlockLoadView *>(QStringLiteral("blockLoadView"));
    QVERIFY(load);
    QTRY_VERIFY_WITH_TIMEOUT(load->lm().blocks == 4, 5000);
    load->refreshNow();
    QSignalSpy applied(&c, &TrainingController::commandApplied);
    QTest::mouseClick(load->heatmap(), Qt::LeftButton, {}, load->heatmap()->mapFrom(load, load->cellCenter(3, 5)));
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.at(0).at(0).value<Command>().block, 3);
    QCOMPARE(applied.at(0).at(0).value<Command>().expert, 5);

    // And back to vector data: the window's default experiment and the vector views.
    c.setValue(QStringLiteral("data.name"), QStringLiteral("blobs"));
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && !c.snapshot().languageModel, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dock("lossDock")->isVisible(), 5000);
    QVERIFY(!dock("blockLoadDock")->isVisible());
    QVERIFY(central->currentWidget() != tokens);
    window.close();
}

// A window closed on text data and opened again on vector data shows the vector docks (one
// saved layout for both used to keep them put away), and each kind keeps its own arrangement:
// a vector dock the user closed stays closed after a visit to the language model and a restart.
void TestLmWindow::layoutIsKeptPerKindOfData()
{
    QSettings().clear();
    auto dockIn = [](moe::gui::MainWindow &w, const char *name) {
        return w.findChild<QDockWidget *>(QLatin1String(name));
    };
    {
        TrainingController c;
        moe::gui::LanguageManager languages;
        moe::gui::MainWindow window(&c, &languages);
        window.show();
        QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
        c.load(moe::test::smallExperiment());
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && !c.snapshot().languageModel, 10000);
        QVERIFY(dockIn(window, "gateHeatmapDock")->isVisible());
        dockIn(window, "gateHeatmapDock")->close();  // the user's own arrangement
        c.setValue(QStringLiteral("data.name"), QStringLiteral("shakespeare"));
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().languageModel != nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dockIn(window, "blockLoadDock")->isVisible(), 5000);
        QVERIFY(!dockIn(window, "lossDock")->isVisible());
        window.close();  // saved on text data
    }
    TrainingController c;
    moe::gui::LanguageManager languages;
    moe::gui::MainWindow window(&c, &languages);
    window.show();
    QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
    c.load(moe::test::smallExperiment());
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(c.hasSnapshot() && !c.snapshot().languageModel, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dockIn(window, "lossDock")->isVisible(), 5000);
    QVERIFY(dockIn(window, "expertLoadDock")->isVisible());
    QVERIFY(!dockIn(window, "gateHeatmapDock")->isVisible());  // closed by the user, still closed
    window.close();
}

// While training, a snapshot runs only some windows of the routed text again and keeps the
// others from the previous one: the renewed window routes as a full rebuild does, the kept ones
// are the previous snapshot's even after the model changed.
void TestLmWindow::liveSnapshotsRenewOneWindowAtATime()
{
    const moe::data::TextLoadResult corpus = moe::data::loadTextCorpus(tinyLanguageModel().data);
    QVERIFY(corpus.ok());
    moe::LmTrainer trainer(tinyLanguageModel(), corpus.corpus);
    for (int i = 0; i < 5; ++i)
        QVERIFY(trainer.step());
    const moe::LmHistory history;
    const moe::LmSnapshot before = moe::buildLmSnapshot(trainer, history, {});
    QCOMPARE(int(before.text.size()), 512);
    // Knock expert 1 out of block 0: only the renewed window (window 3) may show it.
    moe::Command ko = Command::knockOut(1);
    ko.block = 0;
    QVERIFY(trainer.apply(ko).empty());
    moe::LmSnapshotOptions partial;
    partial.previous = &before;
    partial.windows = 1;
    partial.firstWindow = 3;
    const moe::LmSnapshot live = moe::buildLmSnapshot(trainer, history, {}, partial);
    const moe::LmSnapshot full = moe::buildLmSnapshot(trainer, history, {});
    const int T = live.context;
    for (int i = 0; i < int(live.text.size()); ++i) {
        const bool renewed = i / T == 3;
        QCOMPARE(live.text[std::size_t(i)].byte, full.text[std::size_t(i)].byte);
        const auto &expect = renewed ? full.text[std::size_t(i)].experts : before.text[std::size_t(i)].experts;
        QCOMPARE(live.text[std::size_t(i)].experts, expect);
        if (renewed)
            for (int e : live.text[std::size_t(i)].experts[0])
                QVERIFY(e != 1);
    }
    bool oldRoutingUsedExpert1 = false;
    for (int i = 0; i < T; ++i)
        for (int e : before.text[std::size_t(i)].experts[0])
            oldRoutingUsedExpert1 = oldRoutingUsedExpert1 || e == 1;
    QVERIFY(oldRoutingUsedExpert1);  // so the kept window really is the old routing
    QCOMPARE(live.attentionAt(3 * T + 5, 1, 0, 3 * T + 2), full.attentionAt(3 * T + 5, 1, 0, 3 * T + 2));
}

// Not a check: with MOELAB_LM_SHOTS=DIR set, trains the baby model on fortunes for a while,
// generates, and saves every language-model view as DIR/<view>.png (for looking at them).
void TestLmWindow::savesPicturesOfARealRun()
{
    const QString dir = qEnvironmentVariable("MOELAB_LM_SHOTS");
    if (dir.isEmpty())
        QSKIP("MOELAB_LM_SHOTS is not set");
    moe::ExperimentConfig config = moe::languageModelDefaults(moe::ExperimentConfig());
    config.data.name = qEnvironmentVariable("MOELAB_LM_DATA", QStringLiteral("fortunes")).toStdString();
    config.routing.capacityFactor = 1.0;
    config.train.threads = 1;
    TrainingController c;
    loadPaused(c, config);
    c.play();
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().step >= qEnvironmentVariableIntValue("MOELAB_LM_STEPS"), 600000);
    c.pause();
    moe::GenerationRequest r;
    r.prompt = config.data.name == "fortunes" ? "\xE4\xBA\xBA" : "ROMEO:";
    r.bytes = 120;
    r.temperature = 0.8;
    c.generate(r);
    QTRY_VERIFY_WITH_TIMEOUT(
        c.snapshot().languageModel->generation.finished && c.snapshot().languageModel->generation.id == 1, 60000);
    QTest::qWait(300);
    std::vector<std::unique_ptr<moe::widgets::LmView>> views;
    views.emplace_back(new moe::widgets::TokenView);
    views.emplace_back(new moe::widgets::BlockLoadView);
    views.emplace_back(new moe::widgets::LmSpecialisationView);
    views.emplace_back(new moe::widgets::DropsByPositionView);
    views.emplace_back(new moe::widgets::GenerationView);
    views.emplace_back(new moe::widgets::LmLossView);
    for (const auto &view : views) {
        view->setSnapshot(c.snapshotPtr());
        const QString path = QDir(dir).filePath(view->objectName() + QStringLiteral(".png"));
        QVERIFY(moe::widgets::exportView(view.get(), path, 900, 420).isEmpty());
    }
}

QTEST_MAIN(TestLmWindow)
#include "tst_lm_window.moc"
