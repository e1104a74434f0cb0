// Skip silence and focus listening jump over spans of the recording: checked end to end on
// what the pipeline outputs, with 60 ms tone bursts at every whole second (long enough that
// WSOLA at 2x, which plays 32 ms slices 64 ms apart, never drops a whole burst). The clock must say
// the right recording time at every burst heard, and no burst inside a skipped span is heard.
#include "media/ListeningPlan.h"
#include "media/PlaybackPipeline.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace coachtrack::media;
using namespace coachtrack::testing;

namespace {

QString burstFile(const TempDir& dir)
{
    return ffmpeg(dir.file(QStringLiteral("bursts.wav")),
                  lavfi(QStringLiteral("aevalsrc='0.5*sin(2*PI*1000*t)*lt(mod(t\\,1)\\,0.06)'"
                                       ":s=16000:d=20")) +
                      QStringList{QStringLiteral("-ac"), QStringLiteral("2")});
}

struct Heard
{
    std::vector<int64_t> burstsMs; // the recording time the clock gives at each onset
    std::vector<int64_t> clockMs;  // the clock at every 10 ms of output
    int64_t outputFrames = 0;
};

// Plays the rest of the recording and records every burst onset heard, with the clock's time.
Heard playToEnd(PlaybackPipeline& p)
{
    Heard heard;
    std::vector<int16_t> out;
    const int64_t first = p.framesOut();
    while (!p.atEnd()) {
        const size_t before = out.size();
        REQUIRE(p.read(out, 1600).has_value());
        if (out.size() == before)
            break;
    }
    int64_t quietRun = 0; // an onset follows 20 ms of quiet: not a burst already sounding
    heard.outputFrames = int64_t(out.size() / 2);
    for (int64_t i = 0; i < heard.outputFrames; ++i) {
        const bool loud = std::abs(out[size_t(i) * 2]) > 3000;
        if (loud && quietRun > p.sampleRate() / 50)
            heard.burstsMs.push_back(p.sourceMsAt(first + i));
        quietRun = loud ? 0 : quietRun + 1;
        if (i % (p.sampleRate() / 100) == 0)
            heard.clockMs.push_back(p.sourceMsAt(first + i));
    }
    return heard;
}

void requireOnTheSecond(const std::vector<int64_t>& bursts, double marginMs)
{
    for (int64_t ms : bursts) {
        INFO("burst heard at " << ms << " ms by the clock");
        CHECK(std::abs(double(ms) - std::round(double(ms) / 1000) * 1000) <= marginMs);
    }
}

bool insideAny(int64_t ms, const std::vector<SkipSpan>& spans, int64_t marginMs)
{
    for (const SkipSpan& s : spans)
        if (ms > s.startMs + marginMs && ms < s.endMs - marginMs)
            return true;
    return false;
}

} // namespace

TEST_CASE("skipped spans are never heard and the clock stays exact across every jump",
          "[media][clock][skip]")
{
    TempDir dir;
    auto p = PlaybackPipeline::open(burstFile(dir));
    REQUIRE(p.has_value());
    // Two pauses between bursts, one span that swallows the bursts at 5 and 6 s, one at the end.
    // Each leaves 100 ms of quiet or more on both sides: at 2x WSOLA smears a burst by ~40 ms.
    const std::vector<SkipSpan> skips{
        {1'100, 1'900}, {3'100, 3'900}, {4'500, 6'500}, {8'200, 8'880}, {18'100, 20'000}};
    const double tempo = GENERATE(1.0, 1.5, 2.0);
    INFO("tempo " << tempo);
    REQUIRE(p->setTempo(tempo).has_value());
    p->setSkips(skips);
    const Heard heard = playToEnd(*p);

    // At 2x an onset in a slice WSOLA leaves out is heard up to one slice (32 ms) late.
    requireOnTheSecond(heard.burstsMs, tempo < 2 ? 20 : 35);
    std::vector<int64_t> seconds;
    for (int64_t ms : heard.burstsMs)
        seconds.push_back(std::llround(double(ms) / 1000));
    CHECK(seconds == std::vector<int64_t>{1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18});
    for (int64_t ms : heard.clockMs) {
        INFO("clock at " << ms << " ms");
        CHECK_FALSE(insideAny(ms, skips, 15));
    }
    const int64_t skipped = 800 + 800 + 2'000 + 680 + 1'900;
    CHECK(p->skippedMsBefore(p->framesOut() + 1) == Approx(skipped).margin(5));
    const double heardMs = double(heard.outputFrames) * 1000 / p->sampleRate() * tempo;
    CHECK(heardMs == Approx(20'000 - skipped).margin(60));
}

TEST_CASE("a seek lands where asked, even in a skipped span, and the spans after it are skipped",
          "[media][clock][skip]")
{
    TempDir dir;
    auto p = PlaybackPipeline::open(burstFile(dir));
    REQUIRE(p.has_value());
    p->setSkips({{2'100, 2'900}, {12'100, 13'900}, {15'100, 19'990}});
    REQUIRE(p->seek(12'500).has_value());
    CHECK(p->sourceMsAt(0) == 12'500);
    CHECK(p->skippedMsBefore(0) == 0);
    const Heard heard = playToEnd(*p);
    requireOnTheSecond(heard.burstsMs, 20);
    std::vector<int64_t> seconds;
    for (int64_t ms : heard.burstsMs)
        seconds.push_back(std::llround(double(ms) / 1000));
    CHECK(seconds == std::vector<int64_t>{13, 14, 15}); // 13 s lies in the span the seek chose
    CHECK(p->skippedMsBefore(p->framesOut() + 1) == Approx(4'890).margin(5));
}

TEST_CASE("skips set while playing apply from the audio not yet handed out", "[media][clock][skip]")
{
    TempDir dir;
    auto p = PlaybackPipeline::open(burstFile(dir));
    REQUIRE(p.has_value());
    REQUIRE(p->setTempo(2.0).has_value());
    std::vector<int16_t> out;
    REQUIRE(p->read(out, 16'000).has_value()); // 2 s of the recording
    p->setSkips({{1'200, 1'800}, {3'200, 9'880}});
    const Heard heard = playToEnd(*p);
    requireOnTheSecond(heard.burstsMs, 35);
    REQUIRE_FALSE(heard.burstsMs.empty());
    CHECK(std::llround(double(heard.burstsMs.front()) / 1000) == 3);
    CHECK(std::llround(double(heard.burstsMs[1]) / 1000) == 10);
    p->setSkips({});
    REQUIRE(p->seek(900).has_value());
    const Heard all = playToEnd(*p);
    CHECK(all.burstsMs.size() == 19); // 1 … 19 s
}

TEST_CASE("a span at the very start, or the one being heard when skips are set, is left at once, "
          "a seek onto a span's start plays it",
          "[media][clock][skip]")
{
    TempDir dir;
    auto p = PlaybackPipeline::open(burstFile(dir));
    REQUIRE(p.has_value());
    // Just opened: output frame 0 plays the filter's lead, inside the first span.
    p->setSkips({{0, 2'900}, {5'100, 5'900}});
    std::vector<int16_t> out;
    REQUIRE(p->read(out, 1).has_value());
    CHECK(p->sourceMsAt(0) >= 2'899);
    CHECK(p->sourceMsAt(0) <= 2'901);
    CHECK(p->skippedMsBefore(0) == Approx(2'900).margin(40)); // from the lead on

    // In the middle of a span: setting the skips again leaves it from the next frame on.
    REQUIRE(p->seek(5'400).has_value());
    p->setSkips({{0, 2'900}, {5'100, 5'900}});
    out.clear();
    REQUIRE(p->read(out, 160).has_value());
    CHECK(p->sourceMsAt(0) == 5'900);

    // A seek exactly onto a span's start is obeyed: that span plays, the next is skipped.
    p->setSkips({{5'100, 6'500}, {7'100, 8'500}}); // each swallows a burst
    REQUIRE(p->seek(5'100).has_value());
    const Heard heard = playToEnd(*p);
    std::vector<int64_t> seconds;
    for (int64_t ms : heard.burstsMs)
        seconds.push_back(std::llround(double(ms) / 1000));
    REQUIRE(seconds.size() >= 3);
    CHECK(std::vector<int64_t>(seconds.begin(), seconds.begin() + 3) ==
          std::vector<int64_t>{6, 7, 9});
}

TEST_CASE("back to the start, a span at the very beginning is skipped again",
          "[media][clock][skip]")
{
    TempDir dir;
    auto p = PlaybackPipeline::open(burstFile(dir));
    REQUIRE(p.has_value());
    p->setSkips({{0, 1'900}});
    REQUIRE(p->seek(10'000).has_value());
    REQUIRE(p->seek(0).has_value());
    std::vector<int16_t> out;
    REQUIRE(p->read(out, 1).has_value());
    CHECK(p->sourceMsAt(0) == 1'900);
}
