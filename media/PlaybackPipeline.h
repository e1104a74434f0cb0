#pragma once

#include "media/AudioDecoder.h"
#include "media/ListeningPlan.h"
#include "media/MediaError.h"
#include "media/PlaybackClock.h"
#include "media/TempoFilter.h"

#include <QString>
#include <expected>
#include <optional>
#include <vector>

namespace coachtrack::media {

// The audio path of the player without any device or timer: decode → pitch-keeping
// time-stretch → interleaved 16-bit frames, with sample-accurate seeks and the clock that
// maps output frames back to the recording, jumping over the spans a listening plan skips
// (the clock says where each jump lands). Deterministic, so tests can check what a listener
// would hear at each moment. One thread.
class PlaybackPipeline
{
public:
    static std::expected<PlaybackPipeline, Error> open(const QString& path, double tempo = 1.0);

    int sampleRate() const { return m_filter->sampleRate(); }
    int outputChannels() const { return m_filter->outputChannels(); }
    int64_t durationMs() const { return m_durationMs; }
    bool hasVideo() const { return m_hasVideo; }
    double tempo() const { return m_filter->tempo(); }
    // True once every frame up to the end of the recording has been handed out.
    bool atEnd() const { return m_finished && m_pending.empty(); }

    // Continues from `ms` of the recording (clamped to the recording), exact to the sample.
    std::expected<void, Error> seek(int64_t ms);
    // Applies to frames handed out from now on; returns the tempo really used.
    std::expected<double, Error> setTempo(double requested);
    // Appends up to `frames` output frames to `out`; fewer only at the end of the recording.
    std::expected<int64_t, Error> read(std::vector<int16_t>& out, int64_t frames);
    // Output frames handed out since the last open or seek.
    int64_t framesOut() const { return m_framesOut; }
    // The recording time (ms) heard at output frame `outputFrame` (counted like framesOut).
    int64_t sourceMsAt(int64_t outputFrame);

    // Playback jumps over these spans of the recording (sorted, disjoint; empty: plays
    // everything): every span not over yet, so a span being heard now is left at once. A seek
    // lands where asked, even inside a span or at its start; the spans after it are skipped.
    void setSkips(const std::vector<SkipSpan>& spans);
    // Recording time (ms) jumped over up to output frame `outputFrame` (counted like
    // framesOut, since the last open or seek; not before the last forgetBefore()): the jumps
    // whose audio that frame or an earlier one plays.
    int64_t skippedMsBefore(int64_t outputFrame) const;

    // Lets the clock forget what lies before `outputFrame` (frames played so far).
    void forgetBefore(int64_t outputFrame);

private:
    PlaybackPipeline(QString path, AudioDecoder decoder, TempoFilter filter, int64_t durationMs);
    std::expected<bool, Error> decodeMore();
    std::expected<void, Error> decodeSlice();
    // Feeds a fresh filter at `tempo` from recording frame `sourceFrame`: from the decoded
    // history when it is still there, otherwise through a new decoder.
    std::expected<void, Error> restartFrom(int64_t sourceFrame, double tempo);
    // From output frame `outputFrame` (not yet handed out) on, plays recording frame
    // `sourceFrame` at `tempo`, cross-fading the seam.
    std::expected<void, Error> spliceAt(int64_t outputFrame, int64_t sourceFrame, double tempo);
    // Splices over every skipped span that the stretched audio not yet handed out reaches.
    std::expected<void, Error> skipAhead();

    struct Jump
    {
        int64_t outputFrame = 0;   // where the jump is heard
        int64_t skippedFrames = 0; // recording frames jumped over
    };

    QString m_path;
    std::optional<AudioDecoder> m_decoder;
    std::optional<TempoFilter> m_filter;
    PlaybackClock m_clock;
    PcmBlock m_block;
    PcmBlock m_history;             // the last seconds decoded, for splices
    int64_t m_historyStart = 0;     // recording frame of m_history's first frame
    int64_t m_decodedUntil = 0;     // recording frame after the last one decoded
    int64_t m_feedFrom = 0;         // next recording frame to push into the filter
    int64_t m_skipUntil = 0;        // the decoder drops frames before this one
    std::vector<int16_t> m_pending; // stretched, not yet handed out
    struct SkipFrames
    {
        int64_t first = 0; // recording frames [first, end)
        int64_t end = 0;
    };
    std::vector<SkipFrames> m_skips;
    size_t m_nextSkip = 0;
    std::vector<Jump> m_jumps;  // since the last seek, not yet forgotten
    int64_t m_jumpedBefore = 0; // frames of the jumps forgotten since the last seek
    int64_t m_durationMs = 0;
    int64_t m_framesOut = 0;
    bool m_decoderDone = false;
    bool m_finished = false; // the filter was told the input ended
    bool m_hasVideo = false;
};

} // namespace coachtrack::media
