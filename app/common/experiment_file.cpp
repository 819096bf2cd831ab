// Reading and writing .moelab experiment files (see experiment_file.h for the format).
#include "experiment_file.h"

#include "core_strings.h"
#include "dataset_source.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <cmath>

namespace moe::app {
namespace {

// Translation context for the messages below (non-QObject code).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExperimentFile)
};

const QString kFormatName = QStringLiteral("moelab-experiment");

QString compactJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array: return QStringLiteral("[…]");
    case QJsonValue::Object: return QStringLiteral("{…}");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("?");
}

// The text form of a JSON value for setConfigValue(), or an error when its JSON type is wrong.
QString jsonToText(const ConfigKey &key, const QJsonValue &value, QString *text)
{
    const QString name = QString::fromStdString(key.key);
    switch (key.type) {
    case ValueType::Int: {
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d))
            return Text::tr("%1: expected a whole number, got %2").arg(name, compactJson(value));
        *text = QString::number(value.toInteger());
        return {};
    }
    case ValueType::Real:
        if (!value.isDouble())
            return Text::tr("%1: expected a number, got %2").arg(name, compactJson(value));
        *text = QString::number(value.toDouble(), 'g', 17);
        return {};
    case ValueType::Bool:
        if (!value.isBool())
            return Text::tr("%1: expected true or false, got %2").arg(name, compactJson(value));
        *text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    case ValueType::Text:
    case ValueType::Choice:
        if (!value.isString())
            return Text::tr("%1: expected a text value, got %2").arg(name, compactJson(value));
        *text = value.toString();
        return {};
    }
    return {};
}

QString applyObject(ExperimentConfig &config, const QJsonObject &object, const QString &prefix, QStringList *warnings)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString full = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const ConfigKey *key = findConfigKey(full.toStdString());
        if (!key && it.value().isObject()) {
            const QString error = applyObject(config, it.value().toObject(), full, warnings);
            if (!error.isEmpty())
                return error;
            continue;
        }
        if (!key) {
            if (warnings)
                warnings->append(Text::tr("unknown key '%1' ignored").arg(full));
            continue;
        }
        QString text;
        QString error = jsonToText(*key, it.value(), &text);
        if (error.isEmpty())
            error = problemText(setConfigValue(config, key->key, text.toStdString()));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// ---- history ----------------------------------------------------------------------------

QJsonObject historyPointToJson(const HistoryPoint &p)
{
    QJsonArray load;
    for (double v : p.expertLoad)
        load.append(v);
    return QJsonObject {
        {QStringLiteral("step"), p.step},
        {QStringLiteral("train_loss"), p.trainLoss},
        {QStringLiteral("task_loss"), p.taskLoss},
        {QStringLiteral("aux_loss"), p.auxLoss},
        {QStringLiteral("test_loss"), p.testLoss},
        {QStringLiteral("train_accuracy"), p.trainAccuracy},
        {QStringLiteral("test_accuracy"), p.testAccuracy},
        {QStringLiteral("load_cv"), p.loadCv},
        {QStringLiteral("max_mean_load"), p.maxMeanLoad},
        {QStringLiteral("dropped_fraction"), p.droppedFraction},
        {QStringLiteral("gate_entropy"), p.gateEntropy},
        {QStringLiteral("expert_load"), load},
    };
}

HistoryPoint historyPointFromJson(const QJsonObject &o)
{
    HistoryPoint p;
    p.step = o.value(QStringLiteral("step")).toInt();
    p.trainLoss = o.value(QStringLiteral("train_loss")).toDouble();
    p.taskLoss = o.value(QStringLiteral("task_loss")).toDouble();
    p.auxLoss = o.value(QStringLiteral("aux_loss")).toDouble();
    p.testLoss = o.value(QStringLiteral("test_loss")).toDouble(-1);
    p.trainAccuracy = o.value(QStringLiteral("train_accuracy")).toDouble(-1);
    p.testAccuracy = o.value(QStringLiteral("test_accuracy")).toDouble(-1);
    p.loadCv = o.value(QStringLiteral("load_cv")).toDouble();
    p.maxMeanLoad = o.value(QStringLiteral("max_mean_load")).toDouble();
    p.droppedFraction = o.value(QStringLiteral("dropped_fraction")).toDouble();
    p.gateEntropy = o.value(QStringLiteral("gate_entropy")).toDouble();
    for (const QJsonValue &v : o.value(QStringLiteral("expert_load")).toArray())
        p.expertLoad.push_back(v.toDouble());
    return p;
}

const QStringList &ownSections()
{
    static const QStringList names = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("config"),
                                      QStringLiteral("weights"), QStringLiteral("history")};
    return names;
}

}  // namespace

QJsonValue configJsonValue(const ExperimentConfig &config, const ConfigKey &key)
{
    const std::string text = configValue(config, key.key);
    switch (key.type) {
    case ValueType::Int: return QJsonValue(qint64(std::stoll(text)));
    case ValueType::Real: return QJsonValue(std::stod(text));
    case ValueType::Bool: return QJsonValue(text == "true");
    case ValueType::Text:
    case ValueType::Choice: break;
    }
    return QJsonValue(QString::fromStdString(text));
}

QJsonObject configToJson(const ExperimentConfig &config)
{
    QJsonObject root;
    for (const ConfigKey &key : configKeys()) {
        const QStringList parts = QString::fromStdString(key.key).split(QLatin1Char('.'));
        // Only two levels exist today ("section.name"); deeper keys would nest further.
        std::vector<QJsonObject> chain {root};
        for (int i = 0; i + 1 < parts.size(); ++i)
            chain.push_back(chain.back().value(parts[i]).toObject());
        chain.back().insert(parts.back(), configJsonValue(config, key));
        for (int i = parts.size() - 2; i >= 0; --i)
            chain[std::size_t(i)].insert(parts[i], chain[std::size_t(i) + 1]);
        root = chain.front();
    }
    return root;
}

QString applyConfigJson(ExperimentConfig &config, const QJsonObject &json, QStringList *warnings)
{
    return applyObject(config, json, QString(), warnings);
}

QString buildConfig(ExperimentConfig *config, const std::function<QString(ExperimentConfig &)> &apply)
{
    *config = ExperimentConfig();
    QString error = apply(*config);
    if (error.isEmpty() && hasDatasetDefaults(config->data.name)) {
        *config = defaultsForDataset(config->data.name);
        error = apply(*config);
    }
    return error;
}

QString applyAssignment(ExperimentConfig &config, const QString &assignment)
{
    const int eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Text::tr("expected key=value, got '%1'").arg(assignment);
    const QString key = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1);
    if (!findConfigKey(key.toStdString()))
        return Text::tr("unknown key '%1' (see --help for the list of keys)").arg(key);
    return problemText(setConfigValue(config, key.toStdString(), value.toStdString()));
}

QJsonObject ExperimentFile::toJson() const
{
    QJsonObject root = extras;
    root.insert(QStringLiteral("format"), kFormatName);
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("config"), configToJson(config));
    if (!weights.isEmpty()) {
        root.insert(QStringLiteral("weights"),
                    QJsonObject {{QStringLiteral("encoding"), QStringLiteral("base64")},
                                 {QStringLiteral("bytes"), qint64(weights.size())},
                                 {QStringLiteral("data"), QString::fromLatin1(weights.toBase64())}});
    }
    if (!history.empty()) {
        QJsonArray points;
        for (const HistoryPoint &p : history)
            points.append(historyPointToJson(p));
        root.insert(QStringLiteral("history"), points);
    }
    return root;
}

QByteArray ExperimentFile::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString ExperimentFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("cannot write '%1': %2").arg(path, file.errorString());
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

ExperimentReadResult parseExperiment(const QByteArray &bytes, const QString &origin)
{
    ExperimentReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Text::tr("%1: not a valid experiment file (JSON error at byte %2: %3)")
                           .arg(origin)
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = Text::tr("%1: not a valid experiment file (expected a JSON object)").arg(origin);
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != kFormatName) {
        result.error = Text::tr("%1: not a MoE Lab experiment file (format '%2')").arg(origin, format.toString());
        return result;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toInt() < 1)) {
        result.error = Text::tr("%1: 'version' must be a positive whole number").arg(origin);
        return result;
    }
    if (version.toInt(1) > ExperimentFile::kFormatVersion) {
        result.error = Text::tr("%1 was written by a newer MoE Lab (format version %2; this version reads "
                                "up to %3). Please update MoE Lab.")
                           .arg(origin)
                           .arg(version.toInt())
                           .arg(ExperimentFile::kFormatVersion);
        return result;
    }
    const QJsonValue config = root.value(QStringLiteral("config"));
    if (!config.isUndefined() && !config.isObject()) {
        result.error = Text::tr("%1: 'config' must be an object").arg(origin);
        return result;
    }
    QStringList warnings;
    result.configJson = config.toObject();
    const QString configError = buildConfig(&result.file.config, [&](ExperimentConfig &c) {
        warnings.clear();
        return applyConfigJson(c, result.configJson, &warnings);
    });
    if (!configError.isEmpty()) {
        result.error = Text::tr("%1: %2").arg(origin, configError);
        return result;
    }
    for (const QString &w : warnings)
        result.warnings.append(Text::tr("%1: %2").arg(origin, w));

    const QJsonValue weights = root.value(QStringLiteral("weights"));
    if (!weights.isUndefined() && !weights.isNull()) {
        const QJsonObject w = weights.toObject();
        if (w.value(QStringLiteral("encoding")).toString() != QLatin1String("base64")) {
            result.error = Text::tr("%1: weights: unsupported encoding").arg(origin);
            return result;
        }
        const auto decoded = QByteArray::fromBase64Encoding(w.value(QStringLiteral("data")).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const QJsonValue declared = w.value(QStringLiteral("bytes"));
        if (!decoded || (!declared.isUndefined() && declared.toInteger() != decoded.decoded.size())) {
            result.error = Text::tr("%1: weights are damaged (bad base64 data or wrong length)").arg(origin);
            return result;
        }
        result.file.weights = decoded.decoded;
    }
    const QJsonValue history = root.value(QStringLiteral("history"));
    if (!history.isUndefined() && !history.isNull()) {
        if (!history.isArray()) {
            result.error = Text::tr("%1: 'history' must be an array").arg(origin);
            return result;
        }
        for (const QJsonValue &p : history.toArray())
            result.file.history.push_back(historyPointFromJson(p.toObject()));
    }
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!ownSections().contains(it.key()))
            result.file.extras.insert(it.key(), it.value());
    return result;
}

ExperimentReadResult openExperiment(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        ExperimentReadResult result;
        result.error = Text::tr("%1: no such file").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ExperimentReadResult result;
        result.error = Text::tr("cannot read '%1': %2").arg(path, file.errorString());
        return result;
    }
    return parseExperiment(file.readAll(), path);
}

}  // namespace moe::app
