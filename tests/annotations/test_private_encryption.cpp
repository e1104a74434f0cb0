// Private notes encrypted at rest: no word of them in the file once sealed, readable and
// searchable with the key, locked without it (shareable work goes on, nothing is lost), a
// wrong key or passphrase and a tampered ciphertext each told apart, and the plaintext the
// notes had before wiped everywhere.
#include "SqliteHelpers.h"
#include "StoreFixture.h"
#include "support/Fixtures.h"

#include <QDir>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

QByteArray allBytes(const QString& path)
{
    QByteArray bytes;
    const QFileInfo info(path);
    for (const QString& name :
         info.absoluteDir().entryList({info.fileName() + QStringLiteral("*")}, QDir::Files))
        bytes += readFile(info.absoluteDir().filePath(name));
    return bytes;
}

bool holds(const QByteArray& bytes, const QString& word)
{
    return bytes.contains(word.toUtf8()) || bytes.contains(word.toLower().toUtf8()) ||
           bytes.contains(QByteArray(reinterpret_cast<const char*>(word.utf16()), word.size() * 2));
}

std::unique_ptr<Store> reopen(const QString& path)
{
    auto store = Store::open(path);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store.has_value());
    return std::move(*store);
}

} // namespace

TEST_CASE("encrypted private notes leave no word in the file and read back with the key",
          "[annotations][privacy][encryption]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture lib(path);
    const int64_t before = lib.privateNote(1000, QStringLiteral("Zqxbeforecanary rambles"));
    lib.shareable(2000, QStringLiteral("Ask about budget"));
    REQUIRE(holds(allBytes(path), QStringLiteral("Zqxbeforecanary")));

    const PrivateKey key = PrivateKey::generate();
    REQUIRE(lib.store->encryptPrivateNotes(key).has_value());
    CHECK(lib.store->privateKeyStorage() == Store::KeyStorage::Keyring);
    CHECK_FALSE(holds(allBytes(path), QStringLiteral("Zqxbeforecanary")));
    CHECK(lib.store->privateNote(before)->text == u"Zqxbeforecanary rambles");
    CHECK(lib.store->encryptPrivateNotes(key).error().code == StoreErrorCode::InvalidInput);

    auto added = lib.store->addPrivateNote({lib.sessionId,
                                            3000,
                                            {},
                                            QStringLiteral("Zqxaftercanary sighs"),
                                            QStringLiteral("tone"),
                                            {}});
    REQUIRE(added.has_value());
    CHECK(added->text == u"Zqxaftercanary sighs");
    CHECK(added->tags == u"tone");
    REQUIRE(lib.store->editText(before, QStringLiteral("Zqxeditedcanary calmer")).has_value());
    const QByteArray bytes = allBytes(path);
    for (const QString& word : {QStringLiteral("Zqxbeforecanary"), QStringLiteral("Zqxaftercanary"),
                                QStringLiteral("Zqxeditedcanary"), QStringLiteral("sighs")})
        CHECK_FALSE(holds(bytes, word));
    CHECK(holds(bytes, QStringLiteral("budget"))); // the shareable track is not encrypted
    // Sealed sizes are padded: nonce (24) + tag (16) + a multiple of 64 bytes.
    CHECK(sqliteScalar(path, "SELECT count(*) FROM private_notes WHERE "
                             "(length(sealed) - 40) % 64 <> 0") == 0);

    // Search runs over an index in memory, and follows changes.
    auto hits = lib.store->searchPrivate(QStringLiteral("zqxafter"));
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().noteId == added->id);
    CHECK(hits->front().snippet.contains(QStringLiteral("[Zqxaftercanary]")));
    CHECK(lib.store->searchPrivate(QStringLiteral("calmer"))->size() == 1);
    REQUIRE(lib.store->deleteNote(added->id).has_value());
    CHECK(lib.store->searchPrivate(QStringLiteral("zqxafter"))->empty());

    // Another connection with the key sees the same notes.
    auto other = reopen(path);
    REQUIRE(other->unlockPrivate(key).has_value());
    CHECK(other->privateNotes(lib.sessionId)->front().text == u"Zqxeditedcanary calmer");
}

TEST_CASE("without its key an encrypted library opens, shareable work goes on and private notes "
          "are locked, not lost",
          "[annotations][privacy][encryption]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    int64_t session = 0, note = 0;
    const PrivateKey key = PrivateKey::generate();
    {
        StoreFixture lib(path);
        session = lib.sessionId;
        note = lib.privateNote(1000, QStringLiteral("venting"));
        lib.shareable(2000, QStringLiteral("Good recap"), true);
        REQUIRE(lib.store->encryptPrivateNotes(key).has_value());
    }
    auto store = reopen(path);
    CHECK(store->isPrivateLocked());
    auto notes = store->privateNotes(session);
    REQUIRE(notes->size() == 1);
    CHECK(notes->front().access == PrivateAccess::Locked);
    CHECK(notes->front().text.isEmpty());
    CHECK(store->shareableNotes(session)->size() == 1);
    CHECK(store->debriefSheet(session).has_value());
    CHECK(store->addShareableNote({session, 3000, {}, QStringLiteral("more feedback"), {}, {}}));

    CHECK(store->addPrivateNote({session, 3000, {}, QStringLiteral("x"), {}, {}}).error().code ==
          StoreErrorCode::Locked);
    CHECK(store->editText(note, QStringLiteral("x")).error().code == StoreErrorCode::Locked);
    CHECK(store->deleteNote(note).error().code == StoreErrorCode::Locked);
    CHECK(store->searchPrivate(QStringLiteral("venting")).error().code == StoreErrorCode::Locked);
    CHECK(store->archiveSheet(session).error().code == StoreErrorCode::Locked);

    const auto wrong = store->unlockPrivate(PrivateKey::generate());
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().message.contains(QStringLiteral("does not open")));
    CHECK(store->isPrivateLocked());
    REQUIRE(store->unlockPrivate(key).has_value());
    CHECK(store->privateNote(note)->text == u"venting");
    CHECK(store->archiveSheet(session)->privateNotes.size() == 1);
}

TEST_CASE("a passphrase unlocks the library's key, a wrong one says so and changes nothing",
          "[annotations][privacy][encryption]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    int64_t note = 0;
    {
        StoreFixture lib(path);
        note = lib.privateNote(1000, QStringLiteral("Zqxpassphrasecanary"));
        REQUIRE(lib.store
                    ->encryptPrivateNotes(PrivateKey::generate(),
                                          QStringLiteral("correct horse battery staple"))
                    .has_value());
    }
    CHECK_FALSE(holds(allBytes(path), QStringLiteral("Zqxpassphrasecanary")));
    CHECK_FALSE(holds(allBytes(path), QStringLiteral("correct horse")));
    auto store = reopen(path);
    CHECK(store->privateKeyStorage() == Store::KeyStorage::Passphrase);
    const QByteArray before = readFile(path);
    auto wrong = store->unlockPrivate(QStringLiteral("incorrect horse"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == StoreErrorCode::Locked);
    CHECK(wrong.error().message.contains(QStringLiteral("wrong passphrase")));
    CHECK(readFile(path) == before);
    REQUIRE(store->unlockPrivate(QStringLiteral("correct horse battery staple")).has_value());
    CHECK(store->privateNote(note)->text == u"Zqxpassphrasecanary");
}

TEST_CASE("a tampered or moved ciphertext is told apart and the other notes still read",
          "[annotations][privacy][encryption]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture lib(path);
    const int64_t a = lib.privateNote(1000, QStringLiteral("first"));
    const int64_t b = lib.privateNote(2000, QStringLiteral("second"));
    const int64_t c = lib.privateNote(3000, QStringLiteral("third"));
    const PrivateKey key = PrivateKey::generate();
    REQUIRE(lib.store->encryptPrivateNotes(key).has_value());
    lib.store.reset();
    // One byte of a's ciphertext changed (to 00 when it was FF: a random byte is FF one time in
    // 256, and writing FF over it would change nothing); c given b's (valid) ciphertext.
    sqliteExec(path, QStringLiteral("UPDATE private_notes SET sealed = substr(sealed, 1, 30) || "
                                    "CASE WHEN substr(sealed, 31, 1) = X'FF' THEN X'00' ELSE "
                                    "X'FF' END || substr(sealed, 32) WHERE id = %1;"
                                    "UPDATE private_notes SET sealed = (SELECT sealed FROM "
                                    "private_notes WHERE id = %2) WHERE id = %3;")
                         .arg(a)
                         .arg(b)
                         .arg(c)
                         .toUtf8()
                         .constData());
    auto store = reopen(path);
    REQUIRE(store->unlockPrivate(key).has_value());
    CHECK(store->privateNote(a)->access == PrivateAccess::Damaged);
    CHECK(store->privateNote(b)->text == u"second");
    CHECK(store->privateNote(c)->access == PrivateAccess::Damaged);
    CHECK(store->privateNotes(lib.sessionId)->size() == 3); // nothing dropped
    CHECK(store->searchPrivate(QStringLiteral("second"))->size() == 1);
}

TEST_CASE("encrypting wipes the plaintext from the upgrade backup too",
          "[annotations][privacy][encryption][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.sqlite"));
    makeV1Library(path);
    auto store = reopen(path);
    REQUIRE(holds(allBytes(path), QStringLiteral("Rambling again")));
    REQUIRE(store->encryptPrivateNotes(PrivateKey::generate()).has_value());
    CHECK(store->residueWarning().isEmpty());
    CHECK_FALSE(holds(allBytes(path), QStringLiteral("Rambling")));
    CHECK(store->privateNote(2)->text == u"Rambling again");
}

TEST_CASE("an edit of an encrypted note reaches the sealed text of a later version's backup",
          "[annotations][privacy][encryption][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture lib(path);
    const int64_t note = lib.privateNote(1000, QStringLiteral("first words"));
    REQUIRE(lib.store->encryptPrivateNotes(PrivateKey::generate()).has_value());
    // As a later upgrade would leave it: a copy of this version-3 library beside it.
    const QString backup = path + QStringLiteral(".v3-backup-20270101-000000");
    sqliteExec(path, QStringLiteral("VACUUM INTO '%1'").arg(backup).toUtf8().constData());
    REQUIRE(lib.store->editText(note, QStringLiteral("second words")).has_value());
    CHECK(lib.store->residueWarning().isEmpty());
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const QByteArray sql = QStringLiteral("ATTACH '%1' AS b; CREATE TEMP TABLE same AS SELECT "
                                          "count(*) AS n FROM main.private_notes m JOIN "
                                          "b.private_notes o ON o.id = m.id AND o.sealed = "
                                          "m.sealed;")
                               .arg(backup)
                               .toUtf8();
    REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT n FROM same", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(sqlite3_column_int(statement, 0) == 1);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}
