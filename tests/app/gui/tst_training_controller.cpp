// The training controller, driven from the GUI thread and watched with QSignalSpy.
#include "default_experiment.h"
#include "test_experiment.h"
#include "training_controller.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using moe::Command;
using moe::gui::TrainingController;

class TestTrainingController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { moe::test::isolateSettings(); }
    void init();
    void cleanup();

    void loadPublishesAPausedSnapshotAtStepZero();
    void playTrainsAndPublishesAtABoundedRate();
    void pauseStopsTheSteps();
    void stepAdvancesExactlyOneStep();
    void liveChangeIsAppliedAtTheNextStep_data();
    void liveChangeIsAppliedAtTheNextStep();
    void everyKeyOfTheWindowApplies_data();
    void everyKeyOfTheWindowApplies();
    void knockedOutExpertGetsZeroLoad();
    void twoQuickTogglesKnockOutAndRestore();
    void inspectedSampleComesInTheSnapshots();
    void textDataTrainsOnEveryCoreInTheWindow();
    void addAndRemoveExpertKeepTraining();
    void resetReturnsToStepZeroWithTheLiveSettings();
    void invalidValueIsRejectedWithAMessage();
    void unknownDatasetReportsAnError();
    void finishedRunStopsAndPlayContinues();

private:
    // Waits for the next snapshot published after now and returns it.
    const moe::Snapshot &nextSnapshot();
    void loadPaused(const moe::ExperimentConfig &config);

    std::unique_ptr<TrainingController> m_c;
};

void TestTrainingController::init()
{
    m_c = std::make_unique<TrainingController>();
}

void TestTrainingController::cleanup()
{
    m_c.reset();
}

const moe::Snapshot &TestTrainingController::nextSnapshot()
{
    QSignalSpy spy(m_c.get(), &TrainingController::snapshotUpdated);
    [&] {
        QVERIFY(spy.wait(10000));
    }();
    return m_c->snapshot();
}

void TestTrainingController::loadPaused(const moe::ExperimentConfig &config)
{
    QSignalSpy loaded(m_c.get(), &TrainingController::experimentLoaded);
    m_c->load(config);
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_c->hasSnapshot(), 10000);
}

void TestTrainingController::loadPublishesAPausedSnapshotAtStepZero()
{
    loadPaused(moe::test::smallExperiment());
    QCOMPARE(m_c->snapshot().step, 0);
    QCOMPARE(m_c->snapshot().experts, 4);
    QVERIFY(!m_c->snapshot().running);
    QVERIFY(!m_c->isRunning());
}

void TestTrainingController::playTrainsAndPublishesAtABoundedRate()
{
    loadPaused(moe::test::smallExperiment());
    QSignalSpy running(m_c.get(), &TrainingController::runningChanged);
    QSignalSpy snapshots(m_c.get(), &TrainingController::snapshotUpdated);
    m_c->play();
    QVERIFY(running.wait(5000));
    QCOMPARE(running.first().first().toBool(), true);
    QTest::qWait(1000);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().step > 10, 10000);
    QVERIFY2(snapshots.count() >= 5, qPrintable(QString::number(snapshots.count())));
    // ≤ ~60 per second (PublishRate), with slack for a slow machine's timers.
    QVERIFY2(snapshots.count() <= 100, qPrintable(QString::number(snapshots.count())));
    QVERIFY(m_c->snapshot().running);
    QVERIFY(m_c->snapshot().step > 10);
}

void TestTrainingController::pauseStopsTheSteps()
{
    loadPaused(moe::test::smallExperiment());
    m_c->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().step > 5, 10000);
    QSignalSpy running(m_c.get(), &TrainingController::runningChanged);
    m_c->pause();
    QVERIFY(running.wait(5000));
    QCOMPARE(running.last().first().toBool(), false);
    QTest::qWait(200);  // the final (full) snapshot of the pause
    const int stepAtPause = m_c->snapshot().step;
    QTest::qWait(400);
    QCOMPARE(m_c->snapshot().step, stepAtPause);
    QVERIFY(!m_c->snapshot().running);
}

void TestTrainingController::stepAdvancesExactlyOneStep()
{
    loadPaused(moe::test::smallExperiment());
    for (int i = 1; i <= 3; ++i) {
        m_c->step();
        QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, i, 5000);
    }
    QTest::qWait(200);
    QCOMPARE(m_c->snapshot().step, 3);
    QVERIFY(!m_c->isRunning());
}

void TestTrainingController::liveChangeIsAppliedAtTheNextStep_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("k from 2 to 1") << "routing.k"
                                   << "1";
    QTest::newRow("k from 2 to 3") << "routing.k"
                                   << "3";
    QTest::newRow("learning rate") << "train.lr"
                                   << "0.05";
    QTest::newRow("strategy to switch") << "routing.strategy"
                                        << "switch";
    QTest::newRow("strategy to dense") << "routing.strategy"
                                       << "dense";
    QTest::newRow("capacity factor") << "routing.capacity_factor"
                                     << "1.25";
    QTest::newRow("balance loss off") << "balance.aux"
                                      << "0";
    QTest::newRow("more experts") << "model.experts"
                                  << "6";
    QTest::newRow("hidden width (fresh model)") << "model.hidden"
                                                << "12";
}

void TestTrainingController::liveChangeIsAppliedAtTheNextStep()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    loadPaused(moe::test::smallExperiment());
    m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 1, 5000);

    QSignalSpy applied(m_c.get(), &TrainingController::commandApplied);
    QSignalSpy rejected(m_c.get(), &TrainingController::commandRejected);
    m_c->setValue(key, value);
    m_c->step();
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() + rejected.count() > 0, 10000);
    QVERIFY2(rejected.isEmpty(), rejected.isEmpty() ? "" : qPrintable(rejected.first().at(1).toString()));

    moe::ExperimentConfig expected = m_c->snapshot().config;
    QVERIFY(moe::setConfigValue(expected, key.toStdString(), value.toStdString()).empty());
    QTRY_VERIFY_WITH_TIMEOUT(moe::configValue(m_c->snapshot().config, key.toStdString())
                                 == moe::configValue(expected, key.toStdString()),
                             5000);
    // The step after the change ran with it (a shape change starts a fresh model: 0 + 1).
    const int expectedStep = moe::keyNeedsNewModel(key.toStdString()) ? 1 : 2;
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, expectedStep, 5000);
    QTest::qWait(100);
    QCOMPARE(m_c->snapshot().step, expectedStep);
    if (key == QLatin1String("routing.k"))
        QCOMPARE(m_c->snapshot().k, value.toInt());
    if (key == QLatin1String("model.experts"))
        QCOMPARE(m_c->snapshot().experts, value.toInt());
    if (key == QLatin1String("routing.strategy"))
        QCOMPARE(QString::fromStdString(m_c->snapshot().strategyId), value);
}


namespace {

// A valid value different from the current one, for any key of the table: the next choice,
// the flipped flag, a number one step inside the key's range.
std::string changedValue(const moe::ExperimentConfig &config, const moe::ConfigKey &key)
{
    const std::string current = moe::configValue(config, key.key);
    switch (key.type) {
    case moe::ValueType::Bool:
        return current == "true" ? "false" : "true";
    case moe::ValueType::Choice:
        for (const std::string &choice : key.choices)
            if (choice != current)
                return choice;
        return {};
    case moe::ValueType::Int: {
        const int now = std::stoi(current);
        return std::to_string(now + 1 <= key.max ? now + 1 : now - 1);
    }
    case moe::ValueType::Real: {
        const double now = std::stod(current);
        double next = now != 0 ? now * 0.5 : key.min + 0.1 * std::min(1.0, key.max - key.min);
        if (next < key.min || next == now)
            next = std::min(key.max, now * 1.5 + 0.01);
        return moe::configValue([&] {
            moe::ExperimentConfig c = config;
            moe::setConfigValue(c, key.key, std::to_string(next));
            return c;
        }(), key.key);
    }
    case moe::ValueType::Text:
        return {};
    }
    return {};
}

}  // namespace

// Every key of the table is a control of the window (control_panel.cpp makes one per key).
// Changing any of them to another valid value from the window applies: the snapshot shows
// the new value and training goes on (with the same model, or a fresh one for the keys of
// keyNeedsNewModel). Nothing is refused, dropped silently or crashes.
void TestTrainingController::everyKeyOfTheWindowApplies_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const moe::ExperimentConfig base = moe::test::smallExperiment();
    for (const moe::ConfigKey &key : moe::configKeys()) {
        std::string value = changedValue(base, key);
        if (key.key == "data.name")
            value = "moons";  // another toy set: the other choices load files or a language model
        if (key.type == moe::ValueType::Text)
            continue;  // paths and lists: their own tests (file loading, task columns)
        QVERIFY2(!value.empty(), key.key.c_str());
        QTest::newRow(key.key.c_str()) << QString::fromStdString(key.key) << QString::fromStdString(value);
    }
}

void TestTrainingController::everyKeyOfTheWindowApplies()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const std::string k = key.toStdString();
    loadPaused(moe::test::smallExperiment());
    m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 1, 5000);
    const std::string before = moe::configValue(m_c->snapshot().config, k);

    QSignalSpy applied(m_c.get(), &TrainingController::commandApplied);
    QSignalSpy rejected(m_c.get(), &TrainingController::commandRejected);
    m_c->setValue(key, value);
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() + rejected.count() > 0, 20000);
    // A refusal of a valid value is a control that does nothing (model.shared_experts was one).
    QVERIFY2(rejected.isEmpty(), qPrintable(key + QLatin1String(": ") + rejected.value(0).value(1).toString()));
    QCOMPARE(applied.count(), 1);

    // The step after the change: the same model's second, or a fresh model's first. Waits for a
    // snapshot published after this point (a rebuilt model's step 1 is not the old one's).
    const int expectedStep = moe::keyNeedsNewModel(k) ? 1 : 2;
    const quint64 seen = m_c->snapshotCount();
    m_c->step();
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshotCount() > seen && m_c->snapshot().step == expectedStep, 10000);
    const std::string now = moe::configValue(m_c->snapshot().config, k);
    QVERIFY2(now != before, k.c_str());
    moe::ExperimentConfig expected = m_c->snapshot().config;
    QVERIFY(moe::setConfigValue(expected, k, value.toStdString()).empty());
    QCOMPARE(now, moe::configValue(expected, k));
}

void TestTrainingController::knockedOutExpertGetsZeroLoad()
{
    loadPaused(moe::test::smallExperiment());
    m_c->knockOut(1);
    for (int i = 0; i < 3; ++i)
        m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 3, 5000);
    const auto &stats = m_c->snapshot().expertStats;
    QCOMPARE(int(stats.size()), 4);
    QVERIFY(stats[1].knockedOut);
    QCOMPARE(stats[1].load, 0.0);
    QCOMPARE(stats[1].tokens, 0);
    double others = 0;
    for (int e : {0, 2, 3})
        others += stats[std::size_t(e)].load;
    QVERIFY(others > 0.99);

    m_c->toggleExpert(1);  // restores it
    m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 4, 5000);
    QVERIFY(!m_c->snapshot().expertStats[1].knockedOut);
}

// Two clicks on an expert before any snapshot came back: the second restores what the first
// knocked out (each toggle is decided from the model when it is applied, not from the
// snapshot the click saw).
void TestTrainingController::twoQuickTogglesKnockOutAndRestore()
{
    loadPaused(moe::test::smallExperiment());
    QSignalSpy applied(m_c.get(), &TrainingController::commandApplied);
    m_c->toggleExpert(1);
    m_c->toggleExpert(1);
    m_c->toggleExpert(2);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 3, 10000);
    QCOMPARE(int(applied.at(0).at(0).value<Command>().kind), int(Command::Kind::KnockOut));
    QCOMPARE(int(applied.at(1).at(0).value<Command>().kind), int(Command::Kind::Restore));
    QCOMPARE(int(applied.at(2).at(0).value<Command>().kind), int(Command::Kind::KnockOut));
    m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 1, 5000);
    QVERIFY(!m_c->snapshot().expertStats[1].knockedOut);
    QVERIFY(m_c->snapshot().expertStats[2].knockedOut);
}

// The inspector's sample travels in the snapshots (no side channel), renewed as the model
// trains, until the window stops asking.
void TestTrainingController::inspectedSampleComesInTheSnapshots()
{
    loadPaused(moe::test::smallExperiment());
    QVERIFY(m_c->snapshot().inspection.empty());
    m_c->inspect(5);
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().inspection.row, 5, 10000);
    const moe::Inspection first = m_c->snapshot().inspection;
    QCOMPARE(int(first.inference.probs.size()), 4);
    QVERIFY(first.label >= 0 && first.label < 4);
    double sum = 0;
    for (double p : first.inference.probs)
        sum += p;
    QVERIFY(std::abs(sum - 1.0) < 1e-9);
    for (int i = 0; i < 30; ++i)
        m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 30, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().inspection.row == 5
                                 && m_c->snapshot().inspection.inference.logits != first.inference.logits,
                             10000);  // through the trained model
    m_c->inspect(-1);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().inspection.empty(), 10000);
}

// Choosing a text corpus in the window gives the language model every core; going back to
// vector data leaves one to the window again. A thread count the user chose stays.
void TestTrainingController::textDataTrainsOnEveryCoreInTheWindow()
{
    loadPaused(moe::gui::defaultExperiment());
    QCOMPARE(m_c->snapshot().config.train.threads, moe::gui::windowTrainingThreads(false));
    m_c->setValue(QStringLiteral("data.name"), QStringLiteral("shakespeare"));
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().languageModel != nullptr, 30000);
    QCOMPARE(m_c->snapshot().config.train.threads, moe::gui::windowTrainingThreads(true));
    m_c->setValue(QStringLiteral("data.name"), QStringLiteral("moons"));
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().languageModel == nullptr && m_c->snapshot().config.data.name == "moons",
                             30000);
    QCOMPARE(m_c->snapshot().config.train.threads, moe::gui::windowTrainingThreads(false));
    m_c->setValue(QStringLiteral("train.threads"), QStringLiteral("3"));
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().config.train.threads, 3, 10000);
    m_c->setValue(QStringLiteral("data.name"), QStringLiteral("shakespeare"));
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().languageModel != nullptr, 30000);
    QCOMPARE(m_c->snapshot().config.train.threads, 3);
}

void TestTrainingController::addAndRemoveExpertKeepTraining()
{
    loadPaused(moe::test::smallExperiment());
    m_c->addExpert();
    m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().experts, 5, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 1, 5000);
    m_c->removeExpert(0);
    m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().experts, 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 2, 5000);
    QCOMPARE(int(m_c->snapshot().expertStats.size()), 4);
}

void TestTrainingController::resetReturnsToStepZeroWithTheLiveSettings()
{
    loadPaused(moe::test::smallExperiment());
    m_c->setValue(QStringLiteral("routing.k"), QStringLiteral("1"));
    for (int i = 0; i < 5; ++i)
        m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 5, 5000);
    m_c->reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 0, 5000);
    QCOMPARE(m_c->snapshot().k, 1);
}

void TestTrainingController::invalidValueIsRejectedWithAMessage()
{
    loadPaused(moe::test::smallExperiment());
    QSignalSpy rejected(m_c.get(), &TrainingController::commandRejected);
    m_c->setValue(QStringLiteral("routing.k"), QStringLiteral("many"));
    QVERIFY(rejected.wait(5000));
    const auto command = rejected.first().at(0).value<moe::Command>();
    QCOMPARE(QString::fromStdString(command.key), QStringLiteral("routing.k"));
    QVERIFY(rejected.first().at(1).toString().contains(QLatin1String("routing.k")));
    m_c->step();
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 1, 5000);
    QCOMPARE(m_c->snapshot().k, 2);
}

void TestTrainingController::unknownDatasetReportsAnError()
{
    QSignalSpy failed(m_c.get(), &TrainingController::experimentFailed);
    auto config = moe::test::smallExperiment();
    config.data.name = "no_such_dataset";
    m_c->load(config);
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!m_c->isLoaded());
}

void TestTrainingController::finishedRunStopsAndPlayContinues()
{
    loadPaused(moe::test::smallExperiment(20));
    QSignalSpy stopped(m_c.get(), &TrainingController::trainingStopped);
    m_c->play();
    QVERIFY(stopped.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_c->snapshot().step, 20, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->isRunning(), 5000);
    m_c->play();  // runs on for another train.steps
    QTRY_VERIFY_WITH_TIMEOUT(m_c->snapshot().step > 20, 5000);
}

QTEST_GUILESS_MAIN(TestTrainingController)
#include "tst_training_controller.moc"
