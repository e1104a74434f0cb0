#pragma once

// The demo call's detected speech per channel (rep left), from one analysis (peak cache
// not used), for the transcript tests that match lines against it.
#include "media/RecordingAnalyser.h"
#include "support/Fixtures.h"
#include "workflows/RecordingTalk.h"

#include <catch2/catch.hpp>

namespace coachtrack::testing {

inline std::vector<std::vector<media::SpeechSegment>> demoCallSpeech()
{
    media::NoProgress progress;
    media::CancelToken cancel;
    auto analysis =
        media::analyseRecording(demoCallPath(), media::PeakCache(), {}, progress, cancel);
    REQUIRE(analysis.has_value());
    return workflows::talkOf(analysis->analysis, 0).speech;
}

} // namespace coachtrack::testing
