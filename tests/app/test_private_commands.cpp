// The private track leaves no trace, through the real executable: deleted, edited, purged and
// encrypted private canaries are found in no file the app wrote (library, -wal, -shm, backups,
// caches, settings, exports, the shareable copy) nor in anything it printed; `private purge` and
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

TEST_CASE("deleted, edited, purged and encrypted private canaries are in no file the app wrote "
          "nor in its output",
          "[app][cli][privacy][residue]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("call.mp3"));
    // Temporary files land in the swept folder too; the passphrase opens the library once it
    // is encrypted.
    const QString folder = QFileInfo(lib.db()).absolutePath();
    QProcessEnvironment env = isolatedEnvironment(folder);
    QDir().mkpath(folder + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("TMPDIR"), folder + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("COACHTRACK_PASSPHRASE"), QStringLiteral("long enough phrase"));
    QString printed;
    auto run = [&](const QStringList& args) {
        const ToolRun r = runCoachtrack(QStringList{QStringLiteral("--db"), lib.db()} + args, env);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        printed += r.text() + r.err;
        return r.text().trimmed();
    };
    const QString rec = run({QStringLiteral("add"), call});
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
    // Encrypted: one note before, one after.
    run(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:09"),
                 QStringLiteral("Zqxsealedcanary before")));
    CHECK(
        run({QStringLiteral("private"), QStringLiteral("encrypt"), QStringLiteral("--passphrase")})
            .contains(QStringLiteral("encrypted with a passphrase")));
    run(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:10"),
                 QStringLiteral("Zqxlatercanary after")));
    for (const QString& format :
         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv"),
          QStringLiteral("json"), QStringLiteral("vtt"), QStringLiteral("pdf")})
        run({QStringLiteral("export"), rec, QStringLiteral("-o"),
             lib.file(QStringLiteral("sheet.") + format)});
    run({QStringLiteral("share-copy"), QStringLiteral("-o"),
         lib.file(QStringLiteral("for-rep.sqlite"))});
    run({QStringLiteral("search"), QStringLiteral("budget")});
    run({QStringLiteral("private"), QStringLiteral("status")});

    // The folder holds the library, its companions, the exports, the copy, and the isolated
    // settings, data, cache and temporary folders the commands ran with.
    const QStringList files = filesUnder(folder);
    REQUIRE(files.size() > 8);
    for (const QString& canary :
         {QStringLiteral("Zqxdeletecanary"), QStringLiteral("Zqxeditcanary"),
          QStringLiteral("Zqxpurgecanary"), QStringLiteral("Zqxsealedcanary"),
          QStringLiteral("Zqxlatercanary")}) {
        INFO(canary.toStdString());
        CHECK(whereFound(files, canary).join(u' ').toStdString() == "");
    }
    // Printed: ids, counts, paths and states, never a private note's text.
    CHECK_FALSE(printed.contains(QStringLiteral("Zqx")));
    // The manager still reads the encrypted ones with the passphrase, and nothing without it.
    CHECK(run({QStringLiteral("search"), QStringLiteral("zqxsealed")})
              .contains(QStringLiteral("[Zqxsealedcanary]")));
    const QJsonArray locked = lib.notes(rec);
    REQUIRE(locked.size() == 3);
    int lockedCount = 0;
    for (const QJsonValue& note : locked)
        lockedCount += note[QStringLiteral("access")] == QStringLiteral("locked") ? 1 : 0;
    CHECK(lockedCount == 2);
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

TEST_CASE("rep NAME delete --yes removes the rep's sessions and notes, their calls stay",
          "[app][cli][privacy]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), copyOfDemoCall(lib, QStringLiteral("c.mp3")),
                                QStringLiteral("--rep"), QStringLiteral("Sam")});
    lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:05"),
                    QStringLiteral("Zqxrepcanary")));
    lib.checkRefused({{QStringLiteral("rep"), QStringLiteral("Sam"), QStringLiteral("delete")},
                      {QStringLiteral("rep"), QStringLiteral("Nobody"), QStringLiteral("delete"),
                       QStringLiteral("--yes")},
                      {QStringLiteral("rep"), QStringLiteral("Sam"), QStringLiteral("rename"),
                       QStringLiteral("--yes")}});
    CHECK(lib.ok({QStringLiteral("rep"), QStringLiteral("sam"), QStringLiteral("delete"),
                  QStringLiteral("--yes")}) ==
          QStringLiteral("deleted rep Sam and their review sessions"));
    CHECK_FALSE(readFile(lib.db()).contains("Zqxrepcanary"));
    CHECK(lib.ok({QStringLiteral("recording"), QStringLiteral("show"), rec})
              .contains(QStringLiteral("rep          —")));
    CHECK(lib.notes(rec).isEmpty());
}
