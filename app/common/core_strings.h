// The engine's English texts in the user's language.
//
// core/ has no Qt, so it reports English strings (strategy display names and descriptions,
// the help sentence of each configuration key, the English warning message). This table marks
// every one of them for lupdate (QT_TRANSLATE_NOOP) in the contexts the programs translate
// them in, and the functions below look the translation up. A core string missing from the
// table stays English; tests/translations fails when that happens.
#pragma once

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace moe::app {

// Contexts of the .ts files the core's texts live in.
inline constexpr char kStrategiesContext[] = "Strategies";  // StrategyInfo::displayName/description
inline constexpr char kConfigKeyContext[] = "moe::ConfigKey";  // ConfigKey::help

QString strategyDisplayName(const std::string &englishName);
QString strategyDescription(const std::string &englishDescription);
QString configKeyHelp(const std::string &englishHelp);

// (context, English source) of every core text in the table, for the translation test.
std::vector<std::pair<const char *, const char *>> coreSourceTexts();

}  // namespace moe::app
