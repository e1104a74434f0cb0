// `coachtrack add|list|relink|note|session|search` as scripts call them: ids and JSON on
// stdout, one clear line on stderr, and a database that a rejected command leaves unchanged.
#include "CliLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace coachtrack::testing;

TEST_CASE("add prints an id, the same file twice or moved is one recording", "[app][cli][store]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("call.mp3"));
    const QString id =
        lib.ok({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Alex Rivera"),
                QStringLiteral("--title"), QStringLiteral("Discovery, Acme"),
                QStringLiteral("--call-date"), QStringLiteral("2026-11-02")});
    CHECK(id == QStringLiteral("1"));
    CHECK(lib.ok({QStringLiteral("add"), call}) == id);
    lib.ok(noteArgs(id, QStringLiteral("shareable"), QStringLiteral("1:05"),
                    QStringLiteral("Great open question")));

    const QString list = lib.ok({QStringLiteral("list")});
    CHECK(list.contains(QStringLiteral("Alex Rivera")));
    CHECK(list.contains(QStringLiteral("2026-11-02")));
    CHECK(list.contains(QStringLiteral("3:01")));

    const QString moved = lib.file(QStringLiteral("renamed.mp3"));
    REQUIRE(QFile::rename(call, moved));
    CHECK(lib.ok({QStringLiteral("list")}).contains(QStringLiteral("missing")));
    CHECK(lib.ok({QStringLiteral("add"), moved}) == id); // found by fingerprint
    CHECK(lib.ok({QStringLiteral("relink"), id, moved}).isEmpty());
    CHECK_FALSE(lib.ok({QStringLiteral("list")}).contains(QStringLiteral("missing")));
    CHECK(lib.notes(id).size() == 1);
}

TEST_CASE("relink refuses a file with different content", "[app][cli][store]")
{
    Library lib;
    const QString id =
        lib.ok({QStringLiteral("add"), copyOfDemoCall(lib, QStringLiteral("call.mp3"))});
    const QString other = ffmpeg(lib.file(QStringLiteral("other.wav")),
                                 lavfi(QStringLiteral("sine=frequency=440:duration=2")));
    const QByteArray before = lib.dump();
    const ToolRun r = lib.run({QStringLiteral("relink"), id, other});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("different recording")));
    CHECK(lib.dump() == before);
}

TEST_CASE("note add and list speak the documented JSON", "[app][cli][store]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const QString vent =
        lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("01:05.250"),
                        QStringLiteral("Talks over the buyer again")));
    QStringList focus = noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("70"),
                                 QStringLiteral("Ask about budget"));
    focus << QStringLiteral("--end") << QStringLiteral("0:01:15.5") << QStringLiteral("--focus");
    const QString tip = lib.ok(focus);
    CHECK(vent != tip);

    const QJsonArray all = lib.notes(rec);
    REQUIRE(all.size() == 2);
    const QJsonObject p = all[0].toObject(), s = all[1].toObject();
    CHECK(p[QStringLiteral("id")].toInteger() == vent.toLongLong());
    CHECK(p[QStringLiteral("track")] == QStringLiteral("private"));
    CHECK(p[QStringLiteral("start_ms")].toInteger() == 65'250);
    CHECK(p[QStringLiteral("end_ms")].isNull());
    CHECK(p[QStringLiteral("focus")] == false);
    CHECK(p[QStringLiteral("status")].isNull());
    CHECK(s[QStringLiteral("track")] == QStringLiteral("shareable"));
    CHECK(s[QStringLiteral("start_ms")].toInteger() == 70'000);
    CHECK(s[QStringLiteral("end_ms")].toInteger() == 75'500);
    CHECK(s[QStringLiteral("text")] == QStringLiteral("Ask about budget"));
    CHECK(s[QStringLiteral("focus")] == true);
    CHECK(s[QStringLiteral("status")] == QStringLiteral("open"));

    const QJsonArray shareable =
        lib.notes(rec, {QStringLiteral("--track"), QStringLiteral("shareable")});
    REQUIRE(shareable.size() == 1);
    CHECK(shareable[0].toObject()[QStringLiteral("id")].toInteger() == tip.toLongLong());
}

TEST_CASE("edit, retime, status, unfocus and delete change one note", "[app][cli][store]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    QStringList args = noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("10"),
                                QStringLiteral("Slow down"));
    const QString id = lib.ok(args << QStringLiteral("--focus"));
    lib.ok({QStringLiteral("note"), QStringLiteral("edit"), id, QStringLiteral("--text"),
            QStringLiteral("Pause after questions"), QStringLiteral("--at"),
            QStringLiteral("12.5")});
    lib.ok({QStringLiteral("note"), QStringLiteral("status"), id, QStringLiteral("practising")});
    QJsonObject n = lib.notes(rec)[0].toObject();
    CHECK(n[QStringLiteral("text")] == QStringLiteral("Pause after questions"));
    CHECK(n[QStringLiteral("start_ms")].toInteger() == 12'500);
    CHECK(n[QStringLiteral("status")] == QStringLiteral("practising"));
    lib.ok({QStringLiteral("note"), QStringLiteral("unfocus"), id});
    n = lib.notes(rec)[0].toObject();
    CHECK(n[QStringLiteral("focus")] == false);
    lib.ok({QStringLiteral("note"), QStringLiteral("delete"), id});
    CHECK(lib.notes(rec).isEmpty());
}

TEST_CASE("rephrase makes a shareable twin and the original stays private",
          "[app][cli][store][privacy]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const QString vent = lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("42"),
                                         QStringLiteral("CANARY-7731 rambling again")));
    const QString twin =
        lib.ok({QStringLiteral("note"), QStringLiteral("rephrase"), vent, QStringLiteral("--text"),
                QStringLiteral("Keep answers under a minute")});
    const QJsonArray shareable =
        lib.notes(rec, {QStringLiteral("--track"), QStringLiteral("shareable")});
    REQUIRE(shareable.size() == 1);
    CHECK(shareable[0].toObject()[QStringLiteral("id")].toInteger() == twin.toLongLong());
    CHECK(shareable[0].toObject()[QStringLiteral("start_ms")].toInteger() == 42'000);
    CHECK_FALSE(QJsonDocument(shareable).toJson().contains("CANARY-7731"));
    CHECK(lib.notes(rec, {QStringLiteral("--track"), QStringLiteral("private")}).size() == 1);
}

TEST_CASE("the focus cap is enforced from the command line and says how to free a slot",
          "[app][cli][store]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    lib.ok({QStringLiteral("session"), QStringLiteral("set"), rec, QStringLiteral("--cap"),
            QStringLiteral("1")});
    QStringList first =
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("5"), QStringLiteral("one"));
    lib.ok(first << QStringLiteral("--focus"));
    const QString second = lib.ok(
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("6"), QStringLiteral("two")));

    const QByteArray before = lib.dump();
    QStringList third =
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("7"), QStringLiteral("three"));
    const ToolRun added = lib.run(third << QStringLiteral("--focus"));
    CHECK(added.exitCode == 1);
    CHECK(added.err.contains(QStringLiteral("1")));
    CHECK(added.err.contains(QStringLiteral("unfocus")));
    const ToolRun promoted = lib.run({QStringLiteral("note"), QStringLiteral("focus"), second});
    CHECK(promoted.exitCode == 1);
    CHECK(promoted.err.count(u'\n') == 1);
    CHECK(lib.dump() == before);

    const ToolRun lower = lib.run({QStringLiteral("session"), QStringLiteral("set"), rec,
                                   QStringLiteral("--cap"), QStringLiteral("6")});
    CHECK(lower.exitCode != 0);
    CHECK(lib.dump() == before);
}

TEST_CASE("invalid input exits non-zero with one line and changes nothing", "[app][cli][store]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const QString id = lib.ok(
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("5"), QStringLiteral("kept")));

    const QList<QStringList> rejected = {
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("3:02"),
                 QStringLiteral("after the end")),
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("-1"),
                 QStringLiteral("negative")),
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("1:7x"),
                 QStringLiteral("not a time")),
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("5"), QStringLiteral("   ")),
        noteArgs(rec, QStringLiteral("public"), QStringLiteral("5"),
                 QStringLiteral("unknown track")),
        noteArgs(QStringLiteral("99"), QStringLiteral("shareable"), QStringLiteral("5"),
                 QStringLiteral("unknown rec")),
        noteArgs(QStringLiteral("abc"), QStringLiteral("shareable"), QStringLiteral("5"),
                 QStringLiteral("bad id")),
        {QStringLiteral("note"), QStringLiteral("edit"), id, QStringLiteral("--text"),
         QStringLiteral("new"), QStringLiteral("--at"), QStringLiteral("9:00")},
        {QStringLiteral("note"), QStringLiteral("edit"), id, QStringLiteral("--text"), QString()},
        {QStringLiteral("note"), QStringLiteral("delete"), QStringLiteral("4242")},
        {QStringLiteral("note"), QStringLiteral("rephrase"), id, QStringLiteral("--text"),
         QStringLiteral("not private")},
        {QStringLiteral("note"), QStringLiteral("frobnicate"), id},
        {QStringLiteral("session"), QStringLiteral("set"), rec, QStringLiteral("--next-date"),
         QStringLiteral("2026-02-30")},
        {QStringLiteral("add"), lib.file(QStringLiteral("nowhere.mp3"))},
        {QStringLiteral("add"), demoCallPath(), QStringLiteral("--call-date"),
         QStringLiteral("24/11/2026")},
    };
    lib.checkRefused(rejected);
}

TEST_CASE("search finds notes, a shareable search never shows private text",
          "[app][cli][store][privacy]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("30"),
                    QStringLiteral("budget CANARY-5150 hopeless")));
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("40"),
                    QStringLiteral("Ask about the budget owner")));

    const QJsonDocument all = QJsonDocument::fromJson(
        lib.ok({QStringLiteral("search"), QStringLiteral("budg"), QStringLiteral("--json")})
            .toUtf8());
    CHECK(all.array().size() == 2);
    const QString shared =
        lib.ok({QStringLiteral("search"), QStringLiteral("budget"), QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--json")});
    const QJsonArray hits = QJsonDocument::fromJson(shared.toUtf8()).array();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].toObject()[QStringLiteral("snippet")].toString().contains(
        QStringLiteral("[budget]")));
    CHECK_FALSE(shared.contains(QStringLiteral("CANARY")));
    CHECK(lib.ok({QStringLiteral("search"), QStringLiteral("CANARY"), QStringLiteral("--track"),
                  QStringLiteral("shareable")})
              .isEmpty());
    // Query syntax from a user never reaches FTS5 as operators.
    CHECK(lib.run({QStringLiteral("search"), QStringLiteral("\"budget OR NEAR(")}).exitCode == 0);
}

TEST_CASE("session set and show round-trip the review details", "[app][cli][store]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    lib.ok({QStringLiteral("session"), QStringLiteral("set"), rec, QStringLiteral("--objectives"),
            QStringLiteral("Discovery depth"), QStringLiteral("--next-steps"),
            QStringLiteral("Role-play pricing"), QStringLiteral("--next-date"),
            QStringLiteral("2026-12-01"), QStringLiteral("--cap"), QStringLiteral("2")});
    const QString shown = lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec});
    CHECK(shown.contains(QStringLiteral("Discovery depth")));
    CHECK(shown.contains(QStringLiteral("Role-play pricing")));
    CHECK(shown.contains(QStringLiteral("2026-12-01")));
    CHECK(shown.contains(QStringLiteral("0 of 2")));
}

TEST_CASE("a library from a newer Coachtrack is refused and left untouched", "[app][cli][store]")
{
    Library lib;
    lib.ok({QStringLiteral("add"), demoCallPath()});
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {lib.db(), QStringLiteral("PRAGMA user_version = 99;")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    const QByteArray before = readFile(lib.db());
    const ToolRun r = lib.run({QStringLiteral("list")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("newer")));
    CHECK(r.err.contains(QStringLiteral("library.sqlite")));
    CHECK(readFile(lib.db()) == before);
}
