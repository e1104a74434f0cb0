// A recording's call details (rep, title, call date, account, outcome, rep channel): changed
// field by field, reported, and refused when bad without changing anything.
#include "StoreFixture.h"

#include <catch2/catch.hpp>

using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

// Everything updateRecording may touch, for before/after comparisons.
struct Details
{
    Recording recording;
    std::vector<Rep> reps;
    std::optional<int64_t> sessionRep;

    bool operator==(const Details& o) const
    {
        const auto same = [](const Recording& a, const Recording& b) {
            return a.title == b.title && a.repId == b.repId && a.callDate == b.callDate &&
                   a.account == b.account && a.outcome == b.outcome &&
                   a.repChannel == b.repChannel && a.path == b.path;
        };
        if (!same(recording, o.recording) || reps.size() != o.reps.size() ||
            sessionRep != o.sessionRep)
            return false;
        for (size_t i = 0; i < reps.size(); ++i)
            if (reps[i].id != o.reps[i].id || reps[i].name != o.reps[i].name)
                return false;
        return true;
    }
};

Details detailsOf(StoreFixture& f)
{
    auto recording = f.store->recording(f.recordingId);
    auto reps = f.store->reps();
    auto session = f.store->session(f.sessionId);
    REQUIRE(recording.has_value());
    REQUIRE(reps.has_value());
    REQUIRE(session.has_value());
    return {*recording, *reps, session->repId};
}

QString repNameOf(StoreFixture& f, std::optional<int64_t> id)
{
    REQUIRE(id.has_value());
    auto rep = f.store->rep(*id);
    REQUIRE(rep.has_value());
    return rep->name;
}

} // namespace

TEST_CASE("updateRecording writes only the fields asked for and says what changed",
          "[annotations][store][details]")
{
    StoreFixture f;
    RecordingChanges changes;
    changes.title = QStringLiteral("Acme discovery, second call");
    changes.outcome = Outcome::Won;
    auto updated = f.store->updateRecording(f.recordingId, changes);
    REQUIRE(updated.has_value());
    REQUIRE(updated->changes.size() == 2);
    CHECK(updated->changes[0].field == RecordingField::Title);
    CHECK(updated->changes[0].before == QStringLiteral("Acme discovery"));
    CHECK(updated->changes[0].after == QStringLiteral("Acme discovery, second call"));
    CHECK(updated->changes[1].field == RecordingField::Outcome);
    CHECK(updated->changes[1].before == QStringLiteral("open"));
    CHECK(updated->changes[1].after == QStringLiteral("won"));
    CHECK(recordingFieldName(RecordingField::CallDate) == QStringLiteral("call date"));

    auto stored = f.store->recording(f.recordingId);
    REQUIRE(stored.has_value());
    CHECK(stored->title == QStringLiteral("Acme discovery, second call"));
    CHECK(stored->outcome == Outcome::Won);
    // The rest is as it was.
    CHECK(repNameOf(f, stored->repId) == QStringLiteral("Alex"));
    CHECK(stored->callDate == QDate(2026, 11, 2));
    CHECK(stored->account == QStringLiteral("Acme"));
    CHECK(stored->repChannel == 0);
    CHECK(updated->recording.title == stored->title);
}

TEST_CASE("a value that is already so changes nothing and is not reported",
          "[annotations][store][details]")
{
    StoreFixture f;
    const Details before = detailsOf(f);
    RecordingChanges same;
    same.repName = QStringLiteral("alex"); // reps are named case-insensitively
    same.title = QStringLiteral(" Acme discovery ");
    same.callDate = QDate(2026, 11, 2);
    same.account = QStringLiteral("Acme");
    same.outcome = Outcome::Open;
    same.repChannel = 0;
    auto updated = f.store->updateRecording(f.recordingId, same);
    REQUIRE(updated.has_value());
    CHECK(updated->changes.empty());
    CHECK(detailsOf(f) == before);
    auto nothing = f.store->updateRecording(f.recordingId, RecordingChanges{});
    REQUIRE(nothing.has_value());
    CHECK(nothing->changes.empty());
}

TEST_CASE("a new rep name creates the rep and the review session follows it",
          "[annotations][store][details]")
{
    StoreFixture f;
    RecordingChanges toSam;
    toSam.repName = QStringLiteral("  Sam Lee ");
    auto updated = f.store->updateRecording(f.recordingId, toSam);
    REQUIRE(updated.has_value());
    REQUIRE(updated->changes.size() == 1);
    CHECK(updated->changes[0].field == RecordingField::Rep);
    CHECK(updated->changes[0].before == QStringLiteral("Alex"));
    CHECK(updated->changes[0].after == QStringLiteral("Sam Lee"));
    const Details now = detailsOf(f);
    CHECK(repNameOf(f, now.recording.repId) == QStringLiteral("Sam Lee"));
    CHECK(now.sessionRep == now.recording.repId);
    auto sheet = f.store->debriefSheet(f.sessionId);
    REQUIRE(sheet.has_value());
    CHECK(sheet->repName == QStringLiteral("Sam Lee"));

    // Back to an existing rep: no new one is made.
    RecordingChanges toAlex;
    toAlex.repName = QStringLiteral("ALEX");
    REQUIRE(f.store->updateRecording(f.recordingId, toAlex).has_value());
    auto reps = f.store->reps();
    REQUIRE(reps.has_value());
    REQUIRE(reps->size() == 2);
    CHECK(repNameOf(f, detailsOf(f).recording.repId) == QStringLiteral("Alex"));

    // An empty name clears the rep (the session's too); the reps stay.
    RecordingChanges clear;
    clear.repName = QString();
    updated = f.store->updateRecording(f.recordingId, clear);
    REQUIRE(updated.has_value());
    REQUIRE(updated->changes.size() == 1);
    CHECK(updated->changes[0].after.isEmpty());
    CHECK_FALSE(detailsOf(f).recording.repId.has_value());
    CHECK_FALSE(detailsOf(f).sessionRep.has_value());
    CHECK(f.store->reps()->size() == 2);
}

TEST_CASE("a call date, account and rep channel can be set and cleared",
          "[annotations][store][details]")
{
    StoreFixture f;
    RecordingChanges changes;
    changes.callDate = QDate();
    changes.account = QString();
    changes.repChannel = 1;
    auto updated = f.store->updateRecording(f.recordingId, changes);
    REQUIRE(updated.has_value());
    REQUIRE(updated->changes.size() == 3);
    CHECK(updated->changes[0].before == QStringLiteral("2026-11-02"));
    CHECK(updated->changes[0].after.isEmpty());
    CHECK(updated->changes[1].after.isEmpty());
    CHECK(updated->changes[2].before == QStringLiteral("left"));
    CHECK(updated->changes[2].after == QStringLiteral("right"));
    const Recording r = detailsOf(f).recording;
    CHECK_FALSE(r.callDate.isValid());
    CHECK(r.account.isEmpty());
    CHECK(r.repChannel == 1);
}

TEST_CASE("bad call details are refused with the reason and change nothing",
          "[annotations][store][details][errors]")
{
    StoreFixture f;
    const Details before = detailsOf(f);
    struct Case
    {
        const char* name;
        RecordingChanges changes;
        QString reason;
    };
    std::vector<Case> cases;
    const auto add = [&cases](const char* name, auto set, const char* reason) {
        RecordingChanges c;
        c.repName = QStringLiteral("Someone New"); // never created when the rest is refused
        set(c);
        cases.push_back({name, c, QString::fromUtf8(reason)});
    };
    add(
        "blank title", [](RecordingChanges& c) { c.title = QStringLiteral("   "); }, "title");
    add(
        "empty title", [](RecordingChanges& c) { c.title = QString(); }, "title");
    add(
        "two-line title", [](RecordingChanges& c) { c.title = QStringLiteral("a\nb"); },
        "one line");
    add(
        "tab in account", [](RecordingChanges& c) { c.account = QStringLiteral("a\tb"); },
        "one line");
    add(
        "huge account", [](RecordingChanges& c) { c.account = QString(501, u'x'); }, "500");
    add(
        "blank rep", [](RecordingChanges& c) { c.repName = QStringLiteral("  "); }, "blank");
    add(
        "future date", [](RecordingChanges& c) { c.callDate = QDate::currentDate().addDays(30); },
        "future");
    add(
        "channel 2", [](RecordingChanges& c) { c.repChannel = 2; }, "rep channel");
    for (const Case& c : cases) {
        INFO(c.name);
        auto refused = f.store->updateRecording(f.recordingId, c.changes);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == StoreErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(c.reason));
        CHECK(detailsOf(f) == before);
    }
    RecordingChanges title;
    title.title = QStringLiteral("x");
    auto unknown = f.store->updateRecording(4242, title);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == StoreErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("4242")));
    CHECK(detailsOf(f) == before);
}

TEST_CASE("a new recording dated in the future is refused", "[annotations][store][details]")
{
    StoreFixture f;
    NewRecording r;
    r.path = QStringLiteral("/calls/later.mp3");
    r.fingerprint = QStringLiteral("fp-later");
    r.callDate = QDate::currentDate().addDays(7);
    auto refused = f.store->addRecording(r);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("future")));
    r.callDate = QDate::currentDate();
    CHECK(f.store->addRecording(r).has_value());
}

TEST_CASE("reps lists every rep by name", "[annotations][store][details]")
{
    StoreFixture f;
    REQUIRE(f.store->ensureRep(QStringLiteral("sam")).has_value());
    REQUIRE(f.store->ensureRep(QStringLiteral("Beth")).has_value());
    REQUIRE(f.store->ensureRep(QStringLiteral("SAM")).has_value()); // the same rep
    auto reps = f.store->reps();
    REQUIRE(reps.has_value());
    REQUIRE(reps->size() == 3);
    CHECK((*reps)[0].name == QStringLiteral("Alex"));
    CHECK((*reps)[1].name == QStringLiteral("Beth"));
    CHECK((*reps)[2].name == QStringLiteral("sam"));
}

TEST_CASE("rephrasing a shareable note says it is shareable", "[annotations][store][notes]")
{
    StoreFixture f;
    const int64_t tip = f.shareable(5'000, QStringLiteral("Ask about the budget"));
    auto refused = f.store->rephrase(tip, QStringLiteral("twin"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == StoreErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("note %1 is shareable").arg(tip)));
    CHECK(refused.error().message.contains(QStringLiteral("only private notes")));
    CHECK(f.store->shareableNotes(f.sessionId)->size() == 1);
    auto missing = f.store->rephrase(999, QStringLiteral("twin"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == StoreErrorCode::NotFound);
}
