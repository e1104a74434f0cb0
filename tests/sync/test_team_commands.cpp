// The team library from the command line, against the tests' PostgreSQL 15 server: connect,
// add reps, publish, status, withdraw; and a rep who signs in with their own login and lists
// exactly their own sessions. Passwords go through PGPASSWORD, never onto the command line.
#include "TeamCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("on PostgreSQL: the command line publishes a library's shareable sessions and a rep "
          "lists exactly theirs",
          "[sync][pg][cli]")
{
    TeamCommands t;
    // The database's administrator sets the team library up; the manager connects to it.
    const QString adminUrl = t.db.url(t.db.superuser());
    const ToolRun setUp = t.as(t.db.server[QStringLiteral("PGPASSWORD")],
                               {QStringLiteral("team"), QStringLiteral("connect"), adminUrl});
    INFO(setUp.err.toStdString());
    REQUIRE(setUp.exitCode == 0);
    CHECK(setUp.text().contains(QStringLiteral("set up just now")));
    {
        auto admin = t.db.admin();
        REQUIRE(sync::TeamSchema::addManager(*admin, t.manager, t.password));
    }
    // A URL with a password is refused: the library keeps none.
    const ToolRun withPassword =
        t.team({QStringLiteral("connect"), t.db.url(t.manager, t.password)});
    CHECK(withPassword.exitCode == 2);
    CHECK(withPassword.err.contains(QStringLiteral("holds a password")));
    const ToolRun connected = t.team({QStringLiteral("connect"), t.db.url(t.manager)});
    INFO(connected.err.toStdString());
    REQUIRE(connected.exitCode == 0);
    CHECK_FALSE(t.lib.dump().contains(t.password.toUtf8()));

    const QString call =
        ffmpeg(t.lib.file(QStringLiteral("call.wav")), lavfi(QStringLiteral("sine=f=300:d=20")));
    const QString rec =
        t.lib.ok({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Alex")});
    const QString other =
        ffmpeg(t.lib.file(QStringLiteral("other.wav")), lavfi(QStringLiteral("sine=f=500:d=20")));
    const QString otherRec =
        t.lib.ok({QStringLiteral("add"), other, QStringLiteral("--rep"), QStringLiteral("Blake")});
    for (const auto& [r, track, text] :
         {std::tuple{rec, QStringLiteral("shareable"), QStringLiteral("Lovely discovery")},
          std::tuple{rec, QStringLiteral("private"), QStringLiteral("PRIVATECANARY_HERON")},
          std::tuple{otherRec, QStringLiteral("shareable"), QStringLiteral("Blake's feedback")}})
        t.lib.ok({QStringLiteral("note"), QStringLiteral("add"), r, QStringLiteral("--track"),
                  track, QStringLiteral("--at"), QStringLiteral("5"), QStringLiteral("--text"),
                  text});

    // Publishing before the reps have logins says what to do.
    const ToolRun early = t.team({QStringLiteral("publish"), QStringLiteral("--all")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("team add-rep")));

    const QString alex = t.db.uniqueLogin(QStringLiteral("alex"));
    const QString blake = t.db.uniqueLogin(QStringLiteral("blake"));
    const ToolRun added =
        t.team({QStringLiteral("add-rep"), QStringLiteral("Alex"), QStringLiteral("--login"), alex,
                QStringLiteral("--password-stdin")},
               QStringLiteral("alex-secret\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.text().contains(QStringLiteral("--rep sessions")));
    CHECK_FALSE(added.text().contains(QStringLiteral("alex-secret")));
    REQUIRE(t.team({QStringLiteral("add-rep"), QStringLiteral("Blake"), QStringLiteral("--login"),
                    blake, QStringLiteral("--password-stdin")},
                   QStringLiteral("blake-secret\n"))
                .exitCode == 0);
    const ToolRun published = t.team({QStringLiteral("publish"), QStringLiteral("--all")});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    CHECK(published.text().contains(QStringLiteral("published 2 session(s)")));
    REQUIRE(t.team({QStringLiteral("publish"), rec}).exitCode == 0); // again: no duplicate

    const ToolRun status = t.team({QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    const QJsonObject s = QJsonDocument::fromJson(status.out).object();
    CHECK(s[QStringLiteral("published")].toInt() == 2);
    CHECK(s[QStringLiteral("reps")].toInt() == 2);
    CHECK(s[QStringLiteral("schema_version")].toInt() == 2);
    CHECK(s[QStringLiteral("server_schema_version")].toInt() == 2);
    CHECK(s[QStringLiteral("queued")].toInt() == 0);

    // Alex signs in with their own login and sees their one session, without the private note.
    QProcessEnvironment env = isolatedEnvironment(QFileInfo(t.lib.db()).absolutePath());
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("alex-secret"));
    const ToolRun mine =
        runCoachtrack({QStringLiteral("--team"), t.db.url(alex), QStringLiteral("--rep"),
                       QStringLiteral("sessions"), QStringLiteral("--json")},
                      env);
    INFO(mine.err.toStdString());
    REQUIRE(mine.exitCode == 0);
    const QJsonArray sessions = QJsonDocument::fromJson(mine.out).array();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0][QStringLiteral("notes")].toArray().size() == 1);
    CHECK(sessions[0][QStringLiteral("notes")][0][QStringLiteral("text")].toString() ==
          u"Lovely discovery");
    CHECK_FALSE(mine.out.contains("PRIVATECANARY"));
    CHECK_FALSE(mine.out.contains("Blake"));

    // Withdrawn: gone from Alex's list.
    const QString session =
        QJsonDocument::fromJson(t.lib
                                    .ok({QStringLiteral("session"), QStringLiteral("show"), rec,
                                         QStringLiteral("--json")})
                                    .toUtf8())
            .object()[QStringLiteral("id")]
            .toVariant()
            .toString();
    REQUIRE(t.team({QStringLiteral("withdraw"), QStringLiteral("--session"), session}).exitCode ==
            0);
    const ToolRun after =
        runCoachtrack({QStringLiteral("--team"), t.db.url(alex), QStringLiteral("--rep"),
                       QStringLiteral("sessions"), QStringLiteral("--json")},
                      env);
    REQUIRE(after.exitCode == 0);
    CHECK(QJsonDocument::fromJson(after.out).array().isEmpty());
    const auto alexSees = [&] {
        const ToolRun r =
            runCoachtrack({QStringLiteral("--team"), t.db.url(alex), QStringLiteral("--rep"),
                           QStringLiteral("sessions"), QStringLiteral("--json")},
                          env);
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out).array().size();
    };
    // Publishing everything keeps it withdrawn; publishing that call brings it back.
    REQUIRE(t.team({QStringLiteral("publish"), QStringLiteral("--all")}).exitCode == 0);
    CHECK(alexSees() == 0);
    REQUIRE(t.team({QStringLiteral("publish"), rec}).exitCode == 0);
    CHECK(alexSees() == 1);
    // Blake's only shareable note deleted here: publishing everything takes the session off the
    // server.
    const QJsonArray blakeNotes = t.lib.notes(otherRec);
    REQUIRE(blakeNotes.size() == 1);
    t.lib.ok({QStringLiteral("note"), QStringLiteral("delete"),
              blakeNotes[0][QStringLiteral("id")].toVariant().toString()});
    const ToolRun pruned = t.team({QStringLiteral("publish"), QStringLiteral("--all")});
    REQUIRE(pruned.exitCode == 0);
    CHECK(pruned.text().contains(QStringLiteral("removed 1 session(s)")));
    // Alex rates themselves on the server; team sync takes it in, then publishes everything.
    auto alexLogin = t.db.connect(alex, QStringLiteral("alex-secret"));
    CHECK(alexLogin->exec(QStringLiteral("SELECT 1 FROM coachtrack.scores")).has_value());
    const ToolRun synced = t.team({QStringLiteral("sync")});
    INFO(synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.text().contains(QStringLiteral("took in 0 focus status(es) and 0 rating(s)")));
    const ToolRun finalStatus = t.team({QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(finalStatus.out).object()[QStringLiteral("published")].toInt() ==
          1);
}

TEST_CASE("on PostgreSQL: the printed sign-in is safe to paste, and team commands without a "
          "server say how to set one",
          "[sync][pg][cli]")
{
    TeamCommands t;
    const ToolRun none = t.team({QStringLiteral("status")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("team connect URL")));
    REQUIRE(t.as(t.db.server[QStringLiteral("PGPASSWORD")],
                 {QStringLiteral("team"), QStringLiteral("connect"), t.db.url(t.db.superuser())})
                .exitCode == 0);
    {
        auto admin = t.db.admin();
        REQUIRE(sync::TeamSchema::addManager(*admin, t.manager, t.password));
    }
    REQUIRE(t.team({QStringLiteral("connect"), t.db.url(t.manager)}).exitCode == 0);
    // A login with a quote: the printed command reaches the server as that login.
    const QString login = QStringLiteral("o'brien_") + t.db.uniqueLogin(QStringLiteral("x"));
    t.db.logins << login;
    const ToolRun refused =
        t.team({QStringLiteral("add-rep"), QStringLiteral("Pat"), QStringLiteral("--login"), login,
                QStringLiteral("--password-stdin")},
               QStringLiteral("pat-secret\n"));
    CHECK(refused.exitCode == 1); // the server's rule for a login's letters
    CHECK(refused.err.contains(QStringLiteral("letters, digits")));
    const QString plain = t.db.uniqueLogin(QStringLiteral("pat"));
    const ToolRun added =
        t.team({QStringLiteral("add-rep"), QStringLiteral("Pat"), QStringLiteral("--login"), plain,
                QStringLiteral("--password-stdin")},
               QStringLiteral("pat-secret\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString line = added.text().section(u'\n', 1, 1).trimmed();
    REQUIRE(line.startsWith(QStringLiteral("coachtrack --team '")));
    // Run what it printed through a shell, with the rep's password.
    QProcessEnvironment env = isolatedEnvironment(QFileInfo(t.lib.db()).absolutePath());
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pat-secret"));
    QString command = line;
    command.replace(0, int(qstrlen("coachtrack")), binaryPath());
    const ToolRun signedIn = runTool(
        QStringLiteral("bash"), {QStringLiteral("-c"), command + QStringLiteral(" --json")}, env);
    INFO(signedIn.err.toStdString());
    CHECK(signedIn.exitCode == 0);
    CHECK(QJsonDocument::fromJson(signedIn.out).isArray());
}
