// The rep tracker from the command line: `reps` (the team overview) and `rep NAME`.
#include "CliLibrary.h"
#include "support/Recordings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("reps lists each rep against their cadence, rep NAME shows them over time",
          "[app][cli][team]")
{
    Library lib;
    const QString rec = lib.ok(
        {QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"), QStringLiteral("Ana")});
    // Reviewed today: a shareable note makes the session a coaching session.
    const QString focus =
        lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("51"),
                QStringLiteral("--text"), QStringLiteral("You need to let the buyer finish."),
                QStringLiteral("--focus")});
    lib.ok({QStringLiteral("note"), QStringLiteral("status"), focus, QStringLiteral("practising")});

    const QJsonArray team =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("reps"), QStringLiteral("--json")}).toUtf8())
            .array();
    REQUIRE(team.size() == 1);
    const QJsonObject ana = team[0].toObject();
    CHECK(ana.value(QStringLiteral("name")).toString() == u"Ana");
    CHECK(ana.value(QStringLiteral("cadence_days")).toInt() == 7);
    // Today's (or, run across midnight, yesterday's).
    const QDate last =
        QDate::fromString(ana.value(QStringLiteral("last_session_date")).toString(), Qt::ISODate);
    CHECK(last.daysTo(QDate::currentDate()) >= 0);
    CHECK(last.daysTo(QDate::currentDate()) <= 1);
    CHECK(ana.value(QStringLiteral("days_since")).toInt() == last.daysTo(QDate::currentDate()));
    CHECK_FALSE(ana.value(QStringLiteral("overdue")).toBool());
    CHECK(ana.value(QStringLiteral("open_focus_items")).toInt() == 1);
    CHECK(ana.value(QStringLiteral("reviewed_this_month")).toInt() == 1);
    CHECK(ana.value(QStringLiteral("next_call")).isNull());
    CHECK(lib.ok({QStringLiteral("reps")}).contains(QStringLiteral("this week: nobody is due")));

    CHECK(lib.ok({QStringLiteral("rep"), QStringLiteral("ana"), QStringLiteral("set"),
                  QStringLiteral("--cadence"), QStringLiteral("14")}) ==
          u"Ana is coached every 14 days");
    // Exporting the debrief measured the call: its talk is kept for the rep's charts.
    lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("-o"), lib.file(QStringLiteral("sheet.md"))});
    const QJsonObject page =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("--json")})
                .toUtf8())
            .object();
    CHECK(page.value(QStringLiteral("cadence_days")).toInt() == 14);
    const QJsonArray sessions = page.value(QStringLiteral("sessions")).toArray();
    REQUIRE(sessions.size() == 1);
    const QJsonObject talk = sessions[0].toObject().value(QStringLiteral("talk")).toObject();
    CHECK(talk.value(QStringLiteral("rep_share")).toDouble() > 0.5); // the demo rep talks 60%
    CHECK(talk.value(QStringLiteral("rep_longest_ms")).toInteger() > 30'000);
    CHECK(sessions[0]
              .toObject()
              .value(QStringLiteral("coaching_style"))
              .toObject()
              .value(QStringLiteral("directives"))
              .toInt() == 1);
    const QJsonArray history = page.value(QStringLiteral("focus_history")).toArray();
    REQUIRE(history.size() == 1);
    QStringList statuses;
    for (const QJsonValue& c : history[0].toObject().value(QStringLiteral("changes")).toArray())
        statuses << c.toObject().value(QStringLiteral("status")).toString();
    CHECK(statuses == QStringList{QStringLiteral("open"), QStringLiteral("practising")});

    // The rep's shareable copy keeps the history, not the manager's phrasing figures.
    const QString copy = lib.file(QStringLiteral("for-ana.sqlite"));
    lib.ok({QStringLiteral("share-copy"), QStringLiteral("-o"), copy});
    const ToolRun inCopy = runCoachtrack({QStringLiteral("--db"), copy, QStringLiteral("rep"),
                                          QStringLiteral("Ana"), QStringLiteral("--json")},
                                         isolatedEnvironment(lib.file(QStringLiteral("home"))));
    REQUIRE(inCopy.exitCode == 0);
    const QJsonObject copied = QJsonDocument::fromJson(inCopy.out).object();
    CHECK(copied.value(QStringLiteral("sessions"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("coaching_style"))
              .isNull());
    CHECK(copied.value(QStringLiteral("focus_history"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("changes")) ==
          history[0].toObject().value(QStringLiteral("changes")));

    lib.checkRefused({
        {QStringLiteral("rep"), QStringLiteral("Nobody")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("set"),
         QStringLiteral("--cadence"), QStringLiteral("0")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("set"),
         QStringLiteral("--cadence"), QStringLiteral("400")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("set")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("archive")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("delete")},
        {QStringLiteral("reps"), QStringLiteral("--watch"), QStringLiteral("mood")},
        {QStringLiteral("reps"), QStringLiteral("--watch"),
         QStringLiteral("score,gap,patience,talk-share")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("show"),
         QStringLiteral("extra")},
    });

    // The watched metrics are the library's: chosen once, every later overview shows them.
    lib.ok({QStringLiteral("reps"), QStringLiteral("--watch"), QStringLiteral("score, gap")});
    const QJsonArray watched =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("reps"), QStringLiteral("--json")}).toUtf8())
            .array()[0]
            .toObject()
            .value(QStringLiteral("trends"))
            .toArray();
    REQUIRE(watched.size() == 2);
    CHECK(watched[0].toObject().value(QStringLiteral("metric")).toString() == u"score");
    CHECK(watched[1].toObject().value(QStringLiteral("metric")).toString() == u"gap");
    CHECK(watched[0].toObject().value(QStringLiteral("direction")).toString() == u"steady");
}
