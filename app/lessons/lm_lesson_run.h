// runLmLessonExperiment(): a lesson on a text corpus. Trains the language model (LmTrainer) to
// train.steps while playing the lesson's events, evaluating every train.eval_every steps, and
// measures the figures a check can ask for (names are a contract, like lesson_check.h's):
//
//   val_loss             validation loss of the last evaluation, nats per byte
//   bits_per_byte        the same in bits (val_loss / ln 2)
//   language_mi          max over blocks of I(language; top-1 expert) / min(H(language), H(expert))
//                        over the first kMiBytes of the validation text (fortunes: en/de/zh)
//   byte_class_mi        the same for the byte class (letters, digits, UTF-8 lead byte, …)
//   block_max_mean_load  max over blocks of max_e / mean_e of the kept tokens per expert, summed
//                        over the steps of the check's window (the last quarter by default)
//   dropped_fraction     mean over blocks of the last evaluation's dropped fraction
//   drops_early          mean over blocks of the dropped fraction at the first quarter of the
//   drops_late           context positions, and at the last quarter (last evaluation)
//   params_total, params_active, flops_per_token   the model's size (active: per byte)
#pragma once

#include "lesson_check.h"

#include "core/lm/text_corpus.h"

namespace moe::app {

inline constexpr int kMiBytes = 16384;

LessonRunResult runLmLessonExperiment(const ExperimentConfig &config, const std::vector<LessonEvent> &events,
                                      std::shared_ptr<const TextCorpus> corpus, const LessonRunOptions &options = {});

}  // namespace moe::app
