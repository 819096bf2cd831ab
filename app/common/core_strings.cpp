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

QString problemText(const moe::Problem &problem)
{
    if (problem.empty())
        return {};
    // The translated sentence with the values filled in as Problem::english() fills them.
    const QByteArray sentence = QCoreApplication::translate(moe::kProblemContext, problem.sentence).toUtf8();
    const moe::Problem translated {sentence.constData(), problem.values};
    return QString::fromStdString(translated.english());
}

}  // namespace moe::app
