// moelab-cli grad: the loss of one batch and the gradient of every parameter, as JSON.
#include "cli_command.h"
#include "cli_support.h"

namespace moe::cli {

int runGrad(const QStringList &args)
{
    CommandParser command(QStringLiteral("grad"),
                          Text::tr("Print the loss of one batch and the gradient of every parameter as JSON."));
    const QCommandLineOption batch(QStringList{QStringLiteral("b"), QStringLiteral("batch")},
                                   Text::tr("CSV file with one sample per row: the features, then the label."),
                                   Text::tr("file"));
    command.parser().addOption(batch);
    ConfigOptions configOptions(command.parser(), true);
    if (const auto done = command.parse(args))
        return *done;
    return failed(Text::tr("grad: not available in this build yet"));
}

}  // namespace moe::cli
