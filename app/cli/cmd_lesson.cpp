// moelab-cli lesson: built-in lessons headless (issue 9). A placeholder until the lesson
// system lands: the command is wired into the table, its body is to be filled.
#include "cli_command.h"
#include "cli_support.h"

namespace moe::cli {

int runLesson(const QStringList &args)
{
    CommandParser command(QStringLiteral("lesson"),
                          Text::tr("Run a built-in lesson, or with --check measure whether its effect "
                                   "appears (not available in this build yet)."));
    if (const auto done = command.parse(args))
        return *done;
    return failed(Text::tr("lesson: not available in this build yet"));
}

}  // namespace moe::cli
