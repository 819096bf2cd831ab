#include "control_panel.h"

#include "config_control.h"
#include "control_texts.h"

#include "app/common/dataset_source.h"
#include "core/routing/registry.h"
#include "datasets/catalog.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace moe::gui {

ControlPanel::ControlPanel(QWidget *parent) : QScrollArea(parent), m_content(new QWidget)
{
    setObjectName(QStringLiteral("controlPanel"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(4, 4, 4, 4);

    m_groupOrder = {QStringLiteral("data"), QStringLiteral("model"), QStringLiteral("routing"),
                    QStringLiteral("balance"), QStringLiteral("train")};
    for (const QString &g : std::as_const(m_groupOrder)) {
        auto *box = new QGroupBox(m_content);
        box->setObjectName(g);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(3);
        column->addWidget(box);
        m_groups.insert(g, box);
    }
    column->addStretch(1);

    for (const ConfigKey &key : configKeys()) {
        const QString name = QString::fromStdString(key.key);
        QGroupBox *box = groupFor(name.section(QLatin1Char('.'), 0, 0));
        auto *grid = static_cast<QGridLayout *>(box->layout());
        auto *control = new ConfigControl(key, box);
        const int row = grid->rowCount();
        grid->addWidget(control->label(), row, 0);
        grid->addWidget(control->editor(), row, 1);
        grid->addWidget(control->warningLabel(), row + 1, 0, 1, 2);
        connect(control, &ConfigControl::edited, this, [this](const QString &k, const QString &v) {
            m_errors.remove(k);
            if (k == QLatin1String("data.name")) {
                m_beforeChoice = m_config;
                m_chosenDataset = v;
            }
            emit valueEdited(k, v);
        });
        m_controls.insert(name, control);
        m_order << name;

        if (name == QLatin1String("data.name")) {
            m_defaultsNote = new QLabel(box);
            m_defaultsNote->setObjectName(QStringLiteral("datasetDefaultsNote"));
            m_defaultsNote->setWordWrap(true);
            m_defaultsNote->setForegroundRole(QPalette::PlaceholderText);
            m_defaultsNote->hide();
            grid->addWidget(m_defaultsNote, row + 2, 0, 1, 2);
        }
        if (name == QLatin1String("model.experts")) {
            // Grow and shrink live, next to the count (the learned experts survive).
            auto *buttons = new QHBoxLayout;
            m_addExpert = new QPushButton(box);
            m_removeExpert = new QPushButton(box);
            buttons->addWidget(m_addExpert);
            buttons->addWidget(m_removeExpert);
            grid->addLayout(buttons, row + 2, 0, 1, 2);
            connect(m_addExpert, &QPushButton::clicked, this, &ControlPanel::addExpertRequested);
            connect(m_removeExpert, &QPushButton::clicked, this, &ControlPanel::removeExpertRequested);
        }
    }
    setWidget(m_content);
    retranslateUi();
    updateMinimumWidth();
}

QGroupBox *ControlPanel::groupFor(const QString &group)
{
    if (QGroupBox *box = m_groups.value(group))
        return box;
    // A key family the panel does not know yet still gets a group (after the known ones).
    auto *box = new QGroupBox(m_content);
    box->setObjectName(group);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    auto *column = static_cast<QVBoxLayout *>(m_content->layout());
    column->insertWidget(column->count() - 1, box);
    m_groups.insert(group, box);
    m_groupOrder << group;
    return box;
}

void ControlPanel::setConfig(const ExperimentConfig &config)
{
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it)
        it.value()->setValue(QString::fromStdString(configValue(config, it.key().toStdString())));
    updateDefaultsNote(config);
    m_config = config;
}

void ControlPanel::updateDefaultsNote(const ExperimentConfig &config)
{
    const QString name = QString::fromStdString(config.data.name);
    if (!m_chosenDataset.isEmpty() && name == m_chosenDataset) {
        // The dataset the user chose has arrived: the note names what its defaults changed.
        m_chosenDataset.clear();
        m_noteBefore = m_beforeChoice;
        m_noteAfter = config;
        m_defaultsNote->setText(defaultsNoteText());
        m_defaultsNote->setVisible(!m_defaultsNote->text().isEmpty()
                                   && !m_hiddenKeys.contains(QStringLiteral("data.name")));
    } else if (name != QString::fromStdString(m_config.data.name)) {
        m_defaultsNote->clear();  // another dataset, not chosen here (e.g. a file was opened)
        m_defaultsNote->hide();
    }
}

QString ControlPanel::defaultsNoteText() const
{
    if (app::isTextData(m_noteAfter.data) && !app::isTextData(m_noteBefore.data))
        return tr("The language model's defaults were applied.");
    QStringList changes;
    for (const ConfigKey &key : configKeys()) {
        const std::string value = configValue(m_noteAfter, key.key);
        if (key.key == "data.name" || value == configValue(m_noteBefore, key.key))
            continue;
        const QString k = QString::fromStdString(key.key);
        QString shown = QString::fromStdString(value);
        if (key.type == ValueType::Choice)
            shown = choiceLabel(k, shown);
        else if (key.type == ValueType::Real)
            shown = QLocale().toString(shown.toDouble(), 'g', 6);
        changes << tr("%1 %2").arg(controlLabel(k), shown);
    }
    if (changes.isEmpty())
        return {};
    return tr("Defaults for %1 applied: %2.")
        .arg(app::datasetDisplayName(m_noteAfter.data.name), changes.join(QStringLiteral(", ")));
}

void ControlPanel::setSnapshot(const Snapshot &snapshot)
{
    setConfig(snapshot.config);
    QHash<QString, QStringList> warnings;
    for (const Warning &w : snapshot.warnings) {
        const WarningText text = warningText(w);
        if (!warnings[text.key].contains(text.text))
            warnings[text.key] << text.text;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        warnings[it.key()].prepend(it.value());
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it)
        it.value()->setWarning(warnings.value(it.key()).join(QLatin1Char('\n')));
    m_multiTask = snapshot.multiTask != nullptr;
    if (m_removeExpert)
        m_removeExpert->setEnabled(snapshot.experts > 1 && !m_multiTask);
    if (m_addExpert)  // a multi-task model's experts change with model.experts (a new model)
        m_addExpert->setEnabled(!m_multiTask);
    updateApplicability(snapshot.config);
}

void ControlPanel::updateApplicability(const ExperimentConfig &config)
{
    // Grey out what does not act in the current set-up (the tooltip still teaches it).
    const StrategyInfo *strategy = findStrategy(config.routing.strategy);
    const data::DatasetInfo *dataset = data::findDataset(config.data.name);
    const bool generated = dataset && dataset->kind == data::DatasetKind::Toy;
    const bool fromFile = dataset && dataset->kind == data::DatasetKind::File;
    const bool staged = config.train.schedule == Schedule::Staged;
    const bool capacity = !strategy || strategy->usesCapacity;
    // The language model (text corpora) has its own shape keys; the vector model's do not act on it.
    const bool text = app::isTextData(config.data);
    // Several tasks (core/mmoe): their own keys; the vector model's layer options do not act.
    const bool tasks = m_multiTask;
    const QHash<QString, bool> applies = {
        {QStringLiteral("model.layers"), text},
        {QStringLiteral("model.width"), text},
        {QStringLiteral("model.heads"), text},
        {QStringLiteral("model.context"), text},
        {QStringLiteral("data.val_windows"), text},
        {QStringLiteral("data.samples"), !text},
        {QStringLiteral("data.test_fraction"), !text},
        {QStringLiteral("data.standardize"), !text},
        {QStringLiteral("model.expert_type"), !text && !tasks},
        {QStringLiteral("model.residual"), !text && !tasks},
        {QStringLiteral("model.shared_experts"), !tasks},
        {QStringLiteral("model.fine_grain"), !tasks},
        {QStringLiteral("balance.bias_rate"), !tasks},
        {QStringLiteral("train.schedule"), !tasks},
        {QStringLiteral("data.noise"), generated},
        {QStringLiteral("data.classes"), generated && dataset->task == Task::Classification},
        {QStringLiteral("data.path"), fromFile || config.data.name == "fortunes"},
        {QStringLiteral("data.label_column"), config.data.name == "csv"},
        {QStringLiteral("routing.k"), !strategy || (strategy->usesK && strategy->fixedK == 0)},
        {QStringLiteral("routing.capacity_factor"), capacity},
        {QStringLiteral("routing.eval_capacity_factor"), capacity},
        {QStringLiteral("routing.capacity_rule"), capacity},
        {QStringLiteral("routing.priority"), capacity},
        {QStringLiteral("routing.renorm_after_drop"), capacity},
        {QStringLiteral("routing.normalize"), !strategy || strategy->usesNormalize},
        {QStringLiteral("routing.gshard_threshold"), !strategy || strategy->usesGShardThreshold},
        {QStringLiteral("routing.temperature"), !strategy || strategy->usesTemperature},
        {QStringLiteral("balance.aux"), !strategy || strategy->usesAuxLoss},
        {QStringLiteral("balance.aux_convention"), !strategy || strategy->usesAuxLoss},
        {QStringLiteral("balance.load"), !strategy || strategy->usesNoise},
        {QStringLiteral("train.momentum"), config.train.optimizer == OptimizerKind::Sgd},
        {QStringLiteral("train.stage_partition"), staged && !tasks},
        {QStringLiteral("train.stage_steps"), staged && !tasks},
        {QStringLiteral("model.router_hidden"), !text},
        {QStringLiteral("data.label_columns"), !text},
        {QStringLiteral("data.task_correlation"), config.data.name == "mmoe_synthetic"},
        {QStringLiteral("model.tasks"), tasks},
        {QStringLiteral("model.gates"), tasks},
        {QStringLiteral("model.tower_hidden"), tasks},
        {QStringLiteral("train.task_weights"), tasks},
    };
    for (auto it = applies.cbegin(); it != applies.cend(); ++it)
        if (ConfigControl *c = m_controls.value(it.key()))
            c->setApplicable(it.value());
}

void ControlPanel::showError(const QString &key, const QString &message)
{
    m_errors.insert(key, message);
    if (ConfigControl *c = m_controls.value(key))
        c->setWarning(message);
}

void ControlPanel::setHiddenKeys(const QStringList &keys)
{
    m_hiddenKeys = keys;
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it)
        it.value()->setHidden(keys.contains(it.key()));
    if (m_defaultsNote)
        m_defaultsNote->setVisible(!m_defaultsNote->text().isEmpty() && !keys.contains(QStringLiteral("data.name")));
}

void ControlPanel::setHighlightedKeys(const QStringList &keys)
{
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it)
        it.value()->setHighlighted(keys.contains(it.key()));
}

void ControlPanel::retranslateUi()
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        it.value()->setTitle(groupTitle(it.key()));
    for (ConfigControl *c : std::as_const(m_controls))
        c->retranslateUi();
    if (m_defaultsNote && !m_defaultsNote->text().isEmpty())
        m_defaultsNote->setText(defaultsNoteText());
    if (m_addExpert) {
        m_addExpert->setText(tr("Add expert"));
        m_addExpert->setToolTip(
            tr("Adds a fresh expert while training; the experts already trained keep what they learned."));
        m_removeExpert->setText(tr("Remove expert"));
        m_removeExpert->setToolTip(tr("Removes the last expert; the gate re-routes its tokens to the others."));
    }
}

void ControlPanel::updateMinimumWidth()
{
    // No horizontal scrolling: the panel is as wide as its widest row needs (this changes
    // with the language and with presenter mode's font).
    m_content->adjustSize();
    setMinimumWidth(m_content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
}

void ControlPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMinimumWidth();
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateMinimumWidth();
    }
    QScrollArea::changeEvent(event);
}

}  // namespace moe::gui
