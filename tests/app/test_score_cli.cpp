// Scorecards from the command line: the skill list, a call's ratings by the manager and the rep
// with the gap, and what the rep's page and shareable copy carry.
#include "CliLibrary.h"
#include "support/Recordings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("a call's scorecard: the manager's and the rep's ratings, the gap, the skill list",
          "[app][cli][scores]")
{
    Library lib;
    const QString rec = lib.ok(
        {QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"), QStringLiteral("Ana")});
    CHECK(lib.ok({QStringLiteral("skills"), QStringLiteral("list")}) ==
          QStringLiteral("Discovery questions\nListening and patience\nObjection handling\n"
                         "Next steps\nTalk share"));
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"),
            QStringLiteral("discovery QUESTIONS"), QStringLiteral("--manager"), QStringLiteral("2"),
            QStringLiteral("--comment"), QStringLiteral("Two questions before the demo")});
    // The rep's own rating later: the manager's and the comment stay.
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"),
            QStringLiteral("Discovery questions"), QStringLiteral("--self"), QStringLiteral("4")});
    const QJsonArray scores =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("score"), rec, QStringLiteral("--json")}).toUtf8())
            .array();
    REQUIRE(scores.size() == 1);
    const QJsonObject s = scores[0].toObject();
    CHECK(s.value(QStringLiteral("skill")).toString() == u"Discovery questions");
    CHECK(s.value(QStringLiteral("manager")).toInt() == 2);
    CHECK(s.value(QStringLiteral("self")).toInt() == 4);
    CHECK(s.value(QStringLiteral("gap")).toInt() == 2);
    CHECK(s.value(QStringLiteral("comment")).toString() == u"Two questions before the demo");
    CHECK(lib.ok({QStringLiteral("score"), rec}) ==
          QStringLiteral("Discovery questions: manager 2, rep 4, gap +2 — Two questions before "
                         "the demo"));

    // The skill list is the manager's to edit.
    CHECK(lib.ok({QStringLiteral("skills"), QStringLiteral("add"), QStringLiteral("Pricing")}) ==
          u"added skill Pricing");
    lib.ok({QStringLiteral("skills"), QStringLiteral("rename"), QStringLiteral("pricing"),
            QStringLiteral("--to"), QStringLiteral("Pricing talk")});
    lib.ok({QStringLiteral("skills"), QStringLiteral("remove"), QStringLiteral("Pricing talk")});

    // The rep's page and the rep's copy carry the scores (they are the rep's).
    lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
            QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("5"),
            QStringLiteral("--text"), QStringLiteral("Good opener")});
    const QJsonObject page =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("--json")})
                .toUtf8())
            .object();
    const QJsonArray onPage = page.value(QStringLiteral("sessions"))
                                  .toArray()[0]
                                  .toObject()
                                  .value(QStringLiteral("scores"))
                                  .toArray();
    REQUIRE(onPage.size() == 1);
    CHECK(onPage[0].toObject().value(QStringLiteral("gap")).toInt() == 2);
    const QString copy = lib.file(QStringLiteral("for-ana.sqlite"));
    lib.ok({QStringLiteral("share-copy"), QStringLiteral("-o"), copy});
    const ToolRun inCopy = runCoachtrack(
        {QStringLiteral("--db"), copy, QStringLiteral("score"), rec, QStringLiteral("--json")},
        isolatedEnvironment(lib.file(QStringLiteral("home"))));
    REQUIRE(inCopy.exitCode == 0);
    CHECK(QJsonDocument::fromJson(inCopy.out).array() == scores);

    lib.checkRefused({
        {QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Juggling"),
         QStringLiteral("--manager"), QStringLiteral("3")},
        {QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Next steps"),
         QStringLiteral("--manager"), QStringLiteral("6")},
        {QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Next steps"),
         QStringLiteral("--self"), QStringLiteral("zero")},
        {QStringLiteral("score"), rec, QStringLiteral("--skill"), QStringLiteral("Next steps")},
        {QStringLiteral("score"), rec, QStringLiteral("--manager"), QStringLiteral("3")},
        {QStringLiteral("skills"), QStringLiteral("add"), QStringLiteral("next STEPS")},
        {QStringLiteral("skills"), QStringLiteral("remove"), QStringLiteral("Discovery questions")},
        {QStringLiteral("skills"), QStringLiteral("rename"), QStringLiteral("Next steps")},
    });
    const ToolRun used = lib.run({QStringLiteral("skills"), QStringLiteral("remove"),
                                  QStringLiteral("Discovery questions")});
    CHECK(used.err.contains(QStringLiteral("1 score rates this skill")));
}
