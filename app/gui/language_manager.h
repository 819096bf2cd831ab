// LanguageManager: installs the translation of the chosen language and remembers the choice.
//
// Translations are compiled into the program as :/i18n/moelab_<lang>.qm. A missing file is
// not an error: the program then stays in English (the source language). Installing a
// translator makes Qt send QEvent::LanguageChange to every widget, and each panel and view
// retranslates itself from its changeEvent(): the switch is live.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace moe::gui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "" = follow the system, else "en", "zh_CN", "de", ...
    static QStringList availableLanguages();
    static QString nativeName(const QString &language);

    QString language() const { return m_language; }
    // The language actually shown ("en" when no translation was found).
    QString effectiveLanguage() const { return m_effective; }

    // Reads the remembered choice (QSettings "ui/language") and applies it.
    void restore();

public slots:
    // Applies and remembers the choice. Returns whether a translation was found
    // (English always "is").
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
    QString m_effective = QStringLiteral("en");
};

}  // namespace moe::gui
