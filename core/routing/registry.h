// The one list of routing strategies: stable id, English display name, which options
// apply. The GUI fills its combo box from it, the config validates routing.strategy by it.
#pragma once

#include "strategy.h"

#include <memory>
#include <string>
#include <vector>

namespace moe {

const std::vector<StrategyInfo> &strategyInfos();
const StrategyInfo *findStrategy(const std::string &id);
// nullptr for an unknown id.
std::unique_ptr<RoutingStrategy> makeStrategy(const std::string &id);

}  // namespace moe
