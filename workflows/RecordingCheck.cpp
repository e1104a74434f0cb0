#include "workflows/RecordingCheck.h"

#include "annotations/TimeCode.h"
#include "media/Fingerprint.h"

#include <QFileInfo>
#include <QObject>

namespace coachtrack::workflows {

annotations::FileStamp fileStampOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

RecordingFileCheck checkRecordingFile(annotations::Store& store,
                                      const annotations::Recording& recording)
{
    const QString title =
        recording.title.isEmpty() ? QFileInfo(recording.path).fileName() : recording.title;
    const annotations::FileStamp now = fileStampOf(recording.path);
    if (now.sizeBytes <= 0)
        return {
            RecordingFileState::Missing,
            QObject::tr("The recording of “%1” is not at %2 any more (moved or deleted). Relink it "
                        "(library ▸ right-click ▸ Relink…, or `coachtrack relink %3 FILE`).")
                .arg(title, recording.path)
                .arg(recording.id)};
    if (recording.sizeBytes == now.sizeBytes && recording.mtimeMs == now.mtimeMs)
        return {};
    const auto fingerprint = media::fingerprintFile(recording.path);
    if (!fingerprint)
        return {RecordingFileState::Missing, fingerprint.error().message};
    if (*fingerprint != recording.fingerprint)
        return {RecordingFileState::Replaced,
                QObject::tr(
                    "%1 is no longer the recording of “%2”: another file has replaced it (its "
                    "content differs from when the notes were taken). Nothing was analysed or cut "
                    "from it. Relink the notes to the original recording (library ▸ right-click ▸ "
                    "Relink…, or `coachtrack relink %3 FILE`).")
                    .arg(recording.path, title)
                    .arg(recording.id)};
    if (!store.isReadOnly())
        (void)store.setFileStamp(recording.id, now); // touched or copied back: same content
    return {};
}

namespace {
constexpr int64_t kTruncationToleranceMs = 1000; // container lengths are often a frame or two off
}

std::optional<QString> truncationWarning(const annotations::Recording& recording,
                                         int notesBeyondEnd)
{
    if (!recording.headerDurationMs)
        return std::nullopt;
    QString warning =
        QObject::tr("%1 is shorter than its header says: its audio ends at %2, not %3 (the file "
                    "looks truncated). Notes can only be placed up to %2.")
            .arg(QFileInfo(recording.path).fileName(),
                 annotations::formatClock(recording.durationMs, true),
                 annotations::formatClock(*recording.headerDurationMs, true));
    if (notesBeyondEnd > 0)
        warning += QLatin1Char(' ') +
                   QObject::tr("%n note(s) lie beyond the end.", nullptr, notesBeyondEnd);
    return warning;
}

std::optional<QString> noteDecodedLength(annotations::Store& store,
                                         annotations::Recording& recording, int64_t decodedMs)
{
    if (decodedMs <= 0 || decodedMs + kTruncationToleranceMs >= recording.durationMs)
        return truncationWarning(recording);
    if (!recording.headerDurationMs)
        recording.headerDurationMs = recording.durationMs;
    recording.durationMs = decodedMs;
    if (!store.isReadOnly())
        (void)store.setMeasuredDuration(recording.id, decodedMs);
    return truncationWarning(recording);
}

} // namespace coachtrack::workflows
