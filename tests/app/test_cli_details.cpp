// A call's details from the command line: `add` on a known file applies the details given
// and says what changed, `recording show|set`, and a new file dated by its own metadata.
#include "CliLibrary.h"

#include <QJsonObject>

using namespace coachtrack::testing;

namespace {

QJsonObject shown(const Library& lib, const QString& rec)
{
    const QJsonDocument d = QJsonDocument::fromJson(
        lib.ok({QStringLiteral("recording"), QStringLiteral("show"), rec, QStringLiteral("--json")})
            .toUtf8());
    REQUIRE(d.isObject());
    return d.object();
}

QStringList setArgs(const QString& rec, const QStringList& options)
{
    return QStringList{QStringLiteral("recording"), QStringLiteral("set"), rec} + options;
}

} // namespace

TEST_CASE("add on a known file applies the details given and says what changed",
          "[app][cli][store][details]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("call.mp3"));
    const QString id =
        lib.ok({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Alex"),
                QStringLiteral("--title"), QStringLiteral("Discovery"),
                QStringLiteral("--call-date"), QStringLiteral("2026-11-02")});

    const ToolRun again =
        lib.run({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Sam"),
                 QStringLiteral("--title"), QStringLiteral("Discovery, Acme"),
                 QStringLiteral("--outcome"), QStringLiteral("won")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.text().trimmed() == id); // stdout: the id, as before
    CHECK(again.err == QStringLiteral("coachtrack add: recording %1: rep Alex → Sam, title "
                                      "“Discovery” → “Discovery, Acme”, outcome open → won\n")
                           .arg(id));
    QJsonObject r = shown(lib, id);
    CHECK(r[QStringLiteral("rep")] == QStringLiteral("Sam"));
    CHECK(r[QStringLiteral("title")] == QStringLiteral("Discovery, Acme"));
    CHECK(r[QStringLiteral("outcome")] == QStringLiteral("won"));
    CHECK(r[QStringLiteral("call_date")] == QStringLiteral("2026-11-02")); // not asked: kept

    // Nothing asked: nothing said, nothing written.
    const QByteArray before = lib.dump();
    const ToolRun plain = lib.run({QStringLiteral("add"), call});
    CHECK(plain.exitCode == 0);
    CHECK(plain.text().trimmed() == id);
    CHECK(plain.err.isEmpty());
    // The same values again: said to be so, nothing written.
    const ToolRun same =
        lib.run({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("sam")});
    CHECK(same.exitCode == 0);
    CHECK(same.err.contains(QStringLiteral("unchanged")));
    CHECK(lib.dump() == before);

    // Moved and given a detail: found again, relinked and changed, all said.
    const QString moved = lib.file(QStringLiteral("moved.mp3"));
    REQUIRE(QFile::rename(call, moved));
    const ToolRun relinked = lib.run(
        {QStringLiteral("add"), moved, QStringLiteral("--account"), QStringLiteral("Acme")});
    CHECK(relinked.exitCode == 0);
    CHECK(relinked.err.contains(QStringLiteral("found again")));
    CHECK(relinked.err.contains(QStringLiteral("account (none) → “Acme”")));
    CHECK(shown(lib, id)[QStringLiteral("path")].toString().endsWith(QStringLiteral("moved.mp3")));
}

TEST_CASE("recording set changes the details asked for and show prints them",
          "[app][cli][store][details]")
{
    Library lib;
    const QString rec =
        lib.ok({QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"),
                QStringLiteral("Alex"), QStringLiteral("--account"), QStringLiteral("Acme")});
    const QString said = lib.ok(setArgs(
        rec, {QStringLiteral("--rep"), QStringLiteral("Jordan Smith"), QStringLiteral("--title"),
              QStringLiteral("Pricing call"), QStringLiteral("--call-date"),
              QStringLiteral("2026-11-20"), QStringLiteral("--account"), QString(),
              QStringLiteral("--outcome"), QStringLiteral("lost"), QStringLiteral("--rep-channel"),
              QStringLiteral("right")}));
    CHECK(
        said.startsWith(QStringLiteral("recording %1: rep Alex → Jordan Smith, title ").arg(rec)));
    CHECK(said.contains(QStringLiteral("→ “Pricing call”")));
    CHECK(said.contains(QStringLiteral("call date ")));
    CHECK(said.contains(QStringLiteral("account “Acme” → (none)")));
    CHECK(said.contains(QStringLiteral("outcome open → lost")));
    CHECK(said.endsWith(QStringLiteral("rep channel left → right")));

    const QJsonObject r = shown(lib, rec);
    CHECK(r[QStringLiteral("id")].toInteger() == rec.toLongLong());
    CHECK(r[QStringLiteral("rep")] == QStringLiteral("Jordan Smith"));
    CHECK(r[QStringLiteral("title")] == QStringLiteral("Pricing call"));
    CHECK(r[QStringLiteral("call_date")] == QStringLiteral("2026-11-20"));
    CHECK(r[QStringLiteral("account")].isNull());
    CHECK(r[QStringLiteral("outcome")] == QStringLiteral("lost"));
    CHECK(r[QStringLiteral("rep_channel")] == QStringLiteral("right"));
    CHECK(r[QStringLiteral("duration_ms")].toInteger() > 180'000);
    CHECK(r[QStringLiteral("missing")] == false);

    const QString text = lib.ok({QStringLiteral("recording"), QStringLiteral("show"), rec});
    CHECK(text.startsWith(QStringLiteral("recording ") + rec));
    CHECK(text.contains(QStringLiteral("Jordan Smith")));
    CHECK(text.contains(QStringLiteral("2026-11-20")));
    CHECK(text.contains(QStringLiteral("right")));

    // The rep is offered by list and the session follows it.
    CHECK(lib.ok({QStringLiteral("list")}).contains(QStringLiteral("Jordan Smith")));
    CHECK(lib.ok(setArgs(rec, {QStringLiteral("--outcome"), QStringLiteral("lost")}))
              .contains(QStringLiteral("unchanged")));
}

TEST_CASE("bad call details exit non-zero with one line and change nothing",
          "[app][cli][store][details][errors]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("call.mp3"));
    const QString rec =
        lib.ok({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Alex"),
                QStringLiteral("--title"), QStringLiteral("Discovery")});
    const QString future = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    const QList<QStringList> rejected = {
        setArgs(rec, {}),
        setArgs(rec, {QStringLiteral("--title"), QStringLiteral("  ")}),
        setArgs(rec, {QStringLiteral("--title"), QStringLiteral("two\nlines")}),
        setArgs(rec, {QStringLiteral("--rep"), QStringLiteral("   ")}),
        setArgs(rec, {QStringLiteral("--call-date"), QStringLiteral("2026-13-01")}),
        setArgs(rec, {QStringLiteral("--call-date"), future}),
        setArgs(rec, {QStringLiteral("--outcome"), QStringLiteral("maybe")}),
        setArgs(rec, {QStringLiteral("--rep-channel"), QStringLiteral("middle")}),
        setArgs(rec, {QStringLiteral("--account"), QString(600, u'x')}),
        setArgs(rec, {QStringLiteral("--frobnicate")}),
        setArgs(QStringLiteral("99"), {QStringLiteral("--title"), QStringLiteral("x")}),
        setArgs(QStringLiteral("abc"), {QStringLiteral("--title"), QStringLiteral("x")}),
        // A valid new rep with a bad title: the rep is not created either.
        setArgs(rec, {QStringLiteral("--rep"), QStringLiteral("Newcomer"),
                      QStringLiteral("--title"), QString()}),
        {QStringLiteral("recording"), QStringLiteral("show"), QStringLiteral("99")},
        {QStringLiteral("recording"), QStringLiteral("remove"), rec},
        {QStringLiteral("recording")},
        // add on the known file with a bad detail: neither the detail nor anything else.
        {QStringLiteral("add"), call, QStringLiteral("--outcome"), QStringLiteral("maybe")},
        {QStringLiteral("add"), call, QStringLiteral("--call-date"), future},
        {QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Sam"),
         QStringLiteral("--title"), QStringLiteral(" ")},
    };
    lib.checkRefused(rejected);
}

TEST_CASE("a new recording's call date comes from its metadata, else its file date",
          "[app][cli][store][details]")
{
    Library lib;
    const QString tagged =
        ffmpeg(lib.file(QStringLiteral("tagged.m4a")),
               {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("sine=frequency=440:duration=2"), QStringLiteral("-metadata"),
                QStringLiteral("creation_time=2026-03-04T10:20:30Z")});
    const QString plain = ffmpeg(lib.file(QStringLiteral("plain.wav")),
                                 {QStringLiteral("-f"), QStringLiteral("lavfi"),
                                  QStringLiteral("-i"), QStringLiteral("sine=duration=2")});
    QFile file(plain);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime(QDate(2025, 6, 1), QTime(12, 0)),
                             QFileDevice::FileModificationTime));
    file.close();

    const QString a = lib.ok({QStringLiteral("add"), tagged});
    const QString b = lib.ok({QStringLiteral("add"), plain});
    const QString c = lib.ok({QStringLiteral("add"), demoCallPath(), QStringLiteral("--call-date"),
                              QStringLiteral("2026-11-02")});
    const QDate recorded =
        QDateTime(QDate(2026, 3, 4), QTime(10, 20, 30), Qt::UTC).toLocalTime().date();
    CHECK(shown(lib, a)[QStringLiteral("call_date")] == recorded.toString(Qt::ISODate));
    CHECK(shown(lib, a)[QStringLiteral("title")] == QStringLiteral("tagged"));
    CHECK(shown(lib, b)[QStringLiteral("call_date")] == QStringLiteral("2025-06-01"));
    CHECK(shown(lib, c)[QStringLiteral("call_date")] == QStringLiteral("2026-11-02"));
    const ToolRun probe =
        runCoachtrack({QStringLiteral("probe"), tagged, QStringLiteral("--json")});
    CHECK(probe.text().contains(QStringLiteral("\"recorded_at\": \"2026-03-04T10:20:30Z\"")));
}
