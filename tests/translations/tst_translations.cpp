// The translations are complete and consistent with the current sources.
//
// - lupdate (Qt 6's, the one the build uses) run over the sources into a copy of each .ts
//   finds no unfinished and no vanished/obsolete entry;
// - every message of every .ts has a translation (every numerus form filled in);
// - placeholders (%1, %n, ...) and accelerators (&) survive the translation;
// - the glossary of translations/README.md is followed for its key terms;
// - every English text the core reports (strategies, config key help) has a translation;
// - the compiled .qm files are in the resources as :/i18n/moelab_<lang>.qm.
#include "app/common/core_strings.h"
#include "core/config.h"
#include "core/routing/assigned.h"
#include "core/routing/registry.h"
#include "datasets/csv_parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;  // "", "unfinished", "vanished", "obsolete"
    QStringList translations;  // one, or one per numerus form
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(70));
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MOELAB_TS_DIR "/moelab_%1.ts").arg(language);
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese (zh_CN)") << QStringLiteral("zh_CN");
    QTest::newRow("German (de)") << QStringLiteral("de");
}

// %1..%99 and %n, as a sorted multiset.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

// Accelerator: a single '&' before a letter or digit (not "&&", not "& ").
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(text).hasMatch();
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void lupdateFindsNothingNewOrVanished_data() { addLanguageRows(); }
    void lupdateFindsNothingNewOrVanished()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("moelab_%1.ts").arg(language));
        QVERIFY2(QFile::copy(tsPath(language), copy), qPrintable(tsPath(language)));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList args = QStringLiteral(MOELAB_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        args << QStringLiteral(MOELAB_TR_SOURCE_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        args << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(MOELAB_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(90000), "lupdate did not finish");
        const QString log = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));

        const TsFile ts = readTs(copy);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList unfinished, vanished;
        for (const Message &m : ts.messages) {
            if (m.type == QLatin1String("unfinished"))
                unfinished << describe(m);
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                vanished << describe(m);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished (new or changed source texts; run "
                                           "`cmake --build BUILD --target update_translations` and translate):\n  %2")
                                .arg(unfinished.size())
                                .arg(unfinished.mid(0, 25).join(QStringLiteral("\n  ")))));
        QVERIFY2(
            vanished.isEmpty(),
            qPrintable(QStringLiteral("%1 vanished (no longer in the sources; update_translations drops them):\n  %2")
                           .arg(vanished.size())
                           .arg(vanished.mid(0, 25).join(QStringLiteral("\n  ")))));
        QVERIFY2(!ts.messages.isEmpty(), "lupdate found no source texts at all");
    }

    void everyMessageTranslated_data() { addLanguageRows(); }
    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QStringList missing;
        for (const Message &m : ts.messages) {
            bool ok = m.type.isEmpty() && !m.translations.isEmpty();
            for (const QString &t : m.translations)
                ok = ok && !t.trimmed().isEmpty();
            if (!ok)
                missing << describe(m);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 without a finished translation:\n  %2")
                                .arg(missing.size())
                                .arg(missing.mid(0, 25).join(QStringLiteral("\n  ")))));
    }

    void placeholdersAndAcceleratorsKept_data() { addLanguageRows(); }
    void placeholdersAndAcceleratorsKept()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QStringList wrong;
        for (const Message &m : ts.messages) {
            QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                QStringList got = placeholders(t);
                // A numerus form may leave %n out ("one expert" for n = 1).
                if (m.numerus && !got.contains(QLatin1String("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                if (got != expected)
                    wrong << describe(m)
                            + QStringLiteral(" -> \"%1\" (placeholders %2 vs %3)")
                                  .arg(t, expected.join(u','), got.join(u','));
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    wrong << describe(m) + QStringLiteral(" -> \"%1\" (accelerator &)").arg(t);
                expected = placeholders(m.source);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 25).join(QLatin1Char('\n'))));
    }

    // The key terms of the glossary (translations/README.md): a source text that uses the
    // English term uses the established translation.
    void glossaryFollowed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("english");  // regular expression, case-insensitive
        QTest::addColumn<QString>("term");  // must occur in the translation (case-insensitive)
        const auto row = [](const char *name, const char *lang, const QString &english, const QString &term) {
            QTest::newRow(name) << QString::fromLatin1(lang) << english << term;
        };
        // The word on its own, not inside an identifier such as routing.k or experts.csv.
        const auto kWord = [](const char *word) {
            return QStringLiteral("(?<![\\w.])%1(?!\\w|\\.\\w)").arg(QLatin1String(word));
        };
        row("zh: expert -> 专家", "zh_CN", kWord("experts?"), QStringLiteral("专家"));
        row("de: expert -> Experte", "de", kWord("experts?"), QStringLiteral("expert"));
        row("zh: gate -> 门控", "zh_CN", kWord("gate"), QStringLiteral("门控"));
        row("de: gate -> Gate/Gating", "de", kWord("gate"), QStringLiteral("gat"));
        row("zh: capacity factor -> 容量因子", "zh_CN", "capacity factor", QStringLiteral("容量因子"));
        row("de: capacity factor -> Kapazitätsfaktor", "de", "capacity factor", QStringLiteral("kapazitätsfaktor"));
        row("zh: routing -> 路由", "zh_CN", kWord("routing"), QStringLiteral("路由"));
        row("de: routing -> Routing", "de", kWord("routing"), QStringLiteral("routing"));
        row("zh: load balancing -> 负载均衡", "zh_CN", "load.balancing", QStringLiteral("负载均衡"));
        row("de: load balancing -> Lastausgleich", "de", "load.balancing", QStringLiteral("lastausgleich"));
        row("zh: top-k stays top-k", "zh_CN", "\\btop-k\\b", QStringLiteral("top-k"));
        row("de: top-k stays top-k", "de", "\\btop-k\\b", QStringLiteral("top-k"));
        row("zh: z-loss -> z 损失", "zh_CN", "z-loss", QStringLiteral("z 损失"));
        row("de: z-loss -> z-Loss", "de", "z-loss", QStringLiteral("z-loss"));
    }
    void glossaryFollowed()
    {
        QFETCH(QString, language);
        QFETCH(QString, english);
        QFETCH(QString, term);
        const TsFile ts = readTs(tsPath(language));
        const QRegularExpression re(english, QRegularExpression::CaseInsensitiveOption);
        QStringList wrong;
        int uses = 0;
        for (const Message &m : ts.messages) {
            if (!re.match(m.source).hasMatch())
                continue;
            ++uses;
            for (const QString &t : m.translations)
                if (!t.contains(term, Qt::CaseInsensitive))
                    wrong << describe(m) + QStringLiteral(" -> \"%1\"").arg(t);
        }
        QVERIFY2(
            wrong.isEmpty(),
            qPrintable(
                QStringLiteral("not using \"%1\":\n  %2").arg(term, wrong.mid(0, 25).join(QStringLiteral("\n  ")))));
        Q_UNUSED(uses)
    }

    void resourcesCarryBothLanguages_data() { addLanguageRows(); }
    void resourcesCarryBothLanguages()
    {
        QFETCH(QString, language);
        const QString qm = QStringLiteral(":/i18n/moelab_%1.qm").arg(language);
        QVERIFY2(QFile::exists(qm), qPrintable(qm));
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), language);
        const QString expert = translator.translate("ControlTexts", "Experts");
        if (!expert.isEmpty())
            QVERIFY2(
                expert.contains(language == QLatin1String("de") ? QStringLiteral("Expert") : QStringLiteral("专家")),
                qPrintable(expert));
        QVERIFY(!translator.translate("moe::widgets::PlotExport", "PNG image (*.png)").isEmpty());
    }

    // core/ reports English texts (it has no Qt), marked with MOE_TR_NOOP where they are
    // written. A strategy or key whose text is not marked, or marked in another context, has no
    // translation here and stays English in the programs.
    void everyCoreTextTranslated_data() { addLanguageRows(); }
    void everyCoreTextTranslated()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/moelab_%1.qm").arg(language)));

        QStringList missing;
        int checked = 0;
        const auto check = [&](const char *context, const std::string &english, const std::string &owner) {
            ++checked;
            if (english.empty())
                missing << QStringLiteral("%1: empty text").arg(QString::fromStdString(owner));
            else if (translator.translate(context, english.c_str()).isEmpty())
                missing << QStringLiteral("%1: no translation for [%2] \"%3\" (mark it with MOE_TR_NOOP)")
                               .arg(QString::fromStdString(owner), QString::fromLatin1(context),
                                    QString::fromStdString(english));
        };
        for (const moe::StrategyInfo &info : moe::strategyInfos()) {
            check(moe::app::kStrategiesContext, info.displayName, info.id);
            check(moe::app::kStrategiesContext, info.description, info.id);
        }
        const moe::AssignedStrategy assigned(nullptr);  // staged training's, outside the registry
        check(moe::app::kStrategiesContext, assigned.info().displayName, assigned.info().id);
        for (const moe::ConfigKey &key : moe::configKeys())
            check(moe::app::kConfigKeyContext, key.help, key.key);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QCOMPARE(checked, 2 * int(moe::strategyInfos().size()) + 1 + int(moe::configKeys().size()));

        // And the lookup functions the programs call use those translations.
        QVERIFY(QCoreApplication::installTranslator(&translator));
        for (const moe::StrategyInfo &info : moe::strategyInfos()) {
            QCOMPARE(moe::app::strategyDisplayName(info.displayName),
                     translator.translate(moe::app::kStrategiesContext, info.displayName.c_str()));
            QCOMPARE(moe::app::strategyDescription(info.description),
                     translator.translate(moe::app::kStrategiesContext, info.description.c_str()));
        }
        for (const moe::ConfigKey &key : moe::configKeys())
            QCOMPARE(moe::app::configKeyHelp(key.help),
                     translator.translate(moe::app::kConfigKeyContext, key.help.c_str()));
        QVERIFY(moe::app::strategyDisplayName(moe::strategyInfos().front().displayName)
                != QString::fromStdString(moe::strategyInfos().front().displayName));
        QCoreApplication::removeTranslator(&translator);
    }

    // The engine's refusals (core/problem.h) reach the user translated, with their values: a
    // bad configuration value and a refused live command, asked of the real code.
    void problemsTranslatedWithTheirValues_data() { addLanguageRows(); }
    void problemsTranslatedWithTheirValues()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/moelab_%1.qm").arg(language)));
        moe::ExperimentConfig config;
        const moe::Problem range = moe::setConfigValue(config, "routing.k", "999");
        QVERIFY(!range.empty());
        QCOMPARE(QString::fromStdString(range.english()),
                 QStringLiteral("routing.k: 999 is outside the allowed range [%1, %2]")
                     .arg(QString::fromStdString(range.values[2]), QString::fromStdString(range.values[3])));
        const moe::Problem choice = moe::setConfigValue(config, "model.expert_type", "bogus");
        QVERIFY(!choice.empty());
        // A load error with values: a short row of a CSV file.
        const moe::data::CsvParseResult csv = moe::data::parseCsv("a,b,y\n1,2,x\n3,4\n", {});
        QVERIFY(csv.error && !csv.error->problem.empty());
        QCOMPARE(csv.error->message, std::string("this row has 2 fields but the header has 3"));
        const moe::Problem shortRow = csv.error->problem;
        QVERIFY(moe::setConfigValue(config, "routing.k", "2").empty());

        QVERIFY(QCoreApplication::installTranslator(&translator));
        for (const moe::Problem &p : {range, choice, shortRow}) {
            const QString shown = moe::app::problemText(p);
            const QString translated = translator.translate(moe::kProblemContext, p.sentence);
            QVERIFY2(!translated.isEmpty(), p.sentence);
            QVERIFY2(shown != QString::fromStdString(p.english()), qPrintable(shown));
            for (const std::string &value : p.values)  // every value in its place, none lost
                QVERIFY2(shown.contains(QString::fromStdString(value)), qPrintable(shown));
            QVERIFY2(!shown.contains(QLatin1String("%1")), qPrintable(shown));
        }
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(moe::app::problemText(range), QString::fromStdString(range.english()));  // English
        QCOMPARE(moe::app::problemText(moe::Problem()), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
