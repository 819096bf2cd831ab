#include "config_control.h"

#include "control_texts.h"

#include "app/common/dataset_source.h"
#include "core/routing/registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <climits>
#include <cmath>

namespace moe::gui {
namespace {

int decimalsFor(const ConfigKey &key)
{
    if (key.min > 0 && key.min < 1e-3)
        return 7;  // learning rates and the like
    if (key.max <= 1.0)
        return 3;
    return 2;
}

bool isDataFileKey(const QString &key)
{
    return key == QLatin1String("data.path");
}

}  // namespace

ConfigControl::ConfigControl(const ConfigKey &key, QWidget *parent)
    : QObject(parent), m_key(QString::fromStdString(key.key)), m_type(key.type), m_label(new QLabel(parent)),
      m_editor(createEditor(key, parent)), m_warning(new QLabel(parent))
{
    m_label->setBuddy(m_editor);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("controlWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_warning->hide();
    m_editor->setObjectName(m_key);
    // Spin boxes ask for room for their largest value (a seed: 16 digits); ten characters
    // are enough to read and type, and keep the panel narrow.
    if (m_type == ValueType::Int || m_type == ValueType::Real)
        m_editor->setMinimumWidth(m_editor->fontMetrics().averageCharWidth() * 12);
    retranslateUi();
}

QWidget *ConfigControl::createEditor(const ConfigKey &key, QWidget *parent)
{
    switch (key.type) {
    case ValueType::Int: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(std::max<double>(key.min, INT_MIN)), int(std::min<double>(key.max, INT_MAX)));
        spin->setKeyboardTracking(false);
        spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        connect(spin, &QSpinBox::valueChanged, this, &ConfigControl::emitEdited);
        return spin;
    }
    case ValueType::Real: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(decimalsFor(key));
        spin->setRange(key.min, key.max);
        spin->setKeyboardTracking(false);
        spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ConfigControl::emitEdited);
        return spin;
    }
    case ValueType::Bool: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, &ConfigControl::emitEdited);
        return box;
    }
    case ValueType::Text:
        if (isDataFileKey(m_key)) {
            auto *line = new QLineEdit(parent);
            line->setClearButtonEnabled(true);
            connect(line, &QLineEdit::editingFinished, this, &ConfigControl::emitEdited);
            return line;
        }
        [[fallthrough]];
    case ValueType::Choice: {
        auto *combo = new QComboBox(parent);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        if (m_key == QLatin1String("routing.strategy")) {
            for (const auto &info : moe::strategyInfos())
                m_choices << QString::fromStdString(info.id);
        } else if (m_key == QLatin1String("data.name")) {
            m_choices = app::datasetIds();
        } else {
            for (const auto &c : key.choices)
                m_choices << QString::fromStdString(c);
        }
        connect(combo, &QComboBox::activated, this, &ConfigControl::emitEdited);
        return combo;
    }
    }
    return new QWidget(parent);
}

void ConfigControl::fillChoices()
{
    auto *combo = qobject_cast<QComboBox *>(m_editor);
    if (!combo)
        return;
    const QSignalBlocker block(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const QString &id : m_choices) {
        QString text = choiceLabel(m_key, id);
        QString tip;
        if (m_key == QLatin1String("routing.strategy")) {
            for (const auto &info : moe::strategyInfos()) {
                if (QString::fromStdString(info.id) == id) {
                    text = QCoreApplication::translate("Strategies", info.displayName.c_str());
                    tip = QCoreApplication::translate("Strategies", info.description.c_str());
                }
            }
        }
        combo->addItem(text, id);
        if (!tip.isEmpty())
            combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
    }
    const int index = combo->findData(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void ConfigControl::setValue(const QString &value)
{
    if (m_editor->hasFocus() && m_type != ValueType::Bool && m_type != ValueType::Choice)
        return;  // the user is typing: the model's echo waits
    const QSignalBlocker block(m_editor);
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        spin->setValue(value.toInt());
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(m_editor)) {
        dspin->setValue(value.toDouble());
    } else if (auto *box = qobject_cast<QCheckBox *>(m_editor)) {
        box->setChecked(value == QLatin1String("true") || value == QLatin1String("1"));
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        int index = combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            m_choices << value;  // an id the lists did not know (e.g. from a file)
            combo->addItem(choiceLabel(m_key, value), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *line = qobject_cast<QLineEdit *>(m_editor)) {
        line->setText(value);
    }
}

QString ConfigControl::value() const
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        return QString::number(spin->value());
    if (auto *dspin = qobject_cast<QDoubleSpinBox *>(m_editor))
        return QString::number(dspin->value(), 'g', 10);
    if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        return combo->currentData().toString();
    if (auto *line = qobject_cast<QLineEdit *>(m_editor))
        return line->text();
    return {};
}

void ConfigControl::emitEdited()
{
    emit edited(m_key, value());
}

void ConfigControl::setWarning(const QString &text)
{
    if (m_warning->text() != text)
        m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty() && !m_hidden);
}

void ConfigControl::setHighlighted(bool on)
{
    QFont font = m_label->font();
    font.setBold(on);
    m_label->setFont(font);
    m_label->setStyleSheet(on ? QStringLiteral("background: palette(highlight); color: palette(highlighted-text);")
                              : QString());
}

void ConfigControl::setHidden(bool hidden)
{
    m_hidden = hidden;
    m_label->setHidden(hidden);
    m_editor->setHidden(hidden);
    m_warning->setVisible(!hidden && !m_warning->text().isEmpty());
}

void ConfigControl::setApplicable(bool applicable)
{
    if (m_editor->isEnabled() == applicable)
        return;
    m_label->setEnabled(applicable);
    m_editor->setEnabled(applicable);
}

void ConfigControl::retranslateUi()
{
    m_label->setText(controlLabel(m_key));
    const QString tip =
        QStringLiteral("<p>%1</p><p><code>%2</code></p>").arg(controlToolTip(m_key).toHtmlEscaped(), m_key);
    m_label->setToolTip(tip);
    m_editor->setToolTip(tip);
    m_editor->setAccessibleName(controlLabel(m_key));
    fillChoices();
}

}  // namespace moe::gui
