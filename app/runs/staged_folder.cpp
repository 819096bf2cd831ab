// StagedFolder: a folder written completely or not at all.
#include "staged_folder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(StagedFolder)
};

bool isRunFolder(const QDir &dir)
{
    return dir.exists(QStringLiteral("config.moelab"));
}

bool isEmptyFolder(const QDir &dir)
{
    return dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty();
}

}  // namespace

QString StagedFolder::begin(const QString &target)
{
    const QFileInfo info(target);
    m_target = info.absoluteFilePath();
    if (info.exists() && !info.isDir())
        return Text::tr("cannot write the run folder '%1': a file of that name exists").arg(target);
    if (info.exists() && !isEmptyFolder(QDir(m_target)) && !isRunFolder(QDir(m_target)))
        return Text::tr("'%1' already holds files that are not a MoE Lab run; choose another folder").arg(target);
    const QString parent = QFileInfo(m_target).absolutePath();
    if (!QDir().mkpath(parent))
        return Text::tr("cannot create the folder '%1'").arg(parent);
    m_staging = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/.") + info.fileName()
                                                + QStringLiteral(".partial-XXXXXX"));
    if (!m_staging->isValid()) {
        const QString error = Text::tr("cannot write to the folder '%1': %2").arg(parent, m_staging->errorString());
        m_staging.reset();
        return error;
    }
    return {};
}

QString StagedFolder::path() const
{
    return m_staging ? m_staging->path() : QString();
}

QString StagedFolder::filePath(const QString &name) const
{
    return m_staging ? m_staging->filePath(name) : QString();
}

QString StagedFolder::commit()
{
    if (!m_staging)
        return Text::tr("nothing to commit");
    QDir target(m_target);
    QString old;
    if (target.exists()) {
        // Move the previous run aside first so that a failed rename can put it back.
        old = m_staging->path() + QStringLiteral(".old");
        if (!QDir().rename(m_target, old))
            return Text::tr("cannot replace the folder '%1'").arg(m_target);
    }
    if (!QDir().rename(m_staging->path(), m_target)) {
        if (!old.isEmpty())
            QDir().rename(old, m_target);
        return Text::tr("cannot move the finished run to '%1'").arg(m_target);
    }
    m_staging->setAutoRemove(false);
    m_staging.reset();
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    return {};
}

}  // namespace moe::app
