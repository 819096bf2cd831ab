// StagedFolder: write a whole folder or nothing. Files go into a hidden sibling folder
// (DIR/../.NAME.partial-XXXXXX); commit() moves it into place with one rename, replacing an
// earlier run folder (one that holds config.moelab) but never a folder of other files. If
// commit() is never called, or fails, the staging folder is removed and DIR is untouched.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace moe::app {

class StagedFolder {
public:
    // Checks that `target` can be written; creates the staging folder. Returns "" or a
    // translated error (unwritable parent, target is a file, target holds other files).
    QString begin(const QString &target);
    [[nodiscard]] QString path() const;  // the staging folder
    [[nodiscard]] QString filePath(const QString &name) const;
    // Moves the staging folder to the target. Returns "" or a translated error.
    QString commit();
    [[nodiscard]] const QString &target() const { return m_target; }

private:
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_staging;
};

}  // namespace moe::app
