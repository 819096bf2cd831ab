#include "display_names.h"

#include "core/routing/registry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace moe::widgets {

QString displayClassName(const std::string &name)
{
    // Toy generators name their classes "class N" in English.
    static const QRegularExpression generated(QStringLiteral("^class (\\d+)$"));
    const QString text = QString::fromStdString(name);
    const auto match = generated.match(text);
    if (match.hasMatch())
        return QCoreApplication::translate("moe::widgets::DisplayNames", "class %1").arg(match.captured(1));
    return text;
}

QString displayStrategyName(const std::string &id)
{
    if (const StrategyInfo *info = findStrategy(id))
        return QCoreApplication::translate("Strategies", info->displayName.c_str());
    return QString::fromStdString(id);
}

QString displayAuxLossName(const std::string &name)
{
    if (name == "switch_aux")
        return QCoreApplication::translate("moe::widgets::DisplayNames", "balance loss");
    if (name == "z_loss")
        return QCoreApplication::translate("moe::widgets::DisplayNames", "z-loss");
    if (name == "importance_cv2")
        return QCoreApplication::translate("moe::widgets::DisplayNames", "importance CV²");
    if (name == "load_cv2")
        return QCoreApplication::translate("moe::widgets::DisplayNames", "load CV²");
    return QString::fromStdString(name);
}

}  // namespace moe::widgets
