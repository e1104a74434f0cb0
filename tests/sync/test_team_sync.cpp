// Syncing the team library on a real PostgreSQL 15 server: when the manager and a rep change
// the same focus status, the later change wins and both stay in the item's history (on the
// server and in the library); the library knows what is queued and what changed since it was
// published; a version 1 team database is upgraded by its owner only.
#include "TeamFixture.h"
#include "sync/RepInbox.h"
#include "sync/TeamSchemaV2.h"
#include "sync/TeamSync.h"

#include <QThread>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// The local status of a focus item, and its history as (status, by) oldest first.
struct LocalFocus
{
    annotations::FocusStatus status;
    std::vector<std::pair<annotations::FocusStatus, QString>> history;
};

LocalFocus localFocus(annotations::Store& store, int64_t sessionId, int64_t noteId)
{
    LocalFocus f{annotations::FocusStatus::Open, {}};
    auto notes = store.shareableNotes(sessionId);
    REQUIRE(notes.has_value());
    for (const annotations::ShareableNote& n : *notes)
        if (n.id == noteId && n.focus)
            f.status = *n.focus;
    auto changes = store.focusStatusChanges(sessionId);
    REQUIRE(changes.has_value());
    for (const auto& [id, change] : *changes)
        if (id == noteId)
            f.history.emplace_back(change.status, change.by);
    return f;
}

// The server's history of the focus item numbered 1: "status by" oldest first.
QStringList serverHistory(sync::PgConnection& c)
{
    auto rows = c.exec(QStringLiteral(
        "SELECT h.status || ' ' || h.changed_by FROM coachtrack.focus_history h JOIN "
        "coachtrack.notes n ON n.id = h.note_id WHERE n.focus_number = 1 ORDER BY h.changed_at"));
    INFO((rows ? std::string() : rows.error().message.toStdString()));
    REQUIRE(rows.has_value());
    QStringList lines;
    for (int r = 0; r < rows->rows(); ++r)
        lines << rows->text(r, 0);
    return lines;
}

// Clocks tick in milliseconds here: one step later is at least a few of them later.
void later()
{
    QThread::msleep(5);
}

} // namespace

TEST_CASE("on PostgreSQL: a rep's status set after the manager's wins, and both stay in the "
          "item's history",
          "[sync][pg]")
{
    Team team;
    annotations::Store& store = *team.local.store;
    auto alex = team.db.connect(team.alex, team.password);
    later();
    REQUIRE(store.setFocusStatus(team.focusNote, annotations::FocusStatus::Practising));
    later();
    REQUIRE(alex->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = 'achieved' "
                                      "WHERE focus_number = 1")));
    auto synced = sync::syncTeam(store, *team.server);
    INFO((synced ? std::string() : synced.error().message.toStdString()));
    REQUIRE(synced.has_value());
    CHECK(synced->pulled.focusStatuses == 1);

    const LocalFocus local = localFocus(store, team.local.sessionId, team.focusNote);
    CHECK(local.status == annotations::FocusStatus::Achieved);
    using annotations::FocusStatus;
    const std::vector<std::pair<FocusStatus, QString>> expected{
        {FocusStatus::Open, {}}, {FocusStatus::Practising, {}}, {FocusStatus::Achieved, team.alex}};
    CHECK(local.history == expected);
    auto rows = alex->exec(
        QStringLiteral("SELECT focus_status FROM coachtrack.notes WHERE focus_number = 1"));
    REQUIRE(rows.has_value());
    CHECK(rows->text(0, 0) == u"achieved");
    CHECK(serverHistory(*alex) == QStringList({QStringLiteral("open ") + team.manager,
                                               QStringLiteral("practising ") + team.manager,
                                               QStringLiteral("achieved ") + team.alex}));
    // Synced again: nothing new comes in, nothing is taken twice.
    auto again = sync::syncTeam(store, *team.server);
    REQUIRE(again.has_value());
    CHECK(again->pulled.focusStatuses == 0);
    CHECK(localFocus(store, team.local.sessionId, team.focusNote).history.size() == 3);
    CHECK(serverHistory(*alex).size() == 3);
}

TEST_CASE("on PostgreSQL: the manager's status set after the rep's wins, and both stay in the "
          "item's history",
          "[sync][pg]")
{
    Team team;
    annotations::Store& store = *team.local.store;
    auto alex = team.db.connect(team.alex, team.password);
    later();
    REQUIRE(alex->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = 'practising' "
                                      "WHERE focus_number = 1")));
    later();
    REQUIRE(store.setFocusStatus(team.focusNote, annotations::FocusStatus::Dropped));
    auto synced = sync::syncTeam(store, *team.server);
    INFO((synced ? std::string() : synced.error().message.toStdString()));
    REQUIRE(synced.has_value());
    CHECK(synced->pulled.focusStatuses == 0); // taken into the history only
    CHECK(synced->published == 1);

    const LocalFocus local = localFocus(store, team.local.sessionId, team.focusNote);
    CHECK(local.status == annotations::FocusStatus::Dropped);
    using annotations::FocusStatus;
    const std::vector<std::pair<FocusStatus, QString>> expected{
        {FocusStatus::Open, {}}, {FocusStatus::Practising, team.alex}, {FocusStatus::Dropped, {}}};
    CHECK(local.history == expected);
    auto rows = alex->exec(QStringLiteral("SELECT focus_status, status_changed_by FROM "
                                          "coachtrack.notes WHERE focus_number = 1"));
    REQUIRE(rows.has_value());
    CHECK(rows->text(0, 0) == u"dropped");
    CHECK(rows->text(0, 1) == team.manager);
    CHECK(serverHistory(*alex) == QStringList({QStringLiteral("open ") + team.manager,
                                               QStringLiteral("practising ") + team.alex,
                                               QStringLiteral("dropped ") + team.manager}));
    // The tracker's focus history shows who set each status.
    auto history = store.focusHistory(*team.local.store->session(team.local.sessionId)->repId);
    REQUIRE(history.has_value());
    bool repShown = false;
    for (const annotations::FocusHistory& item : *history)
        for (const annotations::FocusChange& change : item.changes)
            repShown = repShown || change.by == team.alex;
    CHECK(repShown);
}

TEST_CASE("on PostgreSQL: a published session changed since is due again, a queued one until it "
          "is published",
          "[sync][pg]")
{
    Team team;
    annotations::Store& store = *team.local.store;
    auto due = sync::dueSessions(store);
    REQUIRE(due.has_value());
    CHECK(due->empty()); // both published by the fixture, unchanged since
    REQUIRE(store.editText(team.plainNote, QStringLiteral("A sharper summary")));
    due = sync::dueSessions(store);
    REQUIRE(due.has_value());
    CHECK(*due == std::vector<int64_t>{team.local.sessionId});
    // Queued: a new session, never published.
    auto rec = store.addRecording(newRecording(
        QStringLiteral("/calls/new.mp3"), QStringLiteral("fp-new"), 60'000, QDate(2026, 12, 1),
        QStringLiteral("New call"), QStringLiteral("Alex"), QStringLiteral("Nova")));
    REQUIRE(rec.has_value());
    auto session = store.currentSession(rec->id);
    REQUIRE(session.has_value());
    REQUIRE(store.addShareableNote({session->id, 1'000, {}, QStringLiteral("Good open"), {}, {}},
                                   false));
    REQUIRE(store.queueForTeam(session->id));
    due = sync::dueSessions(store);
    REQUIRE(due.has_value());
    CHECK(due->size() == 2);
    auto synced = sync::syncTeam(store, *team.server);
    REQUIRE(synced.has_value());
    CHECK(synced->published == 2);
    CHECK(synced->problems.isEmpty());
    due = sync::dueSessions(store);
    REQUIRE(due.has_value());
    CHECK(due->empty());
    auto alex = team.db.connect(team.alex, team.password);
    CHECK(team.count(*alex, QStringLiteral("sessions")) == 2);
    auto text = alex->exec(QStringLiteral("SELECT count(*) FROM coachtrack.notes WHERE text = "
                                          "'A sharper summary'"));
    REQUIRE(text.has_value());
    CHECK(text->number(0, 0) == 1);
    // Withdrawn sessions are not due when they change.
    sync::TeamPublisher publisher(store, *team.server);
    REQUIRE(publisher.withdraw(team.local.sessionId));
    REQUIRE(store.editText(team.plainNote, QStringLiteral("Sharper still")));
    due = sync::dueSessions(store);
    REQUIRE(due.has_value());
    CHECK(due->empty());
    // Deleted from the server: nothing of it is left there, history included.
    auto deleted = publisher.withdraw(team.local.sessionId, /*deleted=*/true);
    REQUIRE(deleted.has_value());
    CHECK(*deleted);
    auto left = team.server->exec(
        QStringLiteral("SELECT (SELECT count(*) FROM coachtrack.sessions WHERE id = $1), "
                       "(SELECT count(*) FROM coachtrack.notes WHERE session_id = $1)"),
        {publisher.sessionUuid(team.local.sessionId).toString(QUuid::WithoutBraces)});
    REQUIRE(left.has_value());
    CHECK(left->number(0, 0) == 0);
    CHECK(left->number(0, 1) == 0);
    CHECK(team.count(*team.db.admin(), QStringLiteral("focus_history")) == 1); // Blake's only
}

TEST_CASE("on PostgreSQL: a version 1 team database is upgraded by its owner, and a manager is "
          "told who may",
          "[sync][pg]")
{
    TeamDatabase db;
    auto admin = db.admin();
    // Version 1 as an older Coachtrack left it: its statements, without version 2's.
    REQUIRE(sync::TeamSchema::ensure(*admin).has_value());
    for (const char* table : {"documents", "focus_history"})
        REQUIRE(admin->exec(QStringLiteral("DROP TABLE coachtrack.%1").arg(QLatin1String(table))));
    REQUIRE(admin->exec(QStringLiteral("DROP FUNCTION coachtrack.record_focus_status CASCADE")));
    REQUIRE(admin->exec(QStringLiteral("DROP FUNCTION coachtrack.stamp_self_rating CASCADE")));
    REQUIRE(admin->exec(QStringLiteral("ALTER TABLE coachtrack.scores DROP COLUMN comment, DROP "
                                       "COLUMN self_rated_by")));
    REQUIRE(admin->exec(QStringLiteral("UPDATE coachtrack.schema_version SET version = 1")));
    const QString manager = db.uniqueLogin(QStringLiteral("mgr"));
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    REQUIRE(sync::TeamSchema::addManager(*admin, manager, password));

    auto asManager = db.connect(manager, password);
    auto old = sync::TeamSchema::check(*asManager);
    REQUIRE_FALSE(old.has_value());
    CHECK(old.error().message.contains(QStringLiteral("version 1")));
    CHECK(old.error().message.contains(QStringLiteral("owner or an administrator")));
    CHECK_FALSE(sync::TeamSchema::ensure(*asManager).has_value()); // not theirs to upgrade
    REQUIRE(sync::TeamSchema::version(*asManager) == 1);

    auto upgraded = sync::TeamSchema::ensure(*admin);
    INFO((upgraded ? std::string() : upgraded.error().message.toStdString()));
    REQUIRE(upgraded.has_value());
    CHECK(sync::TeamSchema::version(*admin) == 2);
    CHECK(sync::TeamSchema::check(*asManager).has_value());
}

TEST_CASE("on PostgreSQL: TLS is verified when the URL asks for it, against a throwaway CA",
          "[sync][pg][tls]")
{
    TeamDatabase db;
    const auto url = [&db](const QString& host, const QString& ca) {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5 connect_timeout=20 "
                              "sslmode=verify-full sslrootcert=%6")
            .arg(host, db.server[QStringLiteral("PGPORT")], db.name, db.superuser(),
                 db.server[QStringLiteral("PGPASSWORD")], ca);
    };
    const QString ca = db.server[QStringLiteral("TEST_CA")];
    const QString otherCa = db.server[QStringLiteral("OTHER_CA")];
    REQUIRE_FALSE(ca.isEmpty());

    auto verified = sync::PgConnection::open(url(QStringLiteral("localhost"), ca));
    INFO((verified ? std::string() : verified.error().message.toStdString()));
    REQUIRE(verified.has_value());
    auto ssl = (*verified)->exec(
        QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    REQUIRE(ssl.has_value());
    CHECK(ssl->text(0, 0) == u"t");

    // A certificate from a CA the URL does not trust, or for another name: refused, saying so.
    auto untrusted = sync::PgConnection::open(url(QStringLiteral("localhost"), otherCa));
    REQUIRE_FALSE(untrusted.has_value());
    CHECK(untrusted.error().message.contains(QStringLiteral("certificate verify failed")));
    auto wrongName = sync::PgConnection::open(url(QStringLiteral("127.0.0.1"), ca));
    REQUIRE_FALSE(wrongName.has_value());
    CHECK(wrongName.error().message.contains(QStringLiteral("does not match host name")));
}

TEST_CASE("on PostgreSQL: a call given to another rep starts again for them, and nothing the "
          "first rep wrote goes with it",
          "[sync][pg]")
{
    Team team;
    annotations::Store& store = *team.local.store;
    auto skills = store.skills();
    REQUIRE(skills.has_value());
    auto alex = team.db.connect(team.alex, team.password);
    // Alex answers on the server: a status, and a rating of a skill the manager has not rated
    // (named in another case: any of the scorecard's skills, in any case).
    REQUIRE(alex->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = 'achieved' "
                                      "WHERE focus_number = 1")));
    sync::RepInbox inbox(*alex);
    auto mine = inbox.sessions();
    REQUIRE(mine.has_value());
    REQUIRE(mine->size() == 1);
    CHECK(mine->front().scores.size() == skills->size());
    REQUIRE(inbox.setSelfRating(mine->front().id, skills->back().name.toUpper(), 5));
    CHECK_FALSE(inbox.setFocusStatus(mine->front().focus.front().noteId, QStringLiteral("done")));
    CHECK_FALSE(inbox.setSelfRating(mine->front().id, QStringLiteral("no such skill"), 3));

    // The manager gives the call to Blake before syncing.
    annotations::RecordingChanges toBlake;
    toBlake.repName = QStringLiteral("Blake");
    REQUIRE(store.updateRecording(team.local.recordingId, toBlake));
    auto synced = sync::syncTeam(store, *team.server);
    INFO((synced ? std::string() : synced.error().message.toStdString()));
    REQUIRE(synced.has_value());
    CHECK(synced->pulled.focusStatuses == 0); // Alex's answers stay out of Blake's call
    CHECK(synced->pulled.selfRatings == 0);
    CHECK(synced->published == 1);
    auto alexNow = inbox.sessions();
    REQUIRE(alexNow.has_value());
    CHECK(alexNow->empty());
    auto blake = team.db.connect(team.blake, team.password);
    auto rows = blake->exec(
        QStringLiteral("SELECT (SELECT count(*) FROM coachtrack.sessions), "
                       "(SELECT count(*) FROM coachtrack.scores WHERE self_rating IS NOT NULL), "
                       "(SELECT count(*) FROM coachtrack.notes WHERE focus_status <> 'open'), "
                       "(SELECT count(*) FROM coachtrack.focus_history WHERE changed_by = $1)"),
        {team.alex});
    REQUIRE(rows.has_value());
    CHECK(rows->number(0, 0) == 2); // theirs and the one given to them
    CHECK(rows->number(0, 1) == 0);
    CHECK(rows->number(0, 2) == 0);
    CHECK(rows->number(0, 3) == 0);
}

TEST_CASE("on PostgreSQL: a wrong password is a refusal, not an unreachable server", "[sync][pg]")
{
    TeamDatabase db;
    auto wrong = sync::PgConnection::open(db.url(db.superuser(), QStringLiteral("wrong")));
    REQUIRE_FALSE(wrong.has_value());
    CHECK_FALSE(wrong.error().connectionLost());
    CHECK(wrong.error().sqlState == u"28P01");
    auto away = sync::PgConnection::open(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=x"));
    REQUIRE_FALSE(away.has_value());
    CHECK(away.error().connectionLost());
}

TEST_CASE("on PostgreSQL: nobody writes the focus history through the owner's trigger function, "
          "and a self-rating stays with whoever gave it",
          "[sync][pg]")
{
    Team team;
    auto alex = team.db.connect(team.alex, team.password);
    // A rep hangs the history's trigger function on a table of their own: refused.
    REQUIRE(alex->exec(QStringLiteral("CREATE TEMP TABLE forged (id uuid, focus_status text, "
                                      "status_changed_by name, status_changed_at timestamptz)")));
    auto hung = alex->exec(
        QStringLiteral("CREATE TRIGGER forge AFTER INSERT ON forged FOR EACH ROW EXECUTE FUNCTION "
                       "coachtrack.record_focus_status()"));
    REQUIRE_FALSE(hung.has_value());
    CHECK(hung.error().sqlState == u"42501");

    // The manager's self-rating (from the rep's paper form) goes up and can be corrected; once
    // the rep rates themselves on the server, the manager's publish leaves theirs alone.
    annotations::Store& store = *team.local.store;
    auto skills = store.skills();
    REQUIRE(skills.has_value());
    const annotations::Skill skill = skills->front();
    const auto serverSelf = [&] {
        auto rows = alex->exec(QStringLiteral("SELECT self_rating FROM coachtrack.scores WHERE "
                                              "skill = $1"),
                               {skill.name});
        REQUIRE(rows.has_value());
        REQUIRE(rows->rows() == 1);
        return rows->text(0, 0);
    };
    REQUIRE(store.setScore(team.local.sessionId, skill.id, 4, 2, {}));
    REQUIRE(sync::syncTeam(store, *team.server).has_value());
    CHECK(serverSelf() == u"2");
    REQUIRE(store.setScore(team.local.sessionId, skill.id, 4, 3, {}));
    REQUIRE(sync::syncTeam(store, *team.server).has_value());
    CHECK(serverSelf() == u"3"); // the manager's correction of their own entry
    REQUIRE(sync::RepInbox(*alex).setSelfRating(sync::TeamPublisher(store, *team.server)
                                                    .sessionUuid(team.local.sessionId)
                                                    .toString(QUuid::WithoutBraces),
                                                skill.name, 5));
    REQUIRE(store.setScore(team.local.sessionId, skill.id, 4, 1, {}));
    auto synced = sync::syncTeam(store, *team.server);
    REQUIRE(synced.has_value());
    CHECK(serverSelf() == u"5"); // the rep's own word
    auto scores = store.scores(team.local.sessionId);
    REQUIRE(scores.has_value());
    CHECK(scores->front().self == 5);

    // Withdrawn while offline, then published again before the sync: publishing wins.
    REQUIRE(store.queueWithdrawal(team.local.sessionId, false));
    REQUIRE(store.queueForTeam(team.local.sessionId));
    auto again = sync::syncTeam(store, *team.server);
    REQUIRE(again.has_value());
    CHECK(again->withdrawn == 0);
    CHECK(team.count(*alex, QStringLiteral("sessions")) == 1);
}
