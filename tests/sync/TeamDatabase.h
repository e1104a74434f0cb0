#pragma once

// A fresh database on the tests' throwaway PostgreSQL 15 server (the CTest fixture "postgres",
// started by scripts/pg_test_server.sh; COACHTRACK_TEST_PG names its server.env), and the
// logins a test makes in it, dropped again at the end.
#include "sync/PgConnection.h"
#include "sync/TeamSchema.h"

#include <QFile>
#include <QUuid>
#include <catch2/catch.hpp>
#include <map>

namespace coachtrack::testing {

struct TeamDatabase
{
    std::map<QString, QString> server; // PGHOST, PGPORT, PGUSER, PGPASSWORD
    QString name = QStringLiteral("ct_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QStringList logins;

    // `envFile`: another server's server.env (scripts/pg_test_server.sh); default: the fixture's.
    explicit TeamDatabase(const QString& envFile = {})
    {
        const QString env =
            envFile.isEmpty() ? qEnvironmentVariable("COACHTRACK_TEST_PG") : envFile;
        QFile file(env);
        INFO("COACHTRACK_TEST_PG=" << env.toStdString()
                                   << ": the PostgreSQL fixture did not start (see pg_start)");
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (const QByteArray& line : file.readAll().split('\n'))
            if (const qsizetype eq = line.indexOf('='); eq > 0)
                server[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1));
        auto admin = sync::PgConnection::open(
            urlTo(QStringLiteral("postgres"), superuser(), server[QStringLiteral("PGPASSWORD")]));
        INFO((admin ? std::string() : admin.error().message.toStdString()));
        REQUIRE(admin.has_value());
        REQUIRE((*admin)->exec(QStringLiteral("CREATE DATABASE %1").arg(name)).has_value());
    }

    ~TeamDatabase()
    {
        auto admin = sync::PgConnection::open(
            urlTo(QStringLiteral("postgres"), superuser(), server[QStringLiteral("PGPASSWORD")]));
        if (!admin)
            return;
        (void)(*admin)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        for (const QString& login : logins)
            (void)(*admin)->exec(
                QStringLiteral("DROP ROLE IF EXISTS %1").arg(sync::quotedIdentifier(login)));
    }

    QString superuser() { return server[QStringLiteral("PGUSER")]; }

    // A key=value connection string to this test's database (or `database`).
    QString urlTo(const QString& database, const QString& user, const QString& password = {})
    {
        QString text = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 connect_timeout=20")
                           .arg(server[QStringLiteral("PGHOST")], server[QStringLiteral("PGPORT")],
                                database, user);
        if (!password.isEmpty())
            text += QStringLiteral(" password=%1").arg(password);
        return text;
    }
    QString url(const QString& user, const QString& password = {})
    {
        return urlTo(name, user, password);
    }
    QString adminUrl() { return url(superuser(), server[QStringLiteral("PGPASSWORD")]); }

    std::unique_ptr<sync::PgConnection> connect(const QString& user, const QString& password)
    {
        auto c = sync::PgConnection::open(url(user, password));
        INFO((c ? std::string() : c.error().message.toStdString()));
        REQUIRE(c.has_value());
        return std::move(*c);
    }
    std::unique_ptr<sync::PgConnection> admin()
    {
        return connect(superuser(), server[QStringLiteral("PGPASSWORD")]);
    }

    // A login name no other test uses: "mgr_3f2a…".
    QString uniqueLogin(const QString& prefix)
    {
        logins << prefix + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(10);
        return logins.last();
    }
};

} // namespace coachtrack::testing
