#pragma once

#include "annotations/Store.h"

#include <QString>
#include <optional>

namespace coachtrack::workflows {

// Is the file at a recording's path still the recording its notes were taken on?
enum class RecordingFileState
{
    Same,     // same content (checked cheaply by size and modification time, else by fingerprint)
    Missing,  // nothing readable there: moved, deleted or unreadable
    Replaced, // another file now sits at that path
};

struct RecordingFileCheck
{
    RecordingFileState state = RecordingFileState::Same;
    QString message; // for the user when not Same: what and where, and what to do
};

// The file's size and modification time now ({} when it cannot be read).
annotations::FileStamp fileStampOf(const QString& path);

// Compares the file at `recording.path` with what the library knows of it. When only the
// modification time or size changed but the content fingerprint is the same, remembers the
// new stamp (unless the library is read-only). Any thread (its own store connection).
RecordingFileCheck checkRecordingFile(annotations::Store& store,
                                      const annotations::Recording& recording);

// The audio of `recording` was decoded to its end and lasts `decodedMs`. When that is clearly
// shorter than the length the library has (a truncated file whose header still claims the
// whole call), the library keeps the real length — so no note can be placed in audio that is
// not there — and the returned warning says so. Any thread.
std::optional<QString> noteDecodedLength(annotations::Store& store,
                                         annotations::Recording& recording, int64_t decodedMs);

// The warning for a recording already known to be shorter than its header claims.
std::optional<QString> truncationWarning(const annotations::Recording& recording,
                                         int notesBeyondEnd = 0);

} // namespace coachtrack::workflows
