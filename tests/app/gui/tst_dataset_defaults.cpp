// Choosing a dataset in the window's Data group starts it from that dataset's defaults (its
// catalogue row): the controls show the new values and a note names them, the keys the row
// does not name keep the user's values, a key the user changes afterwards wins, and a toy set
// brings the window's own values back. Also a load error in the window reads in the user's
// language.
#include "config_control.h"
#include "control_panel.h"
#include "control_texts.h"
#include "default_experiment.h"
#include "language_manager.h"
#include "main_window.h"
#include "test_experiment.h"
#include "training_controller.h"

#include "app/common/dataset_source.h"
#include "datasets/catalog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace moe;
using namespace moe::gui;

namespace {

QByteArray idxHeader(const std::vector<quint32> &dims)
{
    QByteArray h;
    h.append(char(0)).append(char(0)).append(char(0x08)).append(char(dims.size()));
    for (quint32 d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            h.append(char((d >> shift) & 0xff));
    return h;
}

// A tiny MNIST-like folder: 400 images of 4 × 4 bytes with labels 0-9.
bool writeTinyMnist(const QString &dir)
{
    QByteArray images = idxHeader({400, 4, 4}), labels = idxHeader({400});
    for (int i = 0; i < 400; ++i) {
        labels.append(char(i % 10));
        for (int p = 0; p < 16; ++p)
            images.append(char((i * 7 + p * (i % 10)) % 256));
    }
    QFile a(dir + QStringLiteral("/train-images-idx3-ubyte")), b(dir + QStringLiteral("/train-labels-idx1-ubyte"));
    return a.open(QIODevice::WriteOnly) && a.write(images) == images.size() && b.open(QIODevice::WriteOnly)
        && b.write(labels) == labels.size();
}

// What the user does: picks an entry of the Data group's dataset box.
void chooseDataset(ControlPanel *panel, const QString &id)
{
    auto *combo = qobject_cast<QComboBox *>(panel->control(QStringLiteral("data.name"))->editor());
    QVERIFY(combo);
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

}  // namespace

class TestDatasetDefaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void choosingADatasetAppliesItsDefaults();
    void loadErrorsAreTranslated();
};

void TestDatasetDefaults::choosingADatasetAppliesItsDefaults()
{
    const data::DatasetInfo *mnist = data::findDataset("mnist");
    QVERIFY(mnist && !mnist->defaults.empty());
    QTemporaryDir dir;
    QVERIFY(writeTinyMnist(dir.path()));

    TrainingController controller;
    LanguageManager languages;
    MainWindow window(&controller, &languages);
    ControlPanel *panel = window.controlPanel();
    auto *note = panel->findChild<QLabel *>(QStringLiteral("datasetDefaultsNote"));
    QVERIFY(note);
    QSignalSpy loaded(&controller, &TrainingController::experimentLoaded);
    ExperimentConfig start = test::smallExperiment();
    start.routing.k = 1;  // named by no dataset's defaults: stays the user's
    start.data.path = dir.path().toStdString();
    controller.load(start);
    QVERIFY(loaded.wait(20000));
    QVERIFY(note->isHidden());

    chooseDataset(panel, QStringLiteral("mnist"));
    QVERIFY(loaded.wait(20000));
    ExperimentConfig want = start;
    QCOMPARE(data::applyDatasetDefaults(want, "mnist"), std::string());
    for (const data::ConfigDefault &d : mnist->defaults) {
        const QString key = QString::fromStdString(d.key), value = QString::fromStdString(configValue(want, d.key));
        QCOMPARE(QString::fromStdString(configValue(controller.config(), d.key)), value);
        // The control shows it (a number as its spin box rounds it).
        bool number = false;
        const double x = value.toDouble(&number);
        if (number)
            QCOMPARE(panel->control(key)->value().toDouble(), x);
        else
            QCOMPARE(panel->control(key)->value(), value);
    }
    QVERIFY(controller.config().train.lr != start.train.lr);
    QCOMPARE(controller.config().routing.k, 1);
    QCOMPARE(controller.config().train.threads, start.train.threads);
    QCOMPARE(controller.config().data.path, start.data.path);
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(controlLabel(QStringLiteral("train.lr"))), qPrintable(note->text()));
    QVERIFY2(note->text().contains(app::datasetDisplayName("mnist")), qPrintable(note->text()));
    if (const QString shot = qEnvironmentVariable("MOELAB_DEFAULTS_SHOT"); !shot.isEmpty()) {
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(500);
        QVERIFY(window.grab().save(shot));  // a picture of the note (skipped otherwise)
    }

    // A key the user sets afterwards wins.
    QSignalSpy applied(&controller, &TrainingController::commandApplied);
    controller.setValue(QStringLiteral("train.lr"), QStringLiteral("0.005"));
    QVERIFY(applied.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(controller.config().train.lr, 0.005, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->control(QStringLiteral("train.lr"))->value().toDouble(), 0.005, 10000);

    // Back to a toy set: the keys mnist named return to the window's own values.
    chooseDataset(panel, QStringLiteral("blobs"));
    QVERIFY(loaded.wait(20000));
    const ExperimentConfig window0 = defaultExperiment();
    for (const data::ConfigDefault &d : mnist->defaults)
        QCOMPARE(QString::fromStdString(configValue(controller.config(), d.key)),
                 QString::fromStdString(configValue(window0, d.key)));
    QCOMPARE(controller.config().routing.k, 1);
}

void TestDatasetDefaults::loadErrorsAreTranslated()
{
    // The window's text of a failed load: the place as file:line:column, the rest translated.
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("de")));
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("a,b,label\n1,2,x\n3,\"4,y\n");
    csv.close();
    DataConfig c;
    c.name = "csv";
    c.path = csv.fileName().toStdString();
    const app::DatasetLoad load = app::loadDatasetFor(c);
    QVERIFY(!load.ok());
    QVERIFY2(load.error.contains(csv.fileName() + QStringLiteral(":3:")), qPrintable(load.error));
    QVERIFY2(load.error.contains(QStringLiteral("Datensatz")), qPrintable(load.error));
    QVERIFY2(!load.error.contains(QStringLiteral("unclosed quote")), qPrintable(load.error));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QVERIFY2(app::loadDatasetFor(c).error.contains(QStringLiteral("unclosed quote")), qPrintable(load.error));
}

QTEST_MAIN(TestDatasetDefaults)
#include "tst_dataset_defaults.moc"
