// ConfigControl: the editor of one config key (from core's key table): its label, an editor
// chosen by the key's type, and a warning line under it for the engine's warnings about it.
// The control panel lays the three widgets out; this object keeps them in step.
//
// "The user changed it" (edited()) is apart from "the model changed it" (setValue()), which
// never emits edited(): no feedback loop between the panel and the trainer.
#pragma once

#include "core/config.h"

#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace moe::gui {

class ConfigControl : public QObject {
    Q_OBJECT
public:
    ConfigControl(const ConfigKey &key, QWidget *parent);

    QString key() const { return m_key; }
    QLabel *label() const { return m_label; }
    QWidget *editor() const { return m_editor; }
    QLabel *warningLabel() const { return m_warning; }

    // Shows the model's value unless the user is editing this control right now.
    void setValue(const QString &value);
    QString value() const;
    void setWarning(const QString &text);  // empty hides it
    void setHighlighted(bool on);
    void setHidden(bool hidden);
    // Greys the control out when the current strategy or dataset does not use it.
    void setApplicable(bool applicable);
    void retranslateUi();

signals:
    void edited(const QString &key, const QString &value);

private:
    QWidget *createEditor(const ConfigKey &key, QWidget *parent);
    void fillChoices();
    void emitEdited();

    QString m_key;
    ValueType m_type;
    QStringList m_choices;  // ids for combo boxes
    QLabel *m_label;
    QWidget *m_editor;
    QLabel *m_warning;
    bool m_hidden = false;
};

}  // namespace moe::gui
