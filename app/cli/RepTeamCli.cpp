// `coachtrack --team URL --rep sessions [ACTION …]`: the rep's side of the team library ("My
// coaching" on the command line), over the rep's own login: their published sessions, marking
// a focus item, rating themselves, saving the debrief or a clip. The password comes from the
// desktop's secret store (`sessions sign-in --password-stdin` keeps it there), PGPASSWORD or
// ~/.pgpass.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "sync/PgConnection.h"
#include "sync/RepInbox.h"
#include "sync/TeamSchema.h"
#include "workflows/TeamKeyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace coachtrack::app::cli {

namespace {

QJsonObject sessionJson(const sync::RepSession& s)
{
    QJsonArray focus, notes, scores;
    for (const sync::RepFocusItem& f : s.focus)
        focus.append(QJsonObject{{QStringLiteral("id"), f.noteId},
                                 {QStringLiteral("number"), f.number},
                                 {QStringLiteral("start_ms"), f.startMs},
                                 {QStringLiteral("text"), f.text},
                                 {QStringLiteral("status"), f.status},
                                 {QStringLiteral("question"), jsonOrNull(f.question)},
                                 {QStringLiteral("practice_plan"), jsonOrNull(f.practicePlan)}});
    for (const auto& [startMs, text] : s.notes)
        notes.append(
            QJsonObject{{QStringLiteral("start_ms"), startMs}, {QStringLiteral("text"), text}});
    for (const sync::RepScore& c : s.scores)
        scores.append(QJsonObject{
            {QStringLiteral("skill"), c.skill},
            {QStringLiteral("manager"), c.manager ? QJsonValue(*c.manager) : QJsonValue()},
            {QStringLiteral("self"), c.self ? QJsonValue(*c.self) : QJsonValue()},
            {QStringLiteral("comment"), jsonOrNull(c.comment)}});
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("call_title"), s.callTitle},
            {QStringLiteral("call_date"), jsonOrNull(s.callDate.toString(Qt::ISODate))},
            {QStringLiteral("published_at"), s.publishedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("objectives"), s.objectives},
            {QStringLiteral("next_steps"), s.nextSteps},
            {QStringLiteral("next_date"), jsonOrNull(s.nextDate.toString(Qt::ISODate))},
            {QStringLiteral("focus"), focus},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("scores"), scores},
            {QStringLiteral("documents"), QJsonArray::fromStringList(s.documents)}};
}

int list(CliContext& cmd, sync::RepInbox& inbox)
{
    auto sessions = inbox.sessions();
    if (!sessions)
        return cmd.fail(sessions.error().message);
    QJsonArray all;
    for (const sync::RepSession& s : *sessions)
        all.append(sessionJson(s));
    if (cmd.isSet(QStringLiteral("json"))) {
        cmd.out() << jsonText(all);
        return 0;
    }
    if (sessions->empty())
        cmd.out() << "No published sessions for you yet.\n";
    for (const sync::RepSession& s : *sessions) {
        cmd.out() << QStringLiteral("%1  %2  (%3)\n")
                         .arg(s.callDate.toString(Qt::ISODate), s.callTitle, s.id);
        for (const sync::RepFocusItem& f : s.focus)
            cmd.out() << QStringLiteral("  focus %1 [%2] %3  (%4)\n")
                             .arg(f.number)
                             .arg(f.status, f.text, f.noteId);
        if (!s.documents.isEmpty())
            cmd.out() << QStringLiteral("  documents: %1\n").arg(s.documents.join(u", "));
    }
    return 0;
}

int saveDocument(CliContext& cmd, sync::RepInbox& inbox)
{
    const QString out = cmd.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cmd.fail(QStringLiteral("document needs --out FILE"), 2);
    auto document = inbox.document(cmd.positional(1), cmd.positional(2));
    if (!document)
        return cmd.fail(document.error().message);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(document->content) < 0 || !file.commit())
        return cmd.fail(QStringLiteral("%1: %2").arg(out, file.errorString()));
    cmd.out() << QStringLiteral("wrote %1 (%2, %3 bytes)\n")
                     .arg(out, document->mediaType)
                     .arg(document->content.size());
    return 0;
}

} // namespace

int runSessions(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(
        QStringLiteral("sessions"),
        QStringLiteral(
            "A rep's published review sessions on the team library (coachtrack --team URL --rep "
            "sessions …):\n"
            "  sessions [--json]                      list them, with focus items and notes\n"
            "  sessions focus NOTE --status STATUS    mark a focus item (practising, achieved, "
            "open, dropped)\n"
            "  sessions rate SESSION --skill NAME --rating N   your own rating (1-5)\n"
            "  sessions document SESSION NAME --out FILE       save the debrief or a clip\n"
            "  sessions sign-in --password-stdin       keep your password in the desktop's "
            "secret store\n"
            "The password comes from the secret store, PGPASSWORD or ~/.pgpass."));
    cmd.parser().addPositionalArgument(QStringLiteral("action"),
                                       QStringLiteral("focus, rate, document or sign-in"));
    cmd.parser().addOptions(
        {{QStringLiteral("json"), QStringLiteral("Print JSON.")},
         {QStringLiteral("status"), QStringLiteral("A focus item's status."),
          QStringLiteral("STATUS")},
         {QStringLiteral("skill"), QStringLiteral("A scorecard skill."), QStringLiteral("NAME")},
         {QStringLiteral("rating"), QStringLiteral("Your rating, 1 to 5."), QStringLiteral("N")},
         {QStringLiteral("out"), QStringLiteral("Where to save a document."),
          QStringLiteral("FILE")},
         {QStringLiteral("password-stdin"),
          QStringLiteral("sign-in: read your password from the first line of stdin.")}});
    if (int rc = cmd.parse(args, 0, 3); rc >= 0)
        return rc;
    if (global.teamUrl.isEmpty() || !global.rep)
        return cmd.fail(QStringLiteral("sessions is a rep's command: coachtrack --team URL --rep "
                                       "sessions"),
                        2);
    if (sync::urlHasPassword(global.teamUrl))
        return cmd.fail(QStringLiteral("the URL holds a password, which anyone on this computer "
                                       "could read in the process list: use `sessions sign-in "
                                       "--password-stdin`, ~/.pgpass or PGPASSWORD"),
                        2);
    const QString action = cmd.positional(0);
    QString password = workflows::teamkeyring::passwordFor(global.teamUrl);
    if (action == u"sign-in") {
        if (!cmd.isSet(QStringLiteral("password-stdin")))
            return cmd.fail(QStringLiteral("sign-in needs --password-stdin"), 2);
        password = QTextStream(stdin).readLine();
    }
    auto server = sync::PgConnection::open(global.teamUrl, password);
    if (!server)
        return cmd.fail((server.error().connectionLost()
                             ? QStringLiteral("cannot reach the team server: %1")
                             : QStringLiteral("the team server refused the sign-in: %1"))
                            .arg(server.error().message));
    if (auto ok = sync::TeamSchema::check(**server); !ok)
        return cmd.fail(ok.error().message);
    sync::RepInbox inbox(**server);
    if (action.isEmpty())
        return list(cmd, inbox);
    if (action == u"sign-in") {
        if (auto ok = workflows::teamkeyring::save(global.teamUrl, password); !ok)
            return cmd.fail(ok.error());
        cmd.out() << QStringLiteral("signed in as %1; the password is in the desktop's secret "
                                    "store\n")
                         .arg((*server)->user());
        return 0;
    }
    if (action == u"focus") {
        if (cmd.positional(1).isEmpty() || !cmd.isSet(QStringLiteral("status")))
            return cmd.fail(QStringLiteral("focus needs NOTE and --status STATUS"), 2);
        if (auto ok = inbox.setFocusStatus(cmd.positional(1), cmd.value(QStringLiteral("status")));
            !ok)
            return cmd.fail(ok.error().message);
        cmd.out() << QStringLiteral("focus item %1 is %2 now; your manager sees it at their next "
                                    "sync\n")
                         .arg(cmd.positional(1), cmd.value(QStringLiteral("status")).toLower());
        return 0;
    }
    if (action == u"rate") {
        bool number = false;
        const int rating = cmd.value(QStringLiteral("rating")).toInt(&number);
        if (cmd.positional(1).isEmpty() || !cmd.isSet(QStringLiteral("skill")) || !number)
            return cmd.fail(QStringLiteral("rate needs SESSION, --skill NAME and --rating N"), 2);
        if (auto ok =
                inbox.setSelfRating(cmd.positional(1), cmd.value(QStringLiteral("skill")), rating);
            !ok)
            return cmd.fail(ok.error().message);
        cmd.out() << QStringLiteral("rated yourself %1 for %2\n")
                         .arg(rating)
                         .arg(cmd.value(QStringLiteral("skill")));
        return 0;
    }
    if (action == u"document") {
        if (cmd.positional(2).isEmpty())
            return cmd.fail(QStringLiteral("document needs SESSION and NAME"), 2);
        return saveDocument(cmd, inbox);
    }
    return cmd.fail(
        QStringLiteral("unknown action “%1”: focus, rate, document or sign-in").arg(action), 2);
}

} // namespace coachtrack::app::cli
