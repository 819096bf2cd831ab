// moelab-cli bench: engine speed on fixed workloads (issue 3). A placeholder until the
// engine's benchmark lands: the command is wired into the table, its body is to be filled.
#include "cli_command.h"
#include "cli_support.h"

namespace moe::cli {

int runBench(const QStringList &args)
{
    CommandParser command(QStringLiteral("bench"),
                          Text::tr("Measure the engine's speed on fixed workloads and print one JSON "
                                   "line per run (not available in this build yet)."));
    if (const auto done = command.parse(args))
        return *done;
    return failed(Text::tr("bench: not available in this build yet"));
}

}  // namespace moe::cli
