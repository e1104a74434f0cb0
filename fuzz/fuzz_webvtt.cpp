// parseWebVtt in Strict mode (the W3C algorithm) and plainCueText on every cue it yields.
#include "exchange/import/TextDecoding.h"
#include "exchange/import/WebVttReader.h"
#include "fuzz/FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    const QString text = exchange::decodeTranscriptText(fuzz::bytesOf(data, size));
    const auto cues = exchange::parseWebVtt(text, exchange::WebVttMode::Strict);
    if (!cues)
        return 0;
    for (const exchange::WebVttCue& cue : *cues) {
        fuzz::require(cue.startMs >= 0 && cue.endMs >= 0, "cue times are 0 or later");
        fuzz::require(cue.line >= 1, "cue line >= 1");
        exchange::plainCueText(cue.text);
    }
    return 0;
}
