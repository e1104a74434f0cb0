// Opening, identifying, migrating and refusing library files.
#include "SqliteHelpers.h"
#include "StoreFixture.h"
#include "support/Fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a new library is created private (0600), in WAL mode, at the latest version",
          "[annotations][store]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("nested/folder/library.sqlite"));
    auto store = Store::open(path);
    REQUIRE(store.has_value());
    CHECK((*store)->schemaVersion() == Store::latestSchemaVersion());
    CHECK(Store::latestSchemaVersion() >= 1);
    struct stat st = {};
    REQUIRE(stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(*(*store)->integrityOk());
    store->reset();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    CHECK(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))) == "wal");
    sqlite3_finalize(s);
    sqlite3_close(db);
}

TEST_CASE("a library from a newer Coachtrack is refused and left byte for byte untouched",
          "[annotations][store]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    {
        StoreFixture f(path);
        f.shareable(1000, QStringLiteral("Good opening question"));
    }
    sqliteExec(path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 99;");
    const QByteArray before = digest(path);
    auto store = Store::open(path);
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code == StoreErrorCode::NewerSchema);
    CHECK(store.error().message.contains(QStringLiteral("newer Coachtrack")));
    CHECK(store.error().message.contains(QStringLiteral("untouched")));
    CHECK(store.error().message.contains(path));
    CHECK(digest(path) == before);
}

TEST_CASE("another program's database, or a file that is no database, is refused",
          "[annotations][store]")
{
    TempDir dir;
    const QString other = dir.file(QStringLiteral("other.sqlite"));
    sqliteExec(other, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO "
                      "invoices VALUES (1, 9.5);");
    const QByteArray before = digest(other);
    auto store = Store::open(other);
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code == StoreErrorCode::NotOurDatabase);
    CHECK(store.error().message.contains(QStringLiteral("not a Coachtrack library")));
    CHECK(digest(other) == before);

    const QString text = writeFile(dir.file(QStringLiteral("notes.sqlite")),
                                   QByteArray("Call notes\n").repeated(200));
    store = Store::open(text);
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().message.contains(QStringLiteral("notes.sqlite")));

    store = Store::open(dir.path());
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().message.contains(QStringLiteral("folder")));
}

TEST_CASE("a version 1 library (checked-in fixture) opens with its data intact",
          "[annotations][store][migration]")
{
    // A library written by schema version 1: the released v1 schema (migrations/0001_init.sql)
    // and then the rows in fixtures/library-v1.sql. When the schema moves on, this test
    // migrates it to the latest version, backup included.
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.sqlite"));
    makeV1Library(path);
    auto store = Store::open(path);
    INFO((store ? std::string() : store.error().message.toStdString()));
    REQUIRE(store.has_value());
    CHECK((*store)->schemaVersion() == Store::latestSchemaVersion());
    auto recordings = (*store)->recordings();
    REQUIRE(recordings->size() == 1);
    CHECK(recordings->front().title == QStringLiteral("Globex renewal"));
    auto session = (*store)->currentSession(recordings->front().id);
    REQUIRE(session.has_value());
    CHECK(session->focusCap == 2);
    auto shareable = (*store)->shareableNotes(session->id);
    REQUIRE(shareable->size() == 2);
    CHECK(shareable->at(0).focus == FocusStatus::Practising);
    CHECK((*store)->privateNotes(session->id)->size() == 1);
    // Version 8 gave it the built-in session template, which its session follows.
    auto followed = (*store)->templateOfSession(session->id);
    REQUIRE(followed.has_value());
    CHECK(followed->id > 0);
    CHECK(followed->parts == builtInTemplate().parts);
    CHECK(*(*store)->integrityOk());
    if (Store::latestSchemaVersion() > 1)
        CHECK(QDir(dir.path()).entryList({QStringLiteral("v1.sqlite.v1-backup-*")}).size() == 1);
}

TEST_CASE("committed notes survive SIGKILL at any moment", "[annotations][store][crash]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    QSet<qint64> acknowledged;
    std::srand(12345);
    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(COACHTRACK_STORE_WRITER), {path, QStringLiteral("--loop")});
        REQUIRE(writer.waitForStarted());
        QThread::msleep(150 + std::rand() % 500);
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                acknowledged.insert(line.toLongLong());
    }
    REQUIRE(acknowledged.size() > 20);
    auto store = Store::open(path);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store.has_value());
    CHECK(*(*store)->integrityOk());
    auto rec = (*store)->recordingByFingerprint(QStringLiteral("writer-fp"));
    REQUIRE(rec->has_value());
    auto notes = (*store)->shareableNotes((*store)->currentSession((*rec)->id)->id);
    QSet<qint64> present;
    for (const auto& n : *notes)
        present.insert(n.id);
    CHECK(present.contains(acknowledged));
}

TEST_CASE("a full disk is reported plainly and loses no saved note",
          "[annotations][store][disk-full]")
{
    TempDir dir;
    QProcess p;
    const QString script =
        QStringLiteral(
            "mount -t tmpfs -o size=1200k tmpfs '%1' && exec '%2' '%1/library.sqlite' --until-full")
            .arg(dir.path(), QStringLiteral(COACHTRACK_STORE_WRITER));
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitCode() != 1 ||
        (!out.contains(QStringLiteral("verified")) && err.contains(QStringLiteral("mount")))) {
        if (err.contains(QStringLiteral("mount")) || err.contains(QStringLiteral("unshare"))) {
            WARN("cannot mount a small tmpfs here (" << err.trimmed().toStdString()
                                                     << "): disk-full not checked");
            return;
        }
    }
    INFO(err.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("disk is full")));
    CHECK(out.contains(QStringLiteral("verified")));
    CHECK(out.split(u'\n', Qt::SkipEmptyParts).size() > 10);
}
