#include "sync/TeamPublisher.h"

#include "annotations/Debrief.h"
#include "annotations/Store.h"
#include "annotations/Tracker.h"

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

PgResult<QUuid> TeamPublisher::publish(int64_t sessionId)
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
            "next_date, focus_cap) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) "
            "ON CONFLICT (id) DO UPDATE SET rep_login = EXCLUDED.rep_login, "
            "call_title = EXCLUDED.call_title, call_date = EXCLUDED.call_date, "
            "duration_ms = EXCLUDED.duration_ms, account = EXCLUDED.account, "
            "outcome = EXCLUDED.outcome, objectives = EXCLUDED.objectives, "
            "self_went_well = EXCLUDED.self_went_well, "
            "self_would_change = EXCLUDED.self_would_change, next_steps = EXCLUDED.next_steps, "
            "next_date = EXCLUDED.next_date, focus_cap = EXCLUDED.focus_cap, "
            "published_at = now(), withdrawn = false"),
        {uuid, login->text(0, 0), sheet->callTitle,
         sheet->callDate.isValid() ? QVariant(sheet->callDate) : QVariant(),
         qint64(sheet->durationMs), orNull(sheet->account),
         annotations::outcomeName(sheet->outcome), sheet->objectives, sheet->selfWentWell,
         sheet->selfWouldChange, sheet->nextSteps,
         sheet->nextCoachingDate.isValid() ? QVariant(sheet->nextCoachingDate) : QVariant(),
         sheet->focusCap});
    if (!session)
        return fail(session.error());

    QStringList kept;
    for (const annotations::ShareableNote& note : sheet->notes) {
        const annotations::FocusLine* focus = nullptr;
        for (const annotations::FocusLine& line : sheet->focus)
            if (line.note.id == note.id)
                focus = &line;
        const QString noteId = noteUuid(note.id).toString(QUuid::WithoutBraces);
        kept << noteId;
        // A status the rep changed on the server stays theirs until the manager changes it
        // again through the server.
        auto row = m_server.exec(
            QStringLiteral(
                "INSERT INTO coachtrack.notes (id, session_id, start_ms, end_ms, text, "
                "focus_number, focus_status, question, practice_plan, status_changed_at, "
                "status_changed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
                "CASE WHEN $7::text IS NULL THEN NULL ELSE now() END, "
                "CASE WHEN $7::text IS NULL THEN NULL ELSE current_user END) "
                "ON CONFLICT (id) DO UPDATE SET start_ms = EXCLUDED.start_ms, "
                "end_ms = EXCLUDED.end_ms, text = EXCLUDED.text, "
                "focus_number = EXCLUDED.focus_number, question = EXCLUDED.question, "
                "practice_plan = EXCLUDED.practice_plan, "
                "focus_status = CASE WHEN coachtrack.notes.status_changed_by IS NULL OR "
                "coachtrack.notes.status_changed_by = current_user OR "
                "EXCLUDED.focus_status IS NULL THEN EXCLUDED.focus_status "
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
