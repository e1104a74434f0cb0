// Store: reps, recordings (with relinking by fingerprint) and review sessions.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

const QString kRepSelect = QStringLiteral("SELECT id, name, team, cadence_days FROM reps ");

Rep readRep(const sql::Statement& s)
{
    return Rep{s.int64(0), s.text(1), s.text(2), int(s.int64(3))};
}

const QString kRecordingColumns =
    QStringLiteral("id, path, fingerprint, duration_ms, call_date, title, rep_id, account, "
                   "outcome, rep_channel, size_bytes, "
                   "mtime_ms, header_duration_ms");

Recording readRecording(const sql::Statement& s)
{
    Recording r;
    QString outcome;
    s.columns(r.id, r.path, r.fingerprint, r.durationMs, r.callDate, r.title, r.repId, r.account,
              outcome, r.repChannel, r.sizeBytes, r.mtimeMs, r.headerDurationMs);
    r.outcome = outcomeFromName(outcome).value_or(Outcome::Open);
    return r;
}

const QString kSessionColumns =
    QStringLiteral("id, recording_id, rep_id, created_at, updated_at, objectives, next_steps, "
                   "next_coaching_date, focus_cap, self_went_well, self_would_change, template_id");

ReviewSession readSession(const sql::Statement& s)
{
    ReviewSession r;
    s.columns(r.id, r.recordingId, r.repId, r.created, r.updated, r.objectives, r.nextSteps,
              r.nextCoachingDate, r.focusCap, r.selfWentWell, r.selfWouldChange, r.templateId);
    return r;
}

} // namespace

Result<Rep> Store::ensureRep(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(invalid(QStringLiteral("a rep needs a name")));
    RecordingChanges asRep;
    asRep.repName = trimmed;
    if (auto ok = checkDetails(asRep, true); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_db->execute(
            QStringLiteral(
                "INSERT INTO reps (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
            trimmed, now());
        !ok)
        return std::unexpected(ok.error());
    auto row = m_db->queryOne(kRepSelect + QStringLiteral("WHERE name = ?"), readRep, trimmed);
    if (!row || !*row)
        return std::unexpected(row ? StoreError{StoreErrorCode::Io, QStringLiteral("rep vanished")}
                                   : row.error());
    return **row;
}

Result<Rep> Store::rep(int64_t id)
{
    return found(m_db->queryOne(kRepSelect + QStringLiteral("WHERE id = ?"), readRep, id),
                 QStringLiteral("rep"), id);
}

Result<std::vector<Rep>> Store::reps()
{
    return m_db->queryAll(kRepSelect + QStringLiteral("ORDER BY name COLLATE NOCASE, id"), readRep);
}

Result<Rep> Store::repNamed(const QString& name)
{
    auto row = m_db->queryOne(kRepSelect + QStringLiteral("WHERE name = ? COLLATE NOCASE"), readRep,
                              name.trimmed());
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(
            StoreError{StoreErrorCode::NotFound,
                       QStringLiteral("there is no rep named %1").arg(name.trimmed())});
    return **row;
}

Result<AddedRecording> Store::addRecording(const NewRecording& r)
{
    if (r.fingerprint.isEmpty() || r.path.isEmpty())
        return std::unexpected(
            invalid(QStringLiteral("a recording needs a path and a fingerprint")));
    if (r.durationMs < 0 || (r.repChannel != 0 && r.repChannel != 1))
        return std::unexpected(invalid(
            QStringLiteral("a recording needs a duration ≥ 0 and a rep channel of 0 or 1")));
    RecordingChanges details;
    details.repName = r.repName.trimmed();
    details.title = r.title;
    details.callDate = r.callDate;
    details.account = r.account;
    if (auto ok = checkDetails(details, true); !ok)
        return std::unexpected(ok.error());
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
    if (auto ok = m_db->execute(
            QStringLiteral(
                "INSERT INTO recordings (path, fingerprint, duration_ms, call_date, title, rep_id, "
                "account, "
                "outcome, rep_channel, added_at, size_bytes, mtime_ms, header_duration_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            r.path, r.fingerprint, r.durationMs, r.callDate, r.title, repId, r.account,
            outcomeName(r.outcome), int64_t(r.repChannel), now(), r.stamp.sizeBytes,
            r.stamp.mtimeMs, r.headerDurationMs);
        !ok)
        return std::unexpected(ok.error());
    const int64_t id = m_db->lastInsertId();
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return AddedRecording{id, false, false};
}

Result<Recording> Store::recording(int64_t id)
{
    return found(
        m_db->queryOne(
            QStringLiteral("SELECT %1 FROM recordings WHERE id = ?").arg(kRecordingColumns),
            readRecording, id),
        QStringLiteral("recording"), id);
}

Result<std::optional<Recording>> Store::recordingByFingerprint(const QString& fingerprint)
{
    return m_db->queryOne(
        QStringLiteral("SELECT %1 FROM recordings WHERE fingerprint = ?").arg(kRecordingColumns),
        readRecording, fingerprint);
}

Result<std::vector<Recording>> Store::recordings()
{
    return m_db->queryAll(QStringLiteral("SELECT %1 FROM recordings ORDER BY rep_id, call_date, id")
                              .arg(kRecordingColumns),
                          readRecording);
}

Result<void> Store::relink(int64_t recordingId, const QString& newPath)
{
    if (auto ok = m_db->execute(QStringLiteral("UPDATE recordings SET path = ? WHERE id = ?"),
                                newPath, recordingId);
        !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(notFound(QStringLiteral("recording"), recordingId));
    return {};
}

Result<void> Store::setFileStamp(int64_t recordingId, const FileStamp& stamp)
{
    if (auto ok = m_db->execute(
            QStringLiteral("UPDATE recordings SET size_bytes = ?, mtime_ms = ? WHERE id = ?"),
            stamp.sizeBytes, stamp.mtimeMs, recordingId);
        !ok)
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
    return m_db->execute(
        QStringLiteral(
            "UPDATE recordings SET header_duration_ms = coalesce(header_duration_ms, duration_ms), "
            "duration_ms = ?1 WHERE id = ?2 AND duration_ms != ?1"),
        decodedMs, recordingId);
}

Result<ReviewSession> Store::currentSession(int64_t recordingId)
{
    auto latest = m_db->queryOne(
        QStringLiteral("SELECT %1 FROM sessions WHERE recording_id = ? ORDER BY id DESC LIMIT 1")
            .arg(kSessionColumns),
        readSession, recordingId);
    if (!latest)
        return std::unexpected(latest.error());
    if (*latest)
        return **latest;
    auto rec = recording(recordingId);
    if (!rec)
        return std::unexpected(rec.error());
    const QString t = now();
    if (auto ok = m_db->execute(
            QStringLiteral("INSERT INTO sessions (recording_id, rep_id, created_at, updated_at, "
                           "focus_cap, template_id) VALUES (?, ?, ?, ?, ?, "
                           "(SELECT id FROM session_templates WHERE is_default = 1))"),
            recordingId, rec->repId, t, t, int64_t(kDefaultFocusCap));
        !ok)
        return std::unexpected(ok.error());
    return session(m_db->lastInsertId());
}

Result<ReviewSession> Store::session(int64_t id)
{
    return found(
        m_db->queryOne(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(kSessionColumns),
                       readSession, id),
        QStringLiteral("review session"), id);
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
        return std::unexpected(
            invalid(QStringLiteral("the focus cap must be between 1 and 5, not %1")
                        .arg(*changes.focusCap)));
    if (changes.focusCap) {
        auto count = focusCount(id);
        if (!count)
            return std::unexpected(count.error());
        if (*changes.focusCap < *count)
            return std::unexpected(
                invalid(QStringLiteral("this session has %1 focus items; unfocus %2 of them before "
                                       "lowering the cap to %3")
                            .arg(*count)
                            .arg(*count - *changes.focusCap)
                            .arg(*changes.focusCap)));
    }
    for (const std::optional<QString>& text :
         {changes.objectives, changes.nextSteps, changes.selfWentWell, changes.selfWouldChange})
        if (text && text->toUtf8().size() > kMaxNoteBytes)
            return std::unexpected(
                invalid(QStringLiteral("the text is %1 KiB; a session field holds at most %2 KiB")
                            .arg(text->toUtf8().size() / 1024)
                            .arg(kMaxNoteBytes / 1024)));
    // Each field has its own parameter; those of fields not asked for are bound but unused.
    QStringList sets;
    if (changes.objectives)
        sets << QStringLiteral("objectives = ?1");
    if (changes.nextSteps)
        sets << QStringLiteral("next_steps = ?2");
    if (changes.nextCoachingDate)
        sets << QStringLiteral("next_coaching_date = ?3");
    if (changes.focusCap)
        sets << QStringLiteral("focus_cap = ?4");
    if (changes.selfWentWell)
        sets << QStringLiteral("self_went_well = ?7");
    if (changes.selfWouldChange)
        sets << QStringLiteral("self_would_change = ?8");
    if (changes.templateId) {
        if (*changes.templateId != 0) {
            auto exists =
                m_db->scalar(QStringLiteral("SELECT count(*) FROM session_templates WHERE id = ?"),
                             *changes.templateId);
            if (!exists)
                return std::unexpected(exists.error());
            if (!*exists)
                return std::unexpected(
                    notFound(QStringLiteral("session template"), *changes.templateId));
        }
        sets << QStringLiteral("template_id = nullif(?9, 0)");
    }
    if (sets.isEmpty())
        return before;
    sets << QStringLiteral("updated_at = ?5");
    if (auto ok = m_db->execute(QStringLiteral("UPDATE sessions SET %1 WHERE id = ?6")
                                    .arg(sets.join(QStringLiteral(", "))),
                                changes.objectives, changes.nextSteps, changes.nextCoachingDate,
                                changes.focusCap, now(), id, changes.selfWentWell,
                                changes.selfWouldChange, changes.templateId);
        !ok) {
        if (ok.error().message.contains(QStringLiteral("focus cap below focus items")))
            return std::unexpected(
                invalid(QStringLiteral("this session has more focus items than a cap of %1 allows; "
                                       "unfocus some first")
                            .arg(*changes.focusCap)));
        return std::unexpected(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return session(id);
}

} // namespace coachtrack::annotations
