// `coachtrack [--db PATH] team connect|add-rep|publish|withdraw|sync|status|options`: the
// manager's side of the team library on PostgreSQL (sync/). The connection's password lives in
// the desktop's secret store (or libpq's PGPASSWORD, ~/.pgpass); the library keeps the URL
// without one. Publishing queues first, so that nothing is lost while the server is away.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "sync/PgConnection.h"
#include "sync/TeamPublisher.h"
#include "sync/TeamPull.h"
#include "sync/TeamRoster.h"
#include "sync/TeamSchema.h"
#include "sync/TeamSync.h"
#include "workflows/TeamConnect.h"
#include "workflows/TeamDocuments.h"
#include "workflows/TeamKeyring.h"

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
    std::unique_ptr<sync::PgConnection> server; // null when offline (and allowed)
    QString offline;                            // why it could not be reached
    QString problem; // the server's team library is of another version (status only)
};

// Opens both, or says why and gives the exit code (2: no team server set yet). With
// `allowOffline`, an unreachable server leaves `server` null and says why in `offline`.
std::expected<TeamLink, int> openTeam(CliContext& cmd, const GlobalOptions& global,
                                      bool allowOffline = false, bool allowOtherVersion = false)
{
    TeamLink link{cmd.openStore(global), nullptr, {}, {}};
    if (!link.store)
        return std::unexpected(1);
    auto url = link.store->teamUrl();
    if (!url)
        return std::unexpected(cmd.fail(url.error().message));
    if (url->isEmpty())
        return std::unexpected(cmd.fail(QStringLiteral("this library has no team server yet: "
                                                       "`coachtrack team connect URL` sets one"),
                                        2));
    auto server = sync::PgConnection::open(*url, workflows::teamkeyring::passwordFor(*url));
    if (!server) {
        if (allowOffline && server.error().connectionLost()) {
            link.offline = server.error().message;
            return link;
        }
        return std::unexpected(cmd.fail((server.error().connectionLost()
                                             ? QStringLiteral("cannot reach the team server: %1")
                                             : QStringLiteral("the team server refused the "
                                                              "sign-in: %1"))
                                            .arg(server.error().message)));
    }
    if (auto ok = sync::TeamSchema::check(**server); !ok) {
        if (!allowOtherVersion)
            return std::unexpected(cmd.fail(ok.error().message));
        link.problem = ok.error().message; // status still says what it can
    }
    link.server = std::move(*server);
    return link;
}

sync::DocumentSource documentsOf(annotations::Store& store)
{
    const auto options = store.teamOptions().value_or(annotations::TeamOptions{});
    return workflows::teamDocumentSource(store.path(), {options.clips});
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
        return cmd.fail(QStringLiteral("the URL holds a password, which the library would keep "
                                       "and anyone could read in the process list: give the URL "
                                       "without it and the password with --password-stdin (kept "
                                       "in the desktop's secret store), or put it in ~/.pgpass"),
                        2);
    QString password;
    if (cmd.isSet(QStringLiteral("password-stdin")))
        password = QTextStream(stdin).readLine();
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto connected = workflows::connectTeamLibrary(*store, url, password);
    if (!connected)
        return cmd.fail(connected.error());
    cmd.out() << QStringLiteral("Connected to the team library in %1 as %2 (team library "
                                "version %3)%4%5\n")
                     .arg(connected->database, connected->user)
                     .arg(sync::kTeamSchemaVersion)
                     .arg(connected->versionBefore == 0 ? QStringLiteral(", set up just now")
                          : connected->versionBefore < sync::kTeamSchemaVersion
                              ? QStringLiteral(", upgraded just now")
                              : QString(),
                          password.isEmpty() || !connected->warning.isEmpty()
                              ? QString()
                              : QStringLiteral("; the password is in the desktop's secret "
                                               "store"));
    if (!connected->warning.isEmpty()) // connected all the same
        cmd.inform(QStringLiteral("warning: %1").arg(connected->warning));
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

int runSync(CliContext& cmd, TeamLink& team);

// Prints what a sync did; 0 when every session went, 1 when the server refused some.
int reportSync(CliContext& cmd, const sync::SyncReport& report)
{
    cmd.out() << QStringLiteral("took in %1 focus status(es) and %2 rating(s) the reps gave; "
                                "published %3 session(s)")
                     .arg(report.pulled.focusStatuses)
                     .arg(report.pulled.selfRatings)
                     .arg(report.published);
    if (report.pruned > 0)
        cmd.out() << QStringLiteral("; removed %1 session(s) with nothing shareable left from "
                                    "the server")
                         .arg(report.pruned);
    cmd.out() << '\n';
    for (const QString& problem : report.problems)
        cmd.inform(QStringLiteral("not published: %1").arg(problem));
    return report.problems.isEmpty() ? 0 : 1;
}

// Publishing queues the sessions first, then syncs: a server that cannot be reached leaves
// them queued for `team sync` (or the window's), and says so.
int publish(CliContext& cmd, const GlobalOptions& global)
{
    auto team = openTeam(cmd, global, /*allowOffline=*/true);
    if (!team)
        return team.error();
    annotations::Store* store = team->store.get();
    std::vector<int64_t> sessions;
    if (cmd.isSet(QStringLiteral("all"))) { // withdrawn sessions stay withdrawn
        auto shared = store->sessionsWithShareableNotes();
        auto published = store->teamPublications();
        if (!shared || !published)
            return cmd.fail(!shared ? shared.error().message : published.error().message);
        for (int64_t id : *shared)
            if (std::ranges::none_of(*published, [id](const annotations::TeamPublication& p) {
                    return p.sessionId == id && p.withdrawn;
                }))
                sessions.push_back(id);
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
    for (int64_t id : sessions)
        if (auto ok = store->queueForTeam(id); !ok)
            return cmd.fail(ok.error().message);
    if (!team->server) {
        cmd.out() << QStringLiteral("queued %1 session(s): the team server cannot be reached "
                                    "(%2); `coachtrack team sync` publishes them when it can\n")
                         .arg(sessions.size())
                         .arg(team->offline);
        return 0;
    }
    return runSync(cmd, *team);
}

int runSync(CliContext& cmd, TeamLink& team)
{
    auto report = sync::syncTeam(
        *team.store, *team.server, documentsOf(*team.store), [&cmd](int done, int total) {
            cmd.inform(QStringLiteral("session %1 of %2 done").arg(done).arg(total));
            return true;
        });
    if (!report) {
        auto left = sync::dueSessions(*team.store);
        return cmd.fail(QStringLiteral("the sync stopped: %1 (%2 session(s) stay queued)")
                            .arg(report.error().message)
                            .arg(left ? qsizetype(left->size()) : 0));
    }
    return reportSync(cmd, *report);
}

int withdraw(CliContext& cmd, const GlobalOptions& global)
{
    auto id = cmd.id(cmd.value(QStringLiteral("session")), QStringLiteral("session"));
    if (!id)
        return 2;
    auto team = openTeam(cmd, global, /*allowOffline=*/true);
    if (!team)
        return team.error();
    const bool deleted = cmd.isSet(QStringLiteral("delete"));
    if (!team->server) { // taken off the rep's screen at the next sync
        if (auto ok = team->store->queueWithdrawal(*id, deleted); !ok)
            return cmd.fail(ok.error().message);
        cmd.out() << QStringLiteral("queued: session %1 is %2 at the next sync (the team server "
                                    "cannot be reached now: %3)\n")
                         .arg(*id)
                         .arg(deleted ? QStringLiteral("deleted from the server")
                                      : QStringLiteral("withdrawn"),
                              team->offline);
        return 0;
    }
    auto withdrawn = sync::TeamPublisher(*team->store, *team->server).withdraw(*id, deleted);
    if (!withdrawn)
        return cmd.fail(withdrawn.error().message);
    if (!*withdrawn)
        return cmd.fail(QStringLiteral("session %1 was never published").arg(*id));
    cmd.out() << (deleted ? QStringLiteral("deleted session %1 from the team server, with its "
                                           "notes, scores, documents and history\n")
                          : QStringLiteral("withdrew session %1: the rep no longer sees it (its "
                                           "text stays on the server; --delete removes it)\n"))
                     .arg(*id);
    return 0;
}

int options(CliContext& cmd, const GlobalOptions& global)
{
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto options = store->teamOptions();
    if (!options)
        return cmd.fail(options.error().message);
    auto onOff = [&cmd](const QString& name, bool& value) {
        if (!cmd.isSet(name))
            return true;
        const QString word = cmd.value(name);
        if (word != u"on" && word != u"off")
            return false;
        value = word == u"on";
        return true;
    };
    if (!onOff(QStringLiteral("publish-on-export"), options->publishOnExport) ||
        !onOff(QStringLiteral("clips"), options->clips))
        return cmd.fail(QStringLiteral("--publish-on-export and --clips take on or off"), 2);
    if (auto ok = store->setTeamOptions(*options); !ok)
        return cmd.fail(ok.error().message);
    cmd.out() << QStringLiteral("publish on export: %1\nfocus clips with the debrief: %2\n")
                     .arg(options->publishOnExport ? QStringLiteral("on") : QStringLiteral("off"),
                          options->clips ? QStringLiteral("on") : QStringLiteral("off"));
    return 0;
}

// The sessions the library has asked to publish, each with where it stands.
QJsonArray sessionStates(annotations::Store& store,
                         const std::vector<annotations::TeamPublication>& published,
                         const std::vector<int64_t>& due)
{
    std::vector<std::pair<int64_t, QString>> states;
    for (const annotations::TeamPublication& p : published)
        states.emplace_back(p.sessionId, p.withdrawn ? QStringLiteral("withdrawn")
                                                     : QStringLiteral("published"));
    for (int64_t id : due) {
        auto known = std::ranges::find_if(states, [id](const auto& s) { return s.first == id; });
        if (known == states.end())
            states.emplace_back(id, QStringLiteral("queued"));
        else
            known->second = QStringLiteral("changed since published");
    }
    QJsonArray sessions;
    for (const auto& [id, state] : states) {
        auto sheet = store.debriefSheet(id);
        sessions.append(
            QJsonObject{{QStringLiteral("session"), qint64(id)},
                        {QStringLiteral("call_title"), sheet ? sheet->callTitle : QString()},
                        {QStringLiteral("rep"), sheet ? sheet->repName : QString()},
                        {QStringLiteral("state"), state}});
    }
    return sessions;
}

int status(CliContext& cmd, const GlobalOptions& global)
{
    auto team = openTeam(cmd, global, /*allowOffline=*/true, /*allowOtherVersion=*/true);
    if (!team)
        return team.error();
    annotations::Store* store = team->store.get();
    auto due = sync::dueSessions(*store);
    auto published = store->teamPublications();
    auto lastSync = store->teamLastSync();
    if (!due || !published || !lastSync)
        return cmd.fail(!due ? due.error().message
                             : QStringLiteral("cannot read the library's team records"));
    const qsizetype withdrawn = std::ranges::count_if(
        *published, [](const annotations::TeamPublication& p) { return p.withdrawn; });
    const QString url = store->teamUrl().value_or(QString());
    QJsonObject status{
        {QStringLiteral("url"), url},
        {QStringLiteral("queued"), qint64(due->size())},
        {QStringLiteral("published"), qint64(published->size() - withdrawn)},
        {QStringLiteral("withdrawn"), qint64(withdrawn)},
        {QStringLiteral("last_sync"),
         lastSync->isValid() ? QJsonValue(lastSync->toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("schema_version"), sync::kTeamSchemaVersion},
        {QStringLiteral("online"), team->server != nullptr},
        {QStringLiteral("sessions"), sessionStates(*store, *published, *due)}};
    QString serverLine;
    if (team->server) {
        sync::PgConnection* server = team->server.get();
        auto facts = server->exec(QStringLiteral(
            "SELECT current_setting('server_version'), (SELECT max(version) FROM "
            "coachtrack.schema_version), CASE WHEN to_regclass('coachtrack.reps') IS NULL THEN 0 "
            "ELSE (SELECT count(*) FROM coachtrack.reps) END"));
        if (!facts)
            return cmd.fail(facts.error().message);
        status[QStringLiteral("user")] = server->user();
        status[QStringLiteral("server_version")] = facts->text(0, 0);
        status[QStringLiteral("server_schema_version")] = facts->number(0, 1);
        status[QStringLiteral("reps")] = facts->number(0, 2);
        serverLine = QStringLiteral("team server: %1 as %2 (PostgreSQL %3, team library version "
                                    "%4), %5 reps\n")
                         .arg(url, server->user(), facts->text(0, 0))
                         .arg(facts->number(0, 1))
                         .arg(facts->number(0, 2));
    } else {
        status[QStringLiteral("offline")] = team->offline;
        serverLine =
            QStringLiteral("team server: %1, not reachable now (%2)\n").arg(url, team->offline);
    }
    if (!team->problem.isEmpty()) {
        status[QStringLiteral("problem")] = team->problem;
        serverLine += QStringLiteral("problem: %1\n").arg(team->problem);
    }
    const int rc = team->problem.isEmpty() ? 0 : 1;
    if (cmd.isSet(QStringLiteral("json"))) {
        cmd.out() << QJsonDocument(status).toJson();
        return rc;
    }
    cmd.out() << serverLine
              << QStringLiteral("published: %1 sessions (%2 withdrawn); queued: %3; last sync: "
                                "%4\n")
                     .arg(published->size() - withdrawn)
                     .arg(withdrawn)
                     .arg(due->size())
                     .arg(lastSync->isValid() ? lastSync->toString(Qt::ISODate)
                                              : QStringLiteral("never"));
    for (const QJsonValue& v : status[QStringLiteral("sessions")].toArray())
        cmd.out() << QStringLiteral("  session %1  %2  (%3): %4\n")
                         .arg(v[QStringLiteral("session")].toInteger())
                         .arg(v[QStringLiteral("call_title")].toString(),
                              v[QStringLiteral("rep")].toString(),
                              v[QStringLiteral("state")].toString());
    return rc;
}

} // namespace

void publishOnExport(CliContext& cmd, const GlobalOptions& global, int64_t sessionId)
{
    {
        auto store = cmd.openStore(global);
        if (!store)
            return;
        auto url = store->teamUrl();
        auto options = store->teamOptions();
        if (!url || url->isEmpty() || !options || !options->publishOnExport)
            return;
        if (auto ok = store->queueForTeam(sessionId); !ok) {
            cmd.inform(
                QStringLiteral("not queued for the team library: %1").arg(ok.error().message));
            return;
        }
    }
    auto team = openTeam(cmd, global, /*allowOffline=*/true);
    if (!team)
        return;
    if (!team->server) {
        cmd.out() << QStringLiteral("team: queued, the team server cannot be reached (%1); "
                                    "`coachtrack team sync` publishes it when it can\n")
                         .arg(team->offline);
        return;
    }
    cmd.out() << "team: ";
    runSync(cmd, *team);
}

int runTeam(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(
        QStringLiteral("team"),
        QStringLiteral(
            "The team library on PostgreSQL: only what is shareable is published, never a private "
            "note.\n"
            "  team connect URL [--password-stdin]   set the library's team server (a database; "
            "set up or upgraded by its owner)\n"
            "  team add-rep NAME --login ROLE    give rep NAME their own login "
            "(--password-stdin for a new one)\n"
            "  team publish REC|--session ID|--all   queue review sessions and publish them\n"
            "  team withdraw --session ID [--delete]  take a session off the rep's screen (or "
            "off the server)\n"
            "  team sync                         take in the reps' focus statuses and own "
            "ratings, publish what is queued or changed\n"
            "  team status [--json]              queued, published, last sync, server version\n"
            "  team options [--publish-on-export on|off] [--clips on|off]\n"
            "The password is kept in the desktop's secret store (or PGPASSWORD, ~/.pgpass); the "
            "library keeps none."));
    cmd.parser().addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("connect, add-rep, publish, withdraw, sync, status or options"));
    cmd.parser().addOptions(
        {{QStringLiteral("login"), QStringLiteral("The rep's PostgreSQL login."),
          QStringLiteral("ROLE")},
         {QStringLiteral("password-stdin"),
          QStringLiteral("Read a password from the first line of stdin (connect: yours, kept "
                         "in the secret store; add-rep: the rep's new one).")},
         {QStringLiteral("session"), QStringLiteral("A review session's id."),
          QStringLiteral("ID")},
         {QStringLiteral("all"), QStringLiteral("Every session with a shareable note.")},
         {QStringLiteral("delete"),
          QStringLiteral("withdraw: delete the session from the server.")},
         {QStringLiteral("publish-on-export"),
          QStringLiteral("options: exporting a debrief queues the session."),
          QStringLiteral("on|off")},
         {QStringLiteral("clips"),
          QStringLiteral("options: publish the focus clips with the debrief."),
          QStringLiteral("on|off")},
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
    if (action == u"options")
        return options(cmd, global);
    if (action == u"sync") {
        auto team = openTeam(cmd, global);
        if (!team)
            return team.error();
        return runSync(cmd, *team);
    }
    return cmd.fail(QStringLiteral("unknown team action “%1”: connect, add-rep, publish, "
                                   "withdraw, sync, status or options")
                        .arg(action),
                    2);
}

} // namespace coachtrack::app::cli
