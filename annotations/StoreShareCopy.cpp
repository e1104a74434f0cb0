// Store: the shareable-only copy of the library, a new library file for someone who may read
// the shareable track (the rep, another coach), with the calls' transcripts (what was said is
// not private). It is filled from this connection while every private table is unreadable
// (sql::PrivateTablesDenied), so no query here can copy private text, and its note ids are
// renumbered so that not even a count of private notes leaves.
#include "annotations/FilePaths.h"
#include "annotations/Sqlite.h"
#include "annotations/Store.h"

#include <QFile>
#include <QFileInfo>

namespace coachtrack::annotations {

namespace {

// The shareable notes numbered 1..n in id order: their ids in the copy. Note ids are one space
// for both tracks, so the original ids' gaps would tell how many private notes there were.
const QString kRenumbered =
    QStringLiteral("WITH renumbered (old_id, new_id) AS ("
                   "  SELECT n.id, row_number() OVER (ORDER BY n.id) FROM main.shareable_notes n"
                   "  JOIN main.note_ids i ON i.id = n.id AND i.track = 'shareable') ");

// Parents before children (references are checked once every row is in, kChildTables); the
// copy's own triggers fill its shareable_fts and transcript_fts. Columns are named: a column
// added later is copied only when it is added here, after asking whether the rep may read it.
// Client keys stay behind (they are the manager's scripts' business), and so does every
// library_setting but the copy's mark (shareable_copy): the copy has its own library_id, and
// retention and key settings belong to the private track (filler_words is not private: copy it too
// if a setting ever is copied). Transcripts go with the recordings copied, cue ids kept (the
// index's rowids); of the roles remembered by name, only those of a copied transcript's speakers
// go. Each statement may use `renumbered` (it is put in front of each) and its count goes to the
// report field it names.
struct Copy
{
    const char* sql;
    int64_t ShareCopyReport::*count;
};
const Copy kCopies[] = {
    {"INSERT INTO share_copy.reps (id, name, team, cadence_days, created_at) "
     "SELECT id, name, team, cadence_days, created_at FROM main.reps",
     nullptr},
    {"INSERT INTO share_copy.recordings (id, path, fingerprint, duration_ms, call_date, title, "
     "rep_id, account, outcome, rep_channel, added_at, size_bytes, mtime_ms, header_duration_ms) "
     "SELECT id, path, fingerprint, duration_ms, call_date, title, rep_id, account, outcome, "
     "rep_channel, added_at, size_bytes, mtime_ms, header_duration_ms FROM main.recordings",
     &ShareCopyReport::recordings},
    // The copy's own built-in template makes way for the library's templates, ids kept.
    {"DELETE FROM share_copy.session_templates", nullptr},
    // Their parts and headings (the debrief follows them); the prompts are the manager's
    // guide and stay behind (a template has at most five parts).
    {"INSERT INTO share_copy.session_templates (id, name, is_default, parts, created_at, "
     "updated_at) SELECT id, name, is_default, json_replace(parts, '$[0].prompt', '', "
     "'$[1].prompt', '', '$[2].prompt', '', '$[3].prompt', '', '$[4].prompt', ''), created_at, "
     "updated_at FROM main.session_templates",
     nullptr},
    // The copy says what it is: the manager's own views (how the notes are phrased) are not
    // shown from it.
    {"INSERT INTO share_copy.library_settings (key, value) VALUES ('shareable_copy', 'true')",
     nullptr},
    {"INSERT INTO share_copy.sessions (id, recording_id, rep_id, created_at, updated_at, "
     "objectives, next_steps, next_coaching_date, focus_cap, self_went_well, self_would_change, "
     "template_id) "
     "SELECT id, recording_id, rep_id, created_at, updated_at, objectives, next_steps, "
     "next_coaching_date, focus_cap, self_went_well, self_would_change, template_id "
     "FROM main.sessions s WHERE EXISTS (SELECT 1 FROM main.shareable_notes n WHERE "
     "n.session_id = s.id) OR EXISTS (SELECT 1 FROM main.scores c WHERE c.session_id = s.id) "
     "OR s.objectives <> '' OR s.next_steps <> '' OR s.next_coaching_date IS NOT NULL OR "
     "s.self_went_well <> '' OR s.self_would_change <> ''",
     &ShareCopyReport::sessions},
    // The skill list (the copy's own seed makes way) and the sessions' scores: the rep's.
    {"DELETE FROM share_copy.skills", nullptr},
    {"INSERT INTO share_copy.skills (id, name, position, created_at) "
     "SELECT id, name, position, created_at FROM main.skills",
     nullptr},
    {"INSERT INTO share_copy.scores (session_id, skill_id, manager, self, comment, updated_at) "
     "SELECT session_id, skill_id, manager, self, comment, updated_at FROM main.scores",
     nullptr},
    // Coaching plans: the rep's too.
    {"INSERT INTO share_copy.coaching_plans (id, rep_id, skill_id, target, started_on, ended_on, "
     "created_at) SELECT id, rep_id, skill_id, target, started_on, ended_on, created_at "
     "FROM main.coaching_plans",
     nullptr},
    {"INSERT INTO share_copy.note_ids (id, track) "
     "SELECT new_id, 'shareable' FROM renumbered ORDER BY new_id",
     nullptr},
    {"INSERT INTO share_copy.shareable_notes (id, session_id, start_ms, end_ms, text, tags, "
     "created_at, edited_at) "
     "SELECT r.new_id, n.session_id, n.start_ms, n.end_ms, n.text, n.tags, n.created_at, "
     "n.edited_at FROM main.shareable_notes n JOIN renumbered r ON r.old_id = n.id "
     "ORDER BY r.new_id",
     &ShareCopyReport::shareableNotes},
    {"INSERT INTO share_copy.focus_items (note_id, session_id, status, promoted_at, "
     "status_changed_at, question, practice_plan) "
     "SELECT r.new_id, f.session_id, f.status, f.promoted_at, f.status_changed_at, f.question, "
     "f.practice_plan "
     "FROM main.focus_items f JOIN renumbered r ON r.old_id = f.note_id",
     &ShareCopyReport::focusItems},
    // The history the copy's triggers wrote as focus items arrived makes way for the real one.
    {"DELETE FROM share_copy.focus_status_history", nullptr},
    {"INSERT INTO share_copy.focus_status_history (note_id, status, changed_at) "
     "SELECT r.new_id, h.status, h.changed_at FROM main.focus_status_history h "
     "JOIN renumbered r ON r.old_id = h.note_id ORDER BY h.id",
     nullptr},
    {"INSERT INTO share_copy.talk_metrics (recording_id, analyser_version, rep_channel, "
     "measured_at, per_speaker, rep_share, rep_longest_ms, buyer_longest_ms, patience_ms, "
     "switches_per_minute) SELECT recording_id, analyser_version, rep_channel, measured_at, "
     "per_speaker, rep_share, rep_longest_ms, buyer_longest_ms, patience_ms, "
     "switches_per_minute FROM main.talk_metrics",
     nullptr},
    {"INSERT INTO share_copy.transcripts (recording_id, format, source_name, imported_at) "
     "SELECT recording_id, format, source_name, imported_at FROM main.transcripts "
     "WHERE recording_id IN (SELECT id FROM share_copy.recordings)",
     &ShareCopyReport::transcripts},
    {"INSERT INTO share_copy.transcript_cues (id, recording_id, start_ms, end_ms, speaker, text, "
     "estimated, file_start_ms, file_end_ms) "
     "SELECT id, recording_id, start_ms, end_ms, speaker, text, estimated, file_start_ms, "
     "file_end_ms FROM main.transcript_cues "
     "WHERE recording_id IN (SELECT recording_id FROM share_copy.transcripts) ORDER BY id",
     nullptr},
    {"INSERT INTO share_copy.transcript_speakers (recording_id, name, role, role_confidence) "
     "SELECT recording_id, name, role, role_confidence FROM main.transcript_speakers "
     "WHERE recording_id IN (SELECT recording_id FROM share_copy.transcripts)",
     nullptr},
    // Names match without case, as importTranscript looks a remembered role up.
    {"INSERT INTO share_copy.speaker_roles (name, role) "
     "SELECT r.name, r.role FROM main.speaker_roles r WHERE EXISTS ("
     "  SELECT 1 FROM share_copy.transcript_speakers s WHERE s.name = r.name COLLATE NOCASE)",
     nullptr},
};

// The copy's tables that refer to others, checked once every row is in.
const char* const kChildTables[] = {
    "recordings",   "sessions",    "shareable_notes", "focus_items",        "focus_status_history",
    "talk_metrics", "transcripts", "transcript_cues", "transcript_speakers"};

// Runs kCopies in one transaction (deferred: only the copy is written, so the library is not
// locked against its other writers meanwhile).
Result<ShareCopyReport> fillCopy(sql::Connection& db)
{
    if (auto ok = db.exec(QStringLiteral("BEGIN")); !ok)
        return std::unexpected(ok.error());
    auto fail = [&db](const StoreError& error) {
        (void)db.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(error);
    };
    ShareCopyReport report;
    for (const Copy& copy : kCopies) {
        if (auto ok = db.execute(kRenumbered + QString::fromLatin1(copy.sql)); !ok)
            return fail(ok.error());
        if (copy.count)
            report.*copy.count = db.changes();
    }
    for (const char* table : kChildTables) {
        auto missing = db.queryOne(
            QStringLiteral("PRAGMA share_copy.foreign_key_check(%1)").arg(QLatin1String(table)),
            [](const sql::Statement& row) { return row.text(2); });
        if (!missing)
            return fail(missing.error());
        if (*missing)
            return fail({StoreErrorCode::Corrupt,
                         QStringLiteral("%1 of the library refer to %2 that are not there "
                                        "(FOREIGN KEY); `coachtrack check` looks for damage")
                             .arg(QLatin1String(table), **missing)});
    }
    if (auto ok = db.exec(QStringLiteral("COMMIT")); !ok)
        return fail(ok.error());
    return report;
}

// fillCopy() with SQLite's foreign key enforcement off, for its check of a new parent row (a
// session, a note id) reads the child tables, private_notes among them, which the guard
// refuses; fillCopy checks the copy's references itself instead.
Result<ShareCopyReport> copyRows(sql::Connection& db)
{
    auto enforced = db.scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!enforced)
        return std::unexpected(enforced.error());
    if (auto ok = db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !ok)
        return std::unexpected(ok.error());
    auto report = fillCopy(db);
    if (*enforced)
        if (auto ok = db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !ok && report)
            report = std::unexpected(ok.error());
    return report;
}

QString counted(int64_t n, const char* what)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(what),
                                                n == 1 ? QString() : QStringLiteral("s"));
}

void removeCopy(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

} // namespace

QString ShareCopyReport::summary() const
{
    return QStringList{counted(recordings, "recording"), counted(sessions, "session"),
                       counted(shareableNotes, "shareable note"), counted(focusItems, "focus item"),
                       counted(transcripts, "transcript")}
        .join(QStringLiteral(", "));
}

Result<bool> Store::isShareableCopy()
{
    auto marked = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM library_settings WHERE key = 'shareable_copy'"));
    if (!marked)
        return std::unexpected(marked.error());
    return *marked > 0;
}

Result<ShareCopyReport> Store::writeShareableCopy(const QString& outPath)
{
    const QString out = QFileInfo(outPath).absoluteFilePath();
    auto refuse = [&out](StoreErrorCode code, const QString& why) {
        return std::unexpected(StoreError{code, QStringLiteral("%1: %2").arg(out, why)});
    };
    if (path() != u":memory:") {
        const QString library = resolvedPath(path());
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            if (resolvedPath(outPath) == library + QString::fromLatin1(suffix))
                return refuse(StoreErrorCode::InvalidInput,
                              QStringLiteral("this is the library itself; write the shareable "
                                             "copy to a new file"));
    }
    const QFileInfo target(outPath);
    if (target.exists() || target.isSymLink())
        return refuse(StoreErrorCode::InvalidInput,
                      QStringLiteral("already exists; write the shareable copy to a new file"));
    if (m_readOnly)
        return refuse(StoreErrorCode::ReadOnly,
                      QStringLiteral("no shareable copy can be made from a library opened "
                                     "read-only (%1)")
                          .arg(readOnlyReason()));

    // A fresh library, fully migrated and private (0600), then closed: filled from here.
    if (auto fresh = Store::open(out); !fresh) {
        removeCopy(out);
        return std::unexpected(fresh.error());
    }
    Result<ShareCopyReport> report;
    {
        const sql::PrivateTablesDenied guard(*m_db);
        auto attached = m_db->execute(QStringLiteral("ATTACH DATABASE ? AS share_copy"), out);
        if (!attached)
            report = std::unexpected(attached.error());
        else {
            report = copyRows(*m_db);
            auto detached = m_db->exec(QStringLiteral("DETACH DATABASE share_copy"));
            if (!detached && report)
                report = std::unexpected(detached.error());
        }
    }
    if (!report) {
        removeCopy(out);
        return refuse(
            report.error().code,
            QStringLiteral("the shareable copy was not written: %1").arg(report.error().message));
    }
    report->path = out;
    return report;
}

} // namespace coachtrack::annotations
