// Two tracks, the focus cap through every store path, rephrasing, relinking and search.
#include "StoreFixture.h"
#include "annotations/Sqlite.h"
#include "support/Fixtures.h"

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {
const QString kCanary = QStringLiteral("CANARY-ZEBRA-7781 he sounded bored");
}

TEST_CASE("notes of the two tracks are kept apart and listed in time order", "[annotations][notes]")
{
    StoreFixture f;
    const int64_t late = f.shareable(90'000, QStringLiteral("Nice summary"));
    const int64_t early = f.shareable(5'000, QStringLiteral("Strong opener"));
    const int64_t vent = f.privateNote(6'000, kCanary);
    CHECK(*f.store->trackOf(vent) == Track::Private);
    CHECK(*f.store->trackOf(early) == Track::Shareable);
    auto shareable = f.store->shareableNotes(f.sessionId);
    REQUIRE(shareable->size() == 2);
    CHECK(shareable->at(0).id == early);
    CHECK(shareable->at(1).id == late);
    for (const auto& n : *shareable)
        CHECK_FALSE(n.text.contains(QStringLiteral("CANARY")));
    auto priv = f.store->privateNotes(f.sessionId);
    REQUIRE(priv->size() == 1);
    CHECK(priv->at(0).text == kCanary);
    // One id space: a note id names exactly one note.
    CHECK(vent != early);
    CHECK(vent != late);
}

TEST_CASE("invalid notes are refused and change nothing", "[annotations][notes]")
{
    StoreFixture f;
    struct Bad
    {
        NoteDraft draft;
        QString says;
    };
    const std::vector<Bad> bad = {
        {f.draft(1000, QStringLiteral("   ")), QStringLiteral("text")},
        {f.draft(-5, QStringLiteral("x")), QStringLiteral("before the recording")},
        {f.draft(600'001, QStringLiteral("x")), QStringLiteral("beyond the end")},
        {{f.sessionId, 1000, 500, QStringLiteral("x"), {}, {}}, QStringLiteral("before it starts")},
        {{f.sessionId, 1000, 700'000, QStringLiteral("x"), {}, {}},
         QStringLiteral("beyond the end")},
        {{9999, 1000, {}, QStringLiteral("x"), {}, {}}, QStringLiteral("no review session")},
    };
    for (const Bad& b : bad) {
        INFO(b.says.toStdString());
        auto s = f.store->addShareableNote(b.draft);
        REQUIRE_FALSE(s.has_value());
        CHECK(s.error().message.contains(b.says));
        REQUIRE_FALSE(f.store->addPrivateNote(b.draft).has_value());
    }
    CHECK(f.store->shareableNotes(f.sessionId)->empty());
    CHECK(f.store->privateNotes(f.sessionId)->empty());
    CHECK(f.store->editText(12345, QStringLiteral("x")).error().code == StoreErrorCode::NotFound);
}

TEST_CASE("the focus cap holds through every store path", "[annotations][focus]")
{
    StoreFixture f;
    const int64_t a = f.shareable(1000, QStringLiteral("a"), true);
    const int64_t b = f.shareable(2000, QStringLiteral("b"));
    const int64_t c = f.shareable(3000, QStringLiteral("c"));
    const int64_t d = f.shareable(4000, QStringLiteral("d"));
    REQUIRE(f.store->promote(b).has_value());
    REQUIRE(f.store->promote(c).has_value());
    CHECK(*f.store->focusCount(f.sessionId) == 3);

    SECTION("promote beyond the cap")
    {
        auto e = f.store->promote(d);
        REQUIRE_FALSE(e.has_value());
        CHECK(e.error().code == StoreErrorCode::CapReached);
        CHECK(e.error().message.contains(QStringLiteral("cap of 3")));
        CHECK(e.error().message.contains(QStringLiteral("unfocusing")));
    }
    SECTION("add a focused note beyond the cap: nothing is added")
    {
        auto e = f.store->addShareableNote(f.draft(5000, QStringLiteral("e")), true);
        REQUIRE_FALSE(e.has_value());
        CHECK(e.error().code == StoreErrorCode::CapReached);
        CHECK(f.store->shareableNotes(f.sessionId)->size() == 4);
    }
    SECTION("restore a focused note beyond the cap: nothing is restored")
    {
        ShareableNote ghost = *f.store->shareableNote(a);
        REQUIRE(f.store->deleteNote(a).has_value());
        REQUIRE(f.store->promote(d).has_value());
        auto e = f.store->restore(ghost);
        REQUIRE_FALSE(e.has_value());
        CHECK(e.error().code == StoreErrorCode::CapReached);
        CHECK_FALSE(f.store->shareableNote(a).has_value());
    }
    SECTION("lowering the cap below the focus items is refused; raising frees a slot")
    {
        SessionChanges lower;
        lower.focusCap = 2;
        auto e = f.store->updateSession(f.sessionId, lower);
        REQUIRE_FALSE(e.has_value());
        CHECK(e.error().message.contains(QStringLiteral("unfocus 1")));
        SessionChanges raise;
        raise.focusCap = 4;
        REQUIRE(f.store->updateSession(f.sessionId, raise).has_value());
        CHECK(f.store->promote(d).has_value());
        SessionChanges tooHigh;
        tooHigh.focusCap = 6;
        CHECK(f.store->updateSession(f.sessionId, tooHigh)
                  .error()
                  .message.contains(QStringLiteral("between 1 and 5")));
    }
    SECTION("unfocusing frees a slot")
    {
        REQUIRE(f.store->demote(a).has_value());
        CHECK(f.store->promote(d).has_value());
        CHECK(f.store->demote(a).error().code == StoreErrorCode::NotFound);
    }
    CHECK(*f.store->focusCount(f.sessionId) <= f.store->session(f.sessionId)->focusCap);
}

TEST_CASE("a private note can never be a focus item, rephrasing makes a shareable twin",
          "[annotations][focus]")
{
    StoreFixture f;
    const int64_t vent = f.privateNote(42'000, kCanary);
    auto e = f.store->promote(vent);
    REQUIRE_FALSE(e.has_value());
    CHECK(e.error().message.contains(QStringLiteral("private")));

    auto twin = f.store->rephrase(vent, QStringLiteral("Try pausing after the buyer's objection"));
    REQUIRE(twin.has_value());
    CHECK(twin->startMs == 42'000);
    CHECK_FALSE(twin->text.contains(QStringLiteral("CANARY")));
    CHECK(twin->tags.isEmpty());
    CHECK(f.store->privateNote(vent)->rephrasedAs == twin->id);
    CHECK(f.store->privateNote(vent)->text == kCanary); // the original stays private
    CHECK(f.store->promote(twin->id).has_value());
    CHECK(f.store->shareableNote(twin->id)->focus == FocusStatus::Open);
    REQUIRE(f.store->setFocusStatus(twin->id, FocusStatus::Practising).has_value());
    CHECK(f.store->shareableNote(twin->id)->focus == FocusStatus::Practising);
    CHECK_FALSE(f.store->rephrase(vent, QStringLiteral(" ")).has_value());
}

TEST_CASE("the same file added twice, or moved, is one recording", "[annotations][library]")
{
    StoreFixture f;
    const int64_t note = f.shareable(1000, QStringLiteral("kept across the move"));
    NewRecording again =
        newRecording(QStringLiteral("/calls/acme.mp3"), QStringLiteral("fp-acme"), 600'000);
    auto same = f.store->addRecording(again);
    REQUIRE(same.has_value());
    CHECK(same->id == f.recordingId);
    CHECK(same->existed);
    CHECK_FALSE(same->relinked);
    again.path = QStringLiteral("/archive/2026/acme renamed.mp3");
    auto moved = f.store->addRecording(again);
    CHECK(moved->id == f.recordingId);
    CHECK(moved->relinked);
    CHECK(f.store->recording(f.recordingId)->path == again.path);
    CHECK(f.store->shareableNote(note)->text == QStringLiteral("kept across the move"));
    CHECK(f.store->recordings()->size() == 1);
    CHECK(f.store->rep(*f.store->recording(f.recordingId)->repId)->name == QStringLiteral("Alex"));
}

TEST_CASE(
    "search finds notes with highlighted snippets, shareable search never returns private text",
    "[annotations][search]")
{
    StoreFixture f;
    f.shareable(1000, QStringLiteral("Great discovery question about budget"));
    f.shareable(2000, QStringLiteral("Pricing handled calmly"));
    f.privateNote(3000, QStringLiteral("Budget talk was a mess, ") + kCanary);
    auto hits = f.store->searchShareable(QStringLiteral("budg"));
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().snippet.contains(QStringLiteral("[budget]")));
    CHECK(hits->front().track == Track::Shareable);
    CHECK(hits->front().recordingId == f.recordingId);
    for (const QString& q : {QStringLiteral("CANARY"), QStringLiteral("zebra"),
                             QStringLiteral("mess"), QStringLiteral("budget OR canary"),
                             QStringLiteral("\"canary\""), QStringLiteral("canary*"),
                             QStringLiteral("text:canary"), QStringLiteral("NEAR(canary zebra)")}) {
        INFO(q.toStdString());
        auto r = f.store->searchShareable(q);
        REQUIRE(r.has_value()); // no query is a syntax error
        for (const auto& h : *r)
            CHECK_FALSE(h.snippet.contains(QStringLiteral("CANARY"), Qt::CaseInsensitive));
    }
    auto priv = f.store->searchPrivate(QStringLiteral("zebra"));
    REQUIRE(priv->size() == 1);
    CHECK(priv->front().track == Track::Private);
    CHECK(f.store->searchShareable(QStringLiteral("   "))->empty());
    // Edits and deletes reach the index.
    const int64_t id = hits->front().noteId;
    REQUIRE(f.store->editText(id, QStringLiteral("Great question about timelines")).has_value());
    CHECK(f.store->searchShareable(QStringLiteral("budget"))->empty());
    CHECK(f.store->searchShareable(QStringLiteral("timelines"))->size() == 1);
    REQUIRE(f.store->deleteNote(id).has_value());
    CHECK(f.store->searchShareable(QStringLiteral("timelines"))->empty());
}

TEST_CASE("search ranks by relevance within the newest matches", "[annotations][search]")
{
    StoreFixture f;
    const int64_t relevant = f.shareable(500, QStringLiteral("pricing pricing pricing"));
    for (int i = 0; i < 60; ++i)
        f.shareable(
            1000 + i,
            QStringLiteral("pricing came up along with many other topics in this note %1").arg(i));
    auto hits = f.store->searchShareable(QStringLiteral("pricing"), 10);
    REQUIRE(hits->size() == 10);
    CHECK(hits->front().noteId == relevant); // most relevant first
    for (size_t i = 2; i < hits->size(); ++i)
        CHECK(hits->at(i - 1).noteId > hits->at(i).noteId); // equally relevant: newest first

    for (int i = 0; i < 600; ++i)
        f.shareable(2000 + i,
                    QStringLiteral("pricing came up along with many other topics in this note"));
    hits = f.store->searchShareable(QStringLiteral("pricing"), 10);
    REQUIRE(hits->size() == 10);
    for (const auto& h : *hits)
        CHECK(h.noteId != relevant); // older than the newest 500 matches
}

TEST_CASE("session details are saved", "[annotations][library]")
{
    StoreFixture f;
    SessionChanges c;
    c.objectives = QStringLiteral("Discovery depth");
    c.nextSteps = QStringLiteral("Role-play the pricing objection");
    c.nextCoachingDate = QDate(2026, 12, 1);
    c.focusCap = 2;
    auto s = f.store->updateSession(f.sessionId, c);
    REQUIRE(s.has_value());
    CHECK(s->objectives == QStringLiteral("Discovery depth"));
    CHECK(s->nextCoachingDate == QDate(2026, 12, 1));
    CHECK(s->focusCap == 2);
    SessionChanges clear;
    clear.nextCoachingDate = QDate();
    CHECK_FALSE(f.store->updateSession(f.sessionId, clear)->nextCoachingDate.isValid());
    CHECK(f.store->currentSession(f.recordingId)->id == f.sessionId);
}

TEST_CASE("the guard that makes private tables unreadable nests: the outer one stays on",
          "[annotations][privacy]")
{
    const testing::TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    StoreFixture f(path);
    REQUIRE(f.store->addPrivateNote({f.sessionId, 1'000, {}, QStringLiteral("Vent"), {}, {}})
                .has_value());
    sql::Connection db;
    REQUIRE(db.open(path, false).has_value());
    auto readPrivate = [&db] {
        return db.scalar(QStringLiteral("SELECT count(*) FROM private_notes")).has_value();
    };
    CHECK(readPrivate());
    {
        const sql::PrivateTablesDenied outer(db);
        CHECK_FALSE(readPrivate());
        {
            const sql::PrivateTablesDenied inner(db);
            CHECK_FALSE(readPrivate());
        }
        CHECK_FALSE(readPrivate()); // the inner guard's end left the outer one on
    }
    CHECK(readPrivate());
}
