// What an adversarial tryout found: exports over the library or a recording, a window that
// overwrote another program's changes, a replaced or truncated recording taken for the call,
// private archives readable by others, damaged or read-only libraries, retried adds and
// oversized notes. Each through the real executable or the real window.
#include "CliLibrary.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/SessionPanel.h"
#include "app/gui/window/MainWindow.h"
#include "workflows/ReviewModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>
#include <sys/stat.h>
#include <unistd.h>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

int modeOf(const QString& path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

QString tone(const Library& lib, const QString& name, int seconds, int frequency = 440,
             const QStringList& codec = {})
{
    return ffmpeg(
        lib.file(name),
        lavfi(QStringLiteral("sine=frequency=%1:duration=%2").arg(frequency).arg(seconds)) + codec);
}

// The demo call in a library with a shareable focus item and a private note.
struct Reviewed
{
    Library lib;
    QString call = copyOfDemoCall(lib, QStringLiteral("call.mp3"));
    QString rec;

    Reviewed()
    {
        rec = lib.ok(
            {QStringLiteral("add"), call, QStringLiteral("--title"), QStringLiteral("call")});
        lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:10"),
                        QStringLiteral("Good question")) +
               QStringList{QStringLiteral("--focus")});
        lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:20"),
                        QStringLiteral("private words")));
    }
    ToolRun exportTo(const QString& out, const QStringList& extra = {}) const
    {
        return lib.run(QStringList{QStringLiteral("export"), rec, QStringLiteral("--format"),
                                   QStringLiteral("md"), QStringLiteral("-o"), out} +
                       extra);
    }
};

} // namespace

TEST_CASE("export refuses to write over the library, its companions or a recording, by any path",
          "[app][cli][safety]")
{
    Reviewed r;
    const QString folder = QFileInfo(r.lib.db()).absolutePath();
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/sub")));
    const QString linkToLibrary = r.lib.file(QStringLiteral("notes.md"));
    REQUIRE(QFile::link(r.lib.db(), linkToLibrary));
    const QString hardLinkToCall = r.lib.file(QStringLiteral("hard.md"));
    REQUIRE(::link(QFile::encodeName(r.call).constData(),
                   QFile::encodeName(hardLinkToCall).constData()) == 0);
    const QString danglingToWal = r.lib.file(QStringLiteral("wal.md"));
    REQUIRE(QFile::link(r.lib.db() + QStringLiteral("-wal"), danglingToWal));

    const QByteArray library = r.lib.dump();
    const QByteArray call = digest(r.call);
    for (const QString& out :
         {r.lib.db(), r.lib.db() + QStringLiteral("-wal"), r.lib.db() + QStringLiteral("-shm"),
          folder + QStringLiteral("/sub/../library.sqlite"), linkToLibrary, r.call, hardLinkToCall,
          danglingToWal}) {
        const ToolRun run = r.exportTo(out);
        INFO(out.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("refusing to write there")));
    }
    CHECK(r.lib.dump() == library);
    CHECK(digest(r.call) == call);
    CHECK(r.lib.notes(r.rec).size() == 2);
    // An ordinary file next to them is written as before.
    CHECK(r.exportTo(r.lib.file(QStringLiteral("debrief.md"))).exitCode == 0);
}

TEST_CASE("clips are never cut over a recording", "[app][cli][safety]")
{
    Reviewed r;
    // A second recording named exactly as the focus clip of "call" at 0:05 would be.
    const QString clipsDir = r.lib.file(QStringLiteral("calls"));
    REQUIRE(QDir().mkpath(clipsDir));
    const QString victim = clipsDir + QStringLiteral("/call_focus-1_00-00-10.mp3");
    REQUIRE(QFile::copy(demoCallPath(), victim));
    ffmpeg(victim + QStringLiteral(".tmp.mp3"),
           {QStringLiteral("-i"), victim, QStringLiteral("-t"), QStringLiteral("20")});
    REQUIRE(QFile::remove(victim));
    REQUIRE(QFile::rename(victim + QStringLiteral(".tmp.mp3"), victim));
    r.lib.ok({QStringLiteral("add"), victim});
    const QByteArray before = digest(victim);
    const ToolRun run = r.exportTo(r.lib.file(QStringLiteral("d.md")),
                                   {QStringLiteral("--clips"), clipsDir,
                                    QStringLiteral("--clip-before"), QStringLiteral("0")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("refusing to write there")));
    CHECK(digest(victim) == before);
}

TEST_CASE("a replaced recording is noticed: no metrics or clips from another file, Relink offered",
          "[app][cli][safety]")
{
    Reviewed r;
    const QString md = r.lib.file(QStringLiteral("before.md"));
    REQUIRE(r.exportTo(md).exitCode == 0);
    CHECK(QString::fromUtf8(readFile(md)).contains(QStringLiteral("talk")));
    // Another call put at the same path.
    const QString other = tone(r.lib, QStringLiteral("other.mp3"), 200, 300);
    REQUIRE(QFile::remove(r.call));
    REQUIRE(QFile::rename(other, r.call));

    const QString clips = r.lib.file(QStringLiteral("clips"));
    const ToolRun run =
        r.exportTo(r.lib.file(QStringLiteral("after.md")), {QStringLiteral("--clips"), clips});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("no longer the recording")));
    CHECK(run.err.contains(QStringLiteral("relink")));
    CHECK(QDir(clips).entryList(QDir::Files).isEmpty());
    CHECK(r.lib.ok({QStringLiteral("list")}).contains(QStringLiteral("call")));

    SECTION("the library panel marks it and will not open it as the call")
    {
        app::MainWindow window(r.lib.db());
        window.show();
        QTreeWidget* tree = window.findChild<app::LibraryPanel*>()->tree();
        window.findChild<app::LibraryPanel*>()->refresh();
        QTreeWidgetItem* item = tree->topLevelItem(0)->child(0);
        REQUIRE(item);
        CHECK(item->text(0).contains(QStringLiteral("(replaced)")));
        Q_EMIT tree->itemActivated(item, 0);
        CHECK(window.shownError().contains(QStringLiteral("Relink")));
        CHECK_FALSE(window.review()->isOpen());
    }
}

TEST_CASE("a truncated recording keeps its real length: probe, notes and playback",
          "[app][cli][safety]")
{
    Library lib;
    const QString whole = tone(lib, QStringLiteral("whole.m4a"), 60, 440,
                               {QStringLiteral("-c:a"), QStringLiteral("aac"),
                                QStringLiteral("-movflags"), QStringLiteral("+faststart")});
    const QString cut = lib.file(QStringLiteral("cut.m4a"));
    REQUIRE(QFile::copy(whole, cut));
    REQUIRE(QFile(cut).resize(QFileInfo(whole).size() / 2));

    const QJsonObject probe =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("probe"), cut, QStringLiteral("--json")}).toUtf8())
            .object();
    const qint64 length = probe.value(QStringLiteral("duration_ms")).toInteger();
    CHECK(length > 25'000);
    CHECK(length < 35'000);
    const QString rec = lib.ok({QStringLiteral("add"), cut});
    const ToolRun late = lib.run(
        noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:50"), QStringLiteral("late")));
    CHECK(late.exitCode == 1);
    CHECK(late.err.contains(QStringLiteral("beyond the end")));
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:20"),
                    QStringLiteral("in time")));

    const ToolRun play = lib.run({QStringLiteral("--start"), QStringLiteral("0:50"),
                                  QStringLiteral("--quit-after"), QStringLiteral("1"), cut});
    INFO(play.err.toStdString() << play.text().toStdString());
    CHECK(play.exitCode == 1);
    CHECK(play.err.contains(QStringLiteral("past the end")));
}

TEST_CASE("the manager's archive with private notes is written private (0600)",
          "[app][cli][safety]")
{
    Reviewed r;
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("eaf")}) {
        const QString out = r.lib.file(QStringLiteral("archive.") + format);
        r.lib.ok({QStringLiteral("export"), r.rec, QStringLiteral("--include-private"),
                  QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        CHECK(modeOf(out) == 0600);
    }
}

TEST_CASE("check passes a sound library and finds a damaged one, whose readable rows it recovers",
          "[app][cli][safety]")
{
    Reviewed r;
    for (int i = 0; i < 200; ++i)
        r.lib.ok(noteArgs(r.rec, QStringLiteral("shareable"),
                          QStringLiteral("1:%1").arg(i % 60, 2, 10, QLatin1Char('0')),
                          QStringLiteral("note %1 %2").arg(i).arg(QString(300, QLatin1Char('y')))));
    const ToolRun sound = r.lib.run({QStringLiteral("check")});
    CHECK(sound.exitCode == 0);
    CHECK(sound.text().startsWith(QStringLiteral("ok: ")));
    damageTablePage(r.lib.db(), QStringLiteral("shareable_notes"));
    const QByteArray damaged = digest(r.lib.db());
    const ToolRun bad = r.lib.run({QStringLiteral("check")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.text().contains(QStringLiteral("damaged")));
    CHECK(bad.text().contains(QStringLiteral("--recover-to")));
    const ToolRun write = r.lib.run(
        noteArgs(r.rec, QStringLiteral("shareable"), QStringLiteral("0:30"), QStringLiteral("x")));
    CHECK(write.exitCode == 1);
    CHECK(write.err.contains(QStringLiteral("damaged")));
    CHECK(digest(r.lib.db()) == damaged);

    const QString fresh = r.lib.file(QStringLiteral("recovered.sqlite"));
    const ToolRun recover =
        r.lib.run({QStringLiteral("check"), QStringLiteral("--recover-to"), fresh});
    INFO(recover.text().toStdString() << recover.err.toStdString());
    CHECK(recover.text().contains(QStringLiteral("recovered")));
    const ToolRun after = runCoachtrack({QStringLiteral("--db"), fresh, QStringLiteral("check")},
                                        isolatedEnvironment(QFileInfo(fresh).absolutePath()));
    CHECK(after.exitCode == 0);
}

TEST_CASE("the window opened on --db creates no library anywhere else", "[app][cli][safety]")
{
    Library lib;
    const QString shot = lib.file(QStringLiteral("shot.png"));
    const ToolRun r = lib.run({QStringLiteral("--screenshot"), shot});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QString home = QFileInfo(lib.db()).absolutePath();
    QStringList libraries;
    QDirIterator it(home, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        libraries << it.next();
    CHECK(libraries.isEmpty()); // not even the one named by --db: nothing was added to it
}

TEST_CASE("note add --key makes a retried add print the same id and add nothing",
          "[app][cli][safety]")
{
    Reviewed r;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList add = noteArgs(r.rec, QStringLiteral("shareable"), QStringLiteral("1:00"),
                                     QStringLiteral("Retry me")) +
                            QStringList{QStringLiteral("--key"), key};
    const QString first = r.lib.ok(add);
    CHECK(r.lib.ok(add) == first);
    CHECK(r.lib.notes(r.rec).size() == 3);
    const ToolRun bad = r.lib.run(
        noteArgs(r.rec, QStringLiteral("shareable"), QStringLiteral("1:00"), QStringLiteral("x")) +
        QStringList{QStringLiteral("--key"), QStringLiteral("not-a-uuid")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("UUID")));
}

TEST_CASE("a note over 64 KiB is refused with the limit named", "[app][cli][safety]")
{
    Reviewed r;
    const QByteArray before = r.lib.dump();
    const ToolRun big =
        r.lib.run(noteArgs(r.rec, QStringLiteral("shareable"), QStringLiteral("1:00"),
                           QString(70'000, QLatin1Char('z'))));
    CHECK(big.exitCode == 1);
    CHECK(big.err.contains(QStringLiteral("at most 64 KiB")));
    CHECK(r.lib.dump() == before);
}

TEST_CASE(
    "the window picks up changes made by another program and never writes back a stale session",
    "[app][safety]")
{
    Reviewed r;
    app::MainWindow window(r.lib.db());
    window.show();
    window.openRecording(r.call, false);
    REQUIRE(window.review()->isOpen());
    QPlainTextEdit* objectives = window.sessionPanel()->objectivesEdit();
    r.lib.ok({QStringLiteral("session"), QStringLiteral("set"), r.rec,
              QStringLiteral("--objectives"), QStringLiteral("From the script"),
              QStringLiteral("--next-steps"), QStringLiteral("Script steps")});
    r.lib.ok(noteArgs(r.rec, QStringLiteral("shareable"), QStringLiteral("1:30"),
                      QStringLiteral("Added by a script")));
    // The window's own timer notices within about a second.
    REQUIRE(QTest::qWaitFor(
        [&] { return objectives->toPlainText() == QStringLiteral("From the script"); }, 5000));
    CHECK(window.review()->shareableNotes().size() == 2);
    objectives->setFocus();
    objectives->moveCursor(QTextCursor::End);
    QTest::keyClicks(objectives, QStringLiteral(" and more"));
    const QString shown = r.lib.ok({QStringLiteral("session"), QStringLiteral("show"), r.rec});
    CHECK(shown.contains(QStringLiteral("From the script and more")));
    CHECK(shown.contains(QStringLiteral("Script steps"))); // the other field was left alone
}
