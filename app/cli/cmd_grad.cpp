// moelab-cli grad: the loss of one batch and the gradient of every parameter, as JSON.
//
//   moelab-cli grad --config run/config.moelab --batch batch.csv
//
// The batch is a CSV file read by the dataset catalogue's CSV loader: one sample per row,
// the features (as the model sees them: not standardized again) and the label in the
// column data.label_column (default: the last). An optional header row is allowed.
#include "cli_command.h"
#include "cli_support.h"

#include "app/runs/batch_gradients.h"
#include "app/common/dataset_source.h"

#include <QJsonDocument>

#include <exception>

namespace moe::cli {

int runGrad(const QStringList &args)
{
    CommandParser command(QStringLiteral("grad"),
                          Text::tr("Print the loss of one batch and the gradient of every parameter as JSON, "
                                   "under the weights of the experiment file (or a fresh initialisation)."));
    const QCommandLineOption batch(QStringList {QStringLiteral("b"), QStringLiteral("batch")},
                                   Text::tr("CSV file with one sample per row: the features, then the label."),
                                   Text::tr("file"));
    command.parser().addOption(batch);
    ConfigOptions configOptions(command.parser(), true);
    if (const auto done = command.parse(args))
        return *done;
    if (!command.parser().isSet(batch))
        return badInput(Text::tr("grad: --batch FILE.csv is required"));

    ExperimentConfig config;
    QByteArray weights;
    if (!configOptions.build(command.parser(), &config, &weights))
        return ExitBadInput;
    const app::DatasetLoad data = app::loadDatasetFor(config.data);
    if (!data.ok())
        return badInput(data.error);
    DataConfig batchConfig = config.data;
    batchConfig.name = "csv";
    batchConfig.path = command.parser().value(batch).toStdString();
    batchConfig.samples = 0;
    batchConfig.standardize = false;
    const app::DatasetLoad rows = app::loadDatasetFor(batchConfig);
    if (!rows.ok())
        return badInput(rows.error);
    if (rows.dataset->inputDim() != data.dataset->inputDim())
        return badInput(Text::tr("--batch: %1 features per row, but the model takes %2")
                            .arg(rows.dataset->inputDim())
                            .arg(data.dataset->inputDim()));
    try {
        Trainer trainer(config, data.dataset);
        if (!weights.isEmpty()) {
            const std::string error = trainer.deserializeWeights(std::vector<char>(weights.begin(), weights.end()));
            if (!error.empty())
                return badInput(Text::tr("--config: %1").arg(QString::fromStdString(error)));
        }
        const app::BatchGradients g = app::computeBatchGradients(trainer, *rows.dataset);
        if (!g.error.isEmpty())
            return failed(g.error);
        printOut(
            QString::fromUtf8(QJsonDocument(app::batchGradientsToJson(g)).toJson(QJsonDocument::Indented)).trimmed());
    } catch (const std::exception &e) {
        return badInput(QString::fromStdString(e.what()));
    }
    return ExitOk;
}

}  // namespace moe::cli
