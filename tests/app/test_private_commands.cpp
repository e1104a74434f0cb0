// The private track leaves no trace, through the real executable: deleted, edited and purged
// private canaries are found in no file the app wrote (library, -wal, -shm, backups, caches,
// settings, exports, the shareable copy) nor in anything it printed; `private purge` and
// `private retention`, and `recording delete`.
#include "CliLibrary.h"

#include <QDirIterator>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// Every file under `folder`, recursively.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Where `canary` appears in `files` as UTF-8, UTF-16LE/BE or an FTS token (lower case).
QStringList whereFound(const QStringList& files, const QString& canary)
{
    QByteArray utf16be;
    for (QChar c : canary)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    const QList<QByteArray> forms{
        canary.toUtf8(), canary.toLower().toUtf8(),
        QByteArray(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2), utf16be};
    QStringList found;
    for (const QString& file : files) {
        const QByteArray bytes = readFile(file);
        for (const QByteArray& form : forms)
            if (bytes.contains(form)) {
                found << file;
                break;
            }
    }
    return found;
}

} // namespace

TEST_CASE("deleted, edited and purged private canaries are in no file the app wrote nor in "
          "its output",
          "[app][cli][privacy][residue]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("call.mp3"));
    const QString rec = lib.ok({QStringLiteral("add"), call});
    QString printed;
    auto run = [&](const QStringList& args) {
        const ToolRun r = lib.run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        printed += r.text() + r.err;
        return r.text().trimmed();
    };
    const QString deleted = run(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:05"),
                                         QStringLiteral("Zqxdeletecanary he interrupts")));
    const QString edited = run(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:06"),
                                        QStringLiteral("Zqxeditcanary sloppy")));
    run(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:07"),
                 QStringLiteral("Zqxpurgecanary sigh")));
    run(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:08"),
                 QStringLiteral("Ask about budget earlier")) +
        QStringList{QStringLiteral("--focus")});
    run({QStringLiteral("note"), QStringLiteral("delete"), deleted});
    run({QStringLiteral("note"), QStringLiteral("edit"), edited, QStringLiteral("--text"),
         QStringLiteral("calmer words")});
    CHECK(run({QStringLiteral("private"), QStringLiteral("purge"), QStringLiteral("--older-than"),
               QStringLiteral("0")}) == QStringLiteral("purged 2 private notes"));
    for (const QString& format :
         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv"),
          QStringLiteral("json"), QStringLiteral("vtt"), QStringLiteral("pdf")})
        run({QStringLiteral("export"), rec, QStringLiteral("-o"),
             lib.file(QStringLiteral("sheet.") + format)});
    run({QStringLiteral("share-copy"), QStringLiteral("-o"),
         lib.file(QStringLiteral("for-rep.sqlite"))});
    run({QStringLiteral("search"), QStringLiteral("budget")});

    // The library's folder holds the library, its companions, the exports, the copy, and the
    // isolated settings, data and cache folders the commands ran with.
    const QStringList files = filesUnder(QFileInfo(lib.db()).absolutePath());
    REQUIRE(files.size() > 8);
    for (const QString& canary :
         {QStringLiteral("Zqxdeletecanary"), QStringLiteral("Zqxeditcanary"),
          QStringLiteral("Zqxpurgecanary")}) {
        INFO(canary.toStdString());
        CHECK(whereFound(files, canary).join(u' ').toStdString() == "");
    }
    // Printed: ids, counts and paths, never a private note's text.
    CHECK_FALSE(printed.contains(QStringLiteral("Zqx")));
    CHECK(lib.notes(rec).size() == 1);
}

TEST_CASE("private retention is shown and set, and purge follows it",
          "[app][cli][privacy][retention]")
{
    Library lib;
    const QString rec =
        lib.ok({QStringLiteral("add"), copyOfDemoCall(lib, QStringLiteral("call.mp3"))});
    lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:05"),
                    QStringLiteral("fresh note")));
    CHECK(lib.ok({QStringLiteral("private"), QStringLiteral("retention")}) ==
          QStringLiteral("private notes are kept until deleted"));
    // Without a retention, purge needs to be told how old.
    const ToolRun refused = lib.run({QStringLiteral("private"), QStringLiteral("purge")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--older-than")));
    CHECK(lib.ok({QStringLiteral("private"), QStringLiteral("retention"), QStringLiteral("7")}) ==
          QStringLiteral("private notes are kept 7 days"));
    CHECK(lib.ok({QStringLiteral("private"), QStringLiteral("purge")}) ==
          QStringLiteral("purged 0 private notes")); // the note is younger than a week
    lib.checkRefused(
        {{QStringLiteral("private"), QStringLiteral("retention"), QStringLiteral("0")},
         {QStringLiteral("private"), QStringLiteral("retention"), QStringLiteral("soon")},
         {QStringLiteral("private"), QStringLiteral("purge"), QStringLiteral("--older-than"),
          QStringLiteral("-3")},
         {QStringLiteral("private"), QStringLiteral("forget")}});
    CHECK(lib.ok({QStringLiteral("private"), QStringLiteral("retention"), QStringLiteral("off")}) ==
          QStringLiteral("private notes are kept until deleted"));
    CHECK(lib.notes(rec).size() == 1);
}

TEST_CASE("recording delete needs --yes and removes the call's sessions and notes",
          "[app][cli][privacy]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("call.mp3"));
    const QString rec = lib.ok({QStringLiteral("add"), call});
    lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:05"),
                    QStringLiteral("Zqxrecordingcanary")));
    lib.checkRefused({{QStringLiteral("recording"), QStringLiteral("delete"), rec}});
    CHECK(lib.ok({QStringLiteral("recording"), QStringLiteral("delete"), rec,
                  QStringLiteral("--yes")}) ==
          QStringLiteral("deleted recording %1 and its review sessions").arg(rec));
    CHECK(QFileInfo::exists(call)); // the file itself stays
    CHECK_FALSE(readFile(lib.db()).contains("Zqxrecordingcanary"));
    const ToolRun again = lib.run({QStringLiteral("recording"), QStringLiteral("show"), rec});
    CHECK(again.exitCode == 1);
}
