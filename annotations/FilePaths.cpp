#include "annotations/FilePaths.h"

#include <QDir>
#include <QFileInfo>

namespace coachtrack::annotations {

QString followLinks(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hop = 0; hop < 40; ++hop) { // the kernel's own limit on a chain of links
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        current = QFileInfo(info.absoluteDir(), info.symLinkTarget()).absoluteFilePath();
    }
    return current;
}

QString resolvedPath(const QString& path)
{
    const QFileInfo info(followLinks(path));
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : QDir(folder).filePath(info.fileName());
}

} // namespace coachtrack::annotations
