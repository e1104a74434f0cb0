#pragma once

#include "workflows/WorkflowError.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <expected>

namespace coachtrack::media {
struct MediaInfo;
}

namespace coachtrack::annotations {
struct NewRecording;
class Store;
} // namespace coachtrack::annotations

namespace coachtrack::workflows {

// The day a probed file's call happened, as far as the file tells: the local day of the
// recording time in its metadata (creation_time, date), else its modification day (a call is
// usually saved the day it ran); a day after tomorrow (a wrong clock) is none.
QDate callDateOf(const media::MediaInfo& info);

// A new library entry for a probed file: its path, fingerprint and length, titled by its
// file name and dated by callDateOf.
annotations::NewRecording newRecordingFor(const media::MediaInfo& info);

// "Recordings (*.wav *.mp3 …);;All files (*)" for file dialogs.
QString recordingFileFilter();

// The library's record of an open media file.
struct LinkedRecording
{
    int64_t recordingId = 0;
    int64_t sessionId = 0; // the current review session
    QString title;
    bool added = false; // the file was not in the library and has just been added
};

// Finds the recording `mediaPath` in the library at `databasePath` by its content fingerprint
// (so a moved file is found and its path updated), adding it when it is new, and returns its
// current review session. The error says what failed and where. GUI or worker thread.
Expected<LinkedRecording> linkRecording(const QString& databasePath, const QString& mediaPath);

// Points recording `recordingId` at `newPath` after checking that the file there has the
// recording's content (fingerprint); remembers the file's size and time. The error says why
// nothing was changed. Used by `coachtrack relink` and the library's Relink….
Expected<void> relinkRecording(annotations::Store& store, int64_t recordingId,
                               const QString& newPath);

} // namespace coachtrack::workflows
