// Session templates from the command line: the parts a session follows, in order, under the
// headings the debrief prints; one default; a practice plan under each focus item.
#include "CliLibrary.h"
#include "support/Recordings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

const QByteArray kDrill = R"([
  {"section": "self_assessment", "heading": "Your view first", "prompt": "Ask before anything"},
  {"section": "focus", "heading": "What to practise"},
  {"section": "commitment", "heading": "Your commitment", "prompt": "In their words"}
])";

QJsonObject sessionJson(const Library& lib, const QString& rec)
{
    return QJsonDocument::fromJson(lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec,
                                           QStringLiteral("--json")})
                                       .toUtf8())
        .object();
}

QStringList headingsOf(const QString& markdown)
{
    QStringList headings;
    for (const QString& line : markdown.split(u'\n'))
        if (line.startsWith(QStringLiteral("## ")))
            headings << line.mid(3);
    return headings;
}

} // namespace

TEST_CASE("a session follows a template the manager wrote, and so does its debrief",
          "[app][cli][templates]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    // A new library: the built-in template, the default, which the session follows.
    const QJsonArray listed =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")})
                .toUtf8())
            .array();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].toObject().value(QStringLiteral("name")).toString() == u"Standard review");
    CHECK(listed[0].toObject().value(QStringLiteral("default")).toBool());
    QJsonObject session = sessionJson(lib, rec);
    const QJsonObject standard = session.value(QStringLiteral("template")).toObject();
    CHECK(standard.value(QStringLiteral("name")).toString() == u"Standard review");
    QStringList sections;
    for (const QJsonValue& part : standard.value(QStringLiteral("parts")).toArray())
        sections << part.toObject().value(QStringLiteral("section")).toString();
    CHECK(sections == QStringList{QStringLiteral("objectives"), QStringLiteral("self_assessment"),
                                  QStringLiteral("observations"), QStringLiteral("focus"),
                                  QStringLiteral("commitment")});

    const QString focus =
        lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("51"),
                QStringLiteral("--text"), QStringLiteral("Pitched before the buyer finished"),
                QStringLiteral("--focus")});
    lib.ok({QStringLiteral("note"), QStringLiteral("plan"), focus, QStringLiteral("--text"),
            QStringLiteral("Next three calls: let the buyer finish, then ask one more question")});
    lib.ok({QStringLiteral("session"), QStringLiteral("set"), rec, QStringLiteral("--objectives"),
            QStringLiteral("Listening"), QStringLiteral("--self-went-well"),
            QStringLiteral("The opener"), QStringLiteral("--next-steps"),
            QStringLiteral("Role-play the price talk")});
    const QString md = lib.file(QStringLiteral("standard.md"));
    lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("-o"), md});
    const QString standardSheet = QString::fromUtf8(readFile(md));
    INFO(headingsOf(standardSheet).join(u'|').toStdString());
    CHECK(headingsOf(standardSheet) ==
          QStringList{QStringLiteral("What we looked at"), QStringLiteral("In your words"),
                      QStringLiteral("How the conversation went"),
                      QStringLiteral("Notes from the call"), QStringLiteral("Focus for next time"),
                      QStringLiteral("Commitment and next session")});
    CHECK(standardSheet.contains(QStringLiteral(
        "   **Practice:** Next three calls: let the buyer finish, then ask one more question")));
    CHECK(sessionJson(lib, rec).value(QStringLiteral("practice_plans")).toArray().size() == 1);

    // The manager's own template: another order, other headings, no objectives part.
    writeFile(lib.file(QStringLiteral("drill.json")), kDrill);
    CHECK(lib.ok({QStringLiteral("template"), QStringLiteral("save"),
                  QStringLiteral("Discovery drill"), QStringLiteral("--from"),
                  lib.file(QStringLiteral("drill.json"))}) == u"added template Discovery drill");
    lib.ok({QStringLiteral("session"), QStringLiteral("set"), rec, QStringLiteral("--template"),
            QStringLiteral("discovery DRILL")});
    session = sessionJson(lib, rec);
    CHECK(session.value(QStringLiteral("template"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString() == u"Discovery drill");
    CHECK(lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec})
              .contains(QStringLiteral("template    Discovery drill")));
    for (const char* format : {"md", "html"}) {
        INFO(format);
        const QString out = lib.file(QStringLiteral("drill.") + QLatin1String(format));
        lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"),
                QString::fromLatin1(format), QStringLiteral("-o"), out});
        const QString sheet = QString::fromUtf8(readFile(out));
        // In the template's order, under its headings; the manager's prompts stay behind.
        const qsizetype view = sheet.indexOf(QStringLiteral("Your view first"));
        const qsizetype practise = sheet.indexOf(QStringLiteral("What to practise"));
        const qsizetype commitment = sheet.indexOf(QStringLiteral("Your commitment"));
        CHECK(view >= 0);
        CHECK(view < practise);
        CHECK(practise < commitment);
        CHECK_FALSE(sheet.contains(QStringLiteral("Ask before anything")));
        CHECK_FALSE(sheet.contains(QStringLiteral("What we looked at")));
        CHECK(sheet.contains(QStringLiteral("Role-play the price talk")));
    }

    // The default moves; the default cannot be deleted; a deleted template's sessions follow
    // the default.
    lib.ok(
        {QStringLiteral("template"), QStringLiteral("default"), QStringLiteral("Discovery drill")});
    ToolRun refused = lib.run(
        {QStringLiteral("template"), QStringLiteral("delete"), QStringLiteral("Discovery drill")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("make another one the default first")));
    lib.ok(
        {QStringLiteral("template"), QStringLiteral("default"), QStringLiteral("Standard review")});
    lib.ok(
        {QStringLiteral("template"), QStringLiteral("delete"), QStringLiteral("Discovery drill")});
    CHECK(sessionJson(lib, rec)
              .value(QStringLiteral("template"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString() == u"Standard review");
}

TEST_CASE("a template that cannot be read or kept is refused and changes nothing",
          "[app][cli][templates]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    writeFile(lib.file(QStringLiteral("broken.json")), "[{\"section\": \"focus\", ");
    writeFile(lib.file(QStringLiteral("agenda.json")),
              R"([{"section": "agenda", "heading": "Agenda"}])");
    writeFile(lib.file(QStringLiteral("nofocus.json")),
              R"([{"section": "objectives", "heading": "Goals"}])");
    lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec}); // the session exists
    const QString save = QStringLiteral("save");
    const QString from = QStringLiteral("--from");
    lib.checkRefused({
        {QStringLiteral("template"), save, QStringLiteral("X"), from,
         lib.file(QStringLiteral("broken.json"))},
        {QStringLiteral("template"), save, QStringLiteral("X"), from,
         lib.file(QStringLiteral("agenda.json"))},
        {QStringLiteral("template"), save, QStringLiteral("X"), from,
         lib.file(QStringLiteral("nofocus.json"))},
        {QStringLiteral("template"), save, QStringLiteral("X"), from,
         lib.file(QStringLiteral("missing.json"))},
        {QStringLiteral("template"), save, QStringLiteral("X")},
        {QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("Nope")},
        {QStringLiteral("template"), QStringLiteral("delete"), QStringLiteral("Standard review")},
        {QStringLiteral("session"), QStringLiteral("set"), rec, QStringLiteral("--template"),
         QStringLiteral("Nope")},
    });
    const ToolRun broken = lib.run({QStringLiteral("template"), save, QStringLiteral("X"), from,
                                    lib.file(QStringLiteral("broken.json"))});
    CHECK(broken.err.contains(QStringLiteral("broken.json: not JSON")));
    const ToolRun agenda = lib.run({QStringLiteral("template"), save, QStringLiteral("X"), from,
                                    lib.file(QStringLiteral("agenda.json"))});
    CHECK(agenda.err.contains(
        QStringLiteral("part 1 of the template: \"section\" is \"agenda\"; it is one of")));
}
