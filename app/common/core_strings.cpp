// The engine's English texts translated (core_strings.h).
#include "core_strings.h"

#include <QCoreApplication>

namespace moe::app {

QString strategyDisplayName(const std::string &englishName)
{
    return QCoreApplication::translate(kStrategiesContext, englishName.c_str());
}

QString strategyDescription(const std::string &englishDescription)
{
    return QCoreApplication::translate(kStrategiesContext, englishDescription.c_str());
}

QString configKeyHelp(const std::string &englishHelp)
{
    return QCoreApplication::translate(kConfigKeyContext, englishHelp.c_str());
}

}  // namespace moe::app
