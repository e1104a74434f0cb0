// Store: what the rep tracker reads, coaching over time. Every query here reads shareable
// tables only (and runs under sql::PrivateTablesDenied to prove it): a review session is a
// coaching session once it holds a shareable note; private notes count for nothing.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

// A session is a coaching session from its first shareable note on, and dated by it (a
// session opened long before, or holding private notes only, does not count).
const QString kCoachingSessions = QStringLiteral(
    "WITH first_notes AS (SELECT session_id, min(created_at) AS at FROM shareable_notes "
    "GROUP BY session_id), "
    "coached AS (SELECT s.id, s.rep_id, s.recording_id, s.next_coaching_date, f.at AS "
    "created_at FROM sessions s JOIN first_notes f ON f.session_id = s.id) ");
// The same for one rep (?1), each session's first note found through its index.
const QString kCoachingSessionsOfRep = QStringLiteral(
    "WITH coached AS (SELECT s.id, s.rep_id, s.recording_id, s.next_coaching_date, "
    "(SELECT min(n.created_at) FROM shareable_notes n WHERE n.session_id = s.id) AS created_at "
    "FROM sessions s WHERE s.rep_id = ?1 AND EXISTS (SELECT 1 FROM shareable_notes n WHERE "
    "n.session_id = s.id)) ");

QDateTime utc(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

const QString kTalkColumns =
    QStringLiteral("t.recording_id, t.analyser_version, t.rep_channel, t.per_speaker, t.rep_share, "
                   "t.rep_longest_ms, t.buyer_longest_ms, t.patience_ms, t.switches_per_minute");

// A talk_metrics row read from `first` on (kTalkColumns); nullopt when the row is missing.
std::optional<KeptTalk> readTalk(const sql::Statement& s, int first)
{
    if (s.isNull(first))
        return std::nullopt;
    KeptTalk k;
    k.recordingId = s.int64(first);
    k.analyserVersion = int(s.int64(first + 1));
    k.repChannel = int(s.int64(first + 2));
    k.perSpeaker = s.int64(first + 3) != 0;
    auto real = [&s](int c) { return s.isNull(c) ? std::nullopt : std::optional(s.real(c)); };
    k.repShare = real(first + 4);
    k.repLongestMs = s.optionalInt64(first + 5);
    k.buyerLongestMs = s.optionalInt64(first + 6);
    k.patienceMs = s.optionalInt64(first + 7);
    k.switchesPerMinute = real(first + 8);
    return k;
}

} // namespace

Result<void> Store::setCadence(int64_t repId, int days)
{
    if (days < 1 || days > 365)
        return std::unexpected(
            invalid(QStringLiteral("a coaching cadence is 1 to 365 days, not %1").arg(days)));
    if (auto ok = m_db->execute(QStringLiteral("UPDATE reps SET cadence_days = ? WHERE id = ?"),
                                int64_t(days), repId);
        !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(notFound(QStringLiteral("rep"), repId));
    return {};
}

Result<std::vector<RepActivity>> Store::repActivity(const QDateTime& since)
{
    const sql::PrivateTablesDenied guard(*m_db);
    struct Row
    {
        Rep rep;
        QString last;
        int since = 0;
        int open = 0;
        std::optional<int64_t> unreviewed;
        QDate planned;
    };
    // One pass each over the sessions, the focus items and the recordings, grouped by rep
    // (SQLite gives a bare column the value of the row the max() came from).
    auto rows = m_db->queryAll(
        kCoachingSessions +
            QStringLiteral(
                ", latest AS (SELECT rep_id, max(created_at) AS last, next_coaching_date AS "
                "  planned, sum(created_at >= ?1) AS since FROM coached GROUP BY rep_id), "
                "open_items AS (SELECT s.rep_id, count(*) AS open FROM focus_items f JOIN "
                "  sessions s ON s.id = f.session_id WHERE f.status IN ('open', 'practising') "
                "  GROUP BY s.rep_id), "
                "unreviewed AS (SELECT d.rep_id, d.id, max(coalesce(d.call_date, "
                "  substr(d.added_at, 1, 10)) || printf('%020d', d.id)) FROM recordings d "
                "  WHERE d.rep_id IS NOT NULL AND d.id NOT IN (SELECT recording_id FROM coached) "
                "  GROUP BY d.rep_id) "
                "SELECT r.id, r.name, r.team, r.cadence_days, l.last, coalesce(l.since, 0), "
                " coalesce(o.open, 0), u.id, l.planned FROM reps r "
                "LEFT JOIN latest l ON l.rep_id = r.id LEFT JOIN open_items o ON o.rep_id = r.id "
                "LEFT JOIN unreviewed u ON u.rep_id = r.id "
                "ORDER BY r.name COLLATE NOCASE, r.id"),
        [](const sql::Statement& s) {
            Row r;
            s.columns(r.rep.id, r.rep.name, r.rep.team, r.rep.cadenceDays, r.last, r.since, r.open,
                      r.unreviewed, r.planned);
            return r;
        },
        since.toUTC().toString(Qt::ISODateWithMs));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<RepActivity> activity;
    for (const Row& row : *rows) {
        RepActivity a{row.rep, std::nullopt, row.since, row.open, std::nullopt, row.planned};
        if (!row.last.isEmpty())
            a.lastSession = utc(row.last);
        if (row.unreviewed) {
            auto rec = recording(*row.unreviewed);
            if (!rec)
                return std::unexpected(rec.error());
            a.latestUnreviewed = *rec;
        }
        activity.push_back(std::move(a));
    }
    return activity;
}

Result<std::map<int64_t, std::vector<RecentSession>>> Store::recentCoaching(int perRep)
{
    const sql::PrivateTablesDenied guard(*m_db);
    auto rows = m_db->queryAll(
        kCoachingSessions +
            QStringLiteral(
                ", ranked AS (SELECT c.*, row_number() OVER (PARTITION BY c.rep_id ORDER BY "
                "  c.created_at DESC, c.id DESC) AS k FROM coached c WHERE c.rep_id IS NOT NULL) "
                "SELECT r.rep_id, r.created_at, "
                " (SELECT avg(manager) FROM scores WHERE session_id = r.id), "
                " (SELECT avg(abs(self - manager)) FROM scores WHERE session_id = r.id), %1 "
                "FROM ranked r LEFT JOIN talk_metrics t ON t.recording_id = r.recording_id "
                "WHERE r.k <= ?1 ORDER BY r.rep_id, r.created_at, r.id")
                .arg(kTalkColumns),
        [](const sql::Statement& s) {
            RecentSession r;
            r.created = utc(s.text(1));
            if (!s.isNull(2))
                r.meanManager = s.real(2);
            if (!s.isNull(3))
                r.meanGap = s.real(3);
            r.talk = readTalk(s, 4);
            return std::pair(s.int64(0), r);
        },
        int64_t(perRep));
    if (!rows)
        return std::unexpected(rows.error());
    std::map<int64_t, std::vector<RecentSession>> byRep;
    for (auto& [repId, session] : *rows)
        byRep[repId].push_back(std::move(session));
    return byRep;
}

Result<std::vector<SessionSummary>> Store::repSessions(int64_t repId)
{
    const sql::PrivateTablesDenied guard(*m_db);
    auto sessions = m_db->queryAll(
        kCoachingSessionsOfRep +
            QStringLiteral("SELECT c.id, c.recording_id, d.title, d.call_date, c.created_at, "
                           " s.next_coaching_date, "
                           " (SELECT count(*) FROM focus_items f WHERE f.session_id = c.id), %1 "
                           "FROM coached c JOIN sessions s ON s.id = c.id "
                           "JOIN recordings d ON d.id = c.recording_id "
                           "LEFT JOIN talk_metrics t ON t.recording_id = c.recording_id "
                           "WHERE c.rep_id = ?1 ORDER BY c.created_at, c.id")
                .arg(kTalkColumns),
        [](const sql::Statement& s) {
            SessionSummary r;
            QString created;
            s.columns(r.sessionId, r.recordingId, r.callTitle, r.callDate, created,
                      r.nextCoachingDate, r.focusItems);
            r.created = utc(created);
            r.talk = readTalk(s, 7);
            return r;
        },
        repId);
    if (!sessions)
        return std::unexpected(sessions.error());
    auto texts = m_db->queryAll(
        QStringLiteral("SELECT n.session_id, n.text FROM shareable_notes n "
                       "JOIN sessions s ON s.id = n.session_id WHERE s.rep_id = ? "
                       "ORDER BY n.session_id, n.start_ms, n.id"),
        [](const sql::Statement& s) { return std::pair(s.int64(0), s.text(1)); }, repId);
    if (!texts)
        return std::unexpected(texts.error());
    std::map<int64_t, SessionSummary*> byId;
    for (SessionSummary& s : *sessions)
        byId[s.sessionId] = &s;
    for (const auto& [sessionId, text] : *texts)
        if (auto it = byId.find(sessionId); it != byId.end())
            it->second->shareableTexts << text;
    for (SessionSummary& s : *sessions) {
        auto rated = scores(s.sessionId);
        if (!rated)
            return std::unexpected(rated.error());
        s.scores = std::move(*rated);
    }
    return sessions;
}

Result<void> Store::keepTalk(const KeptTalk& k)
{
    return m_db->execute(
        QStringLiteral("INSERT OR REPLACE INTO talk_metrics (recording_id, analyser_version, "
                       "rep_channel, measured_at, per_speaker, rep_share, rep_longest_ms, "
                       "buyer_longest_ms, patience_ms, switches_per_minute) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        k.recordingId, int64_t(k.analyserVersion), int64_t(k.repChannel), now(),
        int64_t(k.perSpeaker ? 1 : 0), k.repShare, k.repLongestMs, k.buyerLongestMs, k.patienceMs,
        k.switchesPerMinute);
}

Result<std::optional<KeptTalk>> Store::keptTalk(int64_t recordingId)
{
    auto row = m_db->queryOne(
        QStringLiteral("SELECT %1 FROM talk_metrics t WHERE t.recording_id = ?").arg(kTalkColumns),
        [](const sql::Statement& s) { return readTalk(s, 0); }, recordingId);
    if (!row)
        return std::unexpected(row.error());
    return *row ? **row : std::nullopt;
}

Result<std::vector<Recording>> Store::unmeasuredCalls(std::optional<int64_t> repId,
                                                      int analyserVersion)
{
    auto ids = m_db->queryAll(
        QStringLiteral("SELECT DISTINCT s.recording_id FROM sessions s "
                       "LEFT JOIN talk_metrics t ON t.recording_id = s.recording_id "
                       "WHERE (?1 IS NULL OR s.rep_id = ?1) AND EXISTS (SELECT 1 FROM "
                       "shareable_notes n WHERE n.session_id = s.id) AND (t.recording_id IS "
                       "NULL OR t.analyser_version < ?2) ORDER BY s.recording_id"),
        firstInt64, repId, int64_t(analyserVersion));
    if (!ids)
        return std::unexpected(ids.error());
    std::vector<Recording> calls;
    for (int64_t id : *ids) {
        auto r = recording(id);
        if (!r)
            return std::unexpected(r.error());
        calls.push_back(std::move(*r));
    }
    return calls;
}

Result<std::vector<Recording>> Store::unreviewedCalls()
{
    auto ids = m_db->queryAll(
        kCoachingSessions +
            QStringLiteral("SELECT d.id FROM recordings d WHERE d.id NOT IN (SELECT recording_id "
                           "FROM coached) ORDER BY coalesce(d.call_date, substr(d.added_at, 1, "
                           "10)) DESC, d.id DESC"),
        firstInt64);
    if (!ids)
        return std::unexpected(ids.error());
    auto all = recordings(); // one read for every call, not one per call
    if (!all)
        return std::unexpected(all.error());
    std::map<int64_t, const Recording*> byId;
    for (const Recording& r : *all)
        byId.emplace(r.id, &r);
    std::vector<Recording> calls;
    for (int64_t id : *ids)
        if (const auto it = byId.find(id); it != byId.end())
            calls.push_back(*it->second);
    return calls;
}

Result<std::vector<int64_t>> Store::sessionsWithShareableNotes()
{
    const sql::PrivateTablesDenied guard(*m_db);
    return m_db->queryAll(QStringLiteral("SELECT DISTINCT session_id FROM shareable_notes "
                                         "ORDER BY session_id"),
                          firstInt64);
}

Result<std::vector<FocusHistory>> Store::focusHistory(int64_t repId)
{
    const sql::PrivateTablesDenied guard(*m_db);
    auto items = m_db->queryAll(
        QStringLiteral("SELECT f.note_id, f.session_id, n.text, n.start_ms, "
                       " coalesce(f.question, ''), coalesce(f.practice_plan, ''), f.status "
                       "FROM focus_items f JOIN shareable_notes n ON n.id = f.note_id "
                       "JOIN sessions s ON s.id = f.session_id WHERE s.rep_id = ? "
                       "ORDER BY f.promoted_at, f.note_id"),
        [](const sql::Statement& s) {
            FocusHistory h;
            QString status;
            s.columns(h.noteId, h.sessionId, h.text, h.startMs, h.question, h.practicePlan, status);
            h.status = focusStatusFromName(status).value_or(FocusStatus::Open);
            return h;
        },
        repId);
    if (!items)
        return std::unexpected(items.error());
    auto changes = m_db->queryAll(
        QStringLiteral("SELECT h.note_id, h.status, h.changed_at, coalesce(h.changed_by, '') "
                       "FROM focus_status_history h "
                       "JOIN focus_items f ON f.note_id = h.note_id "
                       "JOIN sessions s ON s.id = f.session_id WHERE s.rep_id = ? "
                       "ORDER BY h.note_id, h.changed_at, h.id"),
        [](const sql::Statement& s) {
            return std::pair(s.int64(0),
                             FocusChange{focusStatusFromName(s.text(1)).value_or(FocusStatus::Open),
                                         utc(s.text(2)), s.text(3)});
        },
        repId);
    if (!changes)
        return std::unexpected(changes.error());
    std::map<int64_t, FocusHistory*> byId;
    for (FocusHistory& h : *items)
        byId[h.noteId] = &h;
    for (const auto& [noteId, change] : *changes)
        if (auto it = byId.find(noteId); it != byId.end())
            it->second->changes.push_back(change);
    return items;
}

Result<std::optional<QStringList>> Store::watchedMetricNames()
{
    return listSetting(QStringLiteral("watched_metrics"));
}

Result<void> Store::setWatchedMetricNames(const QStringList& names)
{
    return setListSetting(
        QStringLiteral("watched_metrics"), names,
        {3, 40, QStringLiteral("the watched metrics"), QStringLiteral("metrics")});
}

} // namespace coachtrack::annotations
