// Coaching plans and the rep's own ratings from the command line: a plan's life (added, edited,
// ended, run again, deleted) with the limit of two running at once, the sessions that worked on
// it, the rep's page in JSON, and the self-rating form the rep fills and the manager imports.
#include "CliLibrary.h"
#include "support/Recordings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

QJsonObject repPage(const Library& lib, const QString& name)
{
    return QJsonDocument::fromJson(
               lib.ok({QStringLiteral("rep"), name, QStringLiteral("--json")}).toUtf8())
        .object();
}

} // namespace

TEST_CASE("a rep's coaching plans: one or two skills at a time, with the sessions that worked "
          "on them",
          "[app][cli][plans]")
{
    Library lib;
    const QString rec = lib.ok(
        {QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"), QStringLiteral("Ana")});
    lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
            QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("5"),
            QStringLiteral("--text"), QStringLiteral("Good opener")});
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
                  QStringLiteral("add"), QStringLiteral("--skill"),
                  QStringLiteral("discovery questions"), QStringLiteral("--target"),
                  QStringLiteral("Asks two open questions before the demo"),
                  QStringLiteral("--start"), QStringLiteral("2026-01-05")}) ==
          u"added plan 1 for Ana: Discovery questions");
    lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
            QStringLiteral("add"), QStringLiteral("--skill"), QStringLiteral("Next steps"),
            QStringLiteral("--target"), QStringLiteral("Books the next meeting on the call")});

    // Only the plan whose skill the session scored counts the session as worked on.
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"),
            QStringLiteral("Discovery questions"), QStringLiteral("--manager"),
            QStringLiteral("2")});
    QJsonArray plans = repPage(lib, QStringLiteral("Ana")).value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 2);
    const QJsonObject next = plans[0].toObject(); // running plans, the newest first
    const QJsonObject discovery = plans[1].toObject();
    CHECK(next.value(QStringLiteral("skill")).toString() == u"Next steps");
    CHECK(next.value(QStringLiteral("started")).toString() == today);
    CHECK(next.value(QStringLiteral("sessions")).toArray().isEmpty());
    CHECK(discovery.value(QStringLiteral("started")).toString() == u"2026-01-05");
    CHECK(discovery.value(QStringLiteral("running")).toBool());
    CHECK(discovery.value(QStringLiteral("ended")).isNull());
    CHECK(discovery.value(QStringLiteral("sessions")).toArray() == QJsonArray{1});

    // A third running plan, or a second for the same skill, is refused with the reason.
    const ToolRun third =
        lib.run({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
                 QStringLiteral("add"), QStringLiteral("--skill"), QStringLiteral("Talk share"),
                 QStringLiteral("--target"), QStringLiteral("Talks under 60%")});
    CHECK(third.exitCode == 1);
    CHECK(third.err.contains(QStringLiteral("already works on 2 skills")));
    lib.checkRefused({
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("add"), QStringLiteral("--skill"), QStringLiteral("Talk share"),
         QStringLiteral("--target"), QStringLiteral("Talks under 60%")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("add"), QStringLiteral("--skill"), QStringLiteral("Juggling"),
         QStringLiteral("--target"), QStringLiteral("x")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("add"), QStringLiteral("--skill"), QStringLiteral("Talk share")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("end"), QStringLiteral("1"), QStringLiteral("--on"),
         QStringLiteral("2025-12-31")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--target"),
         QStringLiteral("   ")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("delete"), QStringLiteral("99")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("fly"), QStringLiteral("1")},
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
         QStringLiteral("end")},
    });

    // Ended, a new one fits; running the old one again is then refused.
    lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
            QStringLiteral("end"), QStringLiteral("2")});
    lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
            QStringLiteral("add"), QStringLiteral("--skill"), QStringLiteral("Talk share"),
            QStringLiteral("--target"), QStringLiteral("Talks under 60%")});
    CHECK(lib.run({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
                   QStringLiteral("reopen"), QStringLiteral("2")})
              .exitCode == 1);
    lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
            QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--target"),
            QStringLiteral("Asks three open questions")});
    const QString list =
        lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan")});
    CHECK(list.contains(QStringLiteral("1  Discovery questions: Asks three open questions  "
                                       "(since 2026-01-05; 1 session)")));
    CHECK(list.contains(QStringLiteral("2  Next steps: Books the next meeting on the call  "
                                       "(since %1, ended %1; 0 sessions)")
                            .arg(today)));

    // What would do nothing, or what cannot be, is refused, not reported done.
    const auto plan = [](QStringList rest) {
        return QStringList{QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan")} +
               rest;
    };
    lib.checkRefused({
        plan({QStringLiteral("edit"), QStringLiteral("1")}),
        plan({QStringLiteral("end"), QStringLiteral("2")}),    // already ended
        plan({QStringLiteral("reopen"), QStringLiteral("1")}), // running
        plan({QStringLiteral("end"), QStringLiteral("1"), QStringLiteral("--on"),
              QDate::currentDate().addDays(3).toString(Qt::ISODate)}),
        plan({QStringLiteral("delete"), QStringLiteral("1")}), // needs --yes
        {QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("--from"),
         QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01")},
    });

    // A plan ended before the stretch asked for is left out of the page.
    const QJsonObject later =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("--from"),
                    QDate::currentDate().addDays(1).toString(Qt::ISODate),
                    QStringLiteral("--json")})
                .toUtf8())
            .object();
    CHECK(later.value(QStringLiteral("plans")).toArray().size() == 2);
    CHECK(later.value(QStringLiteral("sessions")).toArray().isEmpty());

    // Plans are the rep's: the shareable copy keeps them.
    const QString copy = lib.file(QStringLiteral("for-ana.sqlite"));
    lib.ok({QStringLiteral("share-copy"), QStringLiteral("-o"), copy});
    const ToolRun inCopy = runCoachtrack({QStringLiteral("--db"), copy, QStringLiteral("rep"),
                                          QStringLiteral("Ana"), QStringLiteral("plan")},
                                         isolatedEnvironment(lib.file(QStringLiteral("home"))));
    CHECK(QString::fromUtf8(inCopy.out).trimmed() == list);

    // A skill a plan works on is removed only with --yes, and the plan goes with it.
    const ToolRun used =
        lib.run({QStringLiteral("skills"), QStringLiteral("remove"), QStringLiteral("Next steps")});
    CHECK(used.err.contains(QStringLiteral("1 coaching plan works on it")));
    lib.ok({QStringLiteral("skills"), QStringLiteral("remove"), QStringLiteral("Next steps"),
            QStringLiteral("--yes")});
    CHECK(repPage(lib, QStringLiteral("Ana")).value(QStringLiteral("plans")).toArray().size() == 2);
    lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
            QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--yes")});
    CHECK(repPage(lib, QStringLiteral("Ana")).value(QStringLiteral("plans")).toArray().size() == 1);
    // Running an ended plan again while another plan of its skill runs is refused.
    lib.ok(plan({QStringLiteral("end"), QStringLiteral("3")}));
    lib.ok(plan({QStringLiteral("add"), QStringLiteral("--skill"), QStringLiteral("Talk share"),
                 QStringLiteral("--target"), QStringLiteral("Under 55%")}));
    const ToolRun again = lib.run(plan({QStringLiteral("reopen"), QStringLiteral("3")}));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("another plan for Talk share is running")));
}

TEST_CASE("the rep's own ratings: the form they fill, imported all or none", "[app][cli][scores]")
{
    Library lib;
    const QString rec =
        lib.ok({QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"),
                QStringLiteral("Ana"), QStringLiteral("--title"), QStringLiteral("Acme, renewal")});
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Next steps"),
            QStringLiteral("--manager"), QStringLiteral("2"), QStringLiteral("--comment"),
            QStringLiteral("Book it on the call")});
    const QString form = lib.file(QStringLiteral("form.csv"));
    lib.ok({QStringLiteral("score"), QStringLiteral("form"), rec, QStringLiteral("-o"), form});
    QFile f(form);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    CHECK(text.startsWith(QStringLiteral("recording,call,skill,self\r\n%1,\"Acme, renewal\","
                                         "Discovery questions,\r\n")
                              .arg(rec)));
    // The rep fills two of the five.
    text.replace(QStringLiteral("Discovery questions,\r\n"),
                 QStringLiteral("Discovery questions,4\r\n"));
    text.replace(QStringLiteral("Next steps,\r\n"), QStringLiteral("Next steps,4\r\n"));
    writeFile(form, "\xEF\xBB\xBF" + text.toUtf8()); // a spreadsheet's UTF-8 with a BOM
    CHECK(lib.ok({QStringLiteral("score"), QStringLiteral("import"), form}) ==
          u"imported 2 self ratings for 1 call");
    CHECK(lib.ok({QStringLiteral("score"), rec}) ==
          QStringLiteral("Discovery questions: manager -, rep 4\nNext steps: manager 2, rep 4, "
                         "gap +2 — Book it on the call"));

    // A comment changes alone; --clear removes a score.
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Next steps"),
            QStringLiteral("--comment"), QStringLiteral("Book it before you hang up")});
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"),
            QStringLiteral("Discovery questions"), QStringLiteral("--clear")});
    CHECK(lib.ok({QStringLiteral("score"), rec}) ==
          QStringLiteral("Next steps: manager 2, rep 4, gap +2 — Book it before you hang up"));
    lib.checkRefused(
        {{QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Talk share"),
          QStringLiteral("--comment"), QStringLiteral("No rating yet")},
         {QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Next steps"),
          QStringLiteral("--clear"), QStringLiteral("--manager"), QStringLiteral("3")}});
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"),
            QStringLiteral("Discovery questions"), QStringLiteral("--self"), QStringLiteral("4")});

    // JSON does the same; a bad line anywhere imports nothing and says where.
    const QString json = lib.file(QStringLiteral("self.json"));
    writeFile(json, QStringLiteral("{\"recording\": %1, \"ratings\": [{\"skill\": \"talk "
                                   "share\", \"self\": 3}, {\"skill\": \"Objection handling\", "
                                   "\"self\": null}]}")
                        .arg(rec)
                        .toUtf8());
    CHECK(lib.ok({QStringLiteral("score"), QStringLiteral("import"), json}) ==
          u"imported 1 self rating for 1 call");
    int forms = 0; // each refused form in a file of its own
    const auto badCsv = [&](const QByteArray& bytes) {
        const QString path = lib.file(QStringLiteral("bad-%1.csv").arg(++forms));
        writeFile(path, bytes);
        return QStringList{QStringLiteral("score"), QStringLiteral("import"), path};
    };
    const QByteArray id = rec.toUtf8();
    // A call not reviewed yet gets its review session only when the whole form goes in.
    const QString other = lib.file(QStringLiteral("other.wav"));
    REQUIRE(runTool(QStringLiteral("ffmpeg"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                     QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("sine=f=300:duration=5"), other})
                .exitCode == 0);
    const QByteArray fresh = lib.ok({QStringLiteral("add"), other}).toUtf8();
    lib.checkRefused(
        {badCsv("recording,skill,self\n" + id + ",Next steps,1\n" + id + ",Juggling,3\n"),
         badCsv("recording,skill,self\n" + id + ",Next steps,6\n"),
         badCsv("recording,skill,self\n" + fresh + ",Next steps,3\n" + id + ",Juggling,3\n"),
         badCsv("recording,skill,self\n" + id + ",Next steps,2.5\n"),
         badCsv("recording,skill,self\n999,Next steps,2\n"),
         badCsv("recording,skill\n" + id + ",Next steps\n"),
         badCsv("recording,skill,self\n" + id + ",\"Next steps,2\n"),
         badCsv("recording,skill,self\n" + id + ",Next steps\n"),
         badCsv("recording,skill,self\n" + id + ",Next steps,\n"),
         badCsv("{\"recording\": " + id + ", \"ratings\": [{\"skill\": \"x\""),
         badCsv("recording,skill,self\n" + id + ",Next steps,2\n" + id + ",next STEPS,3\n"),
         badCsv(""), badCsv("{\"recording\": " + id + ", \"ratings\": []}")});
    // A spreadsheet that separates with semicolons is read too.
    CHECK(lib.run(badCsv("recording;skill;self\r\n" + id + ";Next steps;5\r\n")).exitCode == 0);
    CHECK(lib.ok({QStringLiteral("score"), rec, QStringLiteral("--json")})
              .contains(QStringLiteral("\"self\": 5")));
    const ToolRun twice =
        lib.run(badCsv("recording,skill,self\n" + id + ",Next steps,2\n" + id + ",next STEPS,3\n"));
    CHECK(twice.err.contains(QStringLiteral("line 3: next STEPS of recording %1 is rated twice "
                                            "(line 2 too); nothing was imported")
                                 .arg(rec)));
    const ToolRun where =
        lib.run(badCsv("recording,skill,self\n" + id + ",Next steps,1\n\n" + id + ",Juggling,3\n"));
    CHECK(where.err.contains(QStringLiteral("line 4: there is no skill named Juggling")));
    CHECK(where.err.contains(QStringLiteral("nothing was imported")));
}

TEST_CASE("measure keeps the talk of reviewed calls never opened, and skips a moved one",
          "[app][cli][tracker]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("ana-1.mp3"));
    const QString moved = lib.file(QStringLiteral("ana-2.wav"));
    REQUIRE(runTool(QStringLiteral("ffmpeg"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                     QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("sine=f=300:duration=20"), moved})
                .exitCode == 0);
    for (const QString& file : {call, moved}) {
        const QString rec =
            lib.ok({QStringLiteral("add"), file, QStringLiteral("--rep"), QStringLiteral("Ana")});
        lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("5"),
                QStringLiteral("--text"), QStringLiteral("Good opener")});
    }
    // Nothing measured yet: the page has no talk figures.
    auto talkOf = [&](int session) {
        return repPage(lib, QStringLiteral("Ana"))
            .value(QStringLiteral("sessions"))
            .toArray()[session]
            .toObject()
            .value(QStringLiteral("talk"));
    };
    CHECK(talkOf(0).isNull());
    REQUIRE(QFile::rename(moved, lib.file(QStringLiteral("elsewhere.wav"))));
    const ToolRun first =
        lib.run({QStringLiteral("measure"), QStringLiteral("--rep"), QStringLiteral("Ana")});
    CHECK(first.exitCode == 1); // one call could not be measured
    CHECK(QString::fromUtf8(first.out).trimmed() == u"measured 1 call");
    CHECK(first.err.contains(QStringLiteral("skipped ana-2: ")));
    CHECK(first.err.contains(QStringLiteral("not at")));
    CHECK(talkOf(0).toObject().value(QStringLiteral("rep_share")).toDouble() > 0.5);
    CHECK(talkOf(1).isNull());
    // Measured once: the next run has nothing left but the moved call.
    const ToolRun again = lib.run({QStringLiteral("measure")});
    CHECK(QString::fromUtf8(again.out).trimmed() == u"measured 0 calls");
    lib.checkRefused({{QStringLiteral("measure"), QStringLiteral("--rep"), QStringLiteral("Bo")}});
}
