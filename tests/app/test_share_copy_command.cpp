// `coachtrack share-copy -o OUT` and File ▸ Save Shareable Copy…: a new library of the
// shareable track and the transcripts only, never written over a file, and the library it
// came from untouched.
#include "CliLibrary.h"
#include "annotations/Store.h"
#include "app/gui/window/MainWindow.h"
#include "app/gui/window/ShortcutMap.h"
#include "support/Recordings.h"

#include <QAction>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("CANARY-PRIV-CLI");

QByteArray utf16le(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

} // namespace

TEST_CASE("share-copy writes a library of the shareable track only and says what it holds",
          "[app][cli][share-copy]")
{
    Library lib;
    const QString rec = lib.ok(
        {QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"), QStringLiteral("Alex")});
    lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("3"),
                    kCanary + QStringLiteral(" one")));
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("5"),
                    QStringLiteral("Openerwombat question")) +
           QStringList{QStringLiteral("--focus")});
    const QString vent = lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("9"),
                                         kCanary + QStringLiteral(" two")));
    lib.ok({QStringLiteral("note"), QStringLiteral("rephrase"), vent, QStringLiteral("--text"),
            QStringLiteral("Ask for the budget")});
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("12"),
                    QStringLiteral("Good pause")));
    // The call's transcript: Alex's role given (so remembered), Jordan's proposed from the audio.
    lib.ok({QStringLiteral("transcript"), QStringLiteral("import"), rec, demoVttPath(),
            QStringLiteral("--speaker"), QStringLiteral("Alex=rep")});
    const QByteArray before = lib.dump();

    const QString out = lib.file(QStringLiteral("for-alex.sqlite"));
    const ToolRun r = lib.run({QStringLiteral("share-copy"), QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.text() == QStringLiteral("wrote %1: 1 recording, 1 session, 3 shareable notes, "
                                     "1 focus item, 1 transcript; no private notes\n")
                          .arg(QFileInfo(out).absoluteFilePath()));
    CHECK(r.err.isEmpty());
    const QByteArray bytes = readFile(out);
    CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
    CHECK_FALSE(bytes.contains(utf16le(kCanary)));
    CHECK(lib.dump() == before);

    // The copy is a library: its notes numbered 1..3, its search working, nothing private.
    const auto inCopy = [&](QStringList args) {
        args.prepend(out);
        args.prepend(QStringLiteral("--db"));
        return runCoachtrack(args, isolatedEnvironment(lib.file(QString())));
    };
    const ToolRun listed = inCopy({QStringLiteral("note"), QStringLiteral("list"), rec});
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK_FALSE(listed.text().contains(kCanary));
    const ToolRun found = inCopy(
        {QStringLiteral("search"), QStringLiteral("openerwombat"), QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    CHECK(found.text().contains(QStringLiteral("\"id\": 1")));
    CHECK(inCopy({QStringLiteral("search"), QStringLiteral("canary")}).out.isEmpty());

    // The transcript came along: the same lines, speakers, roles and metrics as in the library,
    // and Alex's remembered role (moved lines' file times: tests/annotations/test_share_copy).
    const QStringList show{QStringLiteral("transcript"), QStringLiteral("show"), rec,
                           QStringLiteral("--json")};
    const ToolRun said = inCopy(show);
    INFO(said.err.toStdString());
    REQUIRE(said.exitCode == 0);
    const QJsonObject transcript = QJsonDocument::fromJson(said.out).object();
    CHECK(transcript == QJsonDocument::fromJson(lib.ok(show).toUtf8()).object());
    CHECK(transcript.value(QStringLiteral("cues")).toArray().size() ==
          int(readFile(demoVttPath()).count(" --> ")));
    const QJsonArray speakers = transcript.value(QStringLiteral("speakers")).toArray();
    REQUIRE(speakers.size() == 2);
    CHECK(speakers[0].toObject().value(QStringLiteral("name")) == QStringLiteral("Alex"));
    CHECK(speakers[0].toObject().value(QStringLiteral("role")) == QStringLiteral("rep"));
    CHECK(speakers[1].toObject().value(QStringLiteral("role")) == QStringLiteral("buyer"));
    QProcess roles;
    roles.start(QStringLiteral("sqlite3"),
                {out, QStringLiteral("SELECT name || '=' || role FROM speaker_roles")});
    REQUIRE(roles.waitForFinished(30000));
    CHECK(roles.readAllStandardOutput() == "Alex=rep\n");
}

TEST_CASE("share-copy refuses an existing OUT, the library itself and a missing -o",
          "[app][cli][share-copy]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("3"), kCanary));
    const QString existing = writeFile(lib.file(QStringLiteral("keep.sqlite")), "mine");
    const QByteArray before = lib.dump();

    const ToolRun r = lib.run({QStringLiteral("share-copy"), QStringLiteral("-o"), existing});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(QStringLiteral("coachtrack share-copy: ")));
    CHECK(r.err.contains(QFileInfo(existing).absoluteFilePath()));
    CHECK(r.err.contains(QStringLiteral("already exists")));
    CHECK(r.err.count(u'\n') == 1);
    CHECK(readFile(existing) == "mine");

    const ToolRun itself = lib.run({QStringLiteral("share-copy"), QStringLiteral("-o"), lib.db()});
    CHECK(itself.exitCode == 1);
    CHECK(itself.err.contains(QStringLiteral("the library itself")));
    const ToolRun companion = lib.run({QStringLiteral("share-copy"), QStringLiteral("-o"),
                                       lib.db() + QStringLiteral("-journal")});
    CHECK(companion.exitCode == 1);
    CHECK_FALSE(QFile::exists(lib.db() + QStringLiteral("-journal")));

    CHECK(lib.run({QStringLiteral("share-copy")}).exitCode == 2);
    CHECK(lib.dump() == before);

    const ToolRun help = lib.run({QStringLiteral("share-copy"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.text().startsWith(QStringLiteral("Usage: coachtrack share-copy")));
    CHECK(lib.ok({QStringLiteral("--help")}).contains(QStringLiteral("\n  share-copy ")));

    // No library there: nothing is created, neither the library nor the copy.
    const QString nowhere = lib.file(QStringLiteral("none.sqlite"));
    const QString out = lib.file(QStringLiteral("copy.sqlite"));
    const ToolRun missing = runCoachtrack(
        {QStringLiteral("--db"), nowhere, QStringLiteral("share-copy"), QStringLiteral("-o"), out},
        isolatedEnvironment(lib.file(QString())));
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("File > Save Shareable Copy writes the copy and says so, and refuses an existing file",
          "[app][share-copy]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("library.sqlite"));
    {
        auto store = annotations::Store::open(db);
        REQUIRE(store.has_value());
        auto recording = (*store)->addRecording(
            newRecording(QStringLiteral("/calls/a.mp3"), QStringLiteral("fp-a"), 60'000));
        REQUIRE(recording.has_value());
        const int64_t session = (*store)->currentSession(recording->id)->id;
        REQUIRE((*store)->addPrivateNote({session, 1'000, {}, kCanary, {}, {}}).has_value());
        REQUIRE((*store)
                    ->addShareableNote({session, 2'000, {}, QStringLiteral("Nice close"), {}, {}})
                    .has_value());
    }
    app::MainWindow window(db);
    QAction* action = window.shortcuts()->action(QStringLiteral("share-copy"));
    REQUIRE(action);
    CHECK(action->text().remove(u'&') == QStringLiteral("Save Shareable Copy…"));

    const QString out = dir.file(QStringLiteral("library-shareable.sqlite"));
    CHECK(window.writeShareableCopy(out));
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("1 shareable note, 0 focus items, 0 transcripts; no private notes")));
    CHECK_FALSE(readFile(out).contains(kCanary.toUtf8()));

    CHECK_FALSE(window.writeShareableCopy(out));
    auto* box = window.findChild<QMessageBox*>();
    REQUIRE(box);
    CHECK(box->informativeText().contains(QFileInfo(out).absoluteFilePath()));
    box->close();
}
