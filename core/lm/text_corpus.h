// TextCorpus: the bytes of UTF-8 text that the language model reads (LANGUAGE_MODEL.md §1).
//
// Tokens are bytes: vocabulary V = 256, no tokenizer. English, German and Chinese share it; a
// Chinese character is three bytes (a lead byte 0xE4–0xE9 and two continuation bytes
// 0x80–0xBF). The first 90 % of the bytes train, the last 10 % validate (nanoGPT's split).
// datasets/ fills it from files (shakespeare, fortunes, text); the core only reads it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace moe {

// The language of a document, for the views only: it never enters the model.
enum class TextLanguage : std::uint8_t { Unknown = 0, English = 1, German = 2, Chinese = 3 };

struct TextCorpus {
    std::string id;  // stable id: "shakespeare", "fortunes", "text"
    std::string displayName;  // English; the GUI translates known ids
    std::string source;  // where it came from (files, package, licence)
    std::vector<std::uint8_t> train;  // first 90 % of the bytes
    std::vector<std::uint8_t> validation;  // last 10 %
    // One label per byte of train / validation (fortunes); both empty when not known.
    std::vector<TextLanguage> trainLanguage, validationLanguage;

    [[nodiscard]] bool hasLanguages() const { return !trainLanguage.empty(); }
};

}  // namespace moe
