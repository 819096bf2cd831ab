// ControlPanel: every engine option, grouped Data · Model · Routing · Balancing · Training,
// built from core's config key table (configKeys()), so a key added to the engine shows up
// here by itself. Each control teaches its concept in a one-sentence tooltip; the engine's
// warnings appear under the control they concern. Choosing a dataset with defaults of its own
// (DatasetInfo::defaults) shows a note under the dataset naming the values it brought.
//
// setSnapshot() is "the model changed" (never emits); valueEdited() is "the user changed it".
// Lessons use setHiddenKeys() / setHighlightedKeys().
#pragma once

#include "core/snapshot.h"

#include <QHash>
#include <QScrollArea>
#include <QStringList>

class QGroupBox;
class QLabel;
class QPushButton;

namespace moe::gui {

class ConfigControl;

class ControlPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ControlPanel(QWidget *parent = nullptr);

    void setConfig(const ExperimentConfig &config);
    void setSnapshot(const Snapshot &snapshot);
    // A rejected change: shows the reason under its control until the next valid snapshot.
    void showError(const QString &key, const QString &message);

    void setHiddenKeys(const QStringList &keys);
    void setHighlightedKeys(const QStringList &keys);
    ConfigControl *control(const QString &key) const { return m_controls.value(key); }
    QStringList keys() const { return m_order; }

    void retranslateUi();

signals:
    void valueEdited(const QString &key, const QString &value);
    void addExpertRequested();
    void removeExpertRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *groupFor(const QString &group);
    void updateMinimumWidth();
    void updateApplicability(const ExperimentConfig &config);
    void updateDefaultsNote(const ExperimentConfig &config);
    QString defaultsNoteText() const;

    QHash<QString, QGroupBox *> m_groups;
    QStringList m_groupOrder;
    QHash<QString, ConfigControl *> m_controls;
    QStringList m_order;
    QHash<QString, QString> m_errors;  // key → rejected-change message
    QPushButton *m_addExpert = nullptr;
    QPushButton *m_removeExpert = nullptr;
    bool m_multiTask = false;  // the snapshot's model has several tasks (Snapshot::multiTask)
    QLabel *m_defaultsNote = nullptr;  // under data.name: the defaults the chosen dataset brought
    ExperimentConfig m_config;  // the last one shown
    ExperimentConfig m_beforeChoice;  // what was shown when the user chose a dataset
    QString m_chosenDataset;  // the user's choice, until the model shows it
    ExperimentConfig m_noteBefore, m_noteAfter;  // the change the note describes
    QStringList m_hiddenKeys;
    QWidget *m_content;
};

}  // namespace moe::gui
