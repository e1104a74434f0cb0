#include "media/PlaybackPipeline.h"

#include "media/MediaInfo.h"

#include <algorithm>

namespace coachtrack::media {

namespace {
constexpr int64_t kSliceFrames = 4096;     // audio pushed into the filter per step
constexpr int64_t kHistorySeconds = 4;     // decoded audio kept for splices
constexpr int64_t kCrossfadeDivisor = 200; // splices cross-fade over 1/200 s (5 ms)
// Jumps ahead this short decode on rather than open a new decoder (a slower stall of the
// playing thread for a jump of focus listening: ~10 ms to decode 15 s of MP3).
constexpr int64_t kDecodeThroughSeconds = 15;

void appendFrames(PcmBlock& to, const PcmBlock& from, int64_t first, int64_t count)
{
    for (size_t c = 0; c < from.channels.size(); ++c)
        to.channels[c].insert(to.channels[c].end(), from.channels[c].begin() + first,
                              from.channels[c].begin() + first + count);
}
} // namespace

PlaybackPipeline::PlaybackPipeline(QString path, AudioDecoder decoder, TempoFilter filter,
                                   int64_t durationMs)
    : m_path(std::move(path))
    , m_decoder(std::move(decoder))
    , m_filter(std::move(filter))
    , m_durationMs(durationMs)
{
    m_history.sampleRate = m_filter->sampleRate();
    m_history.channels.resize(size_t(m_decoder->channelCount()));
    m_clock.restart(m_filter->leadFrames(), m_filter->tempo());
}

std::expected<PlaybackPipeline, Error> PlaybackPipeline::open(const QString& path, double tempo)
{
    auto info = probeMedia(path);
    if (!info)
        return std::unexpected(info.error());
    if (!info->audio)
        return std::unexpected(Error{ErrorCode::NoAudioStream,
                                     QStringLiteral("%1: there is no sound to play").arg(path)});
    auto decoder = AudioDecoder::open(path);
    if (!decoder)
        return std::unexpected(decoder.error());
    auto filter = TempoFilter::create(decoder->sampleRate(), decoder->channelCount(), tempo);
    if (!filter)
        return std::unexpected(filter.error());
    PlaybackPipeline pipeline(path, std::move(*decoder), std::move(*filter), info->durationMs);
    pipeline.m_hasVideo = info->video.has_value();
    return pipeline;
}

std::expected<void, Error> PlaybackPipeline::restartFrom(int64_t sourceFrame, double tempo)
{
    if (auto reset = m_filter->reset(tempo); !reset)
        return std::unexpected(reset.error());
    m_finished = false;
    if (sourceFrame >= m_historyStart && sourceFrame <= m_decodedUntil) {
        m_feedFrom = sourceFrame;
        return {};
    }
    if (!m_decoderDone && sourceFrame > m_decodedUntil &&
        sourceFrame - m_decodedUntil <= kDecodeThroughSeconds * sampleRate()) {
        // A short jump ahead (a skipped pause): decoding on is cheaper than a new decoder.
        m_history.clearSamples();
        m_historyStart = m_decodedUntil = m_feedFrom = m_skipUntil = sourceFrame;
        return {};
    }
    auto decoder = AudioDecoder::open(m_path);
    if (!decoder)
        return std::unexpected(decoder.error());
    // The decoder drops the first frame after a jump (decoded without its history), so it
    // jumps half a second early and the frames before the target are dropped here.
    if (sourceFrame > 0) {
        if (auto jumped = decoder->startNear(std::max<int64_t>(0, sourceFrame - sampleRate() / 2));
            !jumped)
            return std::unexpected(jumped.error());
    }
    m_decoder = std::move(*decoder);
    m_history.clearSamples();
    m_historyStart = m_decodedUntil = m_feedFrom = m_skipUntil = sourceFrame;
    m_decoderDone = false;
    return {};
}

std::expected<void, Error> PlaybackPipeline::seek(int64_t ms)
{
    ms = std::clamp<int64_t>(ms, 0, m_durationMs);
    // Decoding starts leadFrames() early so that the first frame heard is the target itself.
    const int64_t start = std::max<int64_t>(0, ms * sampleRate() / 1000 - m_filter->leadFrames());
    m_pending.clear();
    m_framesOut = 0;
    m_jumps.clear();
    m_jumpedBefore = 0;
    if (auto restarted = restartFrom(start, m_filter->tempo()); !restarted)
        return std::unexpected(restarted.error());
    m_clock.restart(start + m_filter->leadFrames(), m_filter->tempo());
    // Where asked, even inside a span or at its very start: the spans after it are skipped.
    // Back to the beginning is playing the call from its start: a span there is skipped.
    const int64_t target = ms * sampleRate() / 1000;
    m_nextSkip = target <= m_filter->leadFrames()
                     ? 0
                     : size_t(std::ranges::upper_bound(m_skips, target, {}, &SkipFrames::first) -
                              m_skips.begin());
    return {};
}

std::expected<double, Error> PlaybackPipeline::setTempo(double requested)
{
    const double tempo = TempoFilter::effectiveTempo(requested);
    if (tempo == m_filter->tempo())
        return tempo;
    // Keep what is already stretched and restart a fresh filter where that audio ends.
    const int64_t pendingFrames = int64_t(m_pending.size()) / outputChannels();
    const int64_t fade = std::min(pendingFrames, int64_t(sampleRate()) / kCrossfadeDivisor);
    const int64_t spliceFrame = m_framesOut + pendingFrames - fade;
    if (auto spliced = spliceAt(spliceFrame, m_clock.sourceFrameAt(spliceFrame), tempo); !spliced)
        return std::unexpected(spliced.error());
    return tempo;
}

std::expected<void, Error> PlaybackPipeline::spliceAt(int64_t outputFrame, int64_t sourceFrame,
                                                      double tempo)
{
    const int channels = outputChannels();
    const int64_t keep =
        std::clamp<int64_t>(outputFrame - m_framesOut, 0, int64_t(m_pending.size()) / channels);
    const int64_t fade = std::min(int64_t(m_pending.size()) / channels - keep,
                                  int64_t(sampleRate()) / kCrossfadeDivisor);
    const auto tailBegin = m_pending.begin() + keep * channels;
    const std::vector<int16_t> tail(tailBegin, tailBegin + fade * channels);
    m_pending.resize(size_t(keep * channels));
    const size_t seam = m_pending.size();
    if (auto restarted =
            restartFrom(std::max<int64_t>(0, sourceFrame - m_filter->leadFrames()), tempo);
        !restarted)
        return std::unexpected(restarted.error());
    m_clock.splice(m_framesOut + keep, sourceFrame, tempo);
    while (m_pending.size() < seam + tail.size() && !m_finished) {
        if (auto more = decodeMore(); !more)
            return std::unexpected(more.error());
    }
    const size_t mixed = std::min(tail.size(), m_pending.size() - seam);
    for (size_t i = 0; i < mixed; ++i) {
        const double gain = double(i / size_t(channels) + 1) / double(fade + 1);
        m_pending[seam + i] =
            int16_t(std::lround(tail[i] * (1 - gain) + m_pending[seam + i] * gain));
    }
    return {};
}

void PlaybackPipeline::setSkips(const std::vector<SkipSpan>& spans)
{
    m_skips.clear();
    for (const SkipSpan& s : spans)
        m_skips.push_back({s.startMs * sampleRate() / 1000, s.endMs * sampleRate() / 1000});
    // Every span not yet over, including the one being heard now (left at once).
    const int64_t now = m_clock.sourceFrameAt(m_framesOut);
    m_nextSkip =
        size_t(std::ranges::upper_bound(m_skips, now, {}, &SkipFrames::end) - m_skips.begin());
}

std::expected<void, Error> PlaybackPipeline::skipAhead()
{
    while (m_nextSkip < m_skips.size()) {
        const SkipFrames span = m_skips[m_nextSkip];
        const int64_t pendingEnd = m_framesOut + int64_t(m_pending.size()) / outputChannels();
        const int64_t reached = m_clock.sourceFrameAt(pendingEnd);
        if (reached < span.first && !m_finished)
            return {}; // not there yet
        ++m_nextSkip;
        if (reached < span.first)
            continue; // the recording ends before this span
        const int64_t at = std::clamp(m_clock.outputFrameAt(span.first), m_framesOut, pendingEnd);
        const int64_t from = m_clock.sourceFrameAt(at);
        if (span.end <= from)
            continue; // already past it
        if (auto spliced = spliceAt(at, span.end, m_filter->tempo()); !spliced)
            return std::unexpected(spliced.error());
        m_jumps.push_back({at, span.end - from});
    }
    return {};
}

int64_t PlaybackPipeline::skippedMsBefore(int64_t outputFrame) const
{
    int64_t frames = m_jumpedBefore;
    for (const Jump& j : m_jumps)
        if (j.outputFrame <= outputFrame) // frame `outputFrame` already plays after the jump
            frames += j.skippedFrames;
    return frames * 1000 / sampleRate();
}

void PlaybackPipeline::forgetBefore(int64_t outputFrame)
{
    m_clock.forgetBefore(outputFrame);
    while (!m_jumps.empty() && m_jumps.front().outputFrame < outputFrame) {
        m_jumpedBefore += m_jumps.front().skippedFrames;
        m_jumps.erase(m_jumps.begin());
    }
}

// Decodes one slice into the history (dropping what lies before a seek target).
std::expected<void, Error> PlaybackPipeline::decodeSlice()
{
    m_block.clearSamples();
    int64_t firstFrame = -1;
    while (m_block.frames() < kSliceFrames) {
        const int64_t before = m_block.frames();
        auto more = m_decoder->readInto(m_block);
        if (!more)
            return std::unexpected(more.error());
        if (!*more) {
            m_decoderDone = true;
            break;
        }
        int64_t start = m_decoder->lastReadStart();
        if (start < m_skipUntil) {
            const int64_t drop = std::min(m_skipUntil - start, m_block.frames() - before);
            for (auto& c : m_block.channels)
                c.erase(c.begin() + before, c.begin() + before + drop);
            start += drop;
        }
        if (firstFrame < 0 && m_block.frames() > before)
            firstFrame = start;
    }
    if (m_block.frames() == 0)
        return {};
    if (firstFrame != m_decodedUntil) // the decoder could not land exactly: follow it
        m_historyStart = m_feedFrom = m_decodedUntil = firstFrame;
    appendFrames(m_history, m_block, 0, m_block.frames());
    m_decodedUntil += m_block.frames();
    const int64_t excess = m_history.frames() - kHistorySeconds * sampleRate();
    if (excess > 0) {
        for (auto& c : m_history.channels)
            c.erase(c.begin(), c.begin() + excess);
        m_historyStart += excess;
    }
    return {};
}

// Pushes the next slice (from history, or newly decoded) through the filter.
std::expected<bool, Error> PlaybackPipeline::decodeMore()
{
    if (m_feedFrom >= m_decodedUntil && !m_decoderDone) {
        if (auto decoded = decodeSlice(); !decoded)
            return std::unexpected(decoded.error());
    }
    const int64_t count = std::min(kSliceFrames, m_decodedUntil - m_feedFrom);
    if (count > 0) {
        m_block.clearSamples();
        appendFrames(m_block, m_history, m_feedFrom - m_historyStart, count);
        m_feedFrom += count;
        if (auto pushed = m_filter->push(m_block); !pushed)
            return std::unexpected(pushed.error());
    } else if (!m_finished) {
        if (auto done = m_filter->finish(); !done)
            return std::unexpected(done.error());
        m_finished = true;
    }
    if (auto pulled = m_filter->pull(m_pending); !pulled)
        return std::unexpected(pulled.error());
    return count > 0;
}

std::expected<int64_t, Error> PlaybackPipeline::read(std::vector<int16_t>& out, int64_t frames)
{
    const int channels = outputChannels();
    for (;;) {
        if (auto skipped = skipAhead(); !skipped)
            return std::unexpected(skipped.error());
        if (int64_t(m_pending.size()) >= frames * channels || m_finished)
            break;
        if (auto more = decodeMore(); !more)
            return std::unexpected(more.error());
    }
    const int64_t given = std::min<int64_t>(frames, int64_t(m_pending.size()) / channels);
    out.insert(out.end(), m_pending.begin(), m_pending.begin() + given * channels);
    m_pending.erase(m_pending.begin(), m_pending.begin() + given * channels);
    m_framesOut += given;
    return given;
}

int64_t PlaybackPipeline::sourceMsAt(int64_t outputFrame)
{
    return std::clamp<int64_t>(m_clock.sourceFrameAt(outputFrame) * 1000 / sampleRate(), 0,
                               m_durationMs);
}

} // namespace coachtrack::media
