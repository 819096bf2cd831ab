// ControlPanel: every engine option, grouped Data · Model · Routing · Balancing · Training,
// built from core's config key table (configKeys()), so a key added to the engine shows up
// here by itself. Each control teaches its concept in a one-sentence tooltip; the engine's
// warnings appear under the control they concern.
//
// setSnapshot() is "the model changed" (never emits); valueEdited() is "the user changed it".
// Lessons (issue 9) use setHiddenKeys() / setHighlightedKeys().
#pragma once

#include "core/snapshot.h"

#include <QHash>
#include <QScrollArea>
#include <QStringList>

class QGroupBox;
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

    QHash<QString, QGroupBox *> m_groups;
    QStringList m_groupOrder;
    QHash<QString, ConfigControl *> m_controls;
    QStringList m_order;
    QHash<QString, QString> m_errors;  // key → rejected-change message
    QPushButton *m_addExpert = nullptr;
    QPushButton *m_removeExpert = nullptr;
    QWidget *m_content;
};

}  // namespace moe::gui
