#include "workflows/OutputGuard.h"

#include "annotations/FilePaths.h"
#include "annotations/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace coachtrack::workflows {

using annotations::resolvedPath;

void OutputGuard::protect(const QString& path, const QString& what)
{
    Protected file{resolvedPath(path), what};
    struct stat st = {};
    if (::stat(QFile::encodeName(file.path).constData(), &st) == 0) {
        file.exists = true;
        file.device = st.st_dev;
        file.inode = st.st_ino;
    }
    m_files.push_back(file);
}

OutputGuard OutputGuard::forLibrary(annotations::Store& store)
{
    OutputGuard guard;
    const QString library = store.path();
    if (library == u":memory:")
        return guard;
    guard.protect(library, QObject::tr("the library itself"));
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        guard.protect(library + QString::fromLatin1(suffix), QObject::tr("part of the library"));
    const QFileInfo info(resolvedPath(library));
    for (const QString& backup : info.absoluteDir().entryList(
             {info.fileName() + QStringLiteral(".v*-backup-*")}, QDir::Files))
        guard.protect(info.absoluteDir().filePath(backup), QObject::tr("a backup of the library"));
    if (auto recordings = store.recordings())
        for (const annotations::Recording& recording : *recordings)
            guard.protect(recording.path,
                          QObject::tr("the recording of “%1”")
                              .arg(recording.title.isEmpty() ? QFileInfo(recording.path).fileName()
                                                             : recording.title));
    return guard;
}

std::optional<QString> OutputGuard::refuse(const QString& path) const
{
    const QString target = resolvedPath(path);
    struct stat st = {};
    const bool exists = ::stat(QFile::encodeName(target).constData(), &st) == 0;
    for (const Protected& file : m_files) {
        const bool same =
            file.path == target ||
            (exists && file.exists && file.device == st.st_dev && file.inode == st.st_ino);
        if (same)
            return QObject::tr("%1: refusing to write there: it is %2, which the export would "
                               "replace. Choose another file name.")
                .arg(QFileInfo(path).absoluteFilePath(), file.what);
    }
    return std::nullopt;
}

} // namespace coachtrack::workflows
