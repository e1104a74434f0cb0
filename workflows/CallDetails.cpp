#include "workflows/CallDetails.h"

#include <QObject>

namespace coachtrack::workflows {

Expected<CallDetails> callDetails(const QString& libraryPath, int64_t recordingId)
{
    auto store = annotations::Store::open(libraryPath);
    if (!store)
        return std::unexpected(fromStore(store.error()));
    auto recording = (*store)->recording(recordingId);
    if (!recording)
        return std::unexpected(fromStore(recording.error()));
    auto reps = (*store)->reps();
    if (!reps)
        return std::unexpected(fromStore(reps.error()));
    CallDetails details{*recording, {}, {}};
    for (const annotations::Rep& rep : *reps) {
        details.reps << rep.name;
        if (recording->repId && rep.id == *recording->repId)
            details.repName = rep.name;
    }
    return details;
}

Expected<annotations::UpdatedRecording>
updateCallDetails(const QString& libraryPath, int64_t recordingId,
                  const annotations::RecordingChanges& changes)
{
    auto store = annotations::Store::open(libraryPath);
    if (!store)
        return std::unexpected(fromStore(store.error()));
    auto updated = (*store)->updateRecording(recordingId, changes);
    if (!updated)
        return std::unexpected(fromStore(updated.error()));
    return *updated;
}

QString describeChanges(const std::vector<annotations::RecordingChange>& changes)
{
    QStringList parts;
    for (const annotations::RecordingChange& c : changes)
        parts << QObject::tr("%1 %2 → %3")
                     .arg(annotations::recordingFieldName(c.field),
                          c.before.isEmpty() ? QObject::tr("(none)") : c.before,
                          c.after.isEmpty() ? QObject::tr("(none)") : c.after);
    return parts.join(QStringLiteral(", "));
}

} // namespace coachtrack::workflows
