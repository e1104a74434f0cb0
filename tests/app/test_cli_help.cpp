// The command line speaks to humans: --help on every command and action, a word on stderr
// when there is nothing to list, export formats read from the output's name, and a mistyped
// command named as such.
#include "CliLibrary.h"

#include <QProcessEnvironment>

using namespace coachtrack::testing;

namespace {

const QStringList kVerbs = {
    QStringLiteral("probe"),     QStringLiteral("peaks"),      QStringLiteral("talk"),
    QStringLiteral("add"),       QStringLiteral("list"),       QStringLiteral("relink"),
    QStringLiteral("note"),      QStringLiteral("recording"),  QStringLiteral("session"),
    QStringLiteral("search"),    QStringLiteral("check"),      QStringLiteral("export"),
    QStringLiteral("private"),   QStringLiteral("share-copy"), QStringLiteral("rep"),
    QStringLiteral("transcript")};

const QList<QPair<QString, QStringList>> kActions = {
    {QStringLiteral("note"),
     {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("edit"),
      QStringLiteral("delete"), QStringLiteral("focus"), QStringLiteral("unfocus"),
      QStringLiteral("status"), QStringLiteral("rephrase"), QStringLiteral("import")}},
    {QStringLiteral("session"), {QStringLiteral("show"), QStringLiteral("set")}},
    {QStringLiteral("transcript"),
     {QStringLiteral("parse"), QStringLiteral("import"), QStringLiteral("show")}},
    {QStringLiteral("recording"),
     {QStringLiteral("show"), QStringLiteral("set"), QStringLiteral("delete")}},
    {QStringLiteral("private"),
     {QStringLiteral("purge"), QStringLiteral("retention"), QStringLiteral("encrypt"),
      QStringLiteral("status")}}};

QProcessEnvironment withoutDisplay()
{
    auto env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

TEST_CASE("every command and every action answers --help", "[app][cli][help]")
{
    Library lib;
    const QString top = lib.ok({QStringLiteral("--help")});
    for (const QString& verb : kVerbs) {
        INFO(verb.toStdString());
        CHECK(top.contains(QStringLiteral("\n  ") + verb + u' '));
        const ToolRun r = lib.run({verb, QStringLiteral("--help")});
        CHECK(r.exitCode == 0);
        CHECK(r.text().startsWith(QStringLiteral("Usage: coachtrack ") + verb));
        CHECK(r.err.isEmpty());
    }
    for (const auto& [noun, actions] : kActions) {
        for (const QString& help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const ToolRun listed = lib.run({noun, help});
            INFO(noun.toStdString()
                 << " " << help.toStdString() << ": " << listed.err.toStdString());
            CHECK(listed.exitCode == 0);
            CHECK(
                listed.text().startsWith(QStringLiteral("Usage: coachtrack %1 ACTION").arg(noun)));
            for (const QString& action : actions)
                CHECK(listed.text().contains(QStringLiteral("\n  ") + action + u' '));
        }
        for (const QString& action : actions) {
            const ToolRun r = lib.run({noun, action, QStringLiteral("--help")});
            INFO(noun.toStdString() << " " << action.toStdString());
            CHECK(r.exitCode == 0);
            CHECK(r.text().startsWith(QStringLiteral("Usage: coachtrack %1 %2").arg(noun, action)));
        }
        const ToolRun none = lib.run({noun});
        CHECK(none.exitCode == 2);
        CHECK(none.out.isEmpty());
        CHECK(none.err.count(u'\n') == 1);
        CHECK(none.err.contains(QStringLiteral("'coachtrack %1 --help'").arg(noun)));
    }
    CHECK(lib.ok({QStringLiteral("note"), QStringLiteral("status"), QStringLiteral("--help")})
              .contains(QStringLiteral("practising")));
    CHECK_FALSE(QFile::exists(lib.db())); // asking for help opens no library
}

TEST_CASE("empty lists say so on stderr, JSON says []", "[app][cli][store]")
{
    Library lib;
    ToolRun r = lib.run({QStringLiteral("list")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("no recordings")));
    CHECK(lib.run({QStringLiteral("list"), QStringLiteral("--json")}).out == "[]\n");

    const QString rec = lib.ok(
        {QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"), QStringLiteral("Alex")});
    const QStringList lines =
        lib.run({QStringLiteral("list")}).text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].simplified() == QStringLiteral("id call date rep length title"));
    CHECK(lines[1].contains(QStringLiteral("Alex")));
    CHECK(lines[0].indexOf(QStringLiteral("rep")) == lines[1].indexOf(QStringLiteral("Alex")));

    r = lib.run({QStringLiteral("note"), QStringLiteral("list"), rec});
    CHECK(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("no notes")));
    r = lib.run({QStringLiteral("note"), QStringLiteral("list"), rec, QStringLiteral("--json")});
    CHECK(r.out == "[]\n");
    CHECK(r.err.isEmpty());

    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("5"), QStringLiteral("kept")));
    r = lib.run({QStringLiteral("note"), QStringLiteral("list"), rec, QStringLiteral("--track"),
                 QStringLiteral("private")});
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("no private notes")));
    CHECK(lib.run({QStringLiteral("note"), QStringLiteral("list"), rec}).err.isEmpty());

    r = lib.run({QStringLiteral("search"), QStringLiteral("zebra")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("nothing matches 'zebra'")));
    r = lib.run({QStringLiteral("search"), QStringLiteral("zebra"), QStringLiteral("--json")});
    CHECK(r.out == "[]\n");
    CHECK(r.err.isEmpty());
    CHECK(lib.run({QStringLiteral("search"), QStringLiteral("kept")}).err.isEmpty());
}

TEST_CASE("rephrasing a shareable note says only private notes are rephrased", "[app][cli][store]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const QString tip = lib.ok(
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("5"), QStringLiteral("tip")));
    const QByteArray before = lib.dump();
    const ToolRun r = lib.run({QStringLiteral("note"), QStringLiteral("rephrase"), tip,
                               QStringLiteral("--text"), QStringLiteral("twin")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("note %1 is shareable").arg(tip)));
    CHECK(r.err.contains(QStringLiteral("only private notes are rephrased")));
    CHECK(r.err.count(u'\n') == 1);
    CHECK(lib.dump() == before);
}

TEST_CASE("export takes its format from the output's extension and warns when told otherwise",
          "[app][cli][export]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("5"),
                    QStringLiteral("Good opener")));
    const auto exportTo = [&](const QString& name, const QStringList& extra = {}) {
        return lib.run(
            QStringList{QStringLiteral("export"), rec, QStringLiteral("-o"), lib.file(name)} +
            extra);
    };
    const QList<QPair<QString, QByteArray>> inferred = {
        {QStringLiteral("sheet.pdf"), "%PDF-"},
        {QStringLiteral("sheet.html"), "<!DOCTYPE"},
        {QStringLiteral("notes.vtt"), "WEBVTT"},
        {QStringLiteral("notes.csv"), "start,end"},
        {QStringLiteral("notes.json"), "{"},
        {QStringLiteral("sheet.odt"), "PK"},
        {QStringLiteral("SHEET.MD"), "# "},
        {QStringLiteral("notes.eaf"), "<?xml"},
        {QStringLiteral("notes.TextGrid"), "File type = \"ooTextFile\""},
    };
    for (const auto& [name, start] : inferred) {
        INFO(name.toStdString());
        const ToolRun r = exportTo(name);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(readFile(lib.file(name)).startsWith(start));
    }
    ToolRun r = exportTo(QStringLiteral("archive.eaf"), {QStringLiteral("--include-private")});
    CHECK(r.exitCode == 0);
    CHECK(readFile(lib.file(QStringLiteral("archive.eaf"))).contains("ANNOTATION_DOCUMENT"));

    // Both given and at odds: written as --format says, with a warning.
    r = exportTo(QStringLiteral("odd.pdf"), {QStringLiteral("--format"), QStringLiteral("html")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("warning: odd.pdf holds html")));
    CHECK(r.err.contains(QStringLiteral("(pdf)")));
    CHECK(readFile(lib.file(QStringLiteral("odd.pdf"))).startsWith("<!DOCTYPE"));
    r = exportTo(QStringLiteral("same.pdf"), {QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(r.err.isEmpty());

    // Neither: the error stays.
    const QList<QPair<QStringList, QString>> refused = {
        {{QStringLiteral("-o"), lib.file(QStringLiteral("x.docx"))},
         QStringLiteral("--format is required")},
        {{QStringLiteral("-o"), lib.file(QStringLiteral("noextension"))},
         QStringLiteral("--format is required")},
        {{QStringLiteral("-o"), lib.file(QStringLiteral("labels.txt"))},
         QStringLiteral("--format is required")},
        {{QStringLiteral("-o"), lib.file(QStringLiteral("x.pdf")),
          QStringLiteral("--include-private")},
         QStringLiteral("json, eaf")},
    };
    for (const auto& [args, message] : refused) {
        r = lib.run(QStringList{QStringLiteral("export"), rec} + args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(message));
        CHECK(r.err.count(u'\n') == 1);
        CHECK_FALSE(QFile::exists(args[1]));
    }
}

TEST_CASE("a mistyped command is named, not opened as a file", "[app][cli]")
{
    for (const auto& env : {withoutDisplay(), QProcessEnvironment::systemEnvironment()}) {
        const ToolRun r = runCoachtrack({QStringLiteral("nonsense")}, env);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err ==
              QStringLiteral("coachtrack: unknown command 'nonsense' (see coachtrack --help)\n"));
    }
    TempDir dir;
    const ToolRun afterDb = runCoachtrack(
        {QStringLiteral("--db"), dir.file(QStringLiteral("l.sqlite")), QStringLiteral("notes")},
        withoutDisplay());
    CHECK(afterDb.exitCode == 2);
    CHECK(afterDb.err.contains(QStringLiteral("unknown command 'notes'")));
    // A file that exists still goes to the window (here: the advice on getting a display).
    const ToolRun file = runCoachtrack({demoCallPath()}, withoutDisplay());
    CHECK(file.exitCode == 2);
    CHECK(file.err.contains(QStringLiteral("xvfb-run")));
    CHECK_FALSE(file.err.contains(QStringLiteral("unknown command")));
}

TEST_CASE("a sub-command's stderr holds its own lines only, not Qt's notices", "[app][cli][errors]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    QProcessEnvironment env = isolatedEnvironment(lib.file(QStringLiteral("home")));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // Qt warns about it on stderr by default
    const ToolRun r =
        runCoachtrack({QStringLiteral("--db"), lib.file(QStringLiteral("library.sqlite")),
                       QStringLiteral("export"), rec, QStringLiteral("-o"),
                       lib.file(QStringLiteral("sheet.html"))},
                      env);
    REQUIRE(r.exitCode == 0);
    for (const QString& line : r.err.split(u'\n', Qt::SkipEmptyParts)) {
        INFO(line.toStdString());
        CHECK((line.startsWith(QStringLiteral("coachtrack")) ||
               line.startsWith(QStringLiteral("wrote "))));
    }
    CHECK_FALSE(r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")));
}
