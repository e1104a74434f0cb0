// The library file under conditions a tryout found harmful: permissions of pre-existing and
// companion files, read-only files and folders, damaged pages, oversized notes, retried adds
// and two writers on one library.
#include "StoreFixture.h"
#include "support/Fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <sys/stat.h>
#include <unistd.h>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

// A closed library with a recording, its session and `notes` shareable and private notes.
void makeLibrary(const QString& path, int notes)
{
    auto store = Store::open(path);
    REQUIRE(store.has_value());
    auto rec = (*store)->addRecording(
        newRecording(QStringLiteral("/calls/a.mp3"), QStringLiteral("fp-a"), 3'600'000));
    REQUIRE(rec.has_value());
    const int64_t session = (*store)->currentSession(rec->id)->id;
    for (int i = 0; i < notes; ++i) {
        const QString text =
            QStringLiteral("note %1 about the pricing question and the next steps %2")
                .arg(i)
                .arg(QString(200, QLatin1Char('x')));
        REQUIRE((*store)->addShareableNote({session, i * 1000, {}, text, {}, {}}).has_value());
        REQUIRE((*store)->addPrivateNote({session, i * 1000, {}, text, {}, {}}).has_value());
    }
}

void setMode(const QString& path, int mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
}

// Opens the library at `path` (REQUIREd to open) and CHECKs that it is read-only for a
// reason that mentions `why`.
std::unique_ptr<Store> openReadOnly(const QString& path, const QString& why)
{
    auto store = Store::open(path);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store.has_value());
    CHECK((*store)->isReadOnly());
    CHECK((*store)->readOnlyReason().contains(why));
    return std::move(*store);
}

} // namespace

TEST_CASE("every open makes the library, its -wal, -shm and backups private (0600)",
          "[annotations][store][safety]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    writeFile(path, {}); // an empty file someone made with a umask of 022
    setMode(path, 0644);
    const QString backup = path + QStringLiteral(".v1-backup-20261101-120000");
    writeFile(backup, "SQLite format 3");
    setMode(backup, 0644);
    {
        auto store = Store::open(path);
        REQUIRE(store.has_value());
        REQUIRE((*store)->ensureRep(QStringLiteral("Alex")).has_value());
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
        CHECK(modeOf(backup) == 0600);
    }
    setMode(path, 0644); // a restored copy
    REQUIRE(Store::open(path).has_value());
    CHECK(modeOf(path) == 0600);

    SECTION("the target of a dangling link is created private")
    {
        const QString target = dir.file(QStringLiteral("real.sqlite"));
        const QString link = dir.file(QStringLiteral("link.sqlite"));
        REQUIRE(QFile::link(target, link));
        REQUIRE(Store::open(link).has_value());
        CHECK(modeOf(target) == 0600);
        CHECK(QFileInfo(link).isSymLink());
    }
}

TEST_CASE("a read-only library opens read-only, refuses writes plainly and leaves no companions",
          "[annotations][store][safety]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    makeLibrary(path, 3);
    setMode(path, 0400);
    const QByteArray before = digest(path);
    {
        auto store = openReadOnly(path, QStringLiteral("read-only"));
        auto recs = store->recordings();
        REQUIRE(recs.has_value());
        CHECK(recs->size() == 1);
        const auto refused = store->ensureRep(QStringLiteral("Sam"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == StoreErrorCode::ReadOnly);
        CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    }
    CHECK(digest(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(modeOf(path) == 0400);
}

TEST_CASE("a library in a read-only folder is said to be read-only, and opened so",
          "[annotations][store][safety]")
{
    TempDir dir;
    const QString folder = dir.file(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/library.sqlite");
    makeLibrary(path, 2);
    setMode(folder, 0555);
    auto store = openReadOnly(path, QStringLiteral("folder"));
    CHECK(store->recordings()->size() == 1);
    const auto refused = Store::open(folder + QStringLiteral("/new.sqlite"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("not a Coachtrack library")));
    store.reset();
    setMode(folder, 0755);
}

TEST_CASE("a library with damaged pages opens read-only, is never written, and can be recovered",
          "[annotations][store][safety]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    makeLibrary(path, 300);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    damageTablePage(path, QStringLiteral("private_notes"));
    const QByteArray damaged = digest(path);
    auto store = openReadOnly(path, QStringLiteral("damaged"));
    CHECK(store->readOnlyReason().contains(QStringLiteral("--recover-to")));
    CHECK_FALSE(store->ensureRep(QStringLiteral("Sam")).has_value());
    CHECK_FALSE(*store->integrityOk());
    CHECK_FALSE(store->integrityProblems().isEmpty());

    const QString fresh = dir.file(QStringLiteral("recovered.sqlite"));
    const auto report = store->recoverInto(fresh);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    CHECK(report->rowsCopied > 400); // most of 600 notes, their ids, the recording and session
    store.reset();
    CHECK(digest(path) == damaged); // the damaged file was only ever read
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    auto recovered = Store::open(fresh);
    REQUIRE(recovered.has_value());
    CHECK_FALSE((*recovered)->isReadOnly());
    CHECK(*(*recovered)->integrityOk());
    CHECK(modeOf(fresh) == 0600);
    auto hits = (*recovered)->searchShareable(QStringLiteral("pricing"), 1000);
    REQUIRE(hits.has_value());
    CHECK(hits->size() > 150); // the full-text index was rebuilt from the rows that survived
    // The templates came across in place of the new file's own: one, still the default.
    auto templates = (*recovered)->sessionTemplates();
    REQUIRE(templates.has_value());
    REQUIRE(templates->size() == 1);
    CHECK(templates->front().isDefault);
    CHECK_FALSE((*recovered)->recoverInto(fresh).has_value()); // never over an existing file
}

TEST_CASE("note text is capped at 64 KiB with a clear message", "[annotations][store][safety]")
{
    StoreFixture f;
    const QString atCap(Store::kMaxNoteBytes, QLatin1Char('a'));
    CHECK(f.store->addShareableNote(f.draft(1000, atCap)).has_value());
    const QString over = atCap + QStringLiteral("é");
    for (const auto& refused : {f.store->addShareableNote(f.draft(1000, over)).error(),
                                f.store->addPrivateNote(f.draft(1000, over)).error()}) {
        CHECK(refused.code == StoreErrorCode::InvalidInput);
        CHECK(refused.message.contains(QStringLiteral("at most 64 KiB")));
    }
    const int64_t id = f.privateNote(2000, QStringLiteral("short"));
    CHECK(f.store->editText(id, over).error().message.contains(QStringLiteral("64 KiB")));
    CHECK(f.store->privateNote(id)->text == QStringLiteral("short"));
    CHECK(f.store->rephrase(id, over).error().code == StoreErrorCode::InvalidInput);
    SessionChanges huge;
    huge.objectives = over;
    CHECK_FALSE(f.store->updateSession(f.sessionId, huge).has_value());
}

TEST_CASE("a client key makes adding a note idempotent", "[annotations][store][safety]")
{
    StoreFixture f;
    NoteDraft draft = f.draft(5000, QStringLiteral("ask about budget"));
    draft.clientKey = QStringLiteral("6f1c2b9e-52a4-4a57-9d0e-0d4f8a7f1b11");
    const auto first = f.store->addShareableNote(draft);
    REQUIRE(first.has_value());
    const auto again = f.store->addShareableNote(draft);
    REQUIRE(again.has_value());
    CHECK(again->id == first->id);
    CHECK(f.store->shareableNotes(f.sessionId)->size() == 1);
    CHECK_FALSE(f.store->addPrivateNote(draft).has_value()); // the key names a shareable note
    draft.clientKey = QStringLiteral("0b7a9d3c-1111-4f2e-8c55-3a2b1c0d9e8f");
    CHECK(f.store->addShareableNote(draft)->id != first->id);
    NoteDraft unkeyed = f.draft(5000, QStringLiteral("no key"));
    CHECK(f.store->addShareableNote(unkeyed)->id != f.store->addShareableNote(unkeyed)->id);
}

TEST_CASE("a session edit writes only its own field, so two writers never undo each other",
          "[annotations][store][safety]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    makeLibrary(path, 1);
    auto window = Store::open(path);
    auto script = Store::open(path);
    REQUIRE((window && script));
    const int64_t session = (*window)->currentSession(1)->id;
    const int64_t seen = *(*window)->dataVersion();
    SessionChanges fromScript;
    fromScript.objectives = QStringLiteral("Objectives from the script");
    REQUIRE((*script)->updateSession(session, fromScript).has_value());
    CHECK(*(*window)->dataVersion() != seen); // the window can tell something changed
    SessionChanges fromWindow;
    fromWindow.nextSteps = QStringLiteral("Typed in the window");
    REQUIRE((*window)->updateSession(session, fromWindow).has_value());
    const auto both = (*script)->session(session);
    CHECK(both->objectives == QStringLiteral("Objectives from the script"));
    CHECK(both->nextSteps == QStringLiteral("Typed in the window"));
}
