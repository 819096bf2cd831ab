// Gradients of one batch (see batch_gradients.h).
#include "batch_gradients.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BatchGradients)
};

QJsonArray matrixJson(const std::vector<double> &values, int rows, int cols)
{
    QJsonArray out;
    for (int r = 0; r < rows; ++r) {
        QJsonArray row;
        for (int c = 0; c < cols; ++c)
            row.append(values[std::size_t(r) * std::size_t(cols) + std::size_t(c)]);
        out.append(row);
    }
    return out;
}

}  // namespace

BatchGradients computeBatchGradients(Trainer &trainer, const Dataset &batch)
{
    // moe::Trainer offers no "gradients of this batch without a step" yet; requested from
    // the core (see the CLI issue's report). Until then this says so instead of guessing.
    (void)trainer;
    (void)batch;
    BatchGradients g;
    g.error = Text::tr("this build's engine cannot compute the gradients of a given batch yet");
    return g;
}

QJsonObject batchGradientsToJson(const BatchGradients &g)
{
    QJsonObject aux;
    for (const NamedValue &v : g.auxTerms)
        aux.insert(QString::fromStdString(v.name), v.value);
    QJsonArray params;
    for (const ParameterGradient &p : g.parameters)
        params.append(QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("shape"), QJsonArray{p.rows, p.cols}},
                                  {QStringLiteral("value"), matrixJson(p.value, p.rows, p.cols)},
                                  {QStringLiteral("grad"), matrixJson(p.grad, p.rows, p.cols)}});
    return QJsonObject{{QStringLiteral("loss"), g.loss},
                       {QStringLiteral("task_loss"), g.taskLoss},
                       {QStringLiteral("aux_loss"), g.auxLoss},
                       {QStringLiteral("aux_terms"), aux},
                       {QStringLiteral("parameters"), params}};
}

}  // namespace moe::app
