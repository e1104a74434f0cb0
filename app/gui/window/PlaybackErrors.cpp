#include "app/gui/window/PlaybackErrors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace coachtrack::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PlaybackErrors", text);
}
} // namespace

QString describePlaybackError(const QString& path, QMediaPlayer::Error error, const QString& detail)
{
    const QString name = QFileInfo(path).fileName();
    QString what;
    switch (error) {
    case QMediaPlayer::FormatError:
        what = tr("“%1” is in a format Coachtrack cannot play, or the file is damaged.").arg(name);
        break;
    case QMediaPlayer::AccessDeniedError:
        what = tr("Coachtrack is not allowed to read “%1”.").arg(name);
        break;
    case QMediaPlayer::ResourceError:
        what =
            tr("“%1” could not be played: the file is unreadable, incomplete or not a recording.")
                .arg(name);
        break;
    default:
        what = tr("“%1” could not be played.").arg(name);
        break;
    }
    QString text = what + u' ' +
                   tr("Check that it is a complete audio or video recording, or open another one "
                      "with File ▸ Open (Ctrl+O).");
    if (!detail.isEmpty())
        text += u'\n' + tr("Details: %1 (%2)").arg(detail, QFileInfo(path).absoluteFilePath());
    return text;
}

QString describeFileProblem(const media::Error& problem)
{
    const QString advice =
        problem.code == media::ErrorCode::FileNotFound
            ? tr("If it was moved or renamed, open it from its new location with "
                 "File ▸ Open (Ctrl+O).")
            : tr("Open another recording with File ▸ Open (Ctrl+O).");
    return problem.message + u'\n' + advice;
}

} // namespace coachtrack::app
