#include "workflows/LibraryLink.h"

#include "annotations/Store.h"
#include "media/MediaInfo.h"
#include "workflows/RecordingCheck.h"

#include <QFileInfo>
#include <QObject>

namespace coachtrack::workflows {

QDate callDateOf(const media::MediaInfo& info)
{
    // A date after tomorrow is a wrong clock (a recorder never set, a touched file), not a call.
    const QDate latest = QDate::currentDate().addDays(1);
    if (info.recordedAt && info.recordedAt->isValid()) {
        const QDate recorded = info.recordedAt->toLocalTime().date();
        if (recorded <= latest)
            return recorded;
    }
    const QDate modified = QFileInfo(info.path).lastModified().date();
    return modified.isValid() && modified <= latest ? modified : QDate();
}

annotations::NewRecording newRecordingFor(const media::MediaInfo& info)
{
    annotations::NewRecording recording;
    recording.path = info.path;
    recording.fingerprint = info.fingerprint;
    recording.durationMs = info.durationMs;
    // One line, whatever the file is called.
    recording.title = QFileInfo(info.path).completeBaseName().simplified();
    recording.callDate = callDateOf(info);
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

Expected<LinkedRecording> linkRecording(const QString& databasePath, const QString& mediaPath)
{
    auto store = annotations::Store::open(databasePath);
    if (!store)
        return std::unexpected(fromStore(store.error()));
    auto info = media::probeMedia(mediaPath);
    if (!info)
        return std::unexpected(fromMedia(info.error()));
    const annotations::NewRecording recording = newRecordingFor(*info);
    if ((*store)->isReadOnly()) { // find it, write nothing
        auto known = (*store)->recordingByFingerprint(recording.fingerprint);
        if (!known)
            return std::unexpected(fromStore(known.error()));
        if (!*known)
            return std::unexpected(Error{
                WorkflowErrorCode::NotInReadOnlyLibrary,
                QObject::tr(
                    "%1 is not in the library, which is read-only (%2); it plays, but notes cannot "
                    "be taken")
                    .arg(info->path, (*store)->readOnlyReason())});
        auto session = (*store)->currentSession((*known)->id);
        if (!session)
            return std::unexpected(fromStore(session.error()));
        return LinkedRecording{(*known)->id, session->id, (*known)->title, false};
    }
    auto added =
        (*store)->addRecording(recording); // an existing fingerprint is found, its path updated
    if (!added)
        return std::unexpected(fromStore(added.error()));
    auto stored = (*store)->recording(added->id);
    if (!stored)
        return std::unexpected(fromStore(stored.error()));
    auto session = (*store)->currentSession(added->id);
    if (!session)
        return std::unexpected(fromStore(session.error()));
    return LinkedRecording{added->id, session->id,
                           stored->title.isEmpty() ? recording.title : stored->title,
                           !added->existed};
}

Expected<void> relinkRecording(annotations::Store& store, int64_t recordingId,
                               const QString& newPath)
{
    auto recording = store.recording(recordingId);
    if (!recording)
        return std::unexpected(fromStore(recording.error()));
    auto info = media::probeMedia(newPath);
    if (!info)
        return std::unexpected(fromMedia(info.error()));
    if (info->fingerprint != recording->fingerprint)
        return std::unexpected(Error{
            WorkflowErrorCode::DifferentRecording,
            QObject::tr(
                "%1 is a different recording from %2 (“%3”): its content differs; nothing was "
                "changed")
                .arg(info->path, QString::number(recordingId), recording->title)});
    if (auto ok = store.relink(recordingId, info->path); !ok)
        return std::unexpected(fromStore(ok.error()));
    if (auto ok = store.setFileStamp(recordingId, fileStampOf(info->path)); !ok)
        return std::unexpected(fromStore(ok.error()));
    return {};
}

} // namespace coachtrack::workflows
