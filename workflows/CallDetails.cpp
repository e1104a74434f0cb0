#include "workflows/CallDetails.h"

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
    using annotations::RecordingField;
    QStringList parts;
    for (const annotations::RecordingChange& c : changes) {
        const bool quoted = c.field == RecordingField::Title || c.field == RecordingField::Account;
        const auto shown = [quoted](const QString& value) {
            if (value.isEmpty())
                return QStringLiteral("(none)");
            return quoted ? QStringLiteral("“%1”").arg(value) : value;
        };
        parts << QStringLiteral("%1 %2 → %3")
                     .arg(annotations::recordingFieldName(c.field), shown(c.before),
                          shown(c.after));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace coachtrack::workflows
