// The lesson system: the built-in lessons load and are complete (ids, numbers, titles, texts
// marked for translation), the format rejects what it should, events play in order and pick
// the right expert, the Mixtral calculator gives 46.7 B / 12.9 B, and every lesson's check
// sees its phenomenon on three seeds (and fails when the phenomenon is taken away).
#include "app/common/dataset_source.h"
#include "app/lessons/lesson_calculator.h"
#include "app/lessons/lesson_check.h"
#include "app/lessons/lesson_library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace moe;
using namespace moe::app;

namespace {

const QStringList kIds = {
    "experts_and_gate",       "balance_loss",         "collapse",        "capacity",    "expert_choice",
    "top1_vs_top2",           "sparse_compute",       "fault_tolerance", "flexibility", "staged_vs_joint",
    "inference_step_by_step", "routers_side_by_side", "multi_gate",
    // the language model (text corpora)
    "lm_language_experts", "lm_balance_collapse", "lm_capacity_drops", "lm_dense_vs_moe",
    // expert parallelism (one process here; moelab-cli lesson ep_straggler --check adds the MPI job)
    "ep_straggler",
};

QJsonObject minimalLesson()
{
    return QJsonObject {{"id", "my_lesson"}, {"title", "My lesson"}, {"explanation", "Text."}};
}

LessonDocument documentWith(const QJsonObject &config, const QJsonObject &lesson)
{
    const QJsonObject root {{"format", "moelab-experiment"}, {"version", 1}, {"config", config}, {"lesson", lesson}};
    return parseLessonDocument(QJsonDocument(root).toJson(), QStringLiteral("test"), false);
}

QString failedItems(const LessonCheckResult &r)
{
    QStringList out;
    if (!r.error.isEmpty())
        out << r.error;
    for (const QString &f : r.figures)
        out << f;
    for (const LessonCheckItem &i : r.items)
        if (!i.passed)
            out << QStringLiteral("FAILED: ") + i.text;
    return out.join('\n');
}

}  // namespace

class TestLessons : public QObject {
    Q_OBJECT

private slots:
    void builtInListIsTheContract()
    {
        const QList<LessonInfo> lessons = builtInLessons();
        QCOMPARE(lessons.size(), kIds.size());
        for (int i = 0; i < lessons.size(); ++i) {
            QCOMPARE(lessons[i].id, kIds[i]);
            QCOMPARE(lessons[i].number, i + 1);
            QVERIFY(!lessons[i].title.isEmpty());
            QVERIFY(isBuiltInLesson(kIds[i]));
        }
        QVERIFY(!isBuiltInLesson("no_such_lesson"));
    }

    void builtInLessonLoads_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : kIds)
            QTest::newRow(qPrintable(id)) << id;
    }
    void builtInLessonLoads()
    {
        QFETCH(QString, id);
        const LessonDocument doc = loadBuiltInLesson(id);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QVERIFY2(doc.warnings.isEmpty(), qPrintable(doc.warnings.join('\n')));
        QVERIFY(doc.builtIn);
        QCOMPARE(doc.lesson.id, id);
        QCOMPARE(doc.lesson.number, int(kIds.indexOf(id)) + 1);
        QCOMPARE(doc.lesson.title, builtInLessons()[kIds.indexOf(id)].title);
        QVERIFY(doc.lesson.explanation.size() > 200);
        QVERIFY(!doc.lesson.highlight.isEmpty());
        QCOMPARE(doc.lesson.check.value("kind").toString(), QStringLiteral("compare"));
        // Every text a built-in lesson shows is marked for lupdate.
        const QStringList marked = lessonSourceTexts();
        QStringList texts {doc.lesson.title, doc.lesson.explanation};
        for (const LessonEvent &e : doc.lesson.events)
            texts << e.note;
        for (const QJsonValue &v : doc.lesson.check.value("variants").toArray())
            texts << v.toObject().value("label").toString();
        for (const QString &t : texts)
            if (!t.isEmpty())
                QVERIFY2(marked.contains(t),
                         qPrintable("not in lesson_texts.cpp (run app/lessons/update_lesson_texts.py): " + t.left(60)));
    }

    void unknownLessonIsAnError()
    {
        const LessonDocument doc = findLesson("no_such_lesson");
        QVERIFY(!doc.ok());
        QVERIFY(doc.error.contains("no_such_lesson"));
    }

    void badLessonSections_data()
    {
        QTest::addColumn<QJsonObject>("lesson");
        QTest::addColumn<QString>("mentions");
        QJsonObject l = minimalLesson();
        l["id"] = "Bad Id";
        QTest::newRow("id that is not snake_case") << l << "lesson.id";
        l = minimalLesson();
        l.remove("title");
        QTest::newRow("no title") << l << "lesson.title";
        l = minimalLesson();
        l["hide"] = QJsonArray {"routing.kk"};
        QTest::newRow("unknown key in hide") << l << "routing.kk";
        l = minimalLesson();
        l["highlight"] = "routing.k";
        QTest::newRow("highlight not a list") << l << "lesson.highlight";
        l = minimalLesson();
        l["events"] = QJsonArray {QJsonObject {{"step", 10}, {"action", "explode"}}};
        QTest::newRow("unknown action") << l << "lesson.events[0].action";
        l = minimalLesson();
        l["events"] = QJsonArray {QJsonObject {{"step", -1}, {"action", "add_expert"}}};
        QTest::newRow("negative step") << l << "lesson.events[0].step";
        l = minimalLesson();
        l["events"] = QJsonArray {QJsonObject {{"step", 5}, {"action", "knock_out"}, {"expert", "loudest"}}};
        QTest::newRow("knock-out without an expert") << l << "lesson.events[0].expert";
        l = minimalLesson();
        l["events"] = QJsonArray {QJsonObject {{"step", 5}, {"action", "set"}, {"key", "routing.k"}, {"value", 0}}};
        QTest::newRow("set to a value out of range") << l << "lesson.events[0].value";
        l = minimalLesson();
        l["inspect"] = QJsonObject {{"sample", -3}};
        QTest::newRow("inspect a negative row") << l << "lesson.inspect";
    }
    void badLessonSections()
    {
        QFETCH(QJsonObject, lesson);
        QFETCH(QString, mentions);
        const LessonDocument doc = documentWith({}, lesson);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error.contains(mentions), qPrintable(doc.error));
    }

    void fileWithoutLessonSection()
    {
        const QJsonObject root {{"format", "moelab-experiment"}, {"version", 1}, {"config", QJsonObject {}}};
        const LessonDocument doc = parseLessonDocument(QJsonDocument(root).toJson(), "plain.moelab", false);
        QVERIFY(!doc.ok());
        QVERIFY(doc.error.contains("lesson"));
    }

    void lessonRoundTrip()
    {
        QJsonObject l = minimalLesson();
        l["number"] = 4;
        l["highlight"] = QJsonArray {"routing.k", "balance.aux"};
        l["hide"] = QJsonArray {"balance.z"};
        l["events"] = QJsonArray {
            QJsonObject {{"step", 30}, {"action", "set"}, {"key", "routing.k"}, {"value", 1}, {"note", "k drops"}},
            QJsonObject {{"step", 10}, {"action", "knock_out"}, {"expert", "busiest"}},
            QJsonObject {{"step", 20}, {"action", "freeze_gate"}, {"on", false}},
            QJsonObject {{"step", 40}, {"action", "restore"}, {"expert", 2}},
        };
        l["check"] = QJsonObject {{"kind", "compare"}};
        l["inspect"] = QJsonObject {{"sample", 7}};
        Lesson a;
        QCOMPARE(parseLesson(l, &a), QString());
        QCOMPARE(a.events.size(), std::size_t(4));
        QCOMPARE(a.events[0].step, 10);  // sorted by step
        QCOMPARE(a.events[0].target, LessonEvent::Target::Busiest);
        QCOMPARE(a.events[1].on, false);
        QCOMPARE(a.events[2].value, QStringLiteral("1"));
        QCOMPARE(a.inspectSample, 7);
        Lesson b;
        QCOMPARE(parseLesson(a.toJson(), &b), QString());
        QCOMPARE(b.toJson(), a.toJson());
    }

    void scriptFiresEachEventOnce()
    {
        Lesson l;
        QJsonObject j = minimalLesson();
        j["events"] = QJsonArray {QJsonObject {{"step", 5}, {"action", "add_expert"}},
                                  QJsonObject {{"step", 0}, {"action", "reset_optimizer"}},
                                  QJsonObject {{"step", 5}, {"action", "freeze_experts"}}};
        QCOMPARE(parseLesson(j, &l), QString());
        LessonScript script(l.events);
        QCOMPARE(script.due(0).size(), std::size_t(1));
        QCOMPARE(script.due(4).size(), std::size_t(0));
        const auto at7 = script.due(7);  // a late call still fires what is due, in order
        QCOMPARE(at7.size(), std::size_t(2));
        QCOMPARE(at7[0].action, QStringLiteral("add_expert"));
        QVERIFY(script.finished());
        QCOMPARE(script.due(100).size(), std::size_t(0));
    }

    void eventsResolveTheirExpert()
    {
        Snapshot s;
        s.expertStats.resize(4);
        const double loads[] = {0.2, 0.1, 0.5, 0.2};
        for (int e = 0; e < 4; ++e)
            s.expertStats[std::size_t(e)].load = loads[e];
        LessonEvent e;
        e.action = "knock_out";
        e.target = LessonEvent::Target::Busiest;
        QCOMPARE(e.targetExpert(s), 2);
        QCOMPARE(e.command(s).kind, Command::Kind::KnockOut);
        QCOMPARE(e.command(s).expert, 2);
        s.expertStats[2].knockedOut = true;  // the busiest among those still working
        QCOMPARE(e.targetExpert(s), 0);
        e.target = LessonEvent::Target::Newest;
        QCOMPARE(e.targetExpert(s), 3);
        e.action = "add_expert";
        QCOMPARE(e.targetExpert(s), 4);
        QCOMPARE(e.command(s).kind, Command::Kind::AddExpert);
        e.action = "set";
        e.key = "train.lr";
        e.value = "0.001";
        QCOMPARE(e.command(s).kind, Command::Kind::SetValue);
        QCOMPARE(e.command(s).key, std::string("train.lr"));
    }

    void mixtralCalculator()
    {
        const MoeParameterCount n = countMoeTransformer(MoeTransformerShape::mixtral8x7b());
        QCOMPARE(std::llround(n.expertPerLayer), 176160768LL);  // 3 · 4096 · 14336
        QCOMPARE(std::llround(n.attention), 1342177280LL);  // (2·4096² + 2·4096·1024) · 32
        QCOMPARE(std::llround(n.embeddings), 262144000LL);  // 2 · 32000 · 4096
        QVERIFY(std::abs(n.total / 1e9 - 46.7) < 0.01);
        QVERIFY(std::abs(n.active / 1e9 - 12.9) < 0.03);
        QCOMPARE(std::llround(n.total), 46702792704LL);
        QCOMPARE(std::llround(n.active), 12879925248LL);
        QCOMPARE(n.flopsPerToken, 2 * n.active);
        // Dense top-k = E: every expert is active.
        MoeTransformerShape all = MoeTransformerShape::mixtral8x7b();
        all.activeExperts = all.experts;
        QCOMPARE(countMoeTransformer(all).active, countMoeTransformer(all).total);
    }

    // Each lesson's phenomenon on three seeds (a few tenths of a second each).
    void lessonCheckAppears_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("seed");
        for (const QString &id : kIds)
            for (int seed : {1, 2, 3})
                // multi_gate averages five seeds itself (21 s); lm_dense_vs_moe trains 2 × 1500 steps
                if ((id != "multi_gate" && id != "lm_dense_vs_moe") || seed == 1)
                    QTest::addRow("%s seed %d", qPrintable(id), seed) << id << seed;
    }
    void lessonCheckAppears()
    {
        QFETCH(QString, id);
        QFETCH(int, seed);
        const LessonDocument doc = loadBuiltInLesson(id);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        LessonCheckOptions options;
        options.assignments = {QStringLiteral("data.seed=%1").arg(seed), QStringLiteral("train.seed=%1").arg(seed)};
        const LessonCheckResult r = runLessonCheck(doc, options);
        QVERIFY2(r.appeared(), qPrintable(failedItems(r)));
    }

    // The check is not a rubber stamp: take the phenomenon away and it says so.
    void checkFailsWithoutThePhenomenon()
    {
        LessonDocument doc = loadBuiltInLesson("balance_loss");
        QVERIFY(doc.ok());
        QJsonArray variants = doc.lesson.check.value("variants").toArray();
        QJsonObject with = variants[1].toObject();
        with["set"] = QJsonObject {{"balance.aux", 0}};  // "with the loss", but without it
        variants[1] = with;
        doc.lesson.check["variants"] = variants;
        const LessonCheckResult r = runLessonCheck(doc);
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.appeared());
        QVERIFY(std::any_of(r.items.begin(), r.items.end(), [](const LessonCheckItem &i) { return !i.passed; }));
    }

    // The straggler lesson: with the balance loss in both variants the busiest rank no longer
    // gets nearly all the rows (the one-process placement figures; no MPI job here).
    void stragglerCheckFailsWithTheLossOn()
    {
        LessonDocument doc = loadBuiltInLesson("ep_straggler");
        QVERIFY(doc.ok());
        QJsonArray variants = doc.lesson.check.value("variants").toArray();
        QJsonObject without = variants[0].toObject();
        without["set"] = QJsonObject {{"balance.aux", 0.1}};  // "without the loss", but with it
        variants[0] = without;
        doc.lesson.check["variants"] = variants;
        const LessonCheckResult r = runLessonCheck(doc);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.appeared());
        QVERIFY(std::any_of(r.items.begin(), r.items.end(), [](const LessonCheckItem &i) {
            return !i.passed && i.text.contains(QStringLiteral("busiest rank"));
        }));
    }

    void badChecks_data()
    {
        QTest::addColumn<QJsonObject>("check");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown kind") << QJsonObject {{"kind", "vibes"}} << "vibes";
        QTest::newRow("unknown metric")
            << QJsonObject {{"kind", "compare"},
                            {"variants",
                             QJsonArray {
                                 QJsonObject {{"expect", QJsonObject {{"happiness", QJsonObject {{"min", 1}}}}}}}}}
            << "happiness";
        QTest::newRow("nothing to check") << QJsonObject {{"kind", "compare"}} << "nothing to check";
        QTest::newRow("bad key in a variant")
            << QJsonObject {{"kind", "compare"},
                            {"variants", QJsonArray {QJsonObject {{"set", QJsonObject {{"routing.k", -4}}}}}}}
            << "routing.k";
        QTest::newRow("bad event in a variant")
            << QJsonObject {{"kind", "compare"},
                            {"variants",
                             QJsonArray {QJsonObject {
                                 {"events", QJsonArray {QJsonObject {{"step", 3}, {"action", "explode"}}}}}}}}
            << "lesson.check.variants[0].events[0].action";
        QTest::newRow("seeds out of range") << QJsonObject {{"kind", "compare"}, {"seeds", 0}} << "lesson.check.seeds";
        QTest::newRow("gap pair of one variant")
            << QJsonObject {{"kind", "compare"},
                            {"variants", QJsonArray {QJsonObject {}, QJsonObject {}}},
                            {"gap", QJsonObject {{"metric", "params_total"}, {"pairs", QJsonArray {QJsonArray {0}}}}}}
            << "lesson.check.gap.pairs";
    }

    // The gap check on a deterministic figure: params_total of 2, 4, 2 and 8 experts. The gaps
    // P(4) − P(2) and P(8) − P(2) rise; asked to fall, the check says no.
    void gapCheck_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<bool>("passes");
        QTest::newRow("rising") << "rising" << true;
        QTest::newRow("falling") << "falling" << false;
    }
    void gapCheck()
    {
        QFETCH(QString, direction);
        QFETCH(bool, passes);
        QJsonArray variants;
        for (int experts : {2, 4, 2, 8})
            variants.append(QJsonObject {{"label", QString("E = %1").arg(experts)},
                                         {"set", QJsonObject {{"model.experts", experts}}}});
        QJsonObject l = minimalLesson();
        l["check"] = QJsonObject {
            {"kind", "compare"},
            {"seeds", 2},
            {"variants", variants},
            {"gap", QJsonObject {{"metric", "params_total"},
                                 {"pairs", QJsonArray {QJsonArray {1, 0}, QJsonArray {3, 2}}},
                                 {"direction", direction}}}};
        const QJsonObject config {{"data", QJsonObject {{"name", "blobs"}, {"samples", 200}}},
                                  {"model", QJsonObject {{"hidden", 4}}},
                                  {"train", QJsonObject {{"steps", 5}}}};
        const LessonDocument doc = documentWith(config, l);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        const LessonCheckResult r = runLessonCheck(doc);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.appeared(), passes);
        QCOMPARE(int(r.items.size()), 1);
        // blobs: 2 inputs, 4 classes; an MLP expert 2 → 4 → 4 has 8 + 4 + 16 + 4 = 32 weights and its
        // router column 2 more: 34 per expert, so 2 more experts add 68 and 6 more add 204.
        QVERIFY2(r.items[0].text.contains("E = 4 − E = 2 = 68") && r.items[0].text.contains("E = 8 − E = 2 = 204"),
                 qPrintable(r.items[0].text));
    }
    void badChecks()
    {
        QFETCH(QJsonObject, check);
        QFETCH(QString, mentions);
        QJsonObject l = minimalLesson();
        l["check"] = check;
        const QJsonObject config {{"data", QJsonObject {{"name", "blobs"}, {"samples", 200}}},
                                  {"train", QJsonObject {{"steps", 20}}}};
        const LessonDocument doc = documentWith(config, l);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        const LessonCheckResult r = runLessonCheck(doc);
        QVERIFY(!r.appeared());
        QVERIFY(r.badInput);
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    }

    // An optional variant whose router this build lacks is skipped, not failed.
    void optionalVariantIsSkipped()
    {
        QJsonObject l = minimalLesson();
        l["check"] = QJsonObject {
            {"kind", "compare"},
            {"variants",
             QJsonArray {
                 QJsonObject {{"label", "top-k"}, {"expect", QJsonObject {{"accuracy", QJsonObject {{"min", 0.5}}}}}},
                 QJsonObject {{"label", "future router"},
                              {"optional", true},
                              {"set", QJsonObject {{"routing.strategy", "not_yet_written"}}},
                              {"expect", QJsonObject {{"accuracy", QJsonObject {{"min", 0.5}}}}}}}}};
        const QJsonObject config {{"data", QJsonObject {{"name", "blobs"}, {"samples", 300}}},
                                  {"train", QJsonObject {{"steps", 150}}}};
        const LessonDocument doc = documentWith(config, l);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        const LessonCheckResult r = runLessonCheck(doc);
        QVERIFY2(r.appeared(), qPrintable(failedItems(r)));
        QCOMPARE(r.variants.size(), std::size_t(2));
        QVERIFY(!r.variants[0].skipped);
        QVERIFY(r.variants[1].skipped);
    }

    // The headless run plays the events and reports what happened around the first one.
    void runPlaysEvents()
    {
        LessonDocument doc = loadBuiltInLesson("fault_tolerance");
        QVERIFY(doc.ok());
        const auto data = loadDatasetFor(doc.file.config.data).dataset;
        QVERIFY(data);
        QStringList log;
        LessonRunOptions options;
        options.log = [&](const QString &line) {
            log << line;
        };
        options.record = true;
        const LessonRunResult run = runLessonExperiment(doc.file.config, doc.lesson.events, data, options);
        QVERIFY2(run.ok(), qPrintable(run.error));
        QCOMPARE(log.size(), 1);
        QVERIFY(log[0].startsWith("step 300"));
        QVERIFY(run.metrics.count("event_dip"));
        QVERIFY(!run.record.metrics.empty());
        QCOMPARE(run.record.final.step, doc.file.config.train.steps);
        int knocked = 0;
        for (const ExpertStats &e : run.record.final.expertStats)
            knocked += e.knockedOut ? 1 : 0;
        QCOMPARE(knocked, 1);
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
