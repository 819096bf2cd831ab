// RecentFiles: the "Open Recent" list, newest first, at most kMaximum entries, kept in
// QSettings (group "files", key "recent") so it survives a restart.
#pragma once

#include <QObject>
#include <QStringList>

namespace moe::gui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }

public slots:
    // Moves `path` to the front (added when new); the oldest beyond kMaximum drop off.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store();

    QStringList m_files;
};

}  // namespace moe::gui
