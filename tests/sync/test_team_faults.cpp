// A sync interrupted by the team server dying (SIGKILL of the server and every backend, on a
// PostgreSQL 15 cluster of this test's own) and retried leaves no duplicate and loses nothing:
// killed between two sessions, and in the middle of one session's transaction. The kill
// points are chosen by the sync's own callback and by what the server reports it is doing, so
// the test does not depend on timing.
#include "TeamDatabase.h"
#include "annotations/StoreFixture.h"
#include "support/Fixtures.h"
#include "sync/TeamRoster.h"
#include "sync/TeamSync.h"

#include <QDir>
#include <QProcess>
#include <QThread>
#include <thread>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// A throwaway server of this test's own (the shared one must not be killed under the others).
struct OwnServer
{
    QString dir = QDir::tempPath() + QStringLiteral("/coachtrack-pgfault-") +
                  QUuid::createUuid().toString(QUuid::Id128).left(12);

    OwnServer() { REQUIRE(script(QStringLiteral("start"))); }
    ~OwnServer() { script(QStringLiteral("stop")); }
    bool script(const QString& action) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral("bash"),
                {sourceDir() + QStringLiteral("/scripts/pg_test_server.sh"), action, dir});
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }
    void kill() const { REQUIRE(script(QStringLiteral("kill"))); }
    void restart() const { REQUIRE(script(QStringLiteral("restart"))); }
};

constexpr int kSessions = 20;
constexpr int kNotesPerSession = 3;

struct Counts
{
    qint64 sessions, distinctSessions, notes, documents, history;
};

Counts counts(sync::PgConnection& c)
{
    auto rows = c.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM coachtrack.sessions), "
        "(SELECT count(DISTINCT (library_id, local_id)) FROM coachtrack.sessions), "
        "(SELECT count(*) FROM coachtrack.notes), (SELECT count(*) FROM coachtrack.documents), "
        "(SELECT count(*) FROM coachtrack.focus_history)"));
    INFO((rows ? std::string() : rows.error().message.toStdString()));
    REQUIRE(rows.has_value());
    return {rows->number(0, 0), rows->number(0, 1), rows->number(0, 2), rows->number(0, 3),
            rows->number(0, 4)};
}

// Every session on the server is whole: its notes and its document came with it.
void checkWhole(sync::PgConnection& c, qint64 sessions)
{
    const Counts n = counts(c);
    CHECK(n.sessions == sessions);
    CHECK(n.distinctSessions == sessions);
    CHECK(n.notes == sessions * kNotesPerSession);
    CHECK(n.documents == sessions);
    CHECK(n.history == sessions); // each focus item's "open"
}

} // namespace

TEST_CASE("on PostgreSQL: a sync killed with SIGKILL between sessions or inside one, and retried, "
          "leaves no duplicate and loses nothing",
          "[sync][pg][faults]")
{
    OwnServer pg;
    TeamDatabase db(pg.dir + QStringLiteral("/server.env"));
    const QString manager = db.uniqueLogin(QStringLiteral("mgr"));
    const QString rep = db.uniqueLogin(QStringLiteral("alex"));
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        auto admin = db.admin();
        REQUIRE(sync::TeamSchema::ensure(*admin));
        REQUIRE(sync::TeamSchema::addManager(*admin, manager, password));
        auto asManager = db.connect(manager, password);
        REQUIRE(sync::TeamRoster::addRep(*asManager, QStringLiteral("Alex"), rep, password));
    }
    StoreFixture local;
    annotations::Store& store = *local.store;
    for (int i = 0; i < kSessions; ++i) {
        auto rec = store.addRecording(newRecording(
            QStringLiteral("/calls/call-%1.mp3").arg(i), QStringLiteral("fp-%1").arg(i), 600'000,
            QDate(2026, 11, 1).addDays(i), QStringLiteral("Call %1").arg(i), QStringLiteral("Alex"),
            QStringLiteral("Account %1").arg(i)));
        REQUIRE(rec.has_value());
        auto session = store.currentSession(rec->id);
        REQUIRE(session.has_value());
        for (int n = 0; n < kNotesPerSession; ++n)
            REQUIRE(store.addShareableNote({session->id,
                                            10'000 * (n + 1),
                                            {},
                                            QStringLiteral("Note %1.%2").arg(i).arg(n),
                                            {},
                                            {}},
                                           n == 0));
        REQUIRE(store.queueForTeam(session->id));
    }
    // Each session carries one small document, written inside its transaction (last).
    const sync::DocumentSource documents = [](int64_t) {
        return std::expected<std::vector<sync::TeamDocument>, QString>(
            std::vector<sync::TeamDocument>{
                {QStringLiteral("debrief.html"), QStringLiteral("text/html"), "<p>debrief</p>"}});
    };
    const auto due = [&store] {
        auto d = sync::dueSessions(store);
        REQUIRE(d.has_value());
        return qint64(d->size());
    };

    // Killed after the 5th session committed: 5 are on the server, 15 stay due.
    {
        auto server = db.connect(manager, password);
        auto synced = sync::syncTeam(store, *server, documents, [&pg](int done, int) {
            if (done == 5)
                pg.kill();
            return true;
        });
        REQUIRE_FALSE(synced.has_value());
        CHECK(synced.error().connectionLost());
    }
    pg.restart();
    checkWhole(*db.admin(), 5);
    CHECK(due() == kSessions - 5);

    // Killed inside the 3rd session's transaction, after its notes were written: that session is
    // not there at all, the two before it are. The server itself holds the 3rd session's
    // document in a trigger (pg_sleep) and says so in pg_stat_activity; the kill waits for that.
    {
        auto admin = db.admin();
        for (const char* statement :
             {"CREATE SEQUENCE public.documents_written",
              "GRANT USAGE ON SEQUENCE public.documents_written TO PUBLIC",
              "CREATE FUNCTION public.hold_third() RETURNS trigger LANGUAGE plpgsql AS $$ "
              "BEGIN IF nextval('public.documents_written') = 3 THEN PERFORM pg_sleep(300); "
              "END IF; RETURN NEW; END $$",
              "CREATE TRIGGER hold_third BEFORE INSERT ON coachtrack.documents FOR EACH ROW "
              "EXECUTE FUNCTION public.hold_third()"})
            REQUIRE(admin->exec(QString::fromLatin1(statement)));
        auto server = db.connect(manager, password);
        bool killed = false; // (no Catch assertion off the test's thread)
        const QString adminUrl = db.adminUrl();
        std::thread killer([&pg, &killed, adminUrl, manager] {
            auto watcher = sync::PgConnection::open(adminUrl);
            for (int look = 0; watcher && look < 6000 && !killed; ++look) {
                auto held = (*watcher)->exec(
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = $1 AND "
                                   "wait_event = 'PgSleep' AND xact_start IS NOT NULL"),
                    {manager});
                if (held && held->number(0, 0) == 1)
                    killed = pg.script(QStringLiteral("kill"));
                else
                    QThread::msleep(20);
            }
        });
        auto synced = sync::syncTeam(store, *server, documents);
        killer.join();
        REQUIRE(killed);
        REQUIRE_FALSE(synced.has_value());
        CHECK(synced.error().connectionLost());
    }
    pg.restart();
    checkWhole(*db.admin(), 7);
    CHECK(due() == kSessions - 7);
    REQUIRE(db.admin()->exec(QStringLiteral("DROP TRIGGER hold_third ON coachtrack.documents")));

    // Retried: everything, once.
    {
        auto server = db.connect(manager, password);
        auto synced = sync::syncTeam(store, *server, documents);
        INFO((synced ? std::string() : synced.error().message.toStdString()));
        REQUIRE(synced.has_value());
        CHECK(synced->published == kSessions - 7);
        CHECK(synced->problems.isEmpty());
        auto again = sync::syncTeam(store, *server, documents);
        REQUIRE(again.has_value());
        CHECK(again->published == 0);
    }
    checkWhole(*db.admin(), kSessions);
    CHECK(due() == 0);
}
