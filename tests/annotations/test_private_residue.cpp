// Deleted and edited private text leaves no trace: not in the library file, its -wal or -shm,
// the private full-text index, nor the backups written before upgrades; retention purges and
// deleting recordings or reps wipe the same way; libraries from older versions are cleaned
// when they are upgraded.
#include "SqliteHelpers.h"
#include "StoreFixture.h"
#include "annotations/UndoCommands.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QUndoStack>
#include <sys/stat.h>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

// Every file beside the library that belongs to it: itself, -wal, -shm, -journal, backups.
QStringList libraryFiles(const QString& path)
{
    const QFileInfo info(path);
    QStringList files;
    for (const QString& name :
         info.absoluteDir().entryList({info.fileName() + QStringLiteral("*")}, QDir::Files))
        files << info.absoluteDir().filePath(name);
    return files;
}

// Where `canary` is found in `files`, as UTF-8, UTF-16 (either byte order) or an FTS token
// (lower case): "" when nowhere.
QString findCanary(const QStringList& files, const QString& canary)
{
    const QList<QByteArray> forms{
        canary.toUtf8(), canary.toLower().toUtf8(),
        QByteArray(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2),
        canary.toUtf8().toLower()};
    QByteArray utf16be;
    for (QChar c : canary)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    for (const QString& file : files) {
        const QByteArray bytes = readFile(file);
        for (const QByteArray& form : forms)
            if (bytes.contains(form))
                return file;
        if (bytes.contains(utf16be))
            return file;
    }
    return {};
}

int64_t countMatches(Store& store, const QString& word)
{
    auto hits = store.searchPrivate(word);
    REQUIRE(hits.has_value());
    return int64_t(hits->size());
}

// A library where ordinary private and shareable notes surround the ones under test, so the
// canaries share pages and index segments with text that stays.
void addFiller(StoreFixture& lib, int count)
{
    for (int i = 0; i < count; ++i) {
        lib.privateNote(1000 + i, QStringLiteral("filler private %1 about rambling").arg(i));
        lib.shareable(1000 + i, QStringLiteral("filler shareable %1 about discovery").arg(i));
    }
}

} // namespace

TEST_CASE("a deleted or edited private note leaves none of its old text in any file",
          "[annotations][privacy][residue]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture lib(path);
    addFiller(lib, 40);
    const int64_t deleted = lib.privateNote(5000, QStringLiteral("Zqxdeletedcanary rambles on"));
    const int64_t edited = lib.privateNote(6000, QStringLiteral("Zqxeditedcanary before words"));
    const int64_t longOne = lib.privateNote(7000, QStringLiteral("Zqxoverflowcanary ") +
                                                      QString(9000, QLatin1Char('w')));
    CHECK(!findCanary(libraryFiles(path), QStringLiteral("Zqxdeletedcanary")).isEmpty());

    REQUIRE(lib.store->deleteNote(deleted).has_value());
    REQUIRE(lib.store->editText(edited, QStringLiteral("after the edit")).has_value());
    REQUIRE(lib.store->deleteNote(longOne).has_value());
    CHECK(lib.store->residueWarning().isEmpty());

    for (const QString& canary :
         {QStringLiteral("Zqxdeletedcanary"), QStringLiteral("Zqxeditedcanary"),
          QStringLiteral("Zqxoverflowcanary")}) {
        INFO(canary.toStdString());
        CHECK(findCanary(libraryFiles(path), canary).toStdString() == "");
        CHECK(countMatches(*lib.store, canary) == 0);
    }
    // What stays is still there and still found.
    CHECK(countMatches(*lib.store, QStringLiteral("after")) == 1);
    CHECK(countMatches(*lib.store, QStringLiteral("rambling")) == 40);
    CHECK(*lib.store->integrityOk());

    // And after the library is closed and opened again.
    lib.store.reset();
    auto reopened = Store::open(path);
    REQUIRE(reopened.has_value());
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxdeletedcanary")).isEmpty());
}

TEST_CASE("undo and redo of a private delete or edit leave no trace either",
          "[annotations][privacy][residue][undo]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture lib(path);
    addFiller(lib, 20);
    QUndoStack stack;
    const UndoContext context{lib.store.get(),
                              [](const StoreError& e) { FAIL(e.message.toStdString()); }};
    const int64_t note = lib.privateNote(5000, QStringLiteral("Zqxundocanary first words"));
    stack.push(new EditNoteTextCommand(context, note, QStringLiteral("Zqxundocanary first words"),
                                       QStringLiteral("second words")));
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxundocanary")).isEmpty());
    stack.undo(); // the first words are back, as the manager asked
    CHECK(countMatches(*lib.store, QStringLiteral("Zqxundocanary")) == 1);
    stack.redo();
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxundocanary")).isEmpty());

    stack.push(new DeleteNoteCommand(context, note));
    CHECK(findCanary(libraryFiles(path), QStringLiteral("second")).isEmpty());
    stack.undo();
    CHECK(lib.store->privateNote(note)->text == u"second words");
    stack.redo();
    CHECK(findCanary(libraryFiles(path), QStringLiteral("second")).isEmpty());
}

TEST_CASE("deleting a recording or a rep wipes all their private text",
          "[annotations][privacy][residue]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture lib(path);
    addFiller(lib, 10);
    auto other = lib.store->addRecording(newRecording(
        QStringLiteral("/calls/b.mp3"), QStringLiteral("fp-b"), 600'000, QDate(2026, 11, 3),
        QStringLiteral("Initech demo"), QStringLiteral("Sam"), QStringLiteral("Initech")));
    REQUIRE(other.has_value());
    const int64_t otherSession = lib.store->currentSession(other->id)->id;
    REQUIRE(
        lib.store->addPrivateNote({otherSession, 100, {}, QStringLiteral("Zqxsamcanary"), {}, {}}));
    REQUIRE(lib.store->addShareableNote({otherSession, 200, {}, QStringLiteral("kept?"), {}, {}}));
    lib.privateNote(300, QStringLiteral("Zqxalexcanary"));

    REQUIRE(lib.store->deleteRep(lib.store->recording(other->id)->repId.value()).has_value());
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxsamcanary")).isEmpty());
    CHECK(lib.store->recording(other->id).has_value()); // the call stays, without a rep
    CHECK_FALSE(lib.store->recording(other->id)->repId.has_value());

    REQUIRE(lib.store->deleteRecording(lib.recordingId).has_value());
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxalexcanary")).isEmpty());
    CHECK(findCanary(libraryFiles(path), QStringLiteral("rambling")).isEmpty());
    CHECK_FALSE(lib.store->recording(lib.recordingId).has_value());
    CHECK(lib.store->deleteRecording(lib.recordingId).error().code == StoreErrorCode::NotFound);
}

TEST_CASE("private notes older than the retention are purged, leaving no trace",
          "[annotations][privacy][retention]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture lib(path);
    const int64_t keep = lib.privateNote(100, QStringLiteral("recent note"));
    const int64_t share = lib.shareable(200, QStringLiteral("Zqxsharedstays"));
    const int64_t old = lib.privateNote(300, QStringLiteral("Zqxoldcanary"));
    sqliteExec(path, "UPDATE private_notes SET created_at = '2026-01-01T00:00:00.000Z' "
                     "WHERE text = 'Zqxoldcanary'");

    CHECK(lib.store->privateRetentionDays()->has_value() == false);
    CHECK(*lib.store->purgeExpiredPrivateNotes() == 0); // off by default
    REQUIRE(lib.store->setPrivateRetentionDays(30).has_value());
    CHECK(lib.store->privateRetentionDays()->value() == 30);
    CHECK(lib.store->setPrivateRetentionDays(0).error().code == StoreErrorCode::InvalidInput);
    CHECK(lib.store->setPrivateRetentionDays(Store::kMaxRetentionDays + 1).error().code ==
          StoreErrorCode::InvalidInput);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(*lib.store->purgeExpiredPrivateNotes(now) == 1);
    CHECK(*lib.store->purgeExpiredPrivateNotes(now) == 0);
    CHECK_FALSE(lib.store->privateNote(old).has_value());
    CHECK(lib.store->privateNote(keep).has_value());
    CHECK(lib.store->shareableNote(share).has_value());
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxoldcanary")).isEmpty());

    // --older-than 0 forgets every private note written before now.
    CHECK(*lib.store->purgePrivateNotes(0, now.addSecs(1)) == 1);
    CHECK(lib.store->privateNotes(lib.sessionId)->empty());
    REQUIRE(lib.store->setPrivateRetentionDays(std::nullopt).has_value());
    CHECK_FALSE(lib.store->privateRetentionDays()->has_value());
}

TEST_CASE("an upgrade cleans what older versions left, keeps one private backup, and later "
          "deletes reach the backup too",
          "[annotations][privacy][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.sqlite"));
    // As version 1 did: a private note deleted without wiping its text.
    makeV1Library(path, "INSERT INTO note_ids (id, track) VALUES (9, 'private');"
                        "INSERT INTO private_notes (id, session_id, start_ms, text, created_at, "
                        "edited_at) VALUES (9, 1, 1000, 'Zqxlegacycanary', "
                        "'2026-10-01T09:00:00.000Z', '2026-10-01T09:00:00.000Z');"
                        "DELETE FROM private_notes WHERE id = 9;");
    CHECK(!findCanary({path}, QStringLiteral("Zqxlegacycanary")).isEmpty());
    // An older backup from an earlier upgrade attempt.
    const QString stale = path + QStringLiteral(".v1-backup-20200101-000000");
    REQUIRE(QFile::copy(path, stale));

    auto store = Store::open(path);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store.has_value());
    const QStringList backups =
        QDir(dir.path()).entryList({QStringLiteral("v1.sqlite.v1-backup-*")}, QDir::Files);
    REQUIRE(backups.size() == 1); // the stale one was pruned
    const QString backup = dir.file(backups.first());
    CHECK(backup != stale);
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(backup).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxlegacycanary")).isEmpty());

    // The backup holds note 2 ("Rambling again"): deleting it in the library wipes it there too.
    CHECK(!findCanary({backup}, QStringLiteral("Rambling again")).isEmpty());
    REQUIRE((*store)->deleteNote(2).has_value());
    CHECK((*store)->residueWarning().isEmpty());
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Rambling")).isEmpty());
    CHECK(findCanary({backup}, QStringLiteral("Rambling")).isEmpty());
    // The backup is still a library of its version, with its shareable notes.
    CHECK(sqliteScalar(backup, "SELECT count(*) FROM shareable_notes") == 2);
    CHECK(sqliteScalar(backup, "PRAGMA user_version") == 1);
}

TEST_CASE("a program reading the library delays the wipe of the journal, says so, and the next "
          "open finishes it",
          "[annotations][privacy][residue]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    auto lib = std::make_unique<StoreFixture>(path);
    addFiller(*lib, 5);
    const int64_t note = lib->privateNote(5000, QStringLiteral("Zqxreadercanary"));
    // Another program holds a read transaction on the library as it is now.
    sqlite3* reader = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &reader) == SQLITE_OK);
    REQUIRE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM private_notes;", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    REQUIRE(lib->store->deleteNote(note).has_value());
    CHECK(lib->store->residueWarning().contains(QStringLiteral("another program is reading")));
    CHECK_FALSE(lib->store->residueWarning().contains(QStringLiteral("Zqx")));
    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(reader);
    lib.reset();
    auto reopened = Store::open(path);
    REQUIRE(reopened.has_value());
    CHECK(findCanary(libraryFiles(path), QStringLiteral("Zqxreadercanary")).isEmpty());
}
