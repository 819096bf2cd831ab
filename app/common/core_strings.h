// The engine's English texts in the user's language.
//
// core/ has no Qt, so it reports English strings: the display name and description of each
// routing strategy and the help sentence of each configuration key. They are marked for
// lupdate where they are written (MOE_TR_NOOP in core/routing/*.cpp and core/config.cpp, in the
// contexts below); these functions look their translation up. The engine's refusals (a live
// command, a configuration value) are Problems: a marked sentence and its values. tests/translations fails when
// one of them has no translation.
#pragma once

#include "core/problem.h"

#include <QString>

#include <string>

namespace moe::app {

// Contexts of the .ts files the core's texts live in.
inline constexpr char kStrategiesContext[] = "Strategies";  // StrategyInfo::displayName/description
inline constexpr char kConfigKeyContext[] = "moe::ConfigKey";  // ConfigKey::help

QString strategyDisplayName(const std::string &englishName);
QString strategyDescription(const std::string &englishDescription);
QString configKeyHelp(const std::string &englishHelp);
// A problem the engine reported (core/problem.h), translated, with its values filled in; ""
// when there is none.
QString problemText(const moe::Problem &problem);

}  // namespace moe::app
