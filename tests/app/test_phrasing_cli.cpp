// The library's editable list of phrasing rules from the command line, and what it changes:
// the session's phrasing figures, in the window's note line too.
#include "CliLibrary.h"
#include "support/Recordings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("the phrasing rules are the library's own list: listed, replaced, checked, reset",
          "[app][cli][phrasing]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    for (const char* text : {"Good recap of the priorities", "Consider a pause after the price."})
        lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("10"),
                QStringLiteral("--text"), QString::fromUtf8(text)});
    auto style = [&] {
        return QJsonDocument::fromJson(lib.ok({QStringLiteral("session"), QStringLiteral("show"),
                                               rec, QStringLiteral("--json")})
                                           .toUtf8())
            .object()
            .value(QStringLiteral("coaching_style"))
            .toObject();
    };
    CHECK(style().value(QStringLiteral("praise")).toInt() == 0);
    CHECK(style().value(QStringLiteral("directives")).toInt() == 1);

    // The built-in list, as a file to edit; one line added.
    const QString listed = lib.ok({QStringLiteral("phrasing"), QStringLiteral("list")});
    CHECK(listed.startsWith(QStringLiteral("# the built-in rules\ndirective: you need to\n")));
    const QString file = lib.file(QStringLiteral("rules.txt"));
    writeFile(file, (listed + QStringLiteral("\npraise: good recap\n")).toUtf8());
    CHECK(lib.ok({QStringLiteral("phrasing"), QStringLiteral("set"), file})
              .startsWith(QStringLiteral("using ")));
    CHECK(style().value(QStringLiteral("praise")).toInt() == 1);
    CHECK(lib.ok({QStringLiteral("phrasing"), QStringLiteral("check"),
                  QStringLiteral("Good recap, well paced")}) == u"praise (\"Good recap\")");
    CHECK(lib.ok({QStringLiteral("phrasing"), QStringLiteral("list")})
              .startsWith(QStringLiteral("# this library's rules")));
    const QJsonArray json =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("phrasing"), QStringLiteral("list"), QStringLiteral("--json")})
                .toUtf8())
            .array();
    CHECK(json.last().toObject().value(QStringLiteral("phrase")).toString() == u"good recap");

    // A file that is not a list of rules changes nothing.
    writeFile(lib.file(QStringLiteral("bad.txt")), "praise: great\nyou need to\n");
    writeFile(lib.file(QStringLiteral("empty.txt")), "# nothing\n");
    lib.checkRefused(
        {{QStringLiteral("phrasing"), QStringLiteral("set"), lib.file(QStringLiteral("bad.txt"))},
         {QStringLiteral("phrasing"), QStringLiteral("set"), lib.file(QStringLiteral("empty.txt"))},
         {QStringLiteral("phrasing"), QStringLiteral("set"),
          lib.file(QStringLiteral("missing.txt"))},
         {QStringLiteral("phrasing"), QStringLiteral("set")}});
    const ToolRun bad = lib.run(
        {QStringLiteral("phrasing"), QStringLiteral("set"), lib.file(QStringLiteral("bad.txt"))});
    CHECK(bad.err.contains(QStringLiteral("line 2 (\"you need to\")")));

    CHECK(lib.ok({QStringLiteral("phrasing"), QStringLiteral("reset")}) ==
          u"using the built-in phrasing rules");
    CHECK(style().value(QStringLiteral("praise")).toInt() == 0);
}
