#pragma once

// A manager's library driven through the real `coachtrack` executable against a fresh team
// database on the tests' PostgreSQL server; passwords go through PGPASSWORD (or stdin), never
// onto the command line.
#include "TeamDatabase.h"
#include "app/CliLibrary.h"
#include "support/Fixtures.h"

#include <QProcess>

namespace coachtrack::testing {

struct TeamCommands
{
    TeamDatabase db;
    Library lib;
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    QString manager = db.uniqueLogin(QStringLiteral("mgr"));

    ToolRun as(const QString& pgPassword, QStringList args, const QString& input = {})
    {
        QProcessEnvironment env = isolatedEnvironment(QFileInfo(lib.db()).absolutePath());
        if (pgPassword.isEmpty()) // the secret store's, or none
            env.remove(QStringLiteral("PGPASSWORD"));
        else
            env.insert(QStringLiteral("PGPASSWORD"), pgPassword);
        args.prepend(lib.db());
        args.prepend(QStringLiteral("--db"));
        if (input.isEmpty())
            return runCoachtrack(args, env);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binaryPath(), args);
        p.write(input.toUtf8());
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }
    ToolRun team(const QStringList& args, const QString& input = {})
    {
        return as(password, QStringList{QStringLiteral("team")} + args, input);
    }
};

} // namespace coachtrack::testing
