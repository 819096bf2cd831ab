// moelab-cli datasets: what can be trained on, with sizes.
#include "cli_command.h"
#include "cli_support.h"

#include "app/common/dataset_source.h"
#include "datasets/catalog.h"
#include "datasets/text_corpus_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace moe::cli {
namespace {

QString sizeText(const data::DatasetInfo &d)
{
    if (data::isTextDataset(d.id))
        return Text::tr("bytes of text");
    const QString rows = d.rows > 0 ? QString::number(d.rows) : Text::tr("data.samples");
    const QString features = d.features > 0 ? QString::number(d.features) : Text::tr("file");
    QString text = Text::tr("%1 × %2").arg(rows, features);
    if (d.imageRows > 0)
        text += Text::tr(" (%1×%2 images)").arg(d.imageRows).arg(d.imageCols);
    return text;
}

QString taskText(const data::DatasetInfo &d)
{
    if (data::isTextDataset(d.id))
        return Text::tr("language model");
    if (d.task == Task::Regression)
        return Text::tr("regression");
    return d.classes > 0 ? Text::tr("%n classes", nullptr, d.classes) : Text::tr("classification");
}

}  // namespace

int runDatasets(const QStringList &args)
{
    CommandParser command(QStringLiteral("datasets"),
                          Text::tr("List the datasets that can be trained on (set one with "
                                   "--set data.name=ID), with their size: samples × features. The text corpora "
                                   "train the MoE language model on their bytes."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the list as JSON."));
    command.parser().addOption(json);
    if (const auto done = command.parse(args))
        return *done;

    const auto list = data::listDatasets();
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const data::DatasetInfo &d : list)
            array.append(QJsonObject {{QStringLiteral("id"), QString::fromStdString(d.id)},
                                      {QStringLiteral("name"), QString::fromStdString(d.displayName)},
                                      {QStringLiteral("task"),
                                       data::isTextDataset(d.id)        ? QStringLiteral("language_model")
                                           : d.task == Task::Regression ? QStringLiteral("regression")
                                                                        : QStringLiteral("classification")},
                                      {QStringLiteral("rows"), d.rows},
                                      {QStringLiteral("features"), d.features},
                                      {QStringLiteral("classes"), d.classes},
                                      {QStringLiteral("available"), d.available},
                                      {QStringLiteral("note"), QString::fromStdString(d.note)}});
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    printOut(QStringLiteral("%1  %2  %3  %4")
                 .arg(Text::tr("id").leftJustified(14), Text::tr("samples × features").leftJustified(26),
                      Text::tr("task").leftJustified(16), Text::tr("name")));
    for (const data::DatasetInfo &d : list) {
        QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(QString::fromStdString(d.id).leftJustified(14), sizeText(d).leftJustified(26),
                                taskText(d).leftJustified(16), app::datasetDisplayName(d.id));
        if (!d.available)
            line += Text::tr("  [not available: %1]").arg(QString::fromStdString(d.note));
        else if (!d.note.empty())
            line += QStringLiteral("  (%1)").arg(QString::fromStdString(d.note));
        printOut(line);
    }
    return ExitOk;
}

}  // namespace moe::cli
