#pragma once

#include "sync/PgConnection.h"
#include "sync/TeamPublisher.h"

#include <QDate>
#include <QDateTime>
#include <optional>
#include <vector>

namespace coachtrack::sync {

// What a rep sees of one published session ("My coaching"), read over the rep's own login:
// row-level security lets it see nothing but their own non-withdrawn sessions.
struct RepFocusItem
{
    QString noteId; // the note's UUID on the server
    int number = 0;
    qint64 startMs = 0;
    QString text;
    QString status; // open, practising, achieved, dropped
    QString question;
    QString practicePlan;
};

struct RepScore
{
    QString skill;
    std::optional<int> manager;
    std::optional<int> self;
    QString comment; // the manager's, for the rep
};

struct RepSession
{
    QString id; // the session's UUID
    QString callTitle;
    QDate callDate;
    QDateTime publishedAt;
    QString objectives;
    QString nextSteps;
    QDate nextDate;
    std::vector<RepFocusItem> focus;
    std::vector<std::pair<qint64, QString>> notes; // start_ms, text: every shareable note
    std::vector<RepScore> scores;
    QStringList documents; // names: debrief.pdf, debrief.html, focus clips
};

// The rep's side of the team library. One thread at a time (the connection's).
class RepInbox
{
public:
    explicit RepInbox(PgConnection& server);

    // Newest call first.
    PgResult<std::vector<RepSession>> sessions();
    // Marks a focus item (practising, achieved, …); the server stamps who and when.
    PgResult<void> setFocusStatus(const QString& noteId, const QString& status);
    // The rep's own rating of a skill (1–5, any of the scorecard's skills; the name in any
    // case) in a session's scorecard.
    PgResult<void> setSelfRating(const QString& sessionId, const QString& skill, int rating);
    PgResult<TeamDocument> document(const QString& sessionId, const QString& name);

private:
    PgConnection& m_server;
};

} // namespace coachtrack::sync
