#include "app/LibraryLink.h"

#include "annotations/Store.h"
#include "app/RecordingCheck.h"
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
    recording.stamp = fileStampOf(info.path);
    recording.headerDurationMs = info.headerDurationMs;
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
    if ((*store)->isReadOnly()) { // find it, write nothing
        auto known = (*store)->recordingByFingerprint(recording.fingerprint);
        if (!known)
            return std::unexpected(known.error().message);
        if (!*known)
            return std::unexpected(
                QObject::tr("%1 is not in the library, which is read-only (%2); it plays, but notes cannot "
                            "be taken")
                    .arg(info->path, (*store)->readOnlyReason()));
        auto session = (*store)->currentSession((*known)->id);
        if (!session)
            return std::unexpected(session.error().message);
        return LinkedRecording{(*known)->id, session->id, (*known)->title, false};
    }
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

std::expected<void, QString> relinkRecording(annotations::Store& store, int64_t recordingId,
                                             const QString& newPath)
{
    auto recording = store.recording(recordingId);
    if (!recording)
        return std::unexpected(recording.error().message);
    auto info = media::probeMedia(newPath);
    if (!info)
        return std::unexpected(info.error().message);
    if (info->fingerprint != recording->fingerprint)
        return std::unexpected(
            QObject::tr("%1 is a different recording from %2 (“%3”): its content differs; nothing was "
                        "changed")
                .arg(info->path, QString::number(recordingId), recording->title));
    if (auto ok = store.relink(recordingId, info->path); !ok)
        return std::unexpected(ok.error().message);
    if (auto ok = store.setFileStamp(recordingId, fileStampOf(info->path)); !ok)
        return std::unexpected(ok.error().message);
    return {};
}

} // namespace coachtrack::app
