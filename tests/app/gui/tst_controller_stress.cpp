// Random live changes from the GUI thread at 100 per second while the worker trains: nothing
// crashes, nothing deadlocks, training keeps advancing and the last change wins. Run under
// the TSan build (label "tsan") it also checks that the two threads share no unguarded data.
// 10 s by default; MOELAB_STRESS_SECONDS=30 for the long run.
#include "test_experiment.h"
#include "training_controller.h"

#include "core/routing/registry.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using moe::gui::TrainingController;

class TestControllerStress : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { moe::test::isolateSettings(); }
    void randomChangesWhileTraining();

private:
    void fireRandomChange(TrainingController &c, QRandomGenerator &rng, int &commandsSent);
};

void TestControllerStress::fireRandomChange(TrainingController &c, QRandomGenerator &rng, int &sent)
{
    const int experts = std::max(1, c.snapshot().experts);
    static const QStringList strategies = [] {
        QStringList ids;
        for (const auto &info : moe::strategyInfos())
            ids << QString::fromStdString(info.id);
        return ids;
    }();
    ++sent;
    switch (rng.bounded(14)) {
    case 0:
    case 1: c.setValue(QStringLiteral("routing.k"), QString::number(1 + rng.bounded(experts))); break;
    case 2: c.setValue(QStringLiteral("routing.strategy"), strategies.at(rng.bounded(int(strategies.size())))); break;
    case 3: c.setValue(QStringLiteral("train.lr"), QString::number(0.001 + 0.05 * rng.generateDouble())); break;
    case 4: c.setValue(QStringLiteral("balance.aux"), QString::number(0.1 * rng.generateDouble())); break;
    case 5: c.setValue(QStringLiteral("routing.capacity_factor"), QString::number(rng.bounded(3) * 0.75)); break;
    case 6: c.toggleExpert(rng.bounded(experts)); break;
    case 7:
        if (experts < 8)
            c.addExpert();
        break;
    case 8:
        if (experts > 2)
            c.removeExpert(rng.bounded(experts));
        break;
    case 9: c.setSpeed(rng.bounded(2) ? 0 : 300); break;
    case 10:
        c.step();
        c.play();
        break;
    case 11: c.setValue(QStringLiteral("balance.bias_rate"), QString::number(0.01 * rng.bounded(2))); break;
    case 12:
        c.setValue(QStringLiteral("routing.k"), QStringLiteral("not a number"));  // rejected
        break;
    default:
        if (rng.bounded(50) == 0)
            c.reset();
        else
            c.apply(moe::Command::freezeGate(rng.bounded(4) == 0));
        break;
    }
}

void TestControllerStress::randomChangesWhileTraining()
{
    const double seconds = qEnvironmentVariableIsSet("MOELAB_STRESS_SECONDS")
        ? qEnvironmentVariable("MOELAB_STRESS_SECONDS").toDouble()
        : 10.0;
    TrainingController c;
    QSignalSpy loaded(&c, &TrainingController::experimentLoaded);
    c.load(moe::test::smallExperiment(10'000'000));
    QVERIFY(loaded.wait(20000));
    c.play();
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().step > 0, 10000);

    QSignalSpy applied(&c, &TrainingController::commandApplied);
    QSignalSpy rejected(&c, &TrainingController::commandRejected);
    QRandomGenerator rng(20240607);
    int sent = 0;
    QTimer fire;
    fire.setInterval(10);  // 100 per second
    connect(&fire, &QTimer::timeout, this, [&] { fireRandomChange(c, rng, sent); });
    QElapsedTimer clock;
    clock.start();
    fire.start();
    int lastStep = 0;
    int advances = 0;
    while (clock.elapsed() < qint64(seconds * 1000)) {
        QTest::qWait(500);
        const int step = c.snapshot().step;
        if (step != lastStep)
            ++advances;
        lastStep = step;
    }
    fire.stop();

    // The last word: a known state, which the next snapshot must show.
    c.setValue(QStringLiteral("routing.strategy"), QStringLiteral("topk"));
    c.setValue(QStringLiteral("routing.k"), QStringLiteral("1"));
    c.apply(moe::Command::freezeGate(false));
    c.setSpeed(0);
    c.play();
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().k == 1 && c.snapshot().strategyId == "topk", 10000);
    const int before = c.snapshot().step;
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().step > before, 10000);

    qInfo("%d changes sent in %.1f s: %d applied, %d rejected; training advanced in %d of %d half-seconds; "
          "final step %d",
          sent, clock.elapsed() / 1000.0, int(applied.count()), int(rejected.count()), advances, int(seconds * 2),
          c.snapshot().step);
    QVERIFY(sent >= int(seconds * 50));  // the timer really fired at ~100/s
    QVERIFY(applied.count() > sent / 3);
    QVERIFY(advances >= int(seconds));  // training was not starved by the commands
}

QTEST_GUILESS_MAIN(TestControllerStress)
#include "tst_controller_stress.moc"
