// The shareable copy of a library: not a byte of private text (in UTF-8 or UTF-16) and not a
// count of private notes reaches it, yet it opens as a library whose search works, transcripts
// included; it never writes over a file, and a copy that fails leaves nothing behind.
#include "StoreFixture.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

// Reads an SQLite file directly, as anyone handed the copy could.
class RawDb
{
public:
    explicit RawDb(const QString& path)
    {
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &m_db) == SQLITE_OK);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    // Every row of `sql`, its columns joined by '|'.
    QStringList rows(const QString& sql) const
    {
        sqlite3_stmt* statement = nullptr;
        INFO(sql.toStdString() << ": " << sqlite3_errmsg(m_db));
        REQUIRE(sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) ==
                SQLITE_OK);
        QStringList out;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(statement); ++i)
                columns << QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, i)));
            out << columns.join(u'|');
        }
        sqlite3_finalize(statement);
        return out;
    }
    QString one(const QString& sql) const { return rows(sql).value(0); }
    void exec(const QString& sql) const
    {
        INFO(sql.toStdString() << ": " << sqlite3_errmsg(m_db));
        REQUIRE(sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) ==
                SQLITE_OK);
    }
    // Every row of every table, for "unchanged" checks.
    QStringList dump() const
    {
        QStringList all;
        for (const QString& table :
             rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")))
            all << table << rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        return all;
    }

private:
    sqlite3* m_db = nullptr;
};

QByteArray utf16le(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

// Every file in `dir` whose name starts with `name`.
QStringList filesOf(const QString& dir, const QString& name)
{
    return QDir(dir).entryList({name + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
}

// A library with two calls of two reps, private canaries (texts "CANARY-PRIV-<n>", tags
// "CANARY-TAG-<n>") between shareable notes, a private note rephrased into a shareable twin,
// focus items of several statuses, a transcript of the first call (not of the second) and a
// filler list.
struct CanaryLibrary
{
    TempDir dir;
    QString dbPath = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture f{dbPath};
    int64_t otherRecording = 0;
    int64_t otherSession = 0;
    int canaries = 0;
    QStringList shareableTexts; // in id order

    CanaryLibrary()
    {
        auto rec = f.store->addRecording(
            newRecording(QStringLiteral("/calls/beta.mp3"), QStringLiteral("fp-beta"), 300'000,
                         QDate(2026, 11, 9), QStringLiteral("Beta demo"), QStringLiteral("Sam")));
        REQUIRE(rec.has_value());
        otherRecording = rec->id;
        otherSession = f.store->currentSession(rec->id)->id;
        for (int64_t session : {f.sessionId, otherSession}) {
            secret(session, 1'000);
            share(session, 2'000, QStringLiteral("Pipelinezebra opener, well paced"), true);
            secret(session, 3'000);
            secret(session, 4'000);
            share(session, 5'000, QStringLiteral("Summarise before the demo"));
            secret(session, 6'000);
        }
        const int64_t vent = secret(f.sessionId, 7'000);
        auto twin = f.store->rephrase(vent, QStringLiteral("Quantify the budget early"));
        REQUIRE(twin.has_value());
        shareableTexts << twin->text;
        REQUIRE(f.store->promote(twin->id).has_value());
        REQUIRE(f.store->setFocusStatus(twin->id, FocusStatus::Achieved).has_value());
        // A deleted shareable note leaves a gap in the ids, which the copy does not keep either.
        const int64_t gone = share(otherSession, 8'000, QStringLiteral("Deleted advice"));
        REQUIRE(f.store->deleteNote(gone).has_value());
        shareableTexts.removeLast();
        secret(otherSession, 9'000);
        transcribe();
        REQUIRE(f.store->setFillerWords(QStringList{QStringLiteral("um"), QStringLiteral("like")})
                    .has_value());
    }

    // The first call's transcript: its speakers' roles remembered (under another case), given
    // and proposed, one line moved onto the detected speech. Roles are remembered for "dana
    // rep" and "Pat Former" from a call since deleted, which no transcript now names.
    void transcribe()
    {
        auto gone = f.store->addRecording(
            newRecording(QStringLiteral("/calls/gone.mp3"), QStringLiteral("fp-gone"), 60'000,
                         QDate(2026, 10, 1), QStringLiteral("Old call"), QStringLiteral("Alex")));
        REQUIRE(gone.has_value());
        RecordingTranscript old{QStringLiteral("srt"), QStringLiteral("old.srt"), {}, {}};
        old.lines = {{0, 1'000, QStringLiteral("dana rep"), QStringLiteral("Hello")},
                     {1'000, 2'000, QStringLiteral("Pat Former"), QStringLiteral("Hi")}};
        REQUIRE(f.store
                    ->importTranscript(gone->id, old,
                                       {{QStringLiteral("dana rep"), SpeakerRole::Rep, {}},
                                        {QStringLiteral("Pat Former"), SpeakerRole::Manager, {}}})
                    .has_value());
        REQUIRE(f.store->deleteRecording(gone->id).has_value());

        RecordingTranscript said{QStringLiteral("webvtt"), QStringLiteral("acme.vtt"), {}, {}};
        said.lines = {
            {1'000, 4'000, QStringLiteral("Dana Rep"),
             QStringLiteral("Hi Sam, how is the quarterwombat going?")},
            {4'500, 9'500, QStringLiteral("Sam Buyer"),
             QStringLiteral("Busy, we are behind on the rollout."), false, 4'200, 9'000},
            {10'000, 12'000, QStringLiteral("Jordan"), QStringLiteral("Why is that?"), true},
        };
        REQUIRE(f.store
                    ->importTranscript(f.recordingId, said,
                                       {{QStringLiteral("Sam Buyer"), SpeakerRole::Buyer, {}},
                                        {QStringLiteral("Jordan"), SpeakerRole::Other, 0.75}})
                    .has_value());
    }

    int64_t secret(int64_t session, int64_t atMs)
    {
        ++canaries;
        auto n = f.store->addPrivateNote({session,
                                          atMs,
                                          {},
                                          QStringLiteral("CANARY-PRIV-%1 he rambles").arg(canaries),
                                          QStringLiteral("CANARY-TAG-%1").arg(canaries),
                                          {}});
        REQUIRE(n.has_value());
        return n->id;
    }
    int64_t share(int64_t session, int64_t atMs, const QString& text, bool focus = false)
    {
        auto n =
            f.store->addShareableNote({session, atMs, {}, text, QStringLiteral("tone"), {}}, focus);
        REQUIRE(n.has_value());
        shareableTexts << text;
        return n->id;
    }
};

} // namespace

TEST_CASE("a shareable copy holds no private text or count, and opens as a searchable library",
          "[annotations][share-copy]")
{
    CanaryLibrary lib;
    const QStringList sourceBefore = RawDb(lib.dbPath).dump();
    const QString out = lib.dir.file(QStringLiteral("for-sam.sqlite"));

    auto report = lib.f.store->writeShareableCopy(out);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    const int n = int(lib.shareableTexts.size());
    CHECK(report->path == QFileInfo(out).absoluteFilePath());
    CHECK(report->recordings == 2);
    CHECK(report->sessions == 2);
    CHECK(report->shareableNotes == n);
    CHECK(report->focusItems == 3);
    CHECK(report->transcripts == 1);
    CHECK(report->summary() ==
          QStringLiteral("2 recordings, 2 sessions, %1 shareable notes, 3 focus items, "
                         "1 transcript")
              .arg(n));

    // The file and any companion: not a byte of a canary, in UTF-8 or UTF-16LE.
    const QStringList files = filesOf(lib.dir.path(), QStringLiteral("for-sam.sqlite"));
    CHECK(files == QStringList{QStringLiteral("for-sam.sqlite")}); // no -wal, -shm or backup
    for (const QString& name : files) {
        const QByteArray bytes = readFile(lib.dir.file(name));
        for (const QString& canary : {QStringLiteral("CANARY-PRIV"), QStringLiteral("CANARY-TAG"),
                                      QStringLiteral("rambles")}) {
            INFO(name.toStdString() << " " << canary.toStdString());
            CHECK_FALSE(bytes.contains(canary.toUtf8()));
            CHECK_FALSE(bytes.contains(utf16le(canary)));
        }
    }
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(out).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    {
        const RawDb copy(out);
        CHECK(copy.one(QStringLiteral("SELECT count(*) FROM private_notes")) == u"0");
        CHECK(copy.one(QStringLiteral("SELECT count(*) FROM private_fts")) == u"0");
        // Its own id and its mark only: no retention or key settings of the private track (and
        // no other setting at all, so not the filler list either).
        CHECK(copy.one(QStringLiteral("SELECT group_concat(key) FROM library_settings WHERE key "
                                      "<> 'library_id'")) == u"shareable_copy");
        CHECK(copy.one(QStringLiteral("SELECT value FROM library_settings WHERE key = "
                                      "'library_id'")) !=
              RawDb(lib.dbPath)
                  .one(QStringLiteral("SELECT value FROM library_settings WHERE "
                                      "key = 'library_id'")));
        QStringList ids;
        for (int i = 1; i <= n; ++i)
            ids << QStringLiteral("%1|shareable|").arg(i);
        CHECK(copy.rows(QStringLiteral("SELECT id, track, client_key FROM note_ids ORDER BY id")) ==
              ids);
        CHECK(copy.rows(QStringLiteral("SELECT id FROM shareable_notes ORDER BY id")).size() == n);
        CHECK(copy.one(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'note_ids'")) ==
              QString::number(n));
        CHECK(copy.rows(QStringLiteral("SELECT text FROM shareable_notes ORDER BY id")) ==
              lib.shareableTexts);
        // Focus items point at the renumbered notes, with their status.
        CHECK(copy.rows(QStringLiteral(
                  "SELECT n.text, f.status, f.session_id = n.session_id FROM focus_items f "
                  "JOIN shareable_notes n ON n.id = f.note_id ORDER BY f.note_id")) ==
              QStringList{QStringLiteral("Pipelinezebra opener, well paced|open|1"),
                          QStringLiteral("Pipelinezebra opener, well paced|open|1"),
                          QStringLiteral("Quantify the budget early|achieved|1")});
        // The first call's transcript, its cues' ids kept; the roles remembered for its
        // speakers' names (matched without case), not for a name no transcript has.
        CHECK(copy.rows(QStringLiteral("SELECT recording_id, format, source_name FROM "
                                       "transcripts")) ==
              QStringList{QStringLiteral("%1|webvtt|acme.vtt").arg(lib.f.recordingId)});
        const QString cues = QStringLiteral("SELECT id, recording_id, start_ms, end_ms, speaker, "
                                            "text, estimated, file_start_ms, file_end_ms FROM "
                                            "transcript_cues ORDER BY id");
        CHECK(copy.rows(cues) == RawDb(lib.dbPath).rows(cues));
        CHECK(copy.rows(cues).size() == 3);
        CHECK(copy.rows(QStringLiteral("SELECT name, role FROM speaker_roles ORDER BY name")) ==
              QStringList{QStringLiteral("dana rep|rep"), QStringLiteral("Sam Buyer|buyer")});
        // The index holds every cue, as the copy's cues say.
        copy.exec(QStringLiteral(
            "INSERT INTO transcript_fts (transcript_fts) VALUES ('integrity-check')"));
        CHECK(copy.one(QStringLiteral("SELECT count(*) FROM transcript_fts WHERE transcript_fts "
                                      "MATCH 'rollout OR quarterwombat OR why'")) == u"3");
        CHECK(copy.one(QStringLiteral("PRAGMA integrity_check")) == u"ok");
        CHECK(copy.rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }
    CHECK_FALSE(readFile(out).contains(QByteArrayLiteral("Pat Former")));

    // It opens as a library like any other, its search index filled.
    auto opened = Store::open(out);
    REQUIRE(opened.has_value());
    Store& copy = **opened;
    CHECK_FALSE(copy.isReadOnly());
    auto hits = copy.searchShareable(QStringLiteral("pipelinezebra"));
    REQUIRE(hits.has_value());
    CHECK(hits->size() == 2);
    auto twin = copy.searchShareable(QStringLiteral("quantify"));
    REQUIRE(twin.has_value());
    REQUIRE(twin->size() == 1);
    CHECK(copy.shareableNote(twin->front().noteId)->text == u"Quantify the budget early");
    CHECK(copy.searchPrivate(QStringLiteral("canary"))->empty());
    CHECK(copy.privateNotes(lib.f.sessionId)->empty());
    const auto notes = copy.shareableNotes(lib.f.sessionId);
    REQUIRE(notes.has_value());
    CHECK(notes->size() == lib.f.store->shareableNotes(lib.f.sessionId)->size());
    CHECK(copy.session(lib.otherSession)->repId.has_value());
    CHECK(copy.rep(*copy.session(lib.otherSession)->repId)->name == u"Sam");

    // The transcript reads as in the library: its lines (the moved one with the file's times),
    // its speakers with the roles given, remembered and proposed; the other call has none.
    auto said = copy.transcript(lib.f.recordingId);
    REQUIRE(said.has_value());
    REQUIRE(said->has_value());
    const RecordingTranscript& t = **said;
    CHECK(t.format == u"webvtt");
    CHECK(t.sourceName == u"acme.vtt");
    CHECK(t.lines == (*lib.f.store->transcript(lib.f.recordingId))->lines);
    REQUIRE(t.lines.size() == 3);
    CHECK(t.lines[1].startMs == 4'500);
    CHECK(t.lines[1].fileStartMs == 4'200);
    CHECK(t.lines[1].fileEndMs == 9'000);
    CHECK(t.lines[2].estimated);
    REQUIRE(t.speakers.size() == 3);
    CHECK(t.speakers[0].name == u"Dana Rep");
    CHECK(t.speakers[0].role == SpeakerRole::Rep);
    CHECK_FALSE(t.speakers[0].confidence.has_value());
    CHECK(t.speakers[1].name == u"Jordan");
    CHECK(t.speakers[1].role == SpeakerRole::Other);
    CHECK(t.speakers[1].confidence == 0.75);
    CHECK(t.speakers[2].name == u"Sam Buyer");
    CHECK(t.speakers[2].role == SpeakerRole::Buyer);
    CHECK_FALSE(copy.transcript(lib.otherRecording)->has_value());
    auto heard = copy.searchTranscripts(QStringLiteral("quarterwombat"));
    REQUIRE(heard.has_value());
    REQUIRE(heard->size() == 1);
    CHECK(heard->front().recordingId == lib.f.recordingId);
    CHECK(heard->front().startMs == 1'000);
    CHECK(copy.searchTranscripts(QStringLiteral("rollout"))->size() == 1);
    CHECK(copy.searchTranscripts(QStringLiteral("canary"))->empty());
    // A call the rep is handed next remembers the roles its speakers had here.
    RecordingTranscript next{QStringLiteral("srt"), QStringLiteral("next.srt"), {}, {}};
    next.lines = {{0, 1'000, QStringLiteral("Sam Buyer"), QStringLiteral("Hello again")}};
    REQUIRE(copy.importTranscript(lib.otherRecording, next).has_value());
    CHECK((*copy.transcript(lib.otherRecording))->speakers.front().role == SpeakerRole::Buyer);
    CHECK_FALSE(copy.fillerWords()->has_value());
    opened->reset();

    // The library it came from is as it was.
    CHECK(RawDb(lib.dbPath).dump() == sourceBefore);
    CHECK(lib.f.store->privateNotes(lib.f.sessionId)->size() == 5);
}

TEST_CASE("a shareable copy never replaces a file, and one that fails leaves nothing behind",
          "[annotations][share-copy]")
{
    CanaryLibrary lib;
    const QStringList sourceBefore = RawDb(lib.dbPath).dump();

    // An existing file, even an empty one, is kept as it was and named in the message.
    const QString existing = writeFile(lib.dir.file(QStringLiteral("keep.sqlite")), "mine");
    auto refused = lib.f.store->writeShareableCopy(existing);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == StoreErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QFileInfo(existing).absoluteFilePath()));
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));
    CHECK(readFile(existing) == "mine");

    // The library itself, or a companion of it that is not there right now.
    for (const QString& suffix : {QString(), QStringLiteral("-journal")}) {
        auto itself = lib.f.store->writeShareableCopy(lib.dbPath + suffix);
        REQUIRE_FALSE(itself.has_value());
        CHECK(itself.error().message.contains(QStringLiteral("library itself")));
    }
    CHECK_FALSE(QFile::exists(lib.dbPath + QStringLiteral("-journal")));

    // A folder that cannot be made: no file anywhere.
    const QString nowhere = existing + QStringLiteral("/copy.sqlite");
    CHECK_FALSE(lib.f.store->writeShareableCopy(nowhere).has_value());

    // A row the copy's constraints refuse (written past the store's checks): the copy fails
    // half-way, and its file and companions are removed.
    {
        const RawDb raw(lib.dbPath);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF; "
                                "UPDATE sessions SET rep_id = 999 WHERE id = %1")
                     .arg(lib.otherSession));
    }
    const QStringList broken = RawDb(lib.dbPath).dump();
    auto failed = lib.f.store->writeShareableCopy(lib.dir.file(QStringLiteral("half.sqlite")));
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().message.contains(QStringLiteral("FOREIGN KEY")));
    CHECK(failed.error().message.contains(lib.dir.file(QStringLiteral("half.sqlite"))));
    CHECK(filesOf(lib.dir.path(), QStringLiteral("half.sqlite")).isEmpty());
    CHECK(RawDb(lib.dbPath).dump() == broken);
    CHECK(broken != sourceBefore);

    // The store goes on working after a failed copy (the copy was detached).
    CHECK(lib.f.store->addShareableNote(lib.f.draft(9'500, QStringLiteral("Still here"))));
}

TEST_CASE("a read-only library makes no shareable copy and says why", "[annotations][share-copy]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("library.sqlite"));
    {
        StoreFixture f{db};
        f.shareable(1'000, QStringLiteral("Kept"));
    }
    REQUIRE(::chmod(QFile::encodeName(db).constData(), 0400) == 0);
    auto store = Store::open(db);
    REQUIRE(store.has_value());
    REQUIRE((*store)->isReadOnly());
    const QString out = dir.file(QStringLiteral("copy.sqlite"));
    auto refused = (*store)->writeShareableCopy(out);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == StoreErrorCode::ReadOnly);
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    CHECK_FALSE(QFile::exists(out));
}
