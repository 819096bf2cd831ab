// ExperimentFile: a run described by a file (.moelab, JSON, versioned).
//
//   {
//     "format": "moelab-experiment",
//     "version": 1,
//     "config": { "data": { "name": "spirals", "samples": 800 }, "routing": { "k": 2 }, ... },
//     "weights": { "encoding": "base64", "bytes": 12345, "data": "..." },      (optional)
//     "history": { "columns": ["step", "train_loss", ...], "rows": [[...], ...] }, (optional)
//     "lesson": { ... }          (any other top-level section is kept as is, see extras)
//   }
//
// The configuration is written nested by the dots of its keys ("routing.k" → config.routing.k)
// and typed: numbers as JSON numbers, switches as true/false, ids as strings. Reading also
// accepts flat dotted keys ("routing.k": 2) and keys left out keep their defaults. Unknown
// keys are warnings; a value of the wrong type or outside its range is an error that names the
// key; a file written by a newer format version is refused with a message that says so.
// Writing is atomic (QSaveFile): a failed save leaves the previous file intact.
#pragma once

#include "core/config.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace moe::app {

struct ExperimentFile {
    static constexpr int kFormatVersion = 1;

    ExperimentConfig config;
    QByteArray weights;  // Trainer::serializeWeights(), empty = none
    std::vector<HistoryPoint> history;  // metric history, empty = none
    QJsonObject extras;  // other top-level sections (e.g. "lesson"), kept verbatim

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBytes() const;

    // Writes atomically. Returns "" or a translated error.
    [[nodiscard]] QString save(const QString &path) const;
};

struct ExperimentReadResult {
    ExperimentFile file;
    QJsonObject configJson;  // the file's "config" section as written (keys left out stay out)
    QString error;  // "" on success; translated, names the file and the problem
    QStringList warnings;  // translated (unknown keys, ...)
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Parses the JSON text of a .moelab file. `origin` names the source in messages.
ExperimentReadResult parseExperiment(const QByteArray &bytes, const QString &origin);
// Reads and parses a file.
ExperimentReadResult openExperiment(const QString &path);

// The configuration alone, nested by dots and typed (also used for summary.json and sweeps).
QJsonObject configToJson(const ExperimentConfig &config);
// Applies a JSON object (nested or flat dotted keys) onto `config`. Returns "" or a
// translated error naming the key; unknown keys are appended to `warnings`.
QString applyConfigJson(ExperimentConfig &config, const QJsonObject &json, QStringList *warnings);

// The defaults a configuration starts from. `apply` writes the user's values (an experiment
// file's config section, --set assignments, ...) onto a base configuration: first onto
// ExperimentConfig(); when the result's data.name has defaults of its own, once more onto
// them (defaultsForDataset in dataset_source.h: the baby language model's recipe for a text
// corpus, the catalogue row's defaults for e.g. fashion_mnist), so that every value the user
// gave wins and every key left out has the dataset's default. Returns "" or apply's error.
QString buildConfig(ExperimentConfig *config, const std::function<QString(ExperimentConfig &)> &apply);

// Applies "key=value" (as given to --set) onto `config`. Returns "" or a translated error.
QString applyAssignment(ExperimentConfig &config, const QString &assignment);

// The typed JSON value of one key ("routing.k" → 2, "data.name" → "spirals").
QJsonValue configJsonValue(const ExperimentConfig &config, const ConfigKey &key);

}  // namespace moe::app
