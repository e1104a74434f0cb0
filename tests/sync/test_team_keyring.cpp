// The team server's password in a real Secret Service (GNOME Keyring in a D-Bus session of the
// test's own, tests/support/with_keyring.sh): `team connect --password-stdin` keeps it there,
// later commands sign in with it, and it is nowhere in the library or the settings. Hidden from
// discovery ([.keyring]): CTest runs it inside the keyring's session.
#include "TeamCommands.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("on PostgreSQL: the team password lives in the desktop's secret store",
          "[.keyring][sync][pg]")
{
    REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    TeamCommands t;
    {
        auto admin = t.db.admin();
        REQUIRE(sync::TeamSchema::ensure(*admin));
        REQUIRE(sync::TeamSchema::addManager(*admin, t.manager, t.password));
    }
    const QString url = t.db.url(t.manager);
    // No PGPASSWORD, no ~/.pgpass: the password comes on stdin and goes to the secret store.
    const ToolRun withoutPassword =
        t.as({}, {QStringLiteral("team"), QStringLiteral("connect"), url});
    CHECK(withoutPassword.exitCode == 1);
    const ToolRun connected = t.as({},
                                   {QStringLiteral("team"), QStringLiteral("connect"), url,
                                    QStringLiteral("--password-stdin")},
                                   t.password + u'\n');
    INFO(connected.err.toStdString());
    REQUIRE(connected.exitCode == 0);
    CHECK(connected.text().contains(QStringLiteral("secret store")));
    const ToolRun status =
        t.as({}, {QStringLiteral("team"), QStringLiteral("status"), QStringLiteral("--json")});
    INFO(status.err.toStdString());
    REQUIRE(status.exitCode == 0);
    const QJsonObject facts = QJsonDocument::fromJson(status.out).object();
    CHECK(facts[QStringLiteral("online")].toBool());
    // Filed under the URL the library keeps.
    const ToolRun lookup =
        runTool(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                facts[QStringLiteral("url")].toString()});
    CHECK(lookup.text() == t.password);

    // A rep signs in once; their commands need no password after that.
    const QString alex = t.db.uniqueLogin(QStringLiteral("alex"));
    REQUIRE(t.as({},
                 {QStringLiteral("team"), QStringLiteral("add-rep"), QStringLiteral("Alex"),
                  QStringLiteral("--login"), alex, QStringLiteral("--password-stdin")},
                 QStringLiteral("alex-secret\n"))
                .exitCode == 0);
    QProcessEnvironment env = isolatedEnvironment(QFileInfo(t.lib.db()).absolutePath());
    env.remove(QStringLiteral("PGPASSWORD"));
    const QStringList rep{QStringLiteral("--team"), t.db.url(alex), QStringLiteral("--rep"),
                          QStringLiteral("sessions")};
    CHECK(runCoachtrack(rep, env).exitCode == 1); // not signed in yet
    QProcess signIn;
    signIn.setProcessEnvironment(env);
    signIn.start(binaryPath(),
                 rep + QStringList{QStringLiteral("sign-in"), QStringLiteral("--password-stdin")});
    signIn.write("alex-secret\n");
    signIn.closeWriteChannel();
    REQUIRE(signIn.waitForFinished(60000));
    INFO(signIn.readAllStandardError().toStdString());
    REQUIRE(signIn.exitCode() == 0);
    const ToolRun mine = runCoachtrack(rep + QStringList{QStringLiteral("--json")}, env);
    INFO(mine.err.toStdString());
    CHECK(mine.exitCode == 0);

    // Nowhere on disk: not in the library, not in any settings or cache file.
    CHECK_FALSE(t.lib.dump().contains(t.password.toUtf8()));
    QDirIterator files(QFileInfo(t.lib.db()).absolutePath(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(file.fileName().toStdString());
        CHECK_FALSE(bytes.contains(t.password.toUtf8()));
        CHECK_FALSE(bytes.contains("alex-secret"));
    }
}
