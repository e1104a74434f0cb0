// The team library on a real PostgreSQL 15 server: the schema with forced row-level security,
// a rep who reads only their own published sessions whatever SQL they write, publishing again
// without duplicates, a rep's focus status kept, and no private text anywhere on the server.
#include "TeamFixture.h"
#include "sync/TeamPull.h"

#include <QProcess>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("on PostgreSQL: a rep reads only their own published sessions, whatever SQL they write",
          "[sync][pg]")
{
    Team team;
    auto alex = team.db.connect(team.alex, team.password);
    CHECK(team.count(*alex, QStringLiteral("sessions")) == 1);
    CHECK(team.count(*alex, QStringLiteral("notes")) == 2);
    auto titles = alex->exec(QStringLiteral("SELECT call_title FROM coachtrack.sessions"));
    REQUIRE(titles.has_value());
    CHECK(titles->text(0, 0) == u"Acme discovery");
    // Blake's rows by their id: nothing, and nothing changes.
    sync::TeamPublisher publisher(*team.local.store, *team.server);
    const QString blakeId = publisher.sessionUuid(team.blakeSession).toString(QUuid::WithoutBraces);
    auto peek = alex->exec(
        QStringLiteral("SELECT text FROM coachtrack.notes WHERE session_id = $1"), {blakeId});
    REQUIRE(peek.has_value());
    CHECK(peek->rows() == 0);
    auto change = alex->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = "
                                            "'achieved' WHERE session_id = $1"),
                             {blakeId});
    REQUIRE(change.has_value());
    CHECK(change->affected() == 0);
    // What a rep may not do at all: write notes or sessions, change a note's text, disable RLS.
    CHECK(alex->exec(QStringLiteral("UPDATE coachtrack.notes SET text = 'x'")).error().sqlState ==
          u"42501");
    CHECK(alex->exec(QStringLiteral("DELETE FROM coachtrack.sessions")).error().sqlState ==
          u"42501");
    CHECK(alex->exec(QStringLiteral("ALTER TABLE coachtrack.notes DISABLE ROW LEVEL SECURITY"))
              .error()
              .sqlState == u"42501");
    // Their own focus item's status they may set.
    auto mine = alex->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = "
                                          "'practising' WHERE focus_number = 1"));
    REQUIRE(mine.has_value());
    CHECK(mine->affected() == 1);
    // Who changed it is the server's to say, not the rep's.
    auto stamp = alex->exec(QStringLiteral("SELECT status_changed_by FROM coachtrack.notes WHERE "
                                           "focus_number = 1"));
    REQUIRE(stamp.has_value());
    CHECK(stamp->text(0, 0) == team.alex);
    CHECK(alex->exec(QStringLiteral("UPDATE coachtrack.notes SET status_changed_by = 'x'"))
              .error()
              .sqlState == u"42501");
    CHECK(alex->exec(QStringLiteral("UPDATE coachtrack.scores SET manager_rating = 5"))
              .error()
              .sqlState == u"42501");
    CHECK(alex->exec(QStringLiteral("INSERT INTO coachtrack.sessions (id, rep_login, "
                                    "call_title, duration_ms, outcome, objectives, "
                                    "self_went_well, self_would_change, next_steps, focus_cap, "
                                    "library_id, local_id) VALUES (gen_random_uuid(), "
                                    "current_user, 'x', 1, 'open', '', '', '', '', 3, 'x', 1)"))
              .error()
              .sqlState == u"42501");
    CHECK(alex->exec(QStringLiteral("SELECT coachtrack.add_rep('sneaky', NULL, 'x')"))
              .error()
              .sqlState == u"42501");
    // Blake sees only Blake's.
    auto blake = team.db.connect(team.blake, team.password);
    CHECK(team.count(*blake, QStringLiteral("sessions")) == 1);
    CHECK(team.count(*blake, QStringLiteral("notes")) == 1);
    // The tables are not the app's roles': not even the manager owns them.
    auto owner = team.server->exec(QStringLiteral(
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'coachtrack'"));
    REQUIRE(owner.has_value());
    CHECK(owner->rows() == 1);
    CHECK(owner->text(0, 0) == u"coachtrack_owner");
}

TEST_CASE("on PostgreSQL: a manager sees only their own team", "[sync][pg]")
{
    Team team;
    auto admin = team.db.admin();
    const QString other = team.db.uniqueLogin(QStringLiteral("mgr2"));
    REQUIRE(sync::TeamSchema::addManager(*admin, other, team.password));
    auto second = team.db.connect(other, team.password);
    CHECK(team.count(*second, QStringLiteral("sessions")) == 0);
    CHECK(team.count(*second, QStringLiteral("notes")) == 0);
    CHECK(team.count(*second, QStringLiteral("reps")) == 0);
    // Taking over the first manager's rep is refused, and says why.
    auto taken = sync::TeamRoster::addRep(*second, QStringLiteral("Alex"), team.alex,
                                          QStringLiteral("new-password"));
    REQUIRE_FALSE(taken.has_value());
    CHECK(taken.error().message.contains(QStringLiteral("not a rep of yours")));
    CHECK(team.count(*team.server, QStringLiteral("sessions")) == 2);
    // A manager cannot make or change roles, nor become another one: no way round the policies.
    for (const QString& sql :
         {QStringLiteral("GRANT %1 TO %2").arg(team.alex, other),
          QStringLiteral("ALTER ROLE %1 PASSWORD 'taken'").arg(team.alex),
          QStringLiteral("CREATE ROLE intruder LOGIN"), QStringLiteral("SET ROLE coachtrack_owner"),
          QStringLiteral("SET ROLE coachtrack_admin"),
          QStringLiteral("GRANT coachtrack_owner TO %1").arg(other),
          QStringLiteral("INSERT INTO coachtrack.reps (login, display_name) VALUES ('%1', 'A')")
              .arg(team.alex),
          QStringLiteral("UPDATE coachtrack.sessions SET withdrawn = true")}) {
        INFO(sql.toStdString());
        auto attempt = second->exec(sql);
        if (attempt)
            CHECK(attempt->affected() == 0); // the UPDATE: no row of another team
        else
            CHECK(attempt.error().sqlState == u"42501");
    }
    auto alex = team.db.connect(team.alex, team.password); // still Alex's own password
    CHECK(team.count(*alex, QStringLiteral("sessions")) == 1);
}

TEST_CASE("on PostgreSQL: publishing again updates in place, a rep's focus status stays, withdrawn "
          "sessions leave the rep's view",
          "[sync][pg]")
{
    Team team;
    auto alex = team.db.connect(team.alex, team.password);
    REQUIRE(alex->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = 'achieved' "
                                      "WHERE focus_number = 1")));
    // The manager edits a note, deletes another, and publishes twice more.
    REQUIRE(team.local.store->editText(team.focusNote, QStringLiteral("Ask about the timeline "
                                                                      "first")));
    REQUIRE(team.local.store->deleteNote(team.plainNote));
    sync::TeamPublisher publisher(*team.local.store, *team.server);
    REQUIRE(publisher.publish(team.local.sessionId).has_value());
    REQUIRE(publisher.publish(team.local.sessionId).has_value());
    CHECK(team.count(*team.server, QStringLiteral("sessions")) == 2);
    CHECK(team.count(*team.server, QStringLiteral("notes")) == 2); // the deleted one is gone
    auto focus = alex->exec(
        QStringLiteral("SELECT text, focus_status FROM coachtrack.notes WHERE focus_number = 1"));
    REQUIRE(focus.has_value());
    REQUIRE(focus->rows() == 1);
    CHECK(focus->text(0, 0) == u"Ask about the timeline first");
    CHECK(focus->text(0, 1) == u"achieved"); // the rep's, not overwritten
    // Unfocused and focused again: a new focus item, with the library's status.
    REQUIRE(team.local.store->demote(team.focusNote));
    REQUIRE(publisher.publish(team.local.sessionId).has_value());
    REQUIRE(team.local.store->promote(team.focusNote));
    REQUIRE(team.local.store->setFocusStatus(team.focusNote, annotations::FocusStatus::Practising));
    REQUIRE(publisher.publish(team.local.sessionId).has_value());
    auto refocused = alex->exec(
        QStringLiteral("SELECT focus_status, status_changed_by FROM coachtrack.notes WHERE "
                       "focus_number = 1"));
    REQUIRE(refocused.has_value());
    REQUIRE(refocused->rows() == 1);
    CHECK(refocused->text(0, 0) == u"practising");
    CHECK(refocused->text(0, 1) == team.manager);
    // The manager's own later change goes through (the rep has not touched it since).
    REQUIRE(team.local.store->setFocusStatus(team.focusNote, annotations::FocusStatus::Achieved));
    REQUIRE(publisher.publish(team.local.sessionId).has_value());
    auto managers = alex->exec(
        QStringLiteral("SELECT focus_status FROM coachtrack.notes WHERE focus_number = 1"));
    REQUIRE(managers.has_value());
    CHECK(managers->text(0, 0) == u"achieved");
    // Withdrawn: gone from the rep's view, kept for the manager.
    auto withdrawn = publisher.withdraw(team.local.sessionId);
    REQUIRE(withdrawn.has_value());
    CHECK(*withdrawn);
    CHECK(team.count(*alex, QStringLiteral("sessions")) == 0);
    CHECK(team.count(*alex, QStringLiteral("notes")) == 0);
    CHECK(team.count(*team.server, QStringLiteral("sessions")) == 2);
    // Publishing everything keeps it withdrawn; publishing it again brings it back.
    REQUIRE(publisher.publish(team.local.sessionId, sync::TeamPublisher::Withdrawn::Keep));
    CHECK(team.count(*alex, QStringLiteral("sessions")) == 0);
    REQUIRE(publisher.publish(team.local.sessionId).has_value());
    CHECK(team.count(*alex, QStringLiteral("sessions")) == 1);
    // Pruned: a session this library no longer shares leaves the server with its notes.
    auto pruned = publisher.prune({team.local.sessionId});
    REQUIRE(pruned.has_value());
    CHECK(*pruned == 1);
    CHECK(team.count(*team.server, QStringLiteral("sessions")) == 1);
    auto blake = team.db.connect(team.blake, team.password);
    CHECK(team.count(*blake, QStringLiteral("notes")) == 0);
}

TEST_CASE("on PostgreSQL: a dump of the team database holds no private text", "[sync][pg]")
{
    Team team;
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), team.db.server[QStringLiteral("PGPASSWORD")]);
    dump.setProcessEnvironment(env);
    dump.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
               {QStringLiteral("--dbname=") + team.db.adminUrl()});
    REQUIRE(dump.waitForFinished(60000));
    INFO(dump.readAllStandardError().toStdString());
    REQUIRE(dump.exitCode() == 0);
    const QByteArray sql = dump.readAllStandardOutput();
    CHECK(sql.contains("Ask about their timeline")); // the shareable text is there...
    CHECK_FALSE(sql.contains(kCanary.toUtf8()));     // ...the private never
    CHECK_FALSE(sql.contains("rambled"));
}

TEST_CASE(
    "on PostgreSQL: a team database of a newer Coachtrack is refused, and one without the schema "
    "says how to set it up",
    "[sync][pg]")
{
    TeamDatabase db;
    auto admin = db.admin();
    auto missing = sync::TeamSchema::check(*admin);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("team connect")));
    REQUIRE(sync::TeamSchema::ensure(*admin).has_value());
    REQUIRE(sync::TeamSchema::check(*admin).has_value());
    REQUIRE(sync::TeamSchema::ensure(*admin).has_value()); // again: nothing to do
    REQUIRE(admin->exec(QStringLiteral("UPDATE coachtrack.schema_version SET version = 7")));
    auto newer = sync::TeamSchema::check(*admin);
    REQUIRE_FALSE(newer.has_value());
    CHECK(newer.error().message.contains(QStringLiteral("version 7")));
    CHECK(newer.error().message.contains(QStringLiteral("update Coachtrack")));
    CHECK_FALSE(sync::TeamSchema::ensure(*admin).has_value());
}

TEST_CASE("on PostgreSQL: what a rep changes on the server comes back into the manager's library "
          "and publishing does not undo it",
          "[sync][pg]")
{
    Team team;
    auto skills = team.local.store->skills();
    REQUIRE(skills.has_value());
    REQUIRE_FALSE(skills->empty());
    const annotations::Skill skill = skills->front();
    REQUIRE(team.local.store->setScore(team.local.sessionId, skill.id, 4, std::nullopt, {}));
    sync::TeamPublisher publisher(*team.local.store, *team.server);
    REQUIRE(publisher.publish(team.local.sessionId).has_value());

    // Nothing changed by a rep yet: nothing to take in.
    auto none = sync::pullRepChanges(*team.local.store, *team.server);
    REQUIRE(none.has_value());
    CHECK(none->focusStatuses == 0);
    CHECK(none->selfRatings == 0);

    auto alex = team.db.connect(team.alex, team.password);
    REQUIRE(alex->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = 'achieved' "
                                      "WHERE focus_number = 1")));
    REQUIRE(alex->exec(QStringLiteral("UPDATE coachtrack.scores SET self_rating = 2 WHERE "
                                      "skill = $1"),
                       {skill.name}));
    auto pulled = sync::pullRepChanges(*team.local.store, *team.server);
    REQUIRE(pulled.has_value());
    CHECK(pulled->focusStatuses == 1);
    CHECK(pulled->selfRatings == 1);

    auto notes = team.local.store->shareableNotes(team.local.sessionId);
    REQUIRE(notes.has_value());
    std::optional<annotations::FocusStatus> status;
    for (const annotations::ShareableNote& n : *notes)
        if (n.id == team.focusNote)
            status = n.focus;
    CHECK(status == annotations::FocusStatus::Achieved);
    auto scores = team.local.store->scores(team.local.sessionId);
    REQUIRE(scores.has_value());
    REQUIRE(scores->size() == 1);
    CHECK(scores->front().manager == 4);
    CHECK(scores->front().self == 2);

    // Taken in once: a second pull finds nothing new, and publishing keeps the rep's word.
    auto again = sync::pullRepChanges(*team.local.store, *team.server);
    REQUIRE(again.has_value());
    CHECK(again->focusStatuses == 0);
    CHECK(again->selfRatings == 0);
    REQUIRE(publisher.publish(team.local.sessionId).has_value());
    auto server = alex->exec(QStringLiteral("SELECT n.focus_status, c.self_rating, "
                                            "c.manager_rating FROM coachtrack.notes n, "
                                            "coachtrack.scores c WHERE n.focus_number = 1 AND "
                                            "c.skill = $1"),
                             {skill.name});
    REQUIRE(server.has_value());
    REQUIRE(server->rows() == 1);
    CHECK(server->text(0, 0) == u"achieved");
    CHECK(server->text(0, 1) == u"2");
    CHECK(server->text(0, 2) == u"4");
}
