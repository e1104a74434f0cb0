// `coachtrack [--db PATH] team connect|add-rep|publish|withdraw|status`: the manager's side of
// the team library on PostgreSQL (sync/), and `coachtrack --team URL --rep sessions [--json]`,
// the rep's. Passwords are libpq's business (PGPASSWORD, ~/.pgpass): the library keeps the URL
// without one.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "sync/PgConnection.h"
#include "sync/TeamPublisher.h"
#include "sync/TeamPull.h"
#include "sync/TeamRoster.h"
#include "sync/TeamSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace coachtrack::app::cli {

namespace {

// The library and its team server, connected and checked.
struct TeamLink
{
    std::unique_ptr<annotations::Store> store;
    std::unique_ptr<sync::PgConnection> server;
};

// Opens both, or says why and gives the exit code (2: no team server set yet).
std::expected<TeamLink, int> openTeam(CliContext& cmd, const GlobalOptions& global)
{
    TeamLink link{cmd.openStore(global), nullptr};
    if (!link.store)
        return std::unexpected(1);
    auto url = link.store->teamUrl();
    if (!url)
        return std::unexpected(cmd.fail(url.error().message));
    if (url->isEmpty())
        return std::unexpected(cmd.fail(QStringLiteral("this library has no team server yet: "
                                                       "`coachtrack team connect URL` sets one"),
                                        2));
    auto server = sync::PgConnection::open(*url);
    if (!server)
        return std::unexpected(cmd.fail(
            QStringLiteral("cannot reach the team server: %1").arg(server.error().message)));
    if (auto ok = sync::TeamSchema::check(**server); !ok)
        return std::unexpected(cmd.fail(ok.error().message));
    link.server = std::move(*server);
    return link;
}

// A word the shell passes on as it is: 'it'\''s'.
QString shellQuoted(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

int connect(CliContext& cmd, const GlobalOptions& global)
{
    const QString url = cmd.positional(1);
    if (sync::urlHasPassword(url))
        return cmd.fail(QStringLiteral("the URL holds a password: Coachtrack does not keep "
                                       "passwords; put it in ~/.pgpass or PGPASSWORD and give the "
                                       "URL without it"),
                        2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto server = sync::PgConnection::open(url);
    if (!server)
        return cmd.fail(
            QStringLiteral("cannot reach the team server: %1").arg(server.error().message));
    auto version = sync::TeamSchema::version(**server);
    if (!version)
        return cmd.fail(version.error().message);
    // A database without the team library is set up by whoever may (its owner, an
    // administrator); a manager's login finds it ready.
    auto ready =
        *version == 0 ? sync::TeamSchema::ensure(**server) : sync::TeamSchema::check(**server);
    if (!ready)
        return cmd.fail(ready.error().message);
    if (auto ok = store->setTeamUrl(sync::urlWithoutPassword(url)); !ok)
        return cmd.fail(ok.error().message);
    cmd.out() << QStringLiteral("Connected to the team library in %1 as %2 (team library "
                                "version %3)%4\n")
                     .arg((*server)->database(), (*server)->user())
                     .arg(sync::kTeamSchemaVersion)
                     .arg(*version == 0 ? QStringLiteral(", set up just now") : QString());
    return 0;
}

int addRep(CliContext& cmd, const GlobalOptions& global)
{
    const QString name = cmd.positional(1);
    const QString login = cmd.value(QStringLiteral("login"));
    if (login.isEmpty())
        return cmd.fail(QStringLiteral("add-rep needs --login ROLE: the rep's own PostgreSQL "
                                       "login"),
                        2);
    QString password;
    if (cmd.isSet(QStringLiteral("password-stdin")))
        password = QTextStream(stdin).readLine();
    auto team = openTeam(cmd, global);
    if (!team)
        return team.error();
    if (auto ok = sync::TeamRoster::addRep(*team->server, name, login, password); !ok)
        return cmd.fail(ok.error().message);
    const QString repUrl = sync::urlForUser(team->store->teamUrl().value_or(QString()), login);
    cmd.out() << QStringLiteral("%1 is %2 on the team server. They sign in with their own "
                                "password (in their ~/.pgpass or PGPASSWORD):\n"
                                "  coachtrack --team %3 --rep sessions\n")
                     .arg(name, login, shellQuoted(repUrl));
    return 0;
}

int publish(CliContext& cmd, const GlobalOptions& global, bool pullFirst = false)
{
    auto team = openTeam(cmd, global);
    if (!team)
        return team.error();
    annotations::Store* store = team->store.get();
    if (pullFirst) { // the reps' changes first, so that publishing does not undo them
        auto pulled = sync::pullRepChanges(*store, *team->server);
        if (!pulled)
            return cmd.fail(pulled.error().message);
        cmd.out() << QStringLiteral("took in %1 focus status(es) and %2 rating(s) the reps gave\n")
                         .arg(pulled->focusStatuses)
                         .arg(pulled->selfRatings);
    }
    const bool all = pullFirst || cmd.isSet(QStringLiteral("all"));
    std::vector<int64_t> sessions;
    if (all) {
        auto shared = store->sessionsWithShareableNotes();
        if (!shared)
            return cmd.fail(shared.error().message);
        sessions = *shared;
    } else if (cmd.isSet(QStringLiteral("session"))) {
        auto id = cmd.id(cmd.value(QStringLiteral("session")), QStringLiteral("session"));
        if (!id)
            return 2;
        sessions.push_back(*id);
    } else {
        auto rec = cmd.id(cmd.positional(1), QStringLiteral("recording"));
        if (!rec)
            return 2;
        auto session = store->currentSession(*rec);
        if (!session)
            return cmd.fail(session.error().message);
        sessions.push_back(session->id);
    }
    sync::TeamPublisher publisher(*store, *team->server);
    // Everything: withdrawn sessions stay withdrawn, and the server drops what this library no
    // longer shares. One session: it shows again if it was withdrawn.
    const auto withdrawn =
        all ? sync::TeamPublisher::Withdrawn::Keep : sync::TeamPublisher::Withdrawn::Republish;
    int failed = 0;
    for (int64_t id : sessions) {
        auto published = publisher.publish(id, withdrawn);
        if (published)
            cmd.out() << QStringLiteral("published session %1 as %2\n")
                             .arg(id)
                             .arg(published->toString(QUuid::WithoutBraces));
        else {
            ++failed;
            cmd.inform(QStringLiteral("session %1 not published: %2")
                           .arg(id)
                           .arg(published.error().message));
        }
    }
    if (all && failed == 0) {
        auto pruned = publisher.prune(sessions);
        if (!pruned)
            return cmd.fail(pruned.error().message);
        if (*pruned > 0)
            cmd.out() << QStringLiteral("removed %1 session(s) with nothing shareable left from "
                                        "the team server\n")
                             .arg(*pruned);
    }
    return failed == 0 ? 0 : 1;
}

int withdraw(CliContext& cmd, const GlobalOptions& global)
{
    auto id = cmd.id(cmd.value(QStringLiteral("session")), QStringLiteral("session"));
    if (!id)
        return 2;
    auto team = openTeam(cmd, global);
    if (!team)
        return team.error();
    auto withdrawn = sync::TeamPublisher(*team->store, *team->server).withdraw(*id);
    if (!withdrawn)
        return cmd.fail(withdrawn.error().message);
    if (!*withdrawn)
        return cmd.fail(QStringLiteral("session %1 was never published").arg(*id));
    cmd.out() << QStringLiteral("withdrew session %1: the rep no longer sees it\n").arg(*id);
    return 0;
}

int status(CliContext& cmd, const GlobalOptions& global)
{
    auto team = openTeam(cmd, global);
    if (!team)
        return team.error();
    annotations::Store* store = team->store.get();
    sync::PgConnection* server = team->server.get();
    auto counts = server->exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM coachtrack.sessions WHERE NOT withdrawn), "
        "(SELECT count(*) FROM coachtrack.sessions WHERE withdrawn), "
        "(SELECT count(*) FROM coachtrack.reps), "
        "(SELECT max(published_at) FROM coachtrack.sessions), current_setting('server_version')"));
    if (!counts)
        return cmd.fail(counts.error().message);
    const QJsonObject status{{QStringLiteral("url"), store->teamUrl().value_or(QString())},
                             {QStringLiteral("user"), server->user()},
                             {QStringLiteral("published"), counts->number(0, 0)},
                             {QStringLiteral("withdrawn"), counts->number(0, 1)},
                             {QStringLiteral("reps"), counts->number(0, 2)},
                             {QStringLiteral("last_publish"),
                              counts->isNull(0, 3) ? QJsonValue() : QJsonValue(counts->text(0, 3))},
                             {QStringLiteral("server_version"), counts->text(0, 4)},
                             {QStringLiteral("schema_version"), sync::kTeamSchemaVersion}};
    if (cmd.isSet(QStringLiteral("json"))) {
        cmd.out() << QJsonDocument(status).toJson();
        return 0;
    }
    cmd.out() << QStringLiteral("team server: %1 as %2 (PostgreSQL %3, team library version %4)\n"
                                "published: %5 sessions (%6 withdrawn), %7 reps; last: %8\n")
                     .arg(status[QStringLiteral("url")].toString(), server->user(),
                          counts->text(0, 4))
                     .arg(sync::kTeamSchemaVersion)
                     .arg(counts->number(0, 0))
                     .arg(counts->number(0, 1))
                     .arg(counts->number(0, 2))
                     .arg(counts->isNull(0, 3) ? QStringLiteral("never") : counts->text(0, 3));
    return 0;
}

} // namespace

int runTeam(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(
        QStringLiteral("team"),
        QStringLiteral(
            "The team library on PostgreSQL: only what is shareable is published, never a private "
            "note.\n"
            "  team connect URL                  set the library's team server (a database; set "
            "up on first use by its owner)\n"
            "  team add-rep NAME --login ROLE    give rep NAME their own login "
            "(--password-stdin for a new one)\n"
            "  team publish REC|--session ID|--all   publish review sessions\n"
            "  team withdraw --session ID        take a session off the rep's screen\n"
            "  team sync                         take in the reps' focus statuses and own "
            "ratings, then publish everything\n"
            "  team status [--json]              what is published\n"
            "Passwords come from PGPASSWORD or ~/.pgpass; the library keeps none."));
    cmd.parser().addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("connect, add-rep, publish, withdraw, sync or status"));
    cmd.parser().addOptions(
        {{QStringLiteral("login"), QStringLiteral("The rep's PostgreSQL login."),
          QStringLiteral("ROLE")},
         {QStringLiteral("password-stdin"), QStringLiteral("Read a new login's password from "
                                                           "the first line of stdin.")},
         {QStringLiteral("session"), QStringLiteral("A review session's id."),
          QStringLiteral("ID")},
         {QStringLiteral("all"), QStringLiteral("Every session with a shareable note.")},
         {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    if (int rc = cmd.parse(args, 1, 2); rc >= 0)
        return rc;
    const QString action = cmd.positional(0);
    const bool needsArgument = action == u"connect" || action == u"add-rep";
    if (needsArgument && cmd.positional(1).isEmpty())
        return cmd.fail(
            QStringLiteral("team %1 needs %2")
                .arg(action, action == u"connect" ? QStringLiteral("URL") : QStringLiteral("NAME")),
            2);
    if (action == u"connect")
        return connect(cmd, global);
    if (action == u"add-rep")
        return addRep(cmd, global);
    if (action == u"publish") {
        if (!cmd.isSet(QStringLiteral("all")) && !cmd.isSet(QStringLiteral("session")) &&
            cmd.positional(1).isEmpty())
            return cmd.fail(QStringLiteral("team publish needs REC, --session ID or --all"), 2);
        return publish(cmd, global);
    }
    if (action == u"withdraw") {
        if (!cmd.isSet(QStringLiteral("session")))
            return cmd.fail(QStringLiteral("team withdraw needs --session ID"), 2);
        return withdraw(cmd, global);
    }
    if (action == u"status")
        return status(cmd, global);
    if (action == u"sync")
        return publish(cmd, global, /*sync=*/true);
    return cmd.fail(QStringLiteral("unknown team action “%1”: connect, add-rep, publish, "
                                   "withdraw, sync or status")
                        .arg(action),
                    2);
}

} // namespace coachtrack::app::cli

namespace coachtrack::app::cli {

// `coachtrack --team URL --rep sessions [--json]`: a rep's own published sessions, read over
// their own login, which the server lets see nothing else.
int runSessions(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("sessions"),
                   QStringLiteral("A rep's published review sessions on the team library, with "
                                  "their focus items and shareable notes: coachtrack --team URL "
                                  "--rep sessions [--json]. The password comes from PGPASSWORD "
                                  "or ~/.pgpass."));
    cmd.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (int rc = cmd.parse(args, 0, 0); rc >= 0)
        return rc;
    if (global.teamUrl.isEmpty() || !global.rep)
        return cmd.fail(QStringLiteral("sessions is a rep's command: coachtrack --team URL --rep "
                                       "sessions"),
                        2);
    if (sync::urlHasPassword(global.teamUrl))
        return cmd.fail(QStringLiteral("the URL holds a password, which anyone on this computer "
                                       "could read in the process list: put it in ~/.pgpass or "
                                       "PGPASSWORD"),
                        2);
    auto server = sync::PgConnection::open(global.teamUrl);
    if (!server)
        return cmd.fail(
            QStringLiteral("cannot reach the team server: %1").arg(server.error().message));
    if (auto ok = sync::TeamSchema::check(**server); !ok)
        return cmd.fail(ok.error().message);
    auto sessions = (*server)->exec(QStringLiteral(
        "SELECT id, call_title, call_date, published_at, objectives, next_steps, next_date "
        "FROM coachtrack.sessions ORDER BY call_date DESC NULLS LAST, published_at DESC"));
    if (!sessions)
        return cmd.fail(sessions.error().message);
    QJsonArray list;
    for (int r = 0; r < sessions->rows(); ++r) {
        auto notes = (*server)->exec(
            QStringLiteral("SELECT start_ms, text, focus_number, focus_status, question, "
                           "practice_plan FROM coachtrack.notes WHERE session_id = $1 "
                           "ORDER BY start_ms"),
            {sessions->text(r, 0)});
        if (!notes)
            return cmd.fail(notes.error().message);
        QJsonArray focus, shared;
        for (int n = 0; n < notes->rows(); ++n) {
            const QJsonObject note{{QStringLiteral("start_ms"), notes->number(n, 0)},
                                   {QStringLiteral("text"), notes->text(n, 1)}};
            shared.append(note);
            if (!notes->isNull(n, 2))
                focus.append(
                    QJsonObject{{QStringLiteral("number"), notes->number(n, 2)},
                                {QStringLiteral("text"), notes->text(n, 1)},
                                {QStringLiteral("status"), notes->text(n, 3)},
                                {QStringLiteral("question"), jsonOrNull(notes->text(n, 4))},
                                {QStringLiteral("practice_plan"), jsonOrNull(notes->text(n, 5))}});
        }
        list.append(QJsonObject{{QStringLiteral("id"), sessions->text(r, 0)},
                                {QStringLiteral("call_title"), sessions->text(r, 1)},
                                {QStringLiteral("call_date"), jsonOrNull(sessions->text(r, 2))},
                                {QStringLiteral("published_at"), sessions->text(r, 3)},
                                {QStringLiteral("objectives"), sessions->text(r, 4)},
                                {QStringLiteral("next_steps"), sessions->text(r, 5)},
                                {QStringLiteral("next_date"), jsonOrNull(sessions->text(r, 6))},
                                {QStringLiteral("focus"), focus},
                                {QStringLiteral("notes"), shared}});
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        cmd.out() << jsonText(list);
        return 0;
    }
    if (list.isEmpty())
        cmd.out() << "No published sessions for you yet.\n";
    for (const QJsonValue& v : list) {
        const QJsonObject s = v.toObject();
        cmd.out() << QStringLiteral("%1  %2\n")
                         .arg(s[QStringLiteral("call_date")].toString(),
                              s[QStringLiteral("call_title")].toString());
        for (const QJsonValue& f : s[QStringLiteral("focus")].toArray())
            cmd.out() << QStringLiteral("  focus %1 [%2] %3\n")
                             .arg(f[QStringLiteral("number")].toInt())
                             .arg(f[QStringLiteral("status")].toString(),
                                  f[QStringLiteral("text")].toString());
    }
    return 0;
}

} // namespace coachtrack::app::cli
