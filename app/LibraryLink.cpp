#include "app/LibraryLink.h"

#include "annotations/Store.h"
#include "media/MediaInfo.h"

#include <QFileInfo>
#include <QObject>

namespace coachtrack::app {

annotations::NewRecording newRecordingFor(const media::MediaInfo& info)
{
    annotations::NewRecording recording;
    recording.path = info.path;
    recording.fingerprint = info.fingerprint;
    recording.durationMs = info.durationMs;
    recording.title = QFileInfo(info.path).completeBaseName();
    recording.callDate = QFileInfo(info.path).lastModified().date();
    return recording;
}

QString recordingFileFilter()
{
    return QObject::tr(
        "Recordings (*.wav *.mp3 *.m4a *.aac *.mp4 *.m4v *.mov *.webm *.mkv *.ogg *.oga *.opus "
        "*.flac *.amr *.3gp *.gsm *.wma);;All files (*)");
}

std::expected<LinkedRecording, QString> linkRecording(const QString& databasePath,
                                                      const QString& mediaPath)
{
    auto store = annotations::Store::open(databasePath);
    if (!store)
        return std::unexpected(store.error().message);
    auto info = media::probeMedia(mediaPath);
    if (!info)
        return std::unexpected(info.error().message);
    const annotations::NewRecording recording = newRecordingFor(*info);
    auto added =
        (*store)->addRecording(recording); // an existing fingerprint is found, its path updated
    if (!added)
        return std::unexpected(added.error().message);
    auto stored = (*store)->recording(added->id);
    if (!stored)
        return std::unexpected(stored.error().message);
    auto session = (*store)->currentSession(added->id);
    if (!session)
        return std::unexpected(session.error().message);
    return LinkedRecording{added->id, session->id,
                           stored->title.isEmpty() ? recording.title : stored->title,
                           !added->existed};
}

} // namespace coachtrack::app
