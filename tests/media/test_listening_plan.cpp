// What skip silence and focus listening leave out of a call (media/ListeningPlan.h).
#include "media/ListeningPlan.h"

#include <catch2/catch.hpp>

using namespace coachtrack::media;

namespace {

// Rep on channel 0, buyer on channel 1.
TalkMetrics call(std::vector<SpeechSegment> rep, std::vector<SpeechSegment> buyer, int64_t ms)
{
    return computeTalkMetrics({std::move(rep), std::move(buyer)}, ms, 0);
}

} // namespace

TEST_CASE("skip silence shortens every pause where nobody speaks to a short gap", "[media][skip]")
{
    const TalkMetrics talk =
        call({{2'000, 5'000}, {9'000, 12'000}}, {{5'500, 8'000}, {12'400, 15'000}}, 20'000);
    // Pauses: 0–2 s (the start), 5.0–5.5 (too short), 8–9 s, 12.0–12.4 (too short), 15–20 s (end).
    const auto skips = silenceSkips(talk);
    CHECK(skips == std::vector<SkipSpan>{{0, 1'850}, {8'150, 8'850}, {15'150, 20'000}});
    CHECK(heardMs(skips, 20'000) == 20'000 - 1'850 - 700 - 4'850);

    SilenceSkipOptions longer;
    longer.minPauseMs = 1'500;
    CHECK(silenceSkips(talk, longer) == std::vector<SkipSpan>{{0, 1'850}, {15'150, 20'000}});
}

TEST_CASE("speech on either channel is never skipped as silence", "[media][skip]")
{
    // The buyer talks through the rep's pause: no silence there.
    const TalkMetrics talk = call({{0, 3'000}, {6'000, 9'000}}, {{2'500, 6'500}}, 9'000);
    CHECK(silenceSkips(talk).empty());
}

TEST_CASE("focus listening keeps one speaker's turns, the rep's with the buyer's second before",
          "[media][skip]")
{
    const TalkMetrics talk =
        call({{2'000, 5'000}, {9'000, 12'000}}, {{5'500, 8'000}, {12'400, 15'000}}, 20'000);
    CHECK(focusSkips(talk, FocusSpeaker::Rep) ==
          std::vector<SkipSpan>{{0, 1'000}, {5'000, 8'000}, {12'000, 20'000}});
    CHECK(focusSkips(talk, FocusSpeaker::Buyer) ==
          std::vector<SkipSpan>{{0, 5'500}, {8'000, 12'400}, {15'000, 20'000}});
    CHECK(focusSkips(talk, FocusSpeaker::Rep, 0) ==
          std::vector<SkipSpan>{{0, 2'000}, {5'000, 9'000}, {12'000, 20'000}});
    CHECK(focusSkips(talk, FocusSpeaker::Everyone).empty());

    // The rep on channel 1 this time.
    const TalkMetrics swapped = computeTalkMetrics({{{5'500, 8'000}}, {{2'000, 5'000}}}, 10'000, 1);
    CHECK(focusSkips(swapped, FocusSpeaker::Rep) ==
          std::vector<SkipSpan>{{0, 1'000}, {5'000, 10'000}});
}

TEST_CASE("a mono call has no speakers to focus on", "[media][skip]")
{
    const TalkMetrics mono = computeTalkMetrics({{{1'000, 4'000}}}, 10'000, 0);
    CHECK(focusSkips(mono, FocusSpeaker::Rep).empty());
    CHECK(silenceSkips(mono) == std::vector<SkipSpan>{{0, 850}, {4'150, 10'000}});
}

TEST_CASE("skips merge into sorted, disjoint spans", "[media][skip]")
{
    CHECK(mergeSkips({{5, 10}, {0, 3}}, {{2, 6}, {20, 30}, {30, 31}, {40, 40}}) ==
          std::vector<SkipSpan>{{0, 10}, {20, 31}});
    CHECK(heardMs({{0, 10}, {20, 31}}, 100) == 79);
    CHECK(heardMs({{90, 200}}, 100) == 90);
}
