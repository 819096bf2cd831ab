// Problem: what the engine reports when it refuses something (a live command, a configuration
// value): a kind, written as its English sentence with %1, %2, ... where the values go, and
// the values. moelab-cli prints english(); the window translates the sentence (context
// "moe::Problem", every sentence is marked with MOE_TR_NOOP where it is written) and then
// fills in the values (app::problemText), so no sentence is written twice and none reaches a
// user untranslated.
//
// A Problem converts to its English text, so code that only passes errors on as strings
// (and tests that look for a word) keeps working.
#pragma once

#include "text_marker.h"

#include <string>
#include <vector>

namespace moe {

struct Problem {
    const char *sentence = nullptr;  // nullptr: no problem
    std::vector<std::string> values;  // %1, %2, ... in order

    [[nodiscard]] bool empty() const { return sentence == nullptr; }
    // The sentence with its values, in English ("" when there is no problem).
    [[nodiscard]] std::string english() const;
    operator std::string() const { return english(); }  // NOLINT: deliberate, see above
};

inline constexpr char kProblemContext[] = "moe::Problem";

// problem(MOE_TR_NOOP("moe::Problem", "expert %1 does not exist (there are %2)"), {"9", "4"})
Problem problem(const char *sentence, std::vector<std::string> values = {});

}  // namespace moe
