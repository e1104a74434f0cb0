// A recording's transcript in the library: replaced whole on import, roles remembered by
// name, searchable, gone with its recording.
#include "StoreFixture.h"

#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::annotations;
using coachtrack::testing::StoreFixture;

namespace {

RecordingTranscript sample()
{
    RecordingTranscript t;
    t.format = QStringLiteral("webvtt");
    t.sourceName = QStringLiteral("call.vtt");
    t.lines = {{1000, 3000, QStringLiteral("Dana"), QStringLiteral("What keeps the rollout back?")},
               {3500, 6000, QStringLiteral("Sam"), QStringLiteral("Procurement, mostly.")},
               {6500, 7000, {}, QStringLiteral("(crosstalk)"), true},
               {7100, 8000, QStringLiteral("Sam"), QStringLiteral("Moved."), false, 7000, 8400}};
    return t;
}

} // namespace

TEST_CASE("a transcript is kept whole, replaced whole, and gone with its recording",
          "[annotations][transcript]")
{
    StoreFixture f;
    REQUIRE(f.store->importTranscript(f.recordingId, sample(),
                                      {{QStringLiteral("Dana"), SpeakerRole::Rep, {}}}));
    auto t = f.store->transcript(f.recordingId);
    REQUIRE(t.has_value());
    REQUIRE(t->has_value());
    CHECK((*t)->lines == sample().lines);
    CHECK((*t)->sourceName == u"call.vtt");
    REQUIRE((*t)->speakers.size() == 2);
    CHECK((*t)->speakers[0].name == u"Dana");
    CHECK((*t)->speakers[0].role == SpeakerRole::Rep);
    CHECK_FALSE((*t)->speakers[1].role.has_value());

    auto hits = f.store->searchTranscripts(QStringLiteral("procure"));
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().recordingId == f.recordingId);
    CHECK(hits->front().startMs == 3500);
    CHECK(hits->front().snippet.contains(u"[Procurement]"));

    // Another import replaces it: nothing of the first stays, in the table or the index.
    RecordingTranscript other = sample();
    other.lines = {{0, 500, QStringLiteral("Dana"), QStringLiteral("Hello again")}};
    REQUIRE(f.store->importTranscript(f.recordingId, other));
    CHECK((*f.store->transcript(f.recordingId))->lines.size() == 1);
    CHECK(f.store->searchTranscripts(QStringLiteral("procurement"))->empty());
    // Dana's role was remembered by name.
    CHECK((*f.store->transcript(f.recordingId))->speakers[0].role == SpeakerRole::Rep);

    REQUIRE(f.store->setSpeakerRole(f.recordingId, QStringLiteral("Dana"), SpeakerRole::Manager));
    CHECK((*f.store->transcript(f.recordingId))->speakers[0].role == SpeakerRole::Manager);
    CHECK_FALSE(f.store->setSpeakerRole(f.recordingId, QStringLiteral("Nobody"), SpeakerRole::Rep));

    REQUIRE(f.store->deleteRecording(f.recordingId));
    CHECK(f.store->searchTranscripts(QStringLiteral("hello"))->empty());
}

TEST_CASE("a transcript that does not add up imports nothing", "[annotations][transcript]")
{
    StoreFixture f;
    RecordingTranscript bad = sample();
    bad.lines.push_back({9000, 8000, QStringLiteral("Sam"), QStringLiteral("backwards")});
    CHECK_FALSE(f.store->importTranscript(f.recordingId, bad));
    CHECK_FALSE(f.store->transcript(f.recordingId)->has_value());
    CHECK_FALSE(f.store->importTranscript(f.recordingId + 100, sample()));
}

TEST_CASE("a moved cue must keep both of the file's times", "[annotations][transcript][bad-input]")
{
    StoreFixture f;
    RecordingTranscript t = sample();
    t.lines[1].fileStartMs = 3400; // an end is missing
    CHECK_FALSE(f.store->importTranscript(f.recordingId, t, {}));
    t.lines[1].fileEndMs = 3300; // ends before it starts
    CHECK_FALSE(f.store->importTranscript(f.recordingId, t, {}));
    CHECK_FALSE(f.store->transcript(f.recordingId)->has_value()); // nothing half-imported
}
