#pragma once

// A private coaching library in a temporary folder, driven through the real `coachtrack`
// executable (for the command-line tests).

#include "support/Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <catch2/catch.hpp>

namespace coachtrack::testing {

// A private library in a temporary folder, driven through the real executable.
class Library
{
public:
    Library()
        : m_db(m_dir.file(QStringLiteral("library.sqlite")))
    {
    }

    // Runs each of `commands` and checks that it is refused: a non-zero exit, nothing on
    // stdout, one line on stderr naming the command, and the library left byte-identical.
    void checkRefused(const QList<QStringList>& commands) const
    {
        const QByteArray before = dump();
        for (const QStringList& args : commands) {
            const ToolRun r = run(args);
            INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
            CHECK(r.exitCode != 0);
            CHECK(r.out.isEmpty());
            CHECK(r.err.startsWith(QStringLiteral("coachtrack ")));
            CHECK(r.err.count(u'\n') == 1);
        }
        CHECK(dump() == before);
    }

    ToolRun run(QStringList args) const
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return runCoachtrack(args, isolatedEnvironment(m_dir.path()));
    }
    // Runs a command that must succeed and returns its stdout as one trimmed string.
    QString ok(const QStringList& args) const
    {
        const ToolRun r = run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.text().trimmed();
    }
    QJsonArray notes(const QString& rec, const QStringList& extra = {}) const
    {
        const QJsonDocument d =
            QJsonDocument::fromJson(ok(QStringList{QStringLiteral("note"), QStringLiteral("list"),
                                                   rec, QStringLiteral("--json")} +
                                       extra)
                                        .toUtf8());
        REQUIRE(d.isArray());
        return d.array();
    }
    // Every row of every table, as the sqlite3 shell dumps them.
    QByteArray dump() const
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {m_db, QStringLiteral(".dump")});
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitCode() == 0);
        return p.readAllStandardOutput();
    }
    QString file(const QString& name) const { return m_dir.file(name); }
    QString db() const { return m_db; }

private:
    TempDir m_dir;
    QString m_db;
};

inline QString copyOfDemoCall(const Library& lib, const QString& name)
{
    const QString path = lib.file(name);
    REQUIRE(QFile::copy(demoCallPath(), path));
    return path;
}

inline QStringList noteArgs(const QString& rec, const QString& track, const QString& at,
                            const QString& text)
{
    return {QStringLiteral("note"),
            QStringLiteral("add"),
            rec,
            QStringLiteral("--track"),
            track,
            QStringLiteral("--at"),
            at,
            QStringLiteral("--text"),
            text};
}

} // namespace coachtrack::testing
