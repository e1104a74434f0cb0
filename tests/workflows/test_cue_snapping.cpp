// Cue boundaries moved onto the detected speech of the speaker's channel: within the
// tolerance only, never across the same speaker's neighbouring cues, the file's times kept.
#include "DemoSpeech.h"
#include "exchange/import/TranscriptReader.h"
#include "support/Fixtures.h"
#include "workflows/CueSnapping.h"
#include "workflows/RecordingTalk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::workflows;
using annotations::TranscriptLine;
using media::SpeechSegment;

namespace {

TranscriptLine line(int64_t start, int64_t end, const char* speaker)
{
    return {start, end, QString::fromUtf8(speaker), QStringLiteral("text"), false};
}

} // namespace

TEST_CASE("a late or coarse cue moves onto the speech on its speaker's channel",
          "[workflows][transcript]")
{
    const std::vector<std::vector<SpeechSegment>> speech = {
        {{1200, 4100}, {9000, 12000}}, // channel 0: A
        {{5000, 8000}}};               // channel 1: B
    const std::map<QString, int> channelOf = {{QStringLiteral("A"), 0}, {QStringLiteral("B"), 1}};
    const auto moved = snapCuesToSpeech({line(1000, 5000, "A"), line(5600, 8000, "B"),
                                         line(10500, 14000, "A"), line(20000, 21000, "C")},
                                        speech, channelOf);
    REQUIRE(moved.size() == 4);
    // Both boundaries within a second: moved, the file's times kept.
    CHECK(moved[0].startMs == 1200);
    CHECK(moved[0].endMs == 4100);
    CHECK(moved[0].retimed());
    CHECK(*moved[0].fileStartMs == 1000);
    CHECK(*moved[0].fileEndMs == 5000);
    // B's start was 600 ms late; its end was right.
    CHECK(moved[1].startMs == 5000);
    CHECK(moved[1].endMs == 8000);
    CHECK(*moved[1].fileStartMs == 5600);
    // A's third cue starts 1.5 s after its speech: too far; the end 2 s late: too far.
    CHECK(moved[2].startMs == 10500);
    CHECK(moved[2].endMs == 14000);
    CHECK_FALSE(moved[2].retimed());
    // A speaker with no channel keeps the file's times.
    CHECK_FALSE(moved[3].retimed());
    // Nothing moves on a call without speech for them, and the tolerance is the caller's.
    CHECK(std::ranges::none_of(snapCuesToSpeech(moved, {{}, {}}, channelOf),
                               [](const auto& l) { return l.startMs == 1000; }));
    CHECK_FALSE(snapCuesToSpeech({line(1000, 5000, "A")}, speech, channelOf, 100)[0].retimed());
}

TEST_CASE("one stretch of speech holding several cues keeps them apart", "[workflows][transcript]")
{
    // A speaks 0–10 s without a pause long enough to split the speech; the tool cut it in two.
    const std::vector<std::vector<SpeechSegment>> speech = {{{0, 10000}}, {}};
    const auto moved = snapCuesToSpeech({line(300, 4800, "A"), line(5000, 9700, "A")}, speech,
                                        {{QStringLiteral("A"), 0}});
    CHECK(moved[0].startMs == 0);
    CHECK(moved[0].endMs == 4800);   // the speech's end belongs to the second cue
    CHECK(moved[1].startMs == 5000); // its start to the first
    CHECK(moved[1].endMs == 10000);
}

TEST_CASE("a moved cue never ends before it starts, and the result stays in time order",
          "[workflows][transcript]")
{
    const std::vector<std::vector<SpeechSegment>> speech = {{{2000, 2100}, {2500, 2600}}};
    const auto moved = snapCuesToSpeech({line(1900, 3000, "A"), line(2550, 2560, "B")}, speech,
                                        {{QStringLiteral("A"), 0}, {QStringLiteral("B"), 0}});
    for (const auto& l : moved)
        CHECK(l.endMs > l.startMs);
    CHECK(std::ranges::is_sorted(moved, {}, &TranscriptLine::startMs));
}

TEST_CASE("the demo call's coarse, late cues land on the speech the truth file records",
          "[workflows][transcript]")
{
    // The demo transcript as a meeting tool might give it: starts cut to the whole second,
    // ends 400 ms late.
    auto read = exchange::readTranscriptFile(testing::demoVttPath());
    REQUIRE(read.has_value());
    std::vector<TranscriptLine> lines;
    for (const auto& c : read->cues)
        lines.push_back({c.startMs / 1000 * 1000, c.endMs + 400, c.speaker, c.text, false});
    const auto speech = testing::demoCallSpeech();
    const auto moved = snapCuesToSpeech(
        lines, speech, {{QStringLiteral("Alex"), 0}, {QStringLiteral("Jordan"), 1}});

    QFile truthFile(testing::demoTruthPath());
    REQUIRE(truthFile.open(QIODevice::ReadOnly));
    const QJsonArray truth = QJsonDocument::fromJson(truthFile.readAll())
                                 .object()[QStringLiteral("utterances")]
                                 .toArray();
    REQUIRE(qsizetype(moved.size()) == truth.size());
    int64_t before = 0, after = 0;
    int retimed = 0;
    for (qsizetype i = 0; i < truth.size(); ++i) {
        const QJsonObject u = truth[i].toObject();
        const int64_t start = u[QStringLiteral("start_ms")].toInteger();
        const int64_t end = u[QStringLiteral("end_ms")].toInteger();
        before +=
            std::abs(lines[size_t(i)].startMs - start) + std::abs(lines[size_t(i)].endMs - end);
        after +=
            std::abs(moved[size_t(i)].startMs - start) + std::abs(moved[size_t(i)].endMs - end);
        retimed += moved[size_t(i)].retimed();
    }
    const double n = 2.0 * double(truth.size());
    INFO("mean boundary error: file " << double(before) / n << " ms, moved " << double(after) / n
                                      << " ms; " << retimed << " of " << truth.size() << " moved");
    CHECK(retimed > truth.size() * 3 / 4);
    CHECK(double(after) / n < 150); // the detector's own edge, a block or two
    CHECK(after * 3 < before);

    // The transcript with the true times is left as it is: nothing to correct.
    std::vector<TranscriptLine> exact;
    for (const auto& c : read->cues)
        exact.push_back({c.startMs, c.endMs, c.speaker, c.text, false});
    const auto kept = snapCuesToSpeech(
        exact, speech, {{QStringLiteral("Alex"), 0}, {QStringLiteral("Jordan"), 1}});
    CHECK(std::ranges::count_if(kept, &TranscriptLine::retimed) <= 1);
}
