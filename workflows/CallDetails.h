#pragma once

#include "annotations/Store.h"
#include "workflows/WorkflowError.h"

#include <QStringList>

namespace coachtrack::workflows {

// A recording's call details as an editor shows them: the recording, its rep's name and every
// rep of the library to pick from.
struct CallDetails
{
    annotations::Recording recording;
    QString repName;
    QStringList reps;
};

// Reads them from the library at `libraryPath` (its own connection). Any thread.
Expected<CallDetails> callDetails(const QString& libraryPath, int64_t recordingId);

// Writes the fields `changes` sets, in one transaction, and returns what really changed.
Expected<annotations::UpdatedRecording>
updateCallDetails(const QString& libraryPath, int64_t recordingId,
                  const annotations::RecordingChanges& changes);

// "rep Alex → Sam, title “Old” → “New”" — what changed, for the status line and the command
// line; "" for nothing.
QString describeChanges(const std::vector<annotations::RecordingChange>& changes);

} // namespace coachtrack::workflows
