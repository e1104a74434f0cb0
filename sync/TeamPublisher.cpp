#include "sync/TeamPublisher.h"

#include "annotations/Debrief.h"
#include "annotations/Store.h"
#include "annotations/Tracker.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coachtrack::sync {

namespace {

// The namespace of Coachtrack's row UUIDs (a random constant).
const QUuid kRowNamespace(QStringLiteral("{6f1d8a52-3c1e-4f7b-9a59-0d8e2c1b7a43}"));

PgError localError(const QString& message)
{
    return {QStringLiteral("CT010"), message};
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template<class T>
QVariant orNull(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

TeamPublisher::TeamPublisher(annotations::Store& store, PgConnection& server)
    : m_store(store)
    , m_server(server)
{
}

QUuid TeamPublisher::sessionUuid(int64_t sessionId) const
{
    return QUuid::createUuidV5(
        kRowNamespace, QStringLiteral("%1/session/%2").arg(m_store.libraryId()).arg(sessionId));
}

QUuid TeamPublisher::noteUuid(int64_t noteId) const
{
    return QUuid::createUuidV5(kRowNamespace,
                               QStringLiteral("%1/note/%2").arg(m_store.libraryId()).arg(noteId));
}

PgResult<QUuid> TeamPublisher::publish(int64_t sessionId, Withdrawn withdrawn)
{
    auto sheet = m_store.debriefSheet(sessionId); // shareable only: the private tables denied
    if (!sheet)
        return std::unexpected(localError(sheet.error().message));
    if (sheet->repName.isEmpty())
        return std::unexpected(localError(
            QStringLiteral("the call “%1” has no rep: give it one (Call Details, or "
                           "`coachtrack recording set REC --rep NAME`) before publishing")
                .arg(sheet->callTitle)));
    auto scores = m_store.scores(sessionId);
    if (!scores)
        return std::unexpected(localError(scores.error().message));

    const QUuid id = sessionUuid(sessionId);
    const QString uuid = id.toString(QUuid::WithoutBraces);
    auto fail = [this](const PgError& error) {
        m_server.rollback();
        return std::unexpected(error);
    };
    if (auto ok = m_server.begin(); !ok)
        return std::unexpected(ok.error());
    auto login =
        m_server.exec(QStringLiteral("SELECT login FROM coachtrack.reps WHERE display_name = $1"),
                      {sheet->repName});
    if (!login)
        return fail(login.error());
    if (login->rows() != 1)
        return fail(localError(
            QStringLiteral("%1 has no login on the team server yet: `coachtrack team add-rep "
                           "\"%1\" --login LOGIN` gives them one")
                .arg(sheet->repName)));
    auto session = m_server.exec(
        QStringLiteral(
            "INSERT INTO coachtrack.sessions (id, rep_login, call_title, call_date, duration_ms, "
            "account, outcome, objectives, self_went_well, self_would_change, next_steps, "
            "next_date, focus_cap, library_id, local_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
            "$9, $10, $11, $12, $13, $15, $16) "
            "ON CONFLICT (id) DO UPDATE SET rep_login = EXCLUDED.rep_login, "
            "call_title = EXCLUDED.call_title, call_date = EXCLUDED.call_date, "
            "duration_ms = EXCLUDED.duration_ms, account = EXCLUDED.account, "
            "outcome = EXCLUDED.outcome, objectives = EXCLUDED.objectives, "
            "self_went_well = EXCLUDED.self_went_well, "
            "self_would_change = EXCLUDED.self_would_change, next_steps = EXCLUDED.next_steps, "
            "next_date = EXCLUDED.next_date, focus_cap = EXCLUDED.focus_cap, "
            "published_at = now(), withdrawn = CASE WHEN $14 THEN false "
            "ELSE coachtrack.sessions.withdrawn END"),
        {uuid, login->text(0, 0), sheet->callTitle,
         sheet->callDate.isValid() ? QVariant(sheet->callDate) : QVariant(),
         qint64(sheet->durationMs), orNull(sheet->account),
         annotations::outcomeName(sheet->outcome), sheet->objectives, sheet->selfWentWell,
         sheet->selfWouldChange, sheet->nextSteps,
         sheet->nextCoachingDate.isValid() ? QVariant(sheet->nextCoachingDate) : QVariant(),
         sheet->focusCap, withdrawn == Withdrawn::Republish, m_store.libraryId(),
         qint64(sessionId)});
    if (!session) {
        if (session.error().sqlState == u"42501") // the id is another manager's row
            return fail(localError(
                QStringLiteral("session %1 is on the team server already, as another manager's "
                               "(was this library copied from theirs?); nothing was published")
                    .arg(sessionId)));
        return fail(session.error());
    }

    QStringList kept;
    for (const annotations::ShareableNote& note : sheet->notes) {
        const annotations::FocusLine* focus = nullptr;
        for (const annotations::FocusLine& line : sheet->focus)
            if (line.note.id == note.id)
                focus = &line;
        const QString noteId = noteUuid(note.id).toString(QUuid::WithoutBraces);
        kept << noteId;
        // A status the rep set on the server (the server stamps who changed it) stays theirs;
        // the manager's own, a new focus item's and an unfocused note's follow the library.
        auto row = m_server.exec(
            QStringLiteral(
                "INSERT INTO coachtrack.notes (id, session_id, start_ms, end_ms, text, "
                "focus_number, focus_status, question, practice_plan) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                "ON CONFLICT (id) DO UPDATE SET start_ms = EXCLUDED.start_ms, "
                "end_ms = EXCLUDED.end_ms, text = EXCLUDED.text, "
                "focus_number = EXCLUDED.focus_number, question = EXCLUDED.question, "
                "practice_plan = EXCLUDED.practice_plan, "
                "focus_status = CASE WHEN coachtrack.notes.focus_status IS NULL OR "
                "EXCLUDED.focus_status IS NULL OR coachtrack.notes.status_changed_by IS NULL OR "
                "coachtrack.notes.status_changed_by = session_user THEN EXCLUDED.focus_status "
                "ELSE coachtrack.notes.focus_status END"),
            {noteId, uuid, qint64(note.startMs), orNull(note.endMs), note.text,
             focus ? QVariant(focus->number) : QVariant(),
             focus ? QVariant(annotations::focusStatusName(focus->status)) : QVariant(),
             focus ? orNull(focus->question) : QVariant(),
             focus ? orNull(focus->practicePlan) : QVariant()});
        if (!row)
            return fail(row.error());
    }
    // Notes deleted or made private since the last publish leave the server.
    auto gone = m_server.exec(QStringLiteral("DELETE FROM coachtrack.notes WHERE session_id = $1 "
                                             "AND NOT (id = ANY ($2::uuid[]))"),
                              {uuid, u'{' + kept.join(u',') + u'}'});
    if (!gone)
        return fail(gone.error());
    QStringList skills;
    for (const annotations::Score& score : *scores)
        skills << score.skill.name;
    auto unscored = m_server.exec(
        QStringLiteral("DELETE FROM coachtrack.scores WHERE session_id = $1 AND skill NOT IN "
                       "(SELECT json_array_elements_text($2::json))"),
        {uuid,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(skills)).toJson(QJsonDocument::Compact))});
    if (!unscored)
        return fail(unscored.error());
    for (const annotations::Score& score : *scores) {
        auto row = m_server.exec(
            QStringLiteral("INSERT INTO coachtrack.scores (session_id, skill, manager_rating, "
                           "self_rating) VALUES ($1, $2, $3, $4) "
                           "ON CONFLICT (session_id, skill) DO UPDATE SET "
                           "manager_rating = EXCLUDED.manager_rating, self_rating = "
                           "coalesce(coachtrack.scores.self_rating, EXCLUDED.self_rating)"),
            {uuid, score.skill.name, orNull(score.manager), orNull(score.self)});
        if (!row)
            return fail(row.error());
    }
    if (auto ok = m_server.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

PgResult<qint64> TeamPublisher::prune(const std::vector<int64_t>& kept)
{
    QStringList ids;
    for (int64_t id : kept)
        ids << QString::number(id);
    auto gone = m_server.exec(QStringLiteral("DELETE FROM coachtrack.sessions WHERE library_id = "
                                             "$1 AND NOT (local_id = ANY ($2::bigint[]))"),
                              {m_store.libraryId(), u'{' + ids.join(u',') + u'}'});
    if (!gone)
        return std::unexpected(gone.error());
    return gone->affected();
}

PgResult<bool> TeamPublisher::withdraw(int64_t sessionId)
{
    auto rows = m_server.exec(
        QStringLiteral("UPDATE coachtrack.sessions SET withdrawn = true WHERE id = $1"),
        {sessionUuid(sessionId).toString(QUuid::WithoutBraces)});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->affected() > 0;
}

} // namespace coachtrack::sync
