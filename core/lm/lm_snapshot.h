// LmSnapshot: everything the window's language-model views draw, as plain immutable data (no
// Qt). buildLmSnapshot() fills it from an LmTrainer between two steps; the views read it alone
// (LANGUAGE_MODEL.md §4). It travels inside moe::Snapshot (Snapshot::languageModel).
//
//   routed text     a stretch of validation text, W windows of T bytes, run through the model
//                   in evaluation mode as W sequences of one batch; per byte and block the kept
//                   experts in rank order with their combine weights
//   attention       P of every head of every block for those windows (LANGUAGE_MODEL.md §2),
//                   quantised to bytes: P ≈ q / 255
//   specialisation  per block, counts of (byte class or language, top-1 expert) over the
//                   stretch, and I(X; E) / min(H(X), H(E)): 1 when one determines the other,
//                   0 when routing ignores X
//   health          per block, the health figures of the last training step (block_health.h)
//   load history    per block and recorded step, kept tokens per expert (lm_history.h)
//   drops           per block and context position, the dropped fraction, a moving average
//                   over the recent training steps
#pragma once

#include "block_health.h"
#include "lm_history.h"
#include "lm_trainer.h"
#include "text_corpus.h"

#include <cstdint>
#include <string>
#include <vector>

namespace moe {

// The byte classes of the specialisation view (LANGUAGE_MODEL.md §4), in display order.
enum class ByteClass : std::uint8_t {
    Letter,  // a–z
    Upper,  // A–Z
    Digit,
    Space,  // ' ' and tab
    Punctuation,  // ASCII punctuation
    Newline,
    AsciiOther,  // other bytes below 0x80 (control bytes)
    Utf8Lead,  // 0xC0–0xFF: starts a multi-byte character
    Utf8Continuation,  // 0x80–0xBF
};
inline constexpr int kByteClassCount = 9;
ByteClass byteClassOf(std::uint8_t byte);

// The number of bytes of the UTF-8 character that starts with `lead` (1 for ASCII and for a
// byte that cannot start a character).
int utf8SequenceLength(std::uint8_t lead);

// I(X; E) / min(H(X), H(E)) of a rows × experts count table (0 when either entropy is 0).
double normalizedMutualInformation(const std::vector<std::vector<long long>> &counts);

struct LmBlockSpecialisation {
    std::vector<std::vector<long long>> byteClass;  // kByteClassCount × E (top-1 expert)
    double byteClassMi = 0;  // fraction of its maximum
    std::vector<std::vector<long long>> language;  // 3 × E (en, de, zh); empty without labels
    double languageMi = 0;
};

struct LmGeneration {
    int id = 0;  // grows with every request; 0 = nothing generated yet
    std::string prompt;
    int requested = 0;  // bytes asked for
    bool finished = true;
    std::vector<RoutedByte> bytes;  // the prompt's last T bytes, then the generated ones
};

struct LmSnapshot {
    // the model
    std::string corpusId;
    int blocks = 0, experts = 0, k = 0, width = 0, heads = 0, context = 0;
    std::string strategyId;
    double capacityFactor = 0;  // 0 = no limit
    long long paramsTotal = 0, paramsActive = 0;  // active: per token
    double flopsPerToken = 0;  // forward, attention included
    std::vector<std::vector<bool>> knockedOut;  // block × expert

    // losses (nats per byte; bits per byte = nats / ln 2)
    int step = 0;
    double trainLoss = -1;  // task loss of the last step (< 0 before the first)
    double auxLoss = 0;
    double validationLoss = -1;  // of the last evaluation (< 0 before the first)
    int validationStep = -1;

    // routing
    std::vector<BlockHealth> health;  // per block, the last training step
    LmLoadHistory loadHistory;  // per block: tokens per expert over the steps
    std::vector<std::vector<double>> droppedByPosition;  // block × T, recent steps' mean

    // the routed stretch of validation text
    int textOffset = 0;  // where it starts in the validation text
    std::vector<RoutedByte> text;
    std::vector<TextLanguage> textLanguage;  // per byte; empty without labels
    int attentionWindows = 0;  // windows of T bytes with attention (the first ones of text)
    std::vector<std::uint8_t> attention;  // [window][block][head][query t][key s], P ≈ q/255

    std::vector<LmBlockSpecialisation> specialisation;  // per block
    LmGeneration generation;
    std::vector<std::string> warnings;  // English, from the trainer

    [[nodiscard]] bool empty() const { return blocks == 0; }
    [[nodiscard]] static double bitsPerByte(double nats);
    // P(query → key) of one head, for a position of the stretch (0 when outside).
    [[nodiscard]] double attentionAt(int position, int block, int head, int key) const;
};

struct LmSnapshotOptions {
    int textBytes = 512;  // length of the routed stretch (rounded up to whole windows)
    int textOffset = 0;  // start in the validation text (clamped)
    bool attention = true;
    // Live pictures at a high rate: with `previous` of the same shape, only `windows` windows
    // of the stretch, from `firstWindow` on (wrapping), run through the model again; the
    // others keep their routing and attention from `previous` (0 = every window).
    const LmSnapshot *previous = nullptr;
    int windows = 0;
    int firstWindow = 0;
};

// Runs the stretch through the model (evaluation mode) and gathers the rest from the trainer.
// `history` and `generation` are the caller's (they outlive single steps).
LmSnapshot buildLmSnapshot(LmTrainer &trainer, const LmHistory &history, const LmGeneration &generation,
                           const LmSnapshotOptions &options = {});

// Counts and normalised MI of a routed text (top-1 expert per byte and block); exposed for tests.
std::vector<LmBlockSpecialisation> countSpecialisation(const std::vector<RoutedByte> &text,
                                                       const std::vector<TextLanguage> &languages, int blocks,
                                                       int experts);

}  // namespace moe
