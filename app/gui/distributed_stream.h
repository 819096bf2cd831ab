// Reading `moelab-cli train --stream` (app/cli/parallel_report.h): each JSON line updates the
// Distributed view's frame. A line that is not JSON or not an event of the stream is ignored
// (mpirun may print its own notices on stdout).
#pragma once

#include "widgets/distributed_frame.h"

#include <QByteArray>
#include <QString>

namespace moe::gui {

enum class StreamEvent { None, Start, Step, Eval, Done, Error };

// Applies one line to `frame`; returns what it was. For Error (and Done) `message` gets the
// job's message (the run folder for Done).
StreamEvent applyStreamLine(const QByteArray &line, widgets::DistributedFrame &frame, QString *message = nullptr);

}  // namespace moe::gui
