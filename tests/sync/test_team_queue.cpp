// The team library from the command line while the server comes and goes: publishing queues
// the session when the server cannot be reached, `team sync` publishes it later with its
// debrief (PDF, HTML) and focus clip, the rep reads them and answers, and exporting a debrief
// publishes it when the library is set to.
#include "TeamCommands.h"
#include "annotations/Store.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// Points the library at `url` behind the command line's back (as a moved server would).
void setTeamUrl(const QString& db, const QString& url)
{
    auto store = annotations::Store::open(db);
    REQUIRE(store.has_value());
    REQUIRE((*store)->setTeamUrl(url));
}

QJsonObject status(TeamCommands& t)
{
    const ToolRun r = t.team({QStringLiteral("status"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

// The team library set up, the manager's library connected to it, and rep Alex's login
// ("alex-secret"), which it returns.
QString connectedWithRep(TeamCommands& t)
{
    {
        auto admin = t.db.admin();
        REQUIRE(sync::TeamSchema::ensure(*admin));
        REQUIRE(sync::TeamSchema::addManager(*admin, t.manager, t.password));
    }
    REQUIRE(t.team({QStringLiteral("connect"), t.db.url(t.manager)}).exitCode == 0);
    const QString alex = t.db.uniqueLogin(QStringLiteral("alex"));
    REQUIRE(t.team({QStringLiteral("add-rep"), QStringLiteral("Alex"), QStringLiteral("--login"),
                    alex, QStringLiteral("--password-stdin")},
                   QStringLiteral("alex-secret\n"))
                .exitCode == 0);
    return alex;
}

} // namespace

TEST_CASE("on PostgreSQL: a session published while the server is away is queued, and the next "
          "sync publishes it with its debrief and clip",
          "[sync][pg][cli]")
{
    TeamCommands t;
    const QString url = t.db.url(t.manager);
    const QString alex = connectedWithRep(t);
    REQUIRE(t.team({QStringLiteral("options"), QStringLiteral("--clips"), QStringLiteral("on")})
                .exitCode == 0);
    const QString call =
        ffmpeg(t.lib.file(QStringLiteral("call.wav")), lavfi(QStringLiteral("sine=f=300:d=30")));
    const QString rec =
        t.lib.ok({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Alex")});
    t.lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
              QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("12"),
              QStringLiteral("--text"), QStringLiteral("Lovely discovery"),
              QStringLiteral("--focus")});
    t.lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
              QStringLiteral("private"), QStringLiteral("--at"), QStringLiteral("14"),
              QStringLiteral("--text"), QStringLiteral("PRIVATECANARY_HERON")});

    // The server is away (nothing listens on port 1): the publish is queued, and says so.
    setTeamUrl(t.lib.db(), QStringLiteral("host=127.0.0.1 port=1 dbname=x user=%1").arg(t.manager));
    const ToolRun queued = t.team({QStringLiteral("publish"), rec});
    INFO(queued.err.toStdString());
    REQUIRE(queued.exitCode == 0);
    CHECK(queued.text().contains(QStringLiteral("queued 1 session(s)")));
    QJsonObject offline = status(t);
    CHECK_FALSE(offline[QStringLiteral("online")].toBool());
    CHECK(offline[QStringLiteral("queued")].toInt() == 1);
    CHECK(offline[QStringLiteral("published")].toInt() == 0);
    const ToolRun failedSync = t.team({QStringLiteral("sync")});
    CHECK(failedSync.exitCode == 1);
    CHECK(failedSync.err.contains(QStringLiteral("cannot reach the team server")));

    // Back: the sync publishes it, with the debrief and the focus item's clip.
    setTeamUrl(t.lib.db(), url);
    const ToolRun synced = t.team({QStringLiteral("sync")});
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.text().contains(QStringLiteral("published 1 session(s)")));
    QJsonObject online = status(t);
    CHECK(online[QStringLiteral("online")].toBool());
    CHECK(online[QStringLiteral("queued")].toInt() == 0);
    CHECK(online[QStringLiteral("published")].toInt() == 1);
    CHECK_FALSE(online[QStringLiteral("last_sync")].toString().isEmpty());

    QProcessEnvironment env = isolatedEnvironment(QFileInfo(t.lib.db()).absolutePath());
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("alex-secret"));
    const auto asAlex = [&](QStringList args) {
        args.prepend(QStringLiteral("sessions"));
        args.prepend(QStringLiteral("--rep"));
        args.prepend(t.db.url(alex));
        args.prepend(QStringLiteral("--team"));
        return runCoachtrack(args, env);
    };
    const ToolRun listed = asAlex({QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray sessions = QJsonDocument::fromJson(listed.out).array();
    REQUIRE(sessions.size() == 1);
    const QJsonObject mine = sessions[0].toObject();
    QStringList documents;
    for (const QJsonValue& d : mine[QStringLiteral("documents")].toArray())
        documents << d.toString();
    CHECK(documents.contains(QStringLiteral("debrief.pdf")));
    CHECK(documents.contains(QStringLiteral("debrief.html")));
    const QStringList clips = documents.filter(QStringLiteral("focus-1."));
    REQUIRE(clips.size() == 1);

    const QString sessionId = mine[QStringLiteral("id")].toString();
    const QString pdf = t.lib.file(QStringLiteral("mine.pdf"));
    REQUIRE(asAlex({QStringLiteral("document"), sessionId, QStringLiteral("debrief.pdf"),
                    QStringLiteral("--out"), pdf})
                .exitCode == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    const QString html = t.lib.file(QStringLiteral("mine.html"));
    REQUIRE(asAlex({QStringLiteral("document"), sessionId, QStringLiteral("debrief.html"),
                    QStringLiteral("--out"), html})
                .exitCode == 0);
    QFile htmlFile(html);
    REQUIRE(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray page = htmlFile.readAll();
    CHECK(page.contains("Lovely discovery"));
    CHECK_FALSE(page.contains("PRIVATECANARY"));
    const QString clip = t.lib.file(QStringLiteral("clip.") + QFileInfo(clips[0]).suffix());
    REQUIRE(asAlex({QStringLiteral("document"), sessionId, clips[0], QStringLiteral("--out"), clip})
                .exitCode == 0);
    const ToolRun probe =
        runTool(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                 QStringLiteral("format=duration"), QStringLiteral("-of"),
                 QStringLiteral("csv=p=0"), clip});
    REQUIRE(probe.exitCode == 0);
    CHECK(probe.text().trimmed().toDouble() > 5.0); // a clip around the moment, not the call
    CHECK(probe.text().trimmed().toDouble() < 29.0);

    // Alex answers: practising, and a rating of their own. The manager's sync takes both in.
    const QString noteId = mine[QStringLiteral("focus")][0][QStringLiteral("id")].toString();
    const ToolRun marked = asAlex({QStringLiteral("focus"), noteId, QStringLiteral("--status"),
                                   QStringLiteral("practising")});
    INFO(marked.err.toStdString());
    REQUIRE(marked.exitCode == 0);
    const ToolRun wrong = asAlex(
        {QStringLiteral("focus"), noteId, QStringLiteral("--status"), QStringLiteral("finished")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("open, practising, achieved or dropped")));
    const ToolRun back = t.team({QStringLiteral("sync")});
    REQUIRE(back.exitCode == 0);
    CHECK(back.text().contains(QStringLiteral("took in 1 focus status(es)")));
    const QJsonArray notes = t.lib.notes(rec);
    bool practising = false;
    for (const QJsonValue& n : notes)
        practising = practising || n[QStringLiteral("status")].toString() == u"practising";
    CHECK(practising);

    // Publish on export: the export's session is published at once.
    REQUIRE(t.team({QStringLiteral("options"), QStringLiteral("--publish-on-export"),
                    QStringLiteral("on")})
                .exitCode == 0);
    t.lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
              QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("20"),
              QStringLiteral("--text"), QStringLiteral("Strong close")});
    const ToolRun exported =
        t.as(t.password, {QStringLiteral("export"), rec, QStringLiteral("--output"),
                          t.lib.file(QStringLiteral("debrief.pdf"))});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.text().contains(QStringLiteral("team: took in")));
    const ToolRun after = asAlex({QStringLiteral("--json")});
    REQUIRE(after.exitCode == 0);
    CHECK(after.out.contains("Strong close"));
    CHECK_FALSE(after.out.contains("PRIVATECANARY"));
}

TEST_CASE("on PostgreSQL: withdrawing while the server is away waits for the next sync, status "
          "lists the sessions, a wrong password is not offline, another server gets everything "
          "again, and --team URL --rep opens My coaching",
          "[sync][pg][cli]")
{
    TeamCommands t;
    const QString url = t.db.url(t.manager);
    const QString alex = connectedWithRep(t);
    const QString call =
        ffmpeg(t.lib.file(QStringLiteral("call.wav")), lavfi(QStringLiteral("sine=f=300:d=10")));
    const QString rec =
        t.lib.ok({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Alex")});
    t.lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
              QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("2"),
              QStringLiteral("--text"), QStringLiteral("Good open")});
    REQUIRE(t.team({QStringLiteral("publish"), rec}).exitCode == 0);
    QJsonObject s = status(t);
    REQUIRE(s[QStringLiteral("sessions")].toArray().size() == 1);
    const QJsonObject listed = s[QStringLiteral("sessions")][0].toObject();
    CHECK(listed[QStringLiteral("state")].toString() == u"published");
    CHECK(listed[QStringLiteral("rep")].toString() == u"Alex");
    const QString session = QString::number(listed[QStringLiteral("session")].toInteger());

    // A wrong password: refused, said so, and nothing is queued as if offline.
    const ToolRun wrong =
        t.as(QStringLiteral("wrong"), {QStringLiteral("team"), QStringLiteral("publish"), rec});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("refused the sign-in")));

    // Withdrawn while the server is away: queued, then done at the next sync.
    setTeamUrl(t.lib.db(), QStringLiteral("host=127.0.0.1 port=1 dbname=x user=%1").arg(t.manager));
    const ToolRun queued =
        t.team({QStringLiteral("withdraw"), QStringLiteral("--session"), session});
    INFO(queued.err.toStdString());
    REQUIRE(queued.exitCode == 0);
    CHECK(queued.text().contains(QStringLiteral("at the next sync")));
    setTeamUrl(t.lib.db(), url);
    auto asAlex = t.db.connect(alex, QStringLiteral("alex-secret"));
    const auto alexSees = [&] {
        auto rows = asAlex->exec(QStringLiteral("SELECT count(*) FROM coachtrack.sessions"));
        REQUIRE(rows.has_value());
        return rows->number(0, 0);
    };
    CHECK(alexSees() == 1);
    REQUIRE(t.team({QStringLiteral("sync")}).exitCode == 0);
    CHECK(alexSees() == 0);
    CHECK(status(t)[QStringLiteral("withdrawn")].toInt() == 1);
    REQUIRE(t.team({QStringLiteral("publish"), rec}).exitCode == 0);
    CHECK(alexSees() == 1);

    // Another database: what was published goes there at the next sync.
    const QString second =
        QStringLiteral("ct2_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    {
        auto admin = t.db.admin();
        REQUIRE(admin->exec(QStringLiteral("CREATE DATABASE %1").arg(second)));
    }
    const QString secondAdmin = t.db.urlTo(second, t.db.superuser());
    REQUIRE(t.as(t.db.server[QStringLiteral("PGPASSWORD")],
                 {QStringLiteral("team"), QStringLiteral("connect"), secondAdmin})
                .exitCode == 0);
    const ToolRun movedRun =
        t.as(t.db.server[QStringLiteral("PGPASSWORD")],
             {QStringLiteral("team"), QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(movedRun.exitCode == 0);
    const QJsonObject moved = QJsonDocument::fromJson(movedRun.out).object();
    CHECK(moved[QStringLiteral("queued")].toInt() == 1); // what was published goes there next
    CHECK(moved[QStringLiteral("published")].toInt() == 0);
    CHECK(moved[QStringLiteral("last_sync")].isNull());
    {
        auto admin = t.db.admin();
        (void)admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(second));
    }

    // A server of another version: status still prints what it knows, and says so.
    setTeamUrl(t.lib.db(), url);
    REQUIRE(t.db.admin()->exec(QStringLiteral("UPDATE coachtrack.schema_version SET version = 9")));
    const ToolRun newer = t.team({QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(newer.exitCode == 1);
    const QJsonObject facts = QJsonDocument::fromJson(newer.out).object();
    CHECK(facts[QStringLiteral("server_schema_version")].toInt() == 9);
    CHECK(facts[QStringLiteral("problem")].toString().contains(QStringLiteral("version 9")));
    REQUIRE(t.db.admin()->exec(QStringLiteral("UPDATE coachtrack.schema_version SET version = 2")));

    // The rep's window, from the real executable (offscreen, a picture of it).
    QProcessEnvironment env = isolatedEnvironment(QFileInfo(t.lib.db()).absolutePath());
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("alex-secret"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString png = t.lib.file(QStringLiteral("rep.png"));
    const ToolRun window =
        runCoachtrack({QStringLiteral("--team"), t.db.url(alex), QStringLiteral("--rep"),
                       QStringLiteral("--screenshot"), png},
                      env);
    INFO(window.err.toStdString());
    CHECK(window.exitCode == 0);
    QImage picture(png);
    CHECK(picture.width() > 600);
}
