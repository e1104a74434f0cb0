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
    int64_t smoothingMs = 30;     // energy is averaged over this long before thresholding
    double minOnAboveFloorDb = 8; // speech must rise at least this far above the noise floor
    // The noise floor is taken as at most this far below the speech level: nothing further
    // down is speech, and codecs that gate line noise to digital silence (Opus at low bit
    // rates) would otherwise put the floor at the bottom of the scale and call the hiss speech.
    double maxFloorBelowSpeechDb = 50;
    // A segment spans its first to its last block at most this far below the speech level
    // (or above the offset level, if that is higher): lossy codecs smear quantisation noise
    // 20-40 dB under the signal into the pause around an abrupt start or stop (pre- and
    // post-echo), and where a boundary falls must not depend on the codec.
    double edgeBelowSpeechDb = 30;
    // Two-channel calls: a block that is this much quieter on one channel than on the other,
    // each relative to its channel's speech level, while the other speaks, is that speaker
    // leaking across (line echo, a codec's joint stereo), not speech of its own.
    double crosstalkDb = 20;
};

// Energy-based speech activity for one channel, from the mean square of consecutive blocks
// of `blockMs` each (PeakBuilder's energy envelope). Everything is in time, never in samples,
// so a call gives the same segments at any sample rate. The thresholds adapt to the channel:
// a noise floor (10th percentile of block energy) and a speech level (95th percentile), with
// hysteresis between an onset and an offset level and a hangover that bridges short pauses.
// So steady line noise and channels recorded at very different levels need no tuning. Pure.
std::vector<SpeechSegment> detectSpeech(const std::vector<float>& meanSquare, int blockMs,
                                        int64_t durationMs,
                                        const SpeechDetectorOptions& options = {});

// The same for every channel of a recording (`meanSquare[channel]`, equally long). With two
// channels, one speaker each, crosstalk from the other speaker is not counted as speech.
// Pure.
std::vector<std::vector<SpeechSegment>>
detectSpeechPerChannel(const std::vector<std::vector<float>>& meanSquare, int blockMs,
                       int64_t durationMs, const SpeechDetectorOptions& options = {});

} // namespace coachtrack::media
