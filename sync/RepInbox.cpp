#include "sync/RepInbox.h"

#include <QUuid>

namespace coachtrack::sync {

namespace {

std::optional<int> optionalInt(const PgRows& rows, int row, int column)
{
    if (rows.isNull(row, column))
        return std::nullopt;
    return int(rows.number(row, column));
}

PgError notYours(const QString& what)
{
    return {QStringLiteral("CT011"),
            QStringLiteral("%1 is not one of your published sessions' (it may have been "
                           "withdrawn)")
                .arg(what)};
}

} // namespace

RepInbox::RepInbox(PgConnection& server)
    : m_server(server)
{
}

PgResult<std::vector<RepSession>> RepInbox::sessions()
{
    auto rows = m_server.exec(QStringLiteral(
        "SELECT id, call_title, call_date, published_at, objectives, next_steps, next_date "
        "FROM coachtrack.sessions ORDER BY call_date DESC NULLS LAST, published_at DESC"));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<RepSession> list;
    for (int r = 0; r < rows->rows(); ++r) {
        RepSession s;
        s.id = rows->text(r, 0);
        s.callTitle = rows->text(r, 1);
        s.callDate = QDate::fromString(rows->text(r, 2), Qt::ISODate);
        s.publishedAt = QDateTime::fromString(rows->text(r, 3), Qt::ISODate);
        s.objectives = rows->text(r, 4);
        s.nextSteps = rows->text(r, 5);
        s.nextDate = QDate::fromString(rows->text(r, 6), Qt::ISODate);
        auto notes = m_server.exec(
            QStringLiteral("SELECT id, start_ms, text, focus_number, focus_status, question, "
                           "practice_plan FROM coachtrack.notes WHERE session_id = $1 "
                           "ORDER BY start_ms, focus_number"),
            {s.id});
        if (!notes)
            return std::unexpected(notes.error());
        for (int n = 0; n < notes->rows(); ++n) {
            s.notes.emplace_back(notes->number(n, 1), notes->text(n, 2));
            if (!notes->isNull(n, 3))
                s.focus.push_back({notes->text(n, 0), int(notes->number(n, 3)), notes->number(n, 1),
                                   notes->text(n, 2), notes->text(n, 4), notes->text(n, 5),
                                   notes->text(n, 6)});
        }
        std::sort(s.focus.begin(), s.focus.end(),
                  [](const RepFocusItem& a, const RepFocusItem& b) { return a.number < b.number; });
        auto scores = m_server.exec(
            QStringLiteral("SELECT skill, manager_rating, self_rating, coalesce(comment, '') "
                           "FROM coachtrack.scores WHERE session_id = $1 ORDER BY skill"),
            {s.id});
        if (!scores)
            return std::unexpected(scores.error());
        for (int c = 0; c < scores->rows(); ++c)
            s.scores.push_back({scores->text(c, 0), optionalInt(*scores, c, 1),
                                optionalInt(*scores, c, 2), scores->text(c, 3)});
        auto documents = m_server.exec(
            QStringLiteral("SELECT name FROM coachtrack.documents WHERE session_id = $1 "
                           "ORDER BY name"),
            {s.id});
        if (!documents)
            return std::unexpected(documents.error());
        for (int d = 0; d < documents->rows(); ++d)
            s.documents << documents->text(d, 0);
        list.push_back(std::move(s));
    }
    return list;
}

PgResult<void> RepInbox::setFocusStatus(const QString& noteId, const QString& status)
{
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("practising"),
                                      QStringLiteral("achieved"), QStringLiteral("dropped")};
    if (!statuses.contains(status.toLower()))
        return std::unexpected(PgError{QStringLiteral("22023"),
                                       QStringLiteral("“%1” is not a status: open, practising, "
                                                      "achieved or dropped")
                                           .arg(status)});
    if (QUuid::fromString(noteId).isNull())
        return std::unexpected(
            PgError{QStringLiteral("22023"), QStringLiteral("“%1” is not a focus item's id (the id "
                                                            "`sessions --json` lists)")
                                                 .arg(noteId)});
    auto rows =
        m_server.exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = $2 WHERE id = $1"),
                      {noteId, status.toLower()});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->affected() == 0)
        return std::unexpected(notYours(QStringLiteral("focus item %1").arg(noteId)));
    return {};
}

PgResult<void> RepInbox::setSelfRating(const QString& sessionId, const QString& skill, int rating)
{
    if (rating < 1 || rating > 5)
        return std::unexpected(
            PgError{QStringLiteral("22023"), QStringLiteral("a rating is 1 to 5")});
    if (QUuid::fromString(sessionId).isNull())
        return std::unexpected(
            PgError{QStringLiteral("22023"), QStringLiteral("“%1” is not a session's id (the id "
                                                            "`sessions --json` lists)")
                                                 .arg(sessionId)});
    auto rows = m_server.exec(QStringLiteral("UPDATE coachtrack.scores SET self_rating = $3 "
                                             "WHERE session_id = $1 AND lower(skill) = lower($2)"),
                              {sessionId, skill, rating});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->affected() == 0)
        return std::unexpected(PgError{
            QStringLiteral("CT011"),
            QStringLiteral("the session %1 has no skill “%2” on its scorecard, or is not one of "
                           "your published sessions")
                .arg(sessionId, skill)});
    return {};
}

PgResult<TeamDocument> RepInbox::document(const QString& sessionId, const QString& name)
{
    auto rows = m_server.exec(QStringLiteral("SELECT name, media_type, encode(content, 'base64') "
                                             "FROM coachtrack.documents WHERE session_id = $1 "
                                             "AND name = $2"),
                              {sessionId, name});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return std::unexpected(notYours(QStringLiteral("the document “%1”").arg(name)));
    return TeamDocument{rows->text(0, 0), rows->text(0, 1),
                        QByteArray::fromBase64(rows->text(0, 2).toLatin1())};
}

} // namespace coachtrack::sync
