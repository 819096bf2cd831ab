#include "language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace moe::gui {
namespace {

const char kSettingsKey[] = "ui/language";

}  // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

QStringList LanguageManager::availableLanguages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("de")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language.isEmpty())
        return tr("System");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QLocale(language).nativeLanguageName();
}

void LanguageManager::restore()
{
    setLanguage(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

bool LanguageManager::setLanguage(const QString &language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_language = language;
    QSettings().setValue(QLatin1String(kSettingsKey), language);

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    bool found = false;
    if (language != QLatin1String("en")) {
        // QTranslator::load(locale, ...) tries every UI language of the locale in turn.
        found = m_app.load(locale, QStringLiteral("moelab"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        if (found) {
            QCoreApplication::installTranslator(&m_app);
            if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qt);
        }
    }
    m_effective = found ? m_app.language() : QStringLiteral("en");
    if (m_effective.isEmpty())
        m_effective = locale.name();
    QLocale::setDefault(found ? locale : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!found) {
        // Removing the translators already sent LanguageChange; make sure one goes out
        // even when none was installed before (switching back to English).
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit languageChanged(m_effective);
    return found || language == QLatin1String("en");
}

}  // namespace moe::gui
