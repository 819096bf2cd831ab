// A small, fast experiment for the window tests: 2-D blobs, 4 experts, top-2.
#pragma once

#include "core/config.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace moe::test {

inline ExperimentConfig smallExperiment(int steps = 100000)
{
    ExperimentConfig c;
    c.data.name = "blobs";
    c.data.samples = 400;
    c.data.classes = 4;
    c.model.experts = 4;
    c.model.hidden = 8;
    c.routing.strategy = "topk";
    c.routing.k = 2;
    c.train.batch = 32;
    c.train.steps = steps;
    c.train.threads = 1;
    c.train.evalEvery = 25;
    return c;
}

// Settings of a test never touch the user's (QSettings goes to a throw-away location).
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MoE Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("moelab-tests"));
}

}  // namespace moe::test
