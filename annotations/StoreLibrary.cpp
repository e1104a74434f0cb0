// Store: reps, recordings (with relinking by fingerprint) and review sessions.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

const QString kRecordingColumns = QStringLiteral(
    "id, path, fingerprint, duration_ms, call_date, title, rep_id, account, outcome, rep_channel, size_bytes, "
    "mtime_ms, header_duration_ms");

Recording readRecording(const sql::Statement& s)
{
    Recording r;
    r.id = s.int64(0);
    r.path = s.text(1);
    r.fingerprint = s.text(2);
    r.durationMs = s.int64(3);
    r.callDate = QDate::fromString(s.text(4), Qt::ISODate);
    r.title = s.text(5);
    r.repId = s.optionalInt64(6);
    r.account = s.text(7);
    r.outcome = outcomeFromName(s.text(8)).value_or(Outcome::Open);
    r.repChannel = int(s.int64(9));
    r.sizeBytes = s.int64(10);
    r.mtimeMs = s.int64(11);
    r.headerDurationMs = s.optionalInt64(12);
    return r;
}

const QString kSessionColumns = QStringLiteral(
    "id, recording_id, rep_id, created_at, updated_at, objectives, next_steps, next_coaching_date, focus_cap");

ReviewSession readSession(const sql::Statement& s)
{
    ReviewSession r;
    r.id = s.int64(0);
    r.recordingId = s.int64(1);
    r.repId = s.optionalInt64(2);
    r.created = timestamp(s.text(3));
    r.updated = timestamp(s.text(4));
    r.objectives = s.text(5);
    r.nextSteps = s.text(6);
    r.nextCoachingDate = QDate::fromString(s.text(7), Qt::ISODate);
    r.focusCap = int(s.int64(8));
    return r;
}

} // namespace

Result<Rep> Store::ensureRep(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(invalid(QStringLiteral("a rep needs a name")));
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO reps (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    if (!insert)
        return std::unexpected(insert.error());
    if (auto ok = insert->bind(1, trimmed).bind(2, now()).run(); !ok)
        return std::unexpected(ok.error());
    auto find = m_db->prepare(QStringLiteral("SELECT id, name, team, cadence_days FROM reps WHERE name = ?"));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, trimmed);
    auto row = find->step();
    if (!row || !*row)
        return std::unexpected(row ? StoreError{StoreErrorCode::Io, QStringLiteral("rep vanished")} : row.error());
    return Rep{find->int64(0), find->text(1), find->text(2), int(find->int64(3))};
}

Result<Rep> Store::rep(int64_t id)
{
    auto find = m_db->prepare(QStringLiteral("SELECT id, name, team, cadence_days FROM reps WHERE id = ?"));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, id);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("rep"), id));
    return Rep{find->int64(0), find->text(1), find->text(2), int(find->int64(3))};
}

Result<AddedRecording> Store::addRecording(const NewRecording& r)
{
    if (r.fingerprint.isEmpty() || r.path.isEmpty())
        return std::unexpected(invalid(QStringLiteral("a recording needs a path and a fingerprint")));
    if (r.durationMs < 0 || (r.repChannel != 0 && r.repChannel != 1))
        return std::unexpected(invalid(QStringLiteral("a recording needs a duration ≥ 0 and a rep channel of 0 or 1")));
    auto existing = recordingByFingerprint(r.fingerprint);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        // The same content again: the recording was moved or renamed, or simply added twice.
        const bool moved = (*existing)->path != r.path;
        if (moved)
            if (auto ok = relink((*existing)->id, r.path); !ok)
                return std::unexpected(ok.error());
        if (r.stamp.sizeBytes > 0 && (moved || (*existing)->sizeBytes != r.stamp.sizeBytes ||
                                      (*existing)->mtimeMs != r.stamp.mtimeMs))
            if (auto ok = setFileStamp((*existing)->id, r.stamp); !ok)
                return std::unexpected(ok.error());
        if (r.headerDurationMs && !(*existing)->headerDurationMs)
            if (auto ok = setMeasuredDuration((*existing)->id, r.durationMs); !ok)
                return std::unexpected(ok.error());
        return AddedRecording{(*existing)->id, true, moved};
    }
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    std::optional<int64_t> repId;
    if (!r.repName.trimmed().isEmpty()) {
        auto rep = ensureRep(r.repName);
        if (!rep)
            return std::unexpected(rep.error());
        repId = rep->id;
    }
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO recordings (path, fingerprint, duration_ms, call_date, title, rep_id, account, outcome, "
        "rep_channel, added_at, size_bytes, mtime_ms, header_duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, r.path).bind(2, r.fingerprint).bind(3, r.durationMs);
    bindDate(*insert, 4, r.callDate);
    insert->bind(5, r.title).bind(6, repId).bind(7, r.account).bind(8, outcomeName(r.outcome)).bind(9, int64_t(r.repChannel)).bind(10, now());
    insert->bind(11, r.stamp.sizeBytes).bind(12, r.stamp.mtimeMs).bind(13, r.headerDurationMs);
    if (auto ok = insert->run(); !ok)
        return std::unexpected(ok.error());
    const int64_t id = m_db->lastInsertId();
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return AddedRecording{id, false, false};
}

Result<Recording> Store::recording(int64_t id)
{
    auto find = m_db->prepare(QStringLiteral("SELECT %1 FROM recordings WHERE id = ?").arg(kRecordingColumns));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, id);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("recording"), id));
    return readRecording(*find);
}

Result<std::optional<Recording>> Store::recordingByFingerprint(const QString& fingerprint)
{
    auto find = m_db->prepare(QStringLiteral("SELECT %1 FROM recordings WHERE fingerprint = ?").arg(kRecordingColumns));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, fingerprint);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional(readRecording(*find)) : std::nullopt;
}

Result<std::vector<Recording>> Store::recordings()
{
    auto all = m_db->prepare(QStringLiteral("SELECT %1 FROM recordings ORDER BY rep_id, call_date, id").arg(kRecordingColumns));
    if (!all)
        return std::unexpected(all.error());
    std::vector<Recording> out;
    for (;;) {
        auto row = all->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.push_back(readRecording(*all));
    }
}

Result<void> Store::relink(int64_t recordingId, const QString& newPath)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE recordings SET path = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    if (auto ok = update->bind(1, newPath).bind(2, recordingId).run(); !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(notFound(QStringLiteral("recording"), recordingId));
    return {};
}

Result<void> Store::setFileStamp(int64_t recordingId, const FileStamp& stamp)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE recordings SET size_bytes = ?, mtime_ms = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    if (auto ok = update->bind(1, stamp.sizeBytes).bind(2, stamp.mtimeMs).bind(3, recordingId).run(); !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(notFound(QStringLiteral("recording"), recordingId));
    return {};
}

Result<void> Store::setMeasuredDuration(int64_t recordingId, int64_t decodedMs)
{
    if (decodedMs < 0)
        return std::unexpected(invalid(QStringLiteral("a length cannot be negative")));
    // The header's claim is kept once, the first time the real length turns out shorter.
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE recordings SET header_duration_ms = coalesce(header_duration_ms, duration_ms), duration_ms = ?1 "
        "WHERE id = ?2 AND duration_ms != ?1"));
    if (!update)
        return std::unexpected(update.error());
    return update->bind(1, decodedMs).bind(2, recordingId).run();
}

Result<ReviewSession> Store::currentSession(int64_t recordingId)
{
    auto find = m_db->prepare(QStringLiteral("SELECT %1 FROM sessions WHERE recording_id = ? ORDER BY id DESC LIMIT 1")
                                  .arg(kSessionColumns));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, recordingId);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return readSession(*find);
    auto rec = recording(recordingId);
    if (!rec)
        return std::unexpected(rec.error());
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO sessions (recording_id, rep_id, created_at, updated_at, focus_cap) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QString t = now();
    if (auto ok = insert->bind(1, recordingId).bind(2, rec->repId).bind(3, t).bind(4, t).bind(5, int64_t(kDefaultFocusCap)).run(); !ok)
        return std::unexpected(ok.error());
    return session(m_db->lastInsertId());
}

Result<ReviewSession> Store::session(int64_t id)
{
    auto find = m_db->prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(kSessionColumns));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, id);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("review session"), id));
    return readSession(*find);
}

Result<ReviewSession> Store::updateSession(int64_t id, const SessionChanges& changes)
{
    // Only the fields asked for are written, so a window holding an older copy of the session
    // never overwrites what another program changed in the other fields.
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto before = session(id);
    if (!before)
        return std::unexpected(before.error());
    if (changes.focusCap && (*changes.focusCap < 1 || *changes.focusCap > 5))
        return std::unexpected(invalid(QStringLiteral("the focus cap must be between 1 and 5, not %1").arg(*changes.focusCap)));
    if (changes.focusCap) {
        auto count = focusCount(id);
        if (!count)
            return std::unexpected(count.error());
        if (*changes.focusCap < *count)
            return std::unexpected(invalid(QStringLiteral("this session has %1 focus items; unfocus %2 of them before "
                                                          "lowering the cap to %3")
                                               .arg(*count).arg(*count - *changes.focusCap).arg(*changes.focusCap)));
    }
    for (const std::optional<QString>& text : {changes.objectives, changes.nextSteps})
        if (text && text->toUtf8().size() > kMaxNoteBytes)
            return std::unexpected(invalid(QStringLiteral("the text is %1 KiB; a session field holds at most %2 KiB")
                                               .arg(text->toUtf8().size() / 1024).arg(kMaxNoteBytes / 1024)));
    QStringList sets;
    if (changes.objectives)
        sets << QStringLiteral("objectives = :objectives");
    if (changes.nextSteps)
        sets << QStringLiteral("next_steps = :next_steps");
    if (changes.nextCoachingDate)
        sets << QStringLiteral("next_coaching_date = :next_date");
    if (changes.focusCap)
        sets << QStringLiteral("focus_cap = :cap");
    if (sets.isEmpty())
        return before;
    sets << QStringLiteral("updated_at = :now");
    auto update = m_db->prepare(QStringLiteral("UPDATE sessions SET %1 WHERE id = :id").arg(sets.join(QStringLiteral(", "))));
    if (!update)
        return std::unexpected(update.error());
    if (changes.objectives)
        update->bind(QStringLiteral(":objectives"), *changes.objectives);
    if (changes.nextSteps)
        update->bind(QStringLiteral(":next_steps"), *changes.nextSteps);
    if (changes.nextCoachingDate) {
        if (changes.nextCoachingDate->isValid())
            update->bind(QStringLiteral(":next_date"), dateText(*changes.nextCoachingDate));
        else
            update->bindNull(QStringLiteral(":next_date"));
    }
    if (changes.focusCap)
        update->bind(QStringLiteral(":cap"), int64_t(*changes.focusCap));
    update->bind(QStringLiteral(":now"), now()).bind(QStringLiteral(":id"), id);
    if (auto ok = update->run(); !ok) {
        if (ok.error().message.contains(QStringLiteral("focus cap below focus items")))
            return std::unexpected(invalid(QStringLiteral("this session has more focus items than a cap of %1 allows; "
                                                          "unfocus some first").arg(*changes.focusCap)));
        return std::unexpected(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return session(id);
}

} // namespace coachtrack::annotations
