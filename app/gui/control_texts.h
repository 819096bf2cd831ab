// The words of the control panel: for every config key a short label and one sentence that
// teaches the concept (the tooltip), the display names of choice values (a dataset's is its
// catalogue name, app/common/dataset_source.h), and the engine's warnings in the user's
// language, each tied to the key of the control it concerns.
#pragma once

#include "core/warnings.h"

#include <QString>

namespace moe::gui {

QString controlLabel(const QString &key);
QString controlToolTip(const QString &key);
QString choiceLabel(const QString &key, const QString &value);
// The title of the group a key belongs to ("data.samples" → "Data").
QString groupTitle(const QString &group);

struct WarningText {
    QString key;  // the control it is shown next to
    QString text;  // translated
};
WarningText warningText(const Warning &warning);

}  // namespace moe::gui
