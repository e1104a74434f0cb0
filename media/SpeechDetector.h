#pragma once

#include <cstdint>
#include <vector>

namespace coachtrack::media {

struct SpeechSegment
{
    int64_t startMs = 0;
    int64_t endMs = 0;
    int64_t lengthMs() const { return endMs - startMs; }
    bool operator==(const SpeechSegment&) const = default;
};

struct SpeechDetectorOptions
{
    int64_t hangoverMs = 650;     // pauses shorter than this stay inside one segment
    int64_t minSpeechMs = 150;    // shorter bursts (clicks, breaths) are dropped
    double minOnAboveFloorDb = 8; // speech must rise at least this far above the noise floor
};

// Energy-based speech activity for one channel, from PeakBuilder's mean-square blocks.
// The thresholds adapt to the channel: a noise floor (10th percentile of block energy) and
// a speech level (95th percentile), with hysteresis between an onset and an offset level
// and a hangover that bridges short pauses. So steady line noise and channels recorded at
// very different levels need no tuning. Pure.
std::vector<SpeechSegment> detectSpeech(const std::vector<float>& meanSquare, int blockSize, int sampleRate,
                                        int64_t frames, const SpeechDetectorOptions& options = {});

} // namespace coachtrack::media
