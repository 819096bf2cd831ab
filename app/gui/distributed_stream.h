// Reading `moelab-cli train --stream` (app/cli/parallel_report.h): each JSON line updates the
// Distributed view's frame. A line that is not JSON or not an event of the stream is ignored
// (mpirun may print its own notices on stdout). And the one command the window writes back to
// the job's stdin: {"set":"parallel.failed_rank","value":"R"} (R = -1 restores).
#pragma once

#include "widgets/distributed_frame.h"

#include <QByteArray>
#include <QString>

namespace moe::gui {

enum class StreamEvent { None, Start, Step, Eval, Done, Error, Set, Warning };

// Applies one line to `frame`; returns what it was. For Error, Warning (and Done) `message`
// gets the job's message (the run folder for Done). For Set, `value` gets the new failed rank
// and `message` the first step it applies to.
StreamEvent applyStreamLine(const QByteArray &line, widgets::DistributedFrame &frame, QString *message = nullptr,
                            int *value = nullptr);

// The command line (newline included) that knocks out every expert of `rank` from the job's
// next step on; rank −1 restores the failed rank.
QByteArray failedRankCommand(int rank);

}  // namespace moe::gui
