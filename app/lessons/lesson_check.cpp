// The "compare" check of a lesson: run its variants, measure, test the expectations.
#include "lesson_check.h"

#include "app/common/dataset_source.h"
#include "lesson_calculator.h"
#include "mpi_lesson_run.h"
#include "lm_lesson_run.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LessonCheck)
};

struct Variant {
    QString label;
    QJsonObject set;
    bool events = true;  // play the lesson's events
    std::vector<LessonEvent> ownEvents;  // or these ("events": [...])
    bool optional = false;
    QJsonObject expect;
};

QString checkMetric(const QString &metric, const QString &where)
{
    if (!lessonMetricNames().contains(metric))
        return Text::tr("lesson.check.%1: unknown metric \"%2\" (known: %3)")
            .arg(where, metric, lessonMetricNames().join(QStringLiteral(", ")));
    return {};
}

QString parseVariants(const QJsonObject &check, std::vector<Variant> *out)
{
    const QJsonValue list = check.value(QLatin1String("variants"));
    if (list.isUndefined()) {
        out->push_back({});
        return {};
    }
    if (!list.isArray() || list.toArray().isEmpty())
        return Text::tr("lesson.check.variants: expected a non-empty list");
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Variant variant;
        variant.label = o.value(QLatin1String("label")).toString(Text::tr("variant %1").arg(index + 1));
        variant.set = o.value(QLatin1String("set")).toObject();
        const QJsonValue events = o.value(QLatin1String("events"));
        if (events.isArray()) {
            variant.events = false;
            const QString error = parseLessonEvents(
                events, QStringLiteral("lesson.check.variants[%1].events").arg(index), &variant.ownEvents);
            if (!error.isEmpty())
                return error;
        } else {
            variant.events = events.toBool(true);
        }
        variant.optional = o.value(QLatin1String("optional")).toBool(false);
        variant.expect = o.value(QLatin1String("expect")).toObject();
        for (auto it = variant.expect.begin(); it != variant.expect.end(); ++it) {
            const QString error = checkMetric(it.key(), QStringLiteral("variants[%1].expect").arg(index));
            if (!error.isEmpty())
                return error;
        }
        out->push_back(variant);
        ++index;
    }
    return {};
}

QString figureText(const QString &metric, double value)
{
    return Text::tr("%1 %2").arg(lessonMetricName(metric), formatLessonMetric(metric, value));
}

double metricOf(const LessonVariantResult &v, const QString &metric)
{
    const auto it = v.metrics.find(metric);
    return it == v.metrics.end() ? std::nan("") : it->second;
}

// A figure of a real MPI job that was not run (no mpirun or moelab-cli): its checks are skipped.
bool unmeasured(const LessonVariantResult &v, const QString &metric)
{
    return metric.startsWith(QLatin1String("mpi_")) && v.metrics.find(metric) == v.metrics.end();
}

// The sparse-compute calculator's expectations (lesson 7).
void checkCalculator(const QJsonObject &c, LessonCheckResult *result)
{
    MoeTransformerShape shape = MoeTransformerShape::mixtral8x7b();
    shape.hidden = c.value(QLatin1String("hidden")).toDouble(shape.hidden);
    shape.ffn = c.value(QLatin1String("ffn")).toDouble(shape.ffn);
    shape.layers = c.value(QLatin1String("layers")).toInt(shape.layers);
    shape.experts = c.value(QLatin1String("experts")).toInt(shape.experts);
    shape.activeExperts = c.value(QLatin1String("active_experts")).toInt(shape.activeExperts);
    shape.vocab = c.value(QLatin1String("vocab")).toDouble(shape.vocab);
    shape.heads = c.value(QLatin1String("heads")).toInt(shape.heads);
    shape.kvHeads = c.value(QLatin1String("kv_heads")).toInt(shape.kvHeads);
    shape.ffnMatrices = c.value(QLatin1String("ffn_matrices")).toInt(shape.ffnMatrices);
    shape.tiedEmbeddings = c.value(QLatin1String("tied_embeddings")).toBool(shape.tiedEmbeddings);
    const MoeParameterCount n = countMoeTransformer(shape);
    const double tol = c.value(QLatin1String("tolerance_b")).toDouble(0.05);
    result->figures << Text::tr("calculator: %1 experts × %2 layers, top-%3: one expert %4 B, shared %5 B, "
                                "total %6 B, active %7 B per token, %8 GFLOP per token")
                           .arg(shape.experts)
                           .arg(shape.layers)
                           .arg(shape.activeExperts)
                           .arg(n.expertAllLayers / 1e9, 0, 'f', 3)
                           .arg(n.shared / 1e9, 0, 'f', 3)
                           .arg(n.total / 1e9, 0, 'f', 2)
                           .arg(n.active / 1e9, 0, 'f', 2)
                           .arg(n.flopsPerToken / 1e9, 0, 'f', 1);
    const struct {
        const char *key;
        double value;
        QString name;
    } rows[] = {{"expect_total_b", n.total / 1e9, Text::tr("calculator total")},
                {"expect_active_b", n.active / 1e9, Text::tr("calculator active")}};
    for (const auto &row : rows) {
        if (!c.contains(QLatin1String(row.key)))
            continue;
        const double want = c.value(QLatin1String(row.key)).toDouble();
        result->items.push_back(
            {Text::tr("%1 %2 B ≈ %3 B (± %4)").arg(row.name).arg(row.value, 0, 'f', 2).arg(want).arg(tol),
             std::abs(row.value - want) <= tol});
    }
}

}  // namespace

LessonCheckResult runLessonCheck(const LessonDocument &doc, const LessonCheckOptions &options)
{
    LessonCheckResult result;
    QElapsedTimer clock;
    clock.start();
    auto bad = [&](const QString &error) {
        result.error = error;
        result.badInput = true;
        return result;
    };
    const QJsonObject &check = doc.lesson.check;
    if (check.isEmpty())
        return bad(Text::tr("lesson %1 has no check").arg(doc.lesson.id));
    const QString kind = check.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("compare"))
        return bad(Text::tr("lesson.check.kind: \"%1\" is not a check this program knows (compare)").arg(kind));

    ExperimentConfig base = doc.file.config;
    for (const QString &a : options.assignments) {
        const QString error = applyAssignment(base, a);
        if (!error.isEmpty())
            return bad(error);
    }
    // One engine thread unless the lesson asks otherwise: the figures then do not depend on
    // the machine, and parallel test runs do not fight over cores.
    if (base.train.threads == 0)
        base.train.threads = 1;

    std::vector<Variant> variants;
    QString error = parseVariants(check, &variants);
    if (!error.isEmpty())
        return bad(error);
    const QJsonObject order = check.value(QLatin1String("order")).toObject();
    const QJsonObject ratio = check.value(QLatin1String("ratio")).toObject();
    const QJsonObject greater = check.value(QLatin1String("greater")).toObject();
    const QJsonObject gap = check.value(QLatin1String("gap")).toObject();
    const int seeds = check.value(QLatin1String("seeds")).toInt(1);
    if (seeds < 1 || seeds > 100)
        return bad(Text::tr("lesson.check.seeds: expected a whole number from 1 to 100"));
    QStringList shown;
    for (const QJsonValue &v : check.value(QLatin1String("show")).toArray())
        shown << v.toString();
    for (const QJsonObject &o : {order, ratio, greater, gap})
        if (!o.isEmpty())
            shown << o.value(QLatin1String("metric")).toString();
    for (const QString &m : shown)
        if (!(error = checkMetric(m, QStringLiteral("show"))).isEmpty())
            return bad(error);

    LessonRunOptions runOptions;
    runOptions.window = check.value(QLatin1String("window")).toDouble(0.25);
    // "mpi": true — each vector-data run is also trained as a real expert-parallel job
    // (mpi_lesson_run.h) when mpirun and moelab-cli are there; else its mpi_ checks are skipped.
    const bool mpi = check.value(QLatin1String("mpi")).toBool(false);
    const MpiLessonTools tools = mpi ? findMpiLessonTools() : MpiLessonTools();
    if (mpi && !tools.ok())
        result.figures << Text::tr("no MPI job: %1 was not found, so the rank figures come from a one-process run "
                                   "and the expert placement, and the checks of the MPI figures are skipped")
                              .arg(tools.mpirun.isEmpty() ? QStringLiteral("mpirun") : QStringLiteral("moelab-cli"));
    QHash<QString, std::shared_ptr<const Dataset>> datasets;
    QHash<QString, std::shared_ptr<const TextCorpus>> corpora;
    for (const Variant &variant : variants) {
        LessonVariantResult vr;
        vr.label = variant.label;
        ExperimentConfig config = base;
        QStringList warnings;
        error = applyConfigJson(config, variant.set, &warnings);
        if (error.isEmpty() && !warnings.isEmpty())
            error = warnings.join(QStringLiteral("; "));
        std::shared_ptr<const Dataset> data;
        const bool text = isTextData(config.data);
        std::shared_ptr<const TextCorpus> corpus;
        if (error.isEmpty() && text) {  // the language model (lm_lesson_run.h)
            const QString key = datasetCacheKey(config.data);
            corpus = corpora.value(key);
            if (!corpus) {
                const TextCorpusLoad load = loadTextCorpusFor(config.data);
                error = load.error;
                corpus = load.corpus;
                corpora.insert(key, corpus);
            }
        } else if (error.isEmpty()) {
            const QString key = datasetCacheKey(config.data);
            data = datasets.value(key);
            if (!data) {
                const DatasetLoad load = loadDatasetFor(config.data);
                error = load.error;
                data = load.dataset;
                datasets.insert(key, data);
            }
        }
        LessonRunResult run;
        for (int s = 0; s < seeds && error.isEmpty(); ++s) {
            if (options.log)
                options.log(seeds == 1 ? Text::tr("running: %1").arg(variant.label)
                                       : Text::tr("running: %1 (seed %2 of %3)").arg(variant.label).arg(s + 1).arg(seeds));
            ExperimentConfig seeded = config;
            std::shared_ptr<const Dataset> seededData = data;
            if (seeds > 1 && text) {
                seeded.train.seed = base.train.seed + std::uint64_t(s);  // the same text, other weights
            } else if (seeds > 1) {
                seeded.data.seed = seeded.train.seed = base.train.seed + std::uint64_t(s);
                const QString key = datasetCacheKey(seeded.data);
                seededData = datasets.value(key);
                if (!seededData) {
                    const DatasetLoad load = loadDatasetFor(seeded.data);
                    error = load.error;
                    seededData = load.dataset;
                    datasets.insert(key, seededData);
                }
                if (!error.isEmpty())
                    break;
            }
            const auto &events = variant.events ? doc.lesson.events : variant.ownEvents;
            LessonRunResult one = text ? runLmLessonExperiment(seeded, events, corpus, runOptions)
                                       : runLessonExperiment(seeded, events, seededData, runOptions);
            error = one.error;
            if (error.isEmpty() && mpi && tools.ok() && !text) {
                if (options.log)
                    options.log(Text::tr("running under MPI (%n rank(s)): %1", nullptr, std::max(2, seeded.parallel.ranks))
                                    .arg(variant.label));
                error = runMpiLessonJob(seeded, tools, runOptions.window, one.metrics);
            }
            if (s == 0)
                run = std::move(one);
            else
                for (auto &[metric, value] : run.metrics)
                    value += one.metrics.count(metric) ? one.metrics.at(metric) : std::nan("");
        }
        if (error.isEmpty() && seeds > 1)
            for (auto &[metric, value] : run.metrics)
                value /= double(seeds);
        if (!error.isEmpty()) {
            if (!variant.optional)
                return bad(Text::tr("%1: %2").arg(variant.label, error));
            vr.skipped = true;
            vr.note = error;
            result.figures << Text::tr("%1: skipped (%2)").arg(variant.label, error);
            result.variants.push_back(vr);
            continue;
        }
        vr.metrics = run.metrics;
        QStringList parts;
        QStringList metrics = shown;
        for (auto it = variant.expect.begin(); it != variant.expect.end(); ++it)
            if (!metrics.contains(it.key()))
                metrics << it.key();
        metrics.removeDuplicates();
        for (const QString &m : metrics)
            if (!unmeasured(vr, m))
                parts << figureText(m, metricOf(vr, m));
        result.figures << Text::tr("%1: %2").arg(variant.label, parts.join(QStringLiteral(", ")));
        for (auto it = variant.expect.begin(); it != variant.expect.end(); ++it) {
            if (unmeasured(vr, it.key()))
                continue;
            const double value = metricOf(vr, it.key());
            const QJsonObject bound = it.value().toObject();
            if (bound.contains(QLatin1String("min"))) {
                const double min = bound.value(QLatin1String("min")).toDouble();
                result.items.push_back(
                    {Text::tr("%1: %2 ≥ %3")
                         .arg(variant.label, figureText(it.key(), value), formatLessonMetric(it.key(), min)),
                     value >= min});
            }
            if (bound.contains(QLatin1String("max"))) {
                const double max = bound.value(QLatin1String("max")).toDouble();
                result.items.push_back(
                    {Text::tr("%1: %2 ≤ %3")
                         .arg(variant.label, figureText(it.key(), value), formatLessonMetric(it.key(), max)),
                     value <= max});
            }
        }
        result.variants.push_back(vr);
    }

    std::vector<const LessonVariantResult *> ran;
    for (const LessonVariantResult &v : result.variants)
        if (!v.skipped)
            ran.push_back(&v);
    if (!order.isEmpty() && ran.size() >= 2) {
        const QString metric = order.value(QLatin1String("metric")).toString();
        const bool falling = order.value(QLatin1String("direction")).toString() != QLatin1String("rising");
        QStringList values;
        bool ok = true;
        for (std::size_t i = 0; i < ran.size(); ++i) {
            const double v = metricOf(*ran[i], metric);
            values << formatLessonMetric(metric, v);
            if (i > 0) {
                const double prev = metricOf(*ran[i - 1], metric);
                ok = ok && (falling ? v < prev : v > prev);
            }
        }
        result.items.push_back({(falling ? Text::tr("%1 strictly falling: %2") : Text::tr("%1 strictly rising: %2"))
                                    .arg(lessonMetricName(metric), values.join(QStringLiteral(" → "))),
                                ok});
    }
    if (!ratio.isEmpty() && ran.size() >= 2) {
        const QString metric = ratio.value(QLatin1String("metric")).toString();
        const double r = metricOf(*ran.front(), metric) / metricOf(*ran.back(), metric);
        const double min = ratio.value(QLatin1String("min")).toDouble(1);
        result.items.push_back({Text::tr("%1, %2 / %3: %4 ≥ %5")
                                    .arg(lessonMetricName(metric), ran.front()->label, ran.back()->label)
                                    .arg(r, 0, 'f', 2)
                                    .arg(min),
                                r >= min});
    }
    if (!greater.isEmpty()) {
        const QString metric = greater.value(QLatin1String("metric")).toString();
        const int a = greater.value(QLatin1String("variant")).toInt(0);
        const int b = greater.value(QLatin1String("than")).toInt(1);
        const double margin = greater.value(QLatin1String("margin")).toDouble(0);
        if (a < 0 || b < 0 || std::size_t(std::max(a, b)) >= result.variants.size())
            return bad(Text::tr("lesson.check.greater: no such variant"));
        const LessonVariantResult &va = result.variants[std::size_t(a)];
        const LessonVariantResult &vb = result.variants[std::size_t(b)];
        const double x = metricOf(va, metric), y = metricOf(vb, metric);
        if (!unmeasured(va, metric) && !unmeasured(vb, metric))
            result.items.push_back({Text::tr("%1: %2 %3 ≥ %4 %5 + %6")
                                        .arg(lessonMetricName(metric), va.label, formatLessonMetric(metric, x),
                                             vb.label, formatLessonMetric(metric, y),
                                             formatLessonMetric(metric, margin)),
                                    x >= y + margin});
    }
    if (!gap.isEmpty()) {
        const QString metric = gap.value(QLatin1String("metric")).toString();
        const bool rising = gap.value(QLatin1String("direction")).toString() != QLatin1String("falling");
        QStringList values;
        bool ok = true;
        double previous = std::nan("");
        for (const QJsonValue &pair : gap.value(QLatin1String("pairs")).toArray()) {
            const QJsonArray ab = pair.toArray();
            const int a = ab.size() == 2 ? ab.at(0).toInt(-1) : -1, b = ab.size() == 2 ? ab.at(1).toInt(-1) : -1;
            if (a < 0 || b < 0 || std::size_t(std::max(a, b)) >= result.variants.size())
                return bad(Text::tr("lesson.check.gap.pairs: expected pairs [a, b] of variant numbers (from 0)"));
            const LessonVariantResult &va = result.variants[std::size_t(a)];
            const LessonVariantResult &vb = result.variants[std::size_t(b)];
            const double g = metricOf(va, metric) - metricOf(vb, metric);
            values << Text::tr("%1 − %2 = %3").arg(va.label, vb.label, formatLessonMetric(metric, g));
            if (!std::isnan(previous))
                ok = ok && (rising ? g > previous : g < previous);
            ok = ok && !std::isnan(g);
            previous = g;
        }
        if (values.size() < 2)
            return bad(Text::tr("lesson.check.gap.pairs: expected at least two pairs"));
        result.items.push_back({(rising ? Text::tr("gap in %1 strictly rising: %2") : Text::tr("gap in %1 strictly falling: %2"))
                                    .arg(lessonMetricName(metric), values.join(QStringLiteral("; "))),
                                ok});
    }
    const QJsonObject calculator = check.value(QLatin1String("calculator")).toObject();
    if (!calculator.isEmpty())
        checkCalculator(calculator, &result);
    if (result.items.empty())
        return bad(Text::tr("lesson.check: nothing to check (no expect, order, ratio, greater or calculator)"));
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

}  // namespace moe::app
