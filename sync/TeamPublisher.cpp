#include "sync/TeamPublisher.h"

#include "annotations/Debrief.h"
#include "annotations/Store.h"
#include "annotations/Tracker.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace coachtrack::sync {

namespace {

// The namespace of Coachtrack's row UUIDs (a random constant).
const QUuid kRowNamespace(QStringLiteral("{6f1d8a52-3c1e-4f7b-9a59-0d8e2c1b7a43}"));

// ["a","b"]: a list handed to SQL as one parameter (json_array_elements_text).
QString jsonList(const QStringList& items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
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

struct Snapshot
{
    QString repName;
    QString callTitle;
    QVariantList session;            // $3 … $13 of the session's row
    std::vector<QVariantList> notes; // local note id, then $3 … $10 of each note's row
    std::vector<QVariantList> scores;
    std::vector<std::pair<int64_t, annotations::FocusChange>> managersChanges; // not digested
    QString digest;
};

PgResult<Snapshot> takeSnapshot(annotations::Store& store, int64_t sessionId)
{
    auto sheet = store.debriefSheet(sessionId); // shareable only: the private tables denied
    if (!sheet)
        return std::unexpected(libraryError(sheet.error().message));
    auto scores = store.scores(sessionId);
    if (!scores)
        return std::unexpected(libraryError(scores.error().message));
    auto times = store.focusStatusTimes(sessionId);
    if (!times)
        return std::unexpected(libraryError(times.error().message));
    Snapshot shot;
    shot.repName = sheet->repName;
    shot.callTitle = sheet->callTitle;
    shot.session = {sheet->callTitle,
                    sheet->callDate.isValid() ? QVariant(sheet->callDate) : QVariant(),
                    qint64(sheet->durationMs),
                    orNull(sheet->account),
                    annotations::outcomeName(sheet->outcome),
                    sheet->objectives,
                    sheet->selfWentWell,
                    sheet->selfWouldChange,
                    sheet->nextSteps,
                    sheet->nextCoachingDate.isValid() ? QVariant(sheet->nextCoachingDate)
                                                      : QVariant(),
                    sheet->focusCap};
    for (const annotations::ShareableNote& note : sheet->notes) {
        const annotations::FocusLine* focus = nullptr;
        for (const annotations::FocusLine& line : sheet->focus)
            if (line.note.id == note.id)
                focus = &line;
        const auto at = times->find(note.id);
        const QVariant changedAt = focus && at != times->end() && at->second.isValid()
                                       ? QVariant(at->second.toUTC())
                                       : QVariant();
        shot.notes.push_back(
            {qint64(note.id), qint64(note.startMs), orNull(note.endMs), note.text,
             focus ? QVariant(focus->number) : QVariant(),
             focus ? QVariant(annotations::focusStatusName(focus->status)) : QVariant(),
             focus ? orNull(focus->question) : QVariant(),
             focus ? orNull(focus->practicePlan) : QVariant(), changedAt});
    }
    // Every skill of the scorecard, rated or not: the rep may rate themselves on any.
    auto skills = store.skills();
    if (!skills)
        return std::unexpected(libraryError(skills.error().message));
    for (const annotations::Skill& skill : *skills) {
        const auto score = std::ranges::find_if(
            *scores, [&](const annotations::Score& c) { return c.skill.id == skill.id; });
        const bool rated = score != scores->end();
        shot.scores.push_back({skill.name, rated ? orNull(score->manager) : QVariant(),
                               rated ? orNull(score->self) : QVariant(),
                               rated ? orNull(score->comment) : QVariant()});
    }
    auto changes = store.focusStatusChanges(sessionId);
    if (!changes)
        return std::unexpected(libraryError(changes.error().message));
    for (const auto& change : *changes)
        if (change.second.by.isEmpty())
            shot.managersChanges.push_back(change);
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << shot.repName << shot.session;
    for (const QVariantList& row : shot.notes)
        stream << row;
    for (const QVariantList& row : shot.scores)
        stream << row;
    shot.digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return shot;
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

PgResult<QString> sessionDigest(annotations::Store& store, int64_t sessionId)
{
    auto shot = takeSnapshot(store, sessionId);
    if (!shot)
        return std::unexpected(shot.error());
    return shot->digest;
}

PgResult<QUuid> TeamPublisher::publish(int64_t sessionId, Withdrawn withdrawn)
{
    auto shot = takeSnapshot(m_store, sessionId);
    if (!shot)
        return std::unexpected(shot.error());
    if (shot->repName.isEmpty())
        return std::unexpected(libraryError(
            QStringLiteral("the call “%1” has no rep: give it one (Call Details, or "
                           "`coachtrack recording set REC --rep NAME`) before publishing")
                .arg(shot->callTitle)));

    // The documents are made first: rendering a PDF or cutting clips takes seconds, which no
    // transaction should hold its locks for.
    std::vector<TeamDocument> documents;
    if (m_documents) {
        auto made = m_documents(sessionId);
        if (!made)
            return std::unexpected(libraryError(made.error()));
        documents = std::move(*made);
    }
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
                      {shot->repName});
    if (!login)
        return fail(login.error());
    if (login->rows() != 1)
        return fail(libraryError(
            QStringLiteral("%1 has no login on the team server yet: `coachtrack team add-rep "
                           "\"%1\" --login LOGIN` gives them one")
                .arg(shot->repName)));
    // Given to another rep since: the session starts again for them, and nothing the first rep
    // wrote (statuses, ratings, history) goes with it.
    auto before = m_server.exec(
        QStringLiteral("DELETE FROM coachtrack.sessions WHERE id = $1 AND rep_login <> $2"),
        {uuid, login->text(0, 0)});
    if (!before)
        return fail(before.error());
    const bool reassigned = before->affected() > 0; // the first rep's own rating stays theirs
    QVariantList sessionRow{uuid, login->text(0, 0)};
    sessionRow += shot->session;
    sessionRow +=
        QVariantList{withdrawn == Withdrawn::Republish, m_store.libraryId(), qint64(sessionId)};
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
        sessionRow);
    if (!session) {
        if (session.error().sqlState == u"42501") // the id is another manager's row
            return fail(libraryError(
                QStringLiteral("session %1 is on the team server already, as another manager's "
                               "(was this library copied from theirs?); nothing was published")
                    .arg(sessionId)));
        return fail(session.error());
    }

    QStringList kept;
    for (const QVariantList& note : shot->notes) {
        const QString noteId = noteUuid(note[0].toLongLong()).toString(QUuid::WithoutBraces);
        kept << noteId;
        QVariantList row{noteId, uuid};
        row += note.mid(1);
        // The manager's status stands unless the rep set one on the server later than the
        // manager set theirs here (the server stamps who and when; the later change wins).
        auto written = m_server.exec(
            QStringLiteral(
                "INSERT INTO coachtrack.notes (id, session_id, start_ms, end_ms, text, "
                "focus_number, focus_status, question, practice_plan, status_changed_at) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                "ON CONFLICT (id) DO UPDATE SET start_ms = EXCLUDED.start_ms, "
                "end_ms = EXCLUDED.end_ms, text = EXCLUDED.text, "
                "focus_number = EXCLUDED.focus_number, question = EXCLUDED.question, "
                "practice_plan = EXCLUDED.practice_plan, "
                "status_changed_at = EXCLUDED.status_changed_at, "
                "focus_status = CASE WHEN coachtrack.notes.focus_status IS NULL OR "
                "EXCLUDED.focus_status IS NULL OR coachtrack.notes.status_changed_by IS NULL OR "
                "coachtrack.notes.status_changed_by = session_user OR "
                "coachtrack.notes.status_changed_at <= EXCLUDED.status_changed_at "
                "THEN EXCLUDED.focus_status ELSE coachtrack.notes.focus_status END"),
            row);
        if (!written)
            return fail(written.error());
    }
    // Every status the manager set stays in the item's history on the server, also the ones a
    // later change of the rep's overruled.
    for (const auto& [noteId, change] : shot->managersChanges) {
        auto history = m_server.exec(
            QStringLiteral("INSERT INTO coachtrack.focus_history (note_id, status, changed_by, "
                           "changed_at) SELECT $1, $2, session_user, $3 WHERE $3::timestamptz "
                           "<= now() AND EXISTS (SELECT 1 FROM coachtrack.notes WHERE id = $1 "
                           "AND focus_number IS NOT NULL) ON CONFLICT DO NOTHING"),
            {noteUuid(noteId).toString(QUuid::WithoutBraces),
             annotations::focusStatusName(change.status), change.at});
        if (!history)
            return fail(history.error());
    }
    // Notes deleted or made private since the last publish leave the server.
    auto gone = m_server.exec(QStringLiteral("DELETE FROM coachtrack.notes WHERE session_id = $1 "
                                             "AND NOT (id = ANY ($2::uuid[]))"),
                              {uuid, u'{' + kept.join(u',') + u'}'});
    if (!gone)
        return fail(gone.error());
    QStringList skills;
    for (const QVariantList& score : shot->scores)
        skills << score[0].toString();
    auto unscored = m_server.exec(
        QStringLiteral("DELETE FROM coachtrack.scores WHERE session_id = $1 AND skill NOT IN "
                       "(SELECT json_array_elements_text($2::json))"),
        {uuid, jsonList(skills)});
    if (!unscored)
        return fail(unscored.error());
    for (const QVariantList& score : shot->scores) {
        auto row = m_server.exec(
            QStringLiteral("INSERT INTO coachtrack.scores (session_id, skill, manager_rating, "
                           "self_rating, comment) VALUES ($1, $2, $3, $4, $5) "
                           "ON CONFLICT (session_id, skill) DO UPDATE SET "
                           "manager_rating = EXCLUDED.manager_rating, "
                           "self_rating = CASE WHEN coachtrack.scores.self_rated_by IS NULL OR "
                           "coachtrack.scores.self_rated_by = session_user THEN "
                           "EXCLUDED.self_rating ELSE coachtrack.scores.self_rating END, "
                           "comment = EXCLUDED.comment"),
            {uuid, score[0], score[1], reassigned ? QVariant() : score[2], score[3]});
        if (!row)
            return fail(row.error());
    }
    if (auto ok = writeDocuments(uuid, documents); !ok)
        return fail(ok.error());
    if (auto ok = m_server.commit(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_store.recordPublished(sessionId, shot->digest); !ok)
        return std::unexpected(libraryError(ok.error().message));
    return id;
}

PgResult<void> TeamPublisher::writeDocuments(const QString& sessionUuid,
                                             const std::vector<TeamDocument>& documents)
{
    if (!m_documents)
        return {};
    QStringList names;
    for (const TeamDocument& document : documents) {
        names << document.name;
        auto row = m_server.exec(
            QStringLiteral("INSERT INTO coachtrack.documents (session_id, name, media_type, "
                           "content) VALUES ($1, $2, $3, $4) ON CONFLICT (session_id, name) DO "
                           "UPDATE SET media_type = EXCLUDED.media_type, content = "
                           "EXCLUDED.content"),
            {sessionUuid, document.name, document.mediaType, document.content});
        if (!row)
            return std::unexpected(row.error());
    }
    auto gone = m_server.exec(
        QStringLiteral("DELETE FROM coachtrack.documents WHERE session_id = $1 AND name NOT IN "
                       "(SELECT json_array_elements_text($2::json))"),
        {sessionUuid, jsonList(names)});
    if (!gone)
        return std::unexpected(gone.error());
    return {};
}

PgResult<qint64> TeamPublisher::prune(const std::vector<int64_t>& kept)
{
    QStringList ids;
    for (int64_t id : kept)
        ids << QString::number(id);
    auto gone = m_server.exec(QStringLiteral("DELETE FROM coachtrack.sessions WHERE library_id = "
                                             "$1 AND NOT (local_id = ANY ($2::bigint[])) "
                                             "RETURNING local_id"),
                              {m_store.libraryId(), u'{' + ids.join(u',') + u'}'});
    if (!gone)
        return std::unexpected(gone.error());
    for (int r = 0; r < gone->rows(); ++r)
        if (auto ok = m_store.recordWithdrawn(gone->number(r, 0), true); !ok)
            return std::unexpected(libraryError(ok.error().message));
    return gone->rows();
}

PgResult<bool> TeamPublisher::withdraw(int64_t sessionId, bool deleted)
{
    const QString uuid = sessionUuid(sessionId).toString(QUuid::WithoutBraces);
    auto rows =
        deleted
            ? m_server.exec(QStringLiteral("DELETE FROM coachtrack.sessions WHERE id = $1"), {uuid})
            : m_server.exec(QStringLiteral("UPDATE coachtrack.sessions SET withdrawn = "
                                           "true WHERE id = $1"),
                            {uuid});
    if (!rows)
        return std::unexpected(rows.error());
    if (auto ok = m_store.recordWithdrawn(sessionId, deleted); !ok)
        return std::unexpected(libraryError(ok.error().message));
    return rows->affected() > 0;
}

} // namespace coachtrack::sync
