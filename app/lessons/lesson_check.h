// Running a lesson headless and checking that its phenomenon appeared.
//
// runLessonExperiment() trains one configuration to the end while playing the lesson's events
// and measures the figures a check can ask for (the metric names below are a contract: lesson
// files name them).
//
// The check section ("kind": "compare") runs one or more variants of the lesson's
// configuration and compares their figures:
//
//   "check": {
//     "kind": "compare",
//     "window": 0.25,        load figures are averaged over this last fraction of the steps
//     "variants": [          absent: one variant, the lesson as it is
//       { "label": "without the loss",
//         "set": { "balance.aux": 0 },            dotted keys applied to the lesson's config
//         "events": true,                          play the lesson's events (default true),
//                                                  or a list: this variant's own events
//         "optional": false,                       true: skipped (not failed) when the set
//                                                  cannot be applied, e.g. a router missing
//         "expect": { "max_mean_load": { "min": 2.5 } } } ],
//     "order": { "metric": "dropped_fraction", "direction": "falling" },   strictly, over
//                                                  the variants in the order given
//     "ratio": { "metric": "max_mean_load", "min": 2 },   first variant / last ≥ min
//     "greater": { "metric": "mi_bits", "variant": 0, "than": 1, "margin": 0.1 },
//                                                  variant's figure ≥ than's + margin
//     "gap": { "metric": "test_loss", "pairs": [[0, 1], [2, 3]], "direction": "rising" },
//                                                  the gap figure(a) − figure(b) of each pair
//                                                  [a, b] of variants, strictly rising (or
//                                                  falling) over the pairs in the order given
//     "seeds": 3,                                  each variant runs with data.seed = train.seed
//                                                  = s, s + 1, s + 2 (s = the base train.seed);
//                                                  its figures are the means over these runs
//     "show": ["accuracy"],                        more figures to print
//     "mpi": true,                                 also train each vector-data run as a real
//                                                  expert-parallel job on parallel.ranks ranks
//                                                  (mpi_lesson_run.h) when mpirun and moelab-cli
//                                                  are there; without them the checks of mpi_
//                                                  figures are skipped and a figure line says so
//     "calculator": { "hidden": 4096, ..., "expect_total_b": 46.7, "expect_active_b": 12.9,
//                     "tolerance_b": 0.05 }        the sparse-compute calculator (lesson 7)
//   }
//
// Metrics: accuracy (test), train_accuracy, mi_bits (class × top-1 expert, test set),
// max_mean_load, load_cv, min_load, used_experts (load > 1 % of the assignments) — these four
// from each expert's load summed over the window's batches —, dropped_fraction (mean over the
// window), tokens_without_expert, mean_active_experts (means over the window's steps),
// params_total, params_active, flops_per_token,
// router_grad (norm of ∂loss/∂router.Wg on the first train.batch rows, final weights),
// combine_error (largest |output − Σ_e w_e·f_e(x)| over 64 test rows: route, select,
// combine rebuilt by hand), accuracy_before_event, accuracy_after_event, event_dip
// (before − after), event_recovery_gap (before − final), event_expert_load (window mean load
// of the expert the first event acted on; for add_expert the new one), test_loss (final test
// loss; for a multi-task run Σ_k λ_k MSE_k, where accuracy is the tasks' mean R²).
// With parallel.ranks > 1: busiest_rank_share and busiest_rank_rows — the share of the routed
// rows (window loads) that the busiest rank's experts get under parallel.placement, and those
// rows per step (share × batch × k), from the one-process run; with "mpi": mpi_busiest_rank_rows,
// mpi_quietest_rank_rows, mpi_straggler_expert_ms, mpi_step_ms measured in the job.
// A multi-task variant (core/mmoe) has test_loss, accuracy and params_total only.
#pragma once

#include "lesson_library.h"
#include "app/runs/run_record.h"

#include "core/dataset.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace moe::app {

struct LessonRunOptions {
    std::function<void(const QString &)> log;  // event messages (translated), from this thread
    const std::atomic<bool> *cancel = nullptr;
    bool record = false;  // fill `record` (metric rows, for a run folder)
    int regionResolution = 0;  // of the final snapshot (0: no region grid)
    double window = 0.25;
};

struct LessonRunResult {
    QString error;  // translated; the run could not start
    std::map<QString, double> metrics;  // see the list above
    RunRecord record;  // config, weights, final snapshot (+ rows)
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

LessonRunResult runLessonExperiment(const ExperimentConfig &config, const std::vector<LessonEvent> &events,
                                    std::shared_ptr<const Dataset> data, const LessonRunOptions &options = {});

// Every metric name a check may use.
const QStringList &lessonMetricNames();
// A metric's name for people ("max/mean load"), translated.
QString lessonMetricName(const QString &metric);
QString formatLessonMetric(const QString &metric, double value);

struct LessonCheckOptions {
    // Applied to every variant's base: e.g. another seed (data.seed and train.seed).
    QStringList assignments;
    std::function<void(const QString &)> log;
};

struct LessonVariantResult {
    QString label;
    bool skipped = false;  // optional variant that could not be built
    QString note;  // why it was skipped
    std::map<QString, double> metrics;
};

struct LessonCheckItem {
    QString text;  // "without the loss: max/mean load 3.40 ≥ 2.5", translated
    bool passed = false;
};

struct LessonCheckResult {
    QString error;  // translated: a bad check section or a failed run
    bool badInput = false;  // the error is the lesson's fault (exit 2), not the run's
    std::vector<LessonVariantResult> variants;
    std::vector<LessonCheckItem> items;  // every expectation, in order
    QStringList figures;  // lines to print before the expectations
    double seconds = 0;
    [[nodiscard]] bool appeared() const;
};

LessonCheckResult runLessonCheck(const LessonDocument &lesson, const LessonCheckOptions &options = {});

}  // namespace moe::app
