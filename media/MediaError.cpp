#include "media/MediaError.h"

#include <QFileInfo>

namespace coachtrack::media {

std::optional<Error> checkReadableFile(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QFileInfo(path).absoluteFilePath();
    if (!info.exists())
        return Error{ErrorCode::FileNotFound,
                     QStringLiteral("%1: no such file (was it moved or renamed?)").arg(shown)};
    if (!info.isFile())
        return Error{ErrorCode::NotAFile,
                     QStringLiteral("%1: is a folder, not a recording").arg(shown)};
    if (!info.isReadable())
        return Error{ErrorCode::PermissionDenied,
                     QStringLiteral("%1: permission denied (the file is not readable)").arg(shown)};
    if (info.size() == 0)
        return Error{ErrorCode::EmptyFile,
                     QStringLiteral("%1: the file is empty (0 bytes)").arg(shown)};
    return std::nullopt;
}

} // namespace coachtrack::media
