// Translated display names for the engine's English ids: generated class names ("class 3"),
// routing strategy ids ("topk"), auxiliary loss names ("switch_aux").
#pragma once

#include <QString>

#include <string>

namespace moe::widgets {

QString displayClassName(const std::string &name);
QString displayStrategyName(const std::string &id);
QString displayAuxLossName(const std::string &name);

}  // namespace moe::widgets
