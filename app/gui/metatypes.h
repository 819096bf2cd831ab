// The engine's value types that travel through queued signals between the worker thread and
// the GUI thread. Registered once (registerMetaTypes()) before the first queued connection.
#pragma once

#include "core/command.h"
#include "core/config.h"
#include "core/snapshot.h"
#include "core/trainer.h"

#include <QMetaType>

#include <memory>

Q_DECLARE_METATYPE(moe::Command)
Q_DECLARE_METATYPE(moe::ExperimentConfig)
Q_DECLARE_METATYPE(std::shared_ptr<const moe::Snapshot>)

namespace moe::gui {

using SnapshotPtr = std::shared_ptr<const moe::Snapshot>;

void registerMetaTypes();

}  // namespace moe::gui
