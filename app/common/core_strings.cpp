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
    // %N takes the N-th value, as Problem::english() does; a value is never scanned again.
    const QString sentence = QCoreApplication::translate(moe::kProblemContext, problem.sentence);
    QString out;
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence.at(i);
        if (c == QLatin1Char('%') && i + 1 < sentence.size() && sentence.at(i + 1) >= QLatin1Char('1')
            && sentence.at(i + 1) <= QLatin1Char('9')) {
            const auto n = std::size_t(sentence.at(i + 1).unicode() - '1');
            out += n < problem.values.size() ? QString::fromStdString(problem.values[n]) : sentence.mid(i, 2);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace moe::app
