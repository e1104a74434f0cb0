// Store: the team library's bookkeeping (migration 0014): the server's URL, the sessions queued
// for publishing, what was published and when, and the focus statuses reps set on the server.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

#include <QTimeZone>

namespace coachtrack::annotations {

namespace {

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace

Result<QString> Store::teamUrl()
{
    auto url = listSetting(QStringLiteral("team_url"));
    if (!url)
        return std::unexpected(url.error());
    return *url && !(*url)->isEmpty() ? (*url)->first() : QString();
}

Result<void> Store::setTeamUrl(const QString& url)
{
    return setListSetting(QStringLiteral("team_url"),
                          url.isEmpty() ? std::nullopt : std::optional(QStringList{url}),
                          {1, 2000, QStringLiteral("a team server's URL"), QStringLiteral("line")});
}

Result<void> Store::queueForTeam(int64_t sessionId)
{
    if (auto s = session(sessionId); !s)
        return std::unexpected(s.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    // The latest request wins: a withdrawal still waiting is called off.
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM team_withdrawals WHERE session_id = ?"),
                                sessionId);
        !ok)
        return ok;
    if (auto ok = m_db->execute(QStringLiteral("INSERT INTO team_outbox (session_id, queued_at) "
                                               "VALUES (?, ?) ON CONFLICT (session_id) DO NOTHING"),
                                sessionId, rows::now());
        !ok)
        return ok;
    return transaction.commit();
}

Result<std::vector<int64_t>> Store::teamQueue()
{
    return m_db->queryAll(
        QStringLiteral("SELECT session_id FROM team_outbox ORDER BY queued_at, session_id"),
        [](const sql::Statement& s) { return s.int64(0); });
}

Result<void> Store::recordPublished(int64_t sessionId, const QString& digest)
{
    return settleTeamSession(sessionId, [&] {
        return m_db->execute(
            QStringLiteral("INSERT INTO team_published (session_id, digest, published_at, "
                           "withdrawn) VALUES (?, ?, ?, 0) ON CONFLICT (session_id) DO UPDATE SET "
                           "digest = excluded.digest, published_at = excluded.published_at, "
                           "withdrawn = 0"),
            sessionId, digest, rows::now());
    });
}

Result<void> Store::recordWithdrawn(int64_t sessionId, bool deleted)
{
    return settleTeamSession(sessionId, [&] {
        return m_db->execute(
            deleted
                ? QStringLiteral("DELETE FROM team_published WHERE session_id = ?")
                : QStringLiteral("UPDATE team_published SET withdrawn = 1 WHERE session_id = ?"),
            sessionId);
    });
}

Result<void> Store::settleTeamSession(int64_t sessionId,
                                      const std::function<Result<void>()>& record)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    for (const QString& sql : {QStringLiteral("DELETE FROM team_outbox WHERE session_id = ?"),
                               QStringLiteral("DELETE FROM team_withdrawals WHERE session_id = ?")})
        if (auto ok = m_db->execute(sql, sessionId); !ok)
            return ok;
    if (auto ok = record(); !ok)
        return ok;
    return transaction.commit();
}

Result<void> Store::queueWithdrawal(int64_t sessionId, bool deleted)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    for (const QString& sql :
         {QStringLiteral("DELETE FROM team_outbox WHERE session_id = ?1"),
          QStringLiteral("UPDATE team_published SET withdrawn = 1 WHERE session_id = ?1"),
          QStringLiteral("INSERT INTO team_withdrawals (session_id, deleted, queued_at) VALUES "
                         "(?1, ?2, ?3) ON CONFLICT (session_id) DO UPDATE SET deleted = "
                         "max(deleted, excluded.deleted)")})
        if (auto ok = m_db->execute(sql, sessionId, int(deleted), rows::now()); !ok)
            return ok;
    return transaction.commit();
}

Result<std::vector<std::pair<int64_t, bool>>> Store::teamWithdrawals()
{
    return m_db->queryAll(
        QStringLiteral("SELECT session_id, deleted FROM team_withdrawals ORDER BY queued_at"),
        [](const sql::Statement& s) { return std::pair(s.int64(0), s.int64(1) != 0); });
}

Result<void> Store::restartTeamPublications()
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    for (const QString& sql :
         {QStringLiteral("INSERT INTO team_outbox (session_id, queued_at) SELECT session_id, ?1 "
                         "FROM team_published WHERE withdrawn = 0 ON CONFLICT DO NOTHING"),
          QStringLiteral("DELETE FROM team_published WHERE ?1 IS NOT NULL"),
          QStringLiteral("DELETE FROM team_withdrawals WHERE ?1 IS NOT NULL"),
          QStringLiteral("DELETE FROM library_settings WHERE key = 'team_last_sync' AND ?1 IS "
                         "NOT NULL")})
        if (auto ok = m_db->execute(sql, rows::now()); !ok)
            return ok;
    return transaction.commit();
}

Result<std::vector<TeamPublication>> Store::teamPublications()
{
    return m_db->queryAll(
        QStringLiteral("SELECT session_id, digest, published_at, withdrawn FROM team_published "
                       "ORDER BY session_id"),
        [](const sql::Statement& s) {
            return TeamPublication{s.int64(0), s.text(1), fromIso(s.text(2)), s.int64(3) != 0};
        });
}

Result<TeamOptions> Store::teamOptions()
{
    auto lines = listSetting(QStringLiteral("team_options"));
    if (!lines)
        return std::unexpected(lines.error());
    const QStringList set = lines->value_or(QStringList());
    return TeamOptions{set.contains(QStringLiteral("publish_on_export")),
                       set.contains(QStringLiteral("clips"))};
}

Result<void> Store::setTeamOptions(const TeamOptions& options)
{
    QStringList set;
    if (options.publishOnExport)
        set << QStringLiteral("publish_on_export");
    if (options.clips)
        set << QStringLiteral("clips");
    return setListSetting(QStringLiteral("team_options"), set,
                          {2, 32, QStringLiteral("the team options"), QStringLiteral("words")});
}

Result<QDateTime> Store::teamLastSync()
{
    auto at = listSetting(QStringLiteral("team_last_sync"));
    if (!at)
        return std::unexpected(at.error());
    return *at && !(*at)->isEmpty() ? fromIso((*at)->first()) : QDateTime();
}

Result<void> Store::setTeamLastSync(const QDateTime& at)
{
    return setListSetting(QStringLiteral("team_last_sync"), QStringList{isoUtc(at)},
                          {1, 64, QStringLiteral("the last sync's time"), QStringLiteral("line")});
}

Result<std::map<int64_t, QDateTime>> Store::focusStatusTimes(int64_t sessionId)
{
    auto rows = m_db->queryAll(
        QStringLiteral("SELECT note_id, status_changed_at FROM focus_items WHERE session_id = ?"),
        [](const sql::Statement& s) { return std::pair(s.int64(0), fromIso(s.text(1))); },
        sessionId);
    if (!rows)
        return std::unexpected(rows.error());
    return std::map<int64_t, QDateTime>(rows->begin(), rows->end());
}

Result<std::vector<std::pair<int64_t, FocusChange>>> Store::focusStatusChanges(int64_t sessionId)
{
    return m_db->queryAll(
        QStringLiteral("SELECT h.note_id, h.status, h.changed_at, coalesce(h.changed_by, '') "
                       "FROM focus_status_history h JOIN focus_items f ON f.note_id = h.note_id "
                       "WHERE f.session_id = ? ORDER BY h.changed_at, h.id"),
        [](const sql::Statement& s) {
            return std::pair(s.int64(0),
                             FocusChange{focusStatusFromName(s.text(1)).value_or(FocusStatus::Open),
                                         fromIso(s.text(2)), s.text(3)});
        },
        sessionId);
}

Result<bool> Store::takeRepFocusChange(const RepFocusChange& change)
{
    const QString at = isoUtc(change.at);
    const QString status = focusStatusName(change.status);
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto known = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM focus_status_history WHERE note_id = ? AND "
                       "status = ? AND changed_at = ? AND changed_by = ?"),
        change.noteId, status, at, change.by);
    if (!known)
        return std::unexpected(known.error());
    if (*known > 0)
        return false;
    auto current = m_db->queryOne(
        QStringLiteral("SELECT status, status_changed_at FROM focus_items WHERE note_id = ?"),
        [](const sql::Statement& s) { return std::pair(s.text(0), fromIso(s.text(1))); },
        change.noteId);
    if (!current)
        return std::unexpected(current.error());
    if (!*current) // no longer a focus item here: the library's word stands
        return false;
    if (auto ok =
            m_db->execute(QStringLiteral("INSERT INTO focus_status_history (note_id, "
                                         "status, changed_at, changed_by) VALUES (?, ?, ?, ?)"),
                          change.noteId, status, at, change.by);
        !ok)
        return std::unexpected(ok.error());
    const bool later = change.at.toUTC() > (*current)->second;
    const bool changes = later && (*current)->first != status;
    if (later)
        if (auto ok = m_db->execute(QStringLiteral("UPDATE focus_items SET status = ?, "
                                                   "status_changed_at = ? WHERE note_id = ?"),
                                    status, at, change.noteId);
            !ok)
            return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return changes;
}

} // namespace coachtrack::annotations
