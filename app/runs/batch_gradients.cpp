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
    BatchGradients g;
    if (batch.size() == 0) {
        g.error = Text::tr("the batch is empty");
        return g;
    }
    if (batch.inputDim() != trainer.dataset().inputDim()) {
        g.error = Text::tr("the batch has %1 features, the model expects %2")
                      .arg(batch.inputDim())
                      .arg(trainer.dataset().inputDim());
        return g;
    }
    std::vector<int> rows(static_cast<std::size_t>(batch.size()));
    for (int i = 0; i < batch.size(); ++i)
        rows[static_cast<std::size_t>(i)] = i;
    MatrixF x;
    batch.gatherRows(rows, x);
    MatrixF targets = batch.targets;
    // The batch file's own class numbering may differ (it may hold only some classes):
    // map each row's class by name to the model's classes, or by number when it is one.
    std::vector<int> labels;
    const auto &modelClasses = trainer.dataset().classNames;
    if (trainer.dataset().task == Task::Classification) {
        for (int label : batch.labels) {
            const std::string name = label >= 0 && std::size_t(label) < batch.classNames.size()
                ? batch.classNames[std::size_t(label)]
                : std::to_string(label);
            int index = -1;
            for (std::size_t c = 0; c < modelClasses.size(); ++c)
                if (modelClasses[c] == name)
                    index = int(c);
            if (index < 0) {
                bool isNumber = false;
                const int n = QString::fromStdString(name).toInt(&isNumber);
                if (isNumber && n >= 0 && n < int(modelClasses.size()))
                    index = n;
            }
            if (index < 0) {
                g.error = Text::tr("the batch has the class '%1', which the model does not know")
                              .arg(QString::fromStdString(name));
                return g;
            }
            labels.push_back(index);
        }
    }
    const Trainer::BatchGradients core = trainer.batchGradients(x, labels, targets);
    g.loss = core.loss;
    g.taskLoss = core.taskLoss;
    g.auxLoss = core.auxLoss;
    g.auxTerms = core.auxTerms;
    for (const auto &p : core.parameters) {
        ParameterGradient out;
        out.name = QString::fromStdString(p.name);
        out.rows = p.rows;
        out.cols = p.cols;
        out.value.assign(p.value.begin(), p.value.end());
        out.grad.assign(p.gradient.begin(), p.gradient.end());
        g.parameters.push_back(std::move(out));
    }
    return g;
}

QJsonObject batchGradientsToJson(const BatchGradients &g)
{
    QJsonObject aux;
    for (const NamedValue &v : g.auxTerms)
        aux.insert(QString::fromStdString(v.name), v.value);
    QJsonArray params;
    for (const ParameterGradient &p : g.parameters)
        params.append(QJsonObject {{QStringLiteral("name"), p.name},
                                   {QStringLiteral("shape"), QJsonArray {p.rows, p.cols}},
                                   {QStringLiteral("value"), matrixJson(p.value, p.rows, p.cols)},
                                   {QStringLiteral("grad"), matrixJson(p.grad, p.rows, p.cols)}});
    return QJsonObject {{QStringLiteral("loss"), g.loss},
                        {QStringLiteral("task_loss"), g.taskLoss},
                        {QStringLiteral("aux_loss"), g.auxLoss},
                        {QStringLiteral("aux_terms"), aux},
                        {QStringLiteral("parameters"), params}};
}

}  // namespace moe::app
