// The team overview: cadence arithmetic on local calendar dates (month ends, leap days,
// daylight saving), the order reps are listed in, "this week", and the Store's figures from a
// generated history of coaching sessions.
#include "annotations/SqliteHelpers.h"
#include "annotations/StoreFixture.h"
#include "workflows/TeamOverview.h"

#include <ctime>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::workflows;
using coachtrack::testing::StoreFixture;

namespace {

// Runs a test case in another time zone, and puts the machine's back after.
class LocalZone
{
public:
    explicit LocalZone(const char* zone)
        : m_old(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        ::tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        ::tzset();
    }

private:
    QByteArray m_old;
    bool m_had;
};

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

RepActivity rep(const char* name, int cadence, std::optional<QDateTime> last, int open = 0)
{
    RepActivity a;
    a.rep.name = QString::fromLatin1(name);
    a.rep.cadenceDays = cadence;
    a.lastSession = last;
    a.openFocusItems = open;
    return a;
}

const RepStanding& named(const std::vector<RepStanding>& team, const char* name)
{
    for (const RepStanding& s : team)
        if (s.rep.name == QLatin1String(name))
            return s;
    FAIL("no rep " << name);
    return team.front();
}

} // namespace

TEST_CASE("days since and due dates are counted in local calendar days, across daylight saving",
          "[workflows][team][dates]")
{
    const LocalZone newYork("America/New_York");
    // 04:30 UTC on 8 March is 23:30 on the 7th in New York; the clocks go forward that night.
    const std::vector<RepActivity> activity = {rep("Ana", 7, utc("2026-03-08T04:30:00"))};
    auto onDay = [&](QDate today) { return named(teamStanding(activity, today), "Ana"); };
    const RepStanding week = onDay(QDate(2026, 3, 14));
    CHECK(week.lastSession == QDate(2026, 3, 7));
    CHECK(week.daysSince == 7);
    CHECK(week.due == QDate(2026, 3, 14));
    CHECK_FALSE(week.overdue);
    const RepStanding late = onDay(QDate(2026, 3, 15));
    CHECK(late.overdue);
    CHECK(late.daysOverdue == 1);
    // The clocks go back on 1 November: a session at 01:30 on the repeated hour is still the 1st.
    const auto fall = teamStanding({rep("Bo", 7, utc("2026-11-01T06:30:00"))}, QDate(2026, 11, 8));
    CHECK(fall.front().lastSession == QDate(2026, 11, 1));
    CHECK(fall.front().daysSince == 7);
    // The month starts at local midnight: 05:00 UTC in March (EST), 04:00 UTC in April (EDT).
    CHECK(startOfMonth(QDate(2026, 3, 15)).toUTC() == utc("2026-03-01T05:00:00"));
    CHECK(startOfMonth(QDate(2026, 4, 30)).toUTC() == utc("2026-04-01T04:00:00"));
}

TEST_CASE("cadences run across month ends and leap days", "[workflows][team][dates]")
{
    const LocalZone berlin("Europe/Berlin");
    // 23:30 UTC on 31 January is 00:30 on 1 February in Berlin.
    auto standing = [](int cadence, const char* last, QDate today) {
        return teamStanding({rep("Cy", cadence, utc(last))}, today).front();
    };
    CHECK(standing(7, "2026-01-31T23:30:00", QDate(2026, 2, 8)).lastSession == QDate(2026, 2, 1));
    CHECK(standing(30, "2026-01-31T10:00:00", QDate(2026, 3, 2)).due == QDate(2026, 3, 2));
    CHECK(standing(30, "2028-01-31T10:00:00", QDate(2028, 3, 2)).due == QDate(2028, 3, 1));
    const RepStanding leap = standing(365, "2028-02-29T12:00:00", QDate(2029, 3, 1));
    CHECK(leap.due == QDate(2029, 2, 28));
    CHECK(leap.daysOverdue == 1);
    CHECK(leap.daysSince == 366);
    CHECK(standing(14, "2026-12-24T12:00:00", QDate(2027, 1, 7)).daysSince == 14);
    CHECK_FALSE(standing(14, "2026-12-24T12:00:00", QDate(2027, 1, 7)).overdue);
}

TEST_CASE("overdue reps come first, never coached before the rest, this week is the next seven "
          "days",
          "[workflows][team]")
{
    const LocalZone berlin("Europe/Berlin");
    const QDate today(2026, 12, 7);
    const std::vector<RepActivity> activity = {
        rep("Dee", 7, utc("2026-12-03T09:00:00")),  // due 10 Dec
        rep("Eli", 7, utc("2026-11-20T09:00:00")),  // due 27 Nov: 10 days late
        rep("Fay", 14, utc("2026-11-30T09:00:00")), // due 14 Dec: next week
        rep("Gus", 7, std::nullopt),                // never coached
        rep("Hal", 7, utc("2026-11-28T09:00:00")),  // due 5 Dec: 2 days late
        rep("Ivy", 7, utc("2026-12-01T09:00:00")),  // due 8 Dec
    };
    const auto team = teamStanding(activity, today);
    QStringList order;
    for (const RepStanding& s : team)
        order << s.rep.name;
    CHECK(order == QStringList{QStringLiteral("Gus"), QStringLiteral("Eli"), QStringLiteral("Hal"),
                               QStringLiteral("Ivy"), QStringLiteral("Dee"),
                               QStringLiteral("Fay")});
    CHECK(named(team, "Gus").overdue);
    CHECK_FALSE(named(team, "Gus").daysSince.has_value());
    CHECK(named(team, "Eli").daysOverdue == 10);
    // A next coaching date the last session set comes before the cadence.
    RepActivity planned = rep("Joy", 7, utc("2026-11-20T09:00:00"));
    planned.nextPlanned = QDate(2026, 12, 9);
    const RepStanding joy = teamStanding({planned}, today).front();
    CHECK(joy.due == QDate(2026, 12, 9));
    CHECK_FALSE(joy.overdue);
    QStringList week;
    for (const RepStanding& s : dueThisWeek(team, today))
        week << s.rep.name;
    CHECK(week == QStringList{QStringLiteral("Gus"), QStringLiteral("Eli"), QStringLiteral("Hal"),
                              QStringLiteral("Ivy"), QStringLiteral("Dee")});
}

namespace {

// A library with a generated history: calls of each rep, some reviewed (a session with a
// shareable note) at given times, some not.
struct History
{
    coachtrack::testing::TempDir dir;
    StoreFixture f{dir.file(QStringLiteral("library.sqlite"))};
    int calls = 0;

    // A call of `repName` on `callDate`, reviewed at `reviewedAt` (UTC) unless null; returns
    // its session.
    int64_t call(const QString& repName, QDate callDate, const char* reviewedAt,
                 const QStringList& shareable = {QStringLiteral("Good opener")})
    {
        ++calls;
        auto rec = f.store->addRecording(coachtrack::testing::newRecording(
            QStringLiteral("/calls/%1.mp3").arg(calls), QStringLiteral("fp-%1").arg(calls), 600'000,
            callDate, QStringLiteral("Call %1").arg(calls), repName, QString()));
        REQUIRE(rec.has_value());
        auto session = f.store->currentSession(rec->id);
        REQUIRE(session.has_value());
        if (reviewedAt) {
            for (const QString& text : shareable)
                REQUIRE(f.store->addShareableNote({session->id, 1000, {}, text, {}, {}}));
            // The session's making moved to the time asked for, through its objectives.
            SessionChanges when;
            when.objectives = QStringLiteral("@") + QString::fromLatin1(reviewedAt);
            REQUIRE(f.store->updateSession(session->id, when).has_value());
        }
        return session->id;
    }
    void settle() const
    {
        coachtrack::testing::sqliteExec(
            f.store->path(),
            "UPDATE shareable_notes SET created_at = (SELECT substr(objectives, 2) || '.000Z' "
            "FROM sessions s WHERE s.id = shareable_notes.session_id) WHERE session_id IN "
            "(SELECT id FROM sessions WHERE objectives LIKE '@%'); "
            "UPDATE sessions SET created_at = substr(objectives, 2) || '.000Z', "
            "objectives = '' WHERE objectives LIKE '@%'");
    }
};

} // namespace

TEST_CASE("the team overview from a generated history: last session, sessions this month, open "
          "focus items, the call to review next",
          "[workflows][team][store]")
{
    const LocalZone berlin("Europe/Berlin");
    History h;
    // Ana: coached weekly through November; her latest call is not reviewed yet.
    for (int week = 0; week < 5; ++week)
        h.call(QStringLiteral("Ana"), QDate(2026, 11, 2 + 7 * week), nullptr);
    h.call(QStringLiteral("Ana"), QDate(2026, 10, 26), "2026-10-27T09:00:00");
    h.call(QStringLiteral("Ana"), QDate(2026, 11, 2), "2026-11-03T09:00:00");
    // 23:30 UTC on 30 November is 00:30 on 1 December in Berlin: this month's.
    const int64_t decemberFirst =
        h.call(QStringLiteral("Ana"), QDate(2026, 11, 30), "2026-11-30T23:30:00",
               {QStringLiteral("Pricing before value"), QStringLiteral("Good recap")});
    const int64_t newest = h.call(QStringLiteral("Ana"), QDate(2026, 12, 4), nullptr);
    // Bo: a session with private notes only is no coaching session.
    const int64_t ventOnly = h.call(QStringLiteral("Bo"), QDate(2026, 11, 20), nullptr);
    REQUIRE(h.f.store->addPrivateNote({ventOnly, 1000, {}, QStringLiteral("Sigh"), {}, {}}));
    h.call(QStringLiteral("Cy"), QDate(2026, 11, 10), "2026-11-11T08:00:00");
    REQUIRE(h.f.store->setCadence(h.f.store->repNamed(QStringLiteral("Cy"))->id, 30).has_value());
    h.settle();

    // Ana's focus items: one open, one achieved.
    auto notes = h.f.store->shareableNotes(decemberFirst);
    REQUIRE(notes->size() == 2);
    REQUIRE(h.f.store->promote(notes->at(0).id).has_value());
    REQUIRE(h.f.store->promote(notes->at(1).id).has_value());
    REQUIRE(h.f.store->setFocusStatus(notes->at(1).id, FocusStatus::Achieved).has_value());

    auto team = loadTeam(*h.f.store, QDate(2026, 12, 9));
    REQUIRE(team.has_value());
    const RepStanding& ana = named(*team, "Ana");
    CHECK(ana.lastSession == QDate(2026, 12, 1));
    CHECK(ana.daysSince == 8);
    CHECK(ana.overdue);
    CHECK(ana.reviewedThisMonth == 1);
    CHECK(ana.openFocusItems == 1);
    REQUIRE(ana.nextCall.has_value());
    CHECK(ana.nextCall->id == h.f.store->session(newest)->recordingId);
    const RepStanding& bo = named(*team, "Bo");
    CHECK_FALSE(bo.lastSession.has_value());
    CHECK(bo.overdue);
    REQUIRE(bo.nextCall.has_value());
    const RepStanding& cy = named(*team, "Cy");
    CHECK(cy.rep.cadenceDays == 30);
    CHECK(cy.due == QDate(2026, 12, 11));
    CHECK_FALSE(cy.overdue);
    CHECK_FALSE(cy.nextCall.has_value());
    // The fixture's own rep, Alex, has one call and no coaching session.
    CHECK(team->front().rep.name == u"Alex");

    // A rep's coaching sessions, oldest first, with what the notes say.
    auto sessions = h.f.store->repSessions(ana.rep.id);
    REQUIRE(sessions->size() == 3);
    CHECK(sessions->at(0).created == utc("2026-10-27T09:00:00"));
    CHECK(sessions->back().sessionId == decemberFirst);
    CHECK(sessions->back().focusItems == 2);
    CHECK(sessions->back().shareableTexts ==
          QStringList{QStringLiteral("Pricing before value"), QStringLiteral("Good recap")});
    CHECK(h.f.store->setCadence(ana.rep.id, 0).error().code == StoreErrorCode::InvalidInput);

    // Talk metrics kept for a call come back with its session, and replace what was kept.
    CHECK_FALSE(sessions->back().talk.has_value());
    KeptTalk kept;
    kept.recordingId = sessions->back().recordingId;
    kept.analyserVersion = 1;
    kept.perSpeaker = true;
    kept.repShare = 0.8;
    REQUIRE(h.f.store->keepTalk(kept).has_value());
    kept.repShare = 0.45;
    kept.repLongestMs = 41'000;
    REQUIRE(h.f.store->keepTalk(kept).has_value());
    const auto measured = h.f.store->repSessions(ana.rep.id)->back().talk;
    REQUIRE(measured.has_value());
    CHECK(measured->repShare == 0.45);
    CHECK(measured->repLongestMs == 41'000);
    CHECK_FALSE(measured->patienceMs.has_value());
    CHECK(*h.f.store->keptTalk(kept.recordingId) == measured);
}

TEST_CASE("a focus item's status history is kept by every writer, and goes with the item",
          "[workflows][team][store]")
{
    StoreFixture f;
    const int64_t id = f.shareable(30'000, QStringLiteral("Pricing before value"), true);
    REQUIRE(f.store->setFocusStatus(id, FocusStatus::Practising).has_value());
    REQUIRE(f.store->setFocusStatus(id, FocusStatus::Practising).has_value()); // no change
    REQUIRE(f.store->setFocusStatus(id, FocusStatus::Achieved).has_value());
    auto history = f.store->focusHistory(*f.store->session(f.sessionId)->repId);
    REQUIRE(history->size() == 1);
    const FocusHistory& item = history->front();
    CHECK(item.text == u"Pricing before value");
    CHECK(item.status == FocusStatus::Achieved);
    std::vector<FocusStatus> statuses;
    for (const FocusChange& c : item.changes)
        statuses.push_back(c.status);
    CHECK(statuses ==
          std::vector{FocusStatus::Open, FocusStatus::Practising, FocusStatus::Achieved});
    CHECK(item.changes.front().at <= item.changes.back().at);
    // Unfocused: the item and its history go.
    REQUIRE(f.store->demote(id).has_value());
    CHECK(f.store->focusHistory(*f.store->session(f.sessionId)->repId)->empty());
}
