#include "media/AudioDecoder.h"

#include "media/FfmpegHandles.h"
#include "media/InputFile.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace coachtrack::media {

using namespace ffmpeg;

struct AudioDecoder::Impl
{
    QString path;
    FormatContextPtr format;
    CodecContextPtr codec;
    FramePtr frame{av_frame_alloc()};
    PacketPtr packet{av_packet_alloc()};
    SwrPtr swr;
    int streamIndex = -1;
    int sampleRate = 0;
    int channels = 0;
    bool inputDone = false;  // demuxer exhausted, decoder being drained
    bool outputDone = false; // decoder fully drained
    int64_t badPackets = 0;
    int64_t framesOut = 0;
    int64_t startPts = 0;  // the stream's start_time, in its time base
    int64_t nextIndex = 0; // sample index of the next appended sample
    int64_t lastStart = 0;
    bool anchored = true; // false after startNear() until a frame's timestamp is trusted
    bool skipNextFrame = false;
    bool framePending = false; // `frame` is held until the silence before it has been given out
    int64_t silenceDue = 0;    // samples of silence owed for a gap in the timestamps

    int64_t ptsToIndex(int64_t pts) const
    {
        const AVStream* s = format->streams[streamIndex];
        return av_rescale_q(pts - startPts, s->time_base, AVRational{1, sampleRate});
    }

    Error fail(ErrorCode code, const QString& why) const { return fileError(code, path, why); }

    // Smallest timestamp disagreement treated as a real gap or overlap: above the stream's
    // timestamp resolution (1 ms in Matroska) and 5 ms.
    int64_t gapThreshold() const
    {
        const AVRational tb = format->streams[streamIndex]->time_base;
        const int64_t tick = av_rescale_rnd(1, int64_t(tb.num) * sampleRate, tb.den, AV_ROUND_UP);
        return std::max<int64_t>(2 * tick + 1, sampleRate / 200);
    }

    // Keeps sample index == timestamp across gaps: a frame that starts later than the
    // samples so far is preceded by silence, so a sample's index is the same whether decoding
    // started at the beginning or after a jump, and video stays in step after a gap. Frames
    // that start earlier (overlapping or stalled timestamps, as broken muxers write) are kept
    // whole and counted on: dropping them could silence the rest of such a file. Jumps of
    // more than ten minutes are taken to be damaged timestamps and ignored.
    void placeFrame()
    {
        const int64_t pts = frame->best_effort_timestamp;
        if (pts == AV_NOPTS_VALUE)
            return;
        const int64_t gap = ptsToIndex(pts) - nextIndex;
        if (gap >= gapThreshold() && gap <= int64_t(sampleRate) * 600)
            silenceDue = gap;
    }

    void appendSilence(PcmBlock& out, int64_t frames)
    {
        for (auto& c : out.channels)
            c.resize(c.size() + size_t(frames), 0.0f);
        lastStart = nextIndex;
        nextIndex += frames;
    }

    std::expected<void, Error> ensureResampler(const AVFrame& f)
    {
        if (swr)
            return {};
        AVChannelLayout layout{};
        if (f.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
            av_channel_layout_default(&layout, f.ch_layout.nb_channels);
        else
            av_channel_layout_copy(&layout, &f.ch_layout);
        SwrContext* raw = nullptr;
        int rc = swr_alloc_set_opts2(&raw, &layout, AV_SAMPLE_FMT_FLTP, f.sample_rate, &layout,
                                     AVSampleFormat(f.format), f.sample_rate, 0, nullptr);
        av_channel_layout_uninit(&layout);
        swr.reset(raw);
        if (rc < 0 || (rc = swr_init(swr.get())) < 0)
            return std::unexpected(
                fail(ErrorCode::DecodeFailed,
                     QStringLiteral("cannot convert its samples (%1)").arg(errorText(rc))));
        return {};
    }

    std::expected<void, Error> appendFrame(PcmBlock& out)
    {
        const AVFrame& f = *frame;
        if (f.ch_layout.nb_channels != channels || f.sample_rate != sampleRate) {
            // Mid-stream format change (rare; some broadcast streams): keep the stream's
            // first shape and drop frames of another shape rather than mixing rates.
            ++badPackets;
            return {};
        }
        if (auto ok = ensureResampler(f); !ok)
            return ok;
        const size_t base = out.channels.front().size();
        const int capacity = swr_get_out_samples(swr.get(), f.nb_samples);
        std::vector<uint8_t*> planes(static_cast<size_t>(channels));
        for (int c = 0; c < channels; ++c) {
            out.channels[size_t(c)].resize(base + size_t(capacity));
            planes[size_t(c)] = reinterpret_cast<uint8_t*>(out.channels[size_t(c)].data() + base);
        }
        const int got = swr_convert(swr.get(), planes.data(), capacity,
                                    const_cast<const uint8_t**>(f.extended_data), f.nb_samples);
        if (got < 0)
            return std::unexpected(fail(ErrorCode::DecodeFailed, errorText(got)));
        for (auto& c : out.channels)
            c.resize(base + size_t(got));
        framesOut += got;
        lastStart = nextIndex;
        nextIndex += got;
        return {};
    }
};

AudioDecoder::AudioDecoder(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}
AudioDecoder::AudioDecoder(AudioDecoder&&) noexcept = default;
AudioDecoder& AudioDecoder::operator=(AudioDecoder&&) noexcept = default;
AudioDecoder::~AudioDecoder() = default;

int AudioDecoder::sampleRate() const
{
    return d->sampleRate;
}
int AudioDecoder::channelCount() const
{
    return d->channels;
}
QString AudioDecoder::codecName() const
{
    return QString::fromUtf8(d->codec->codec->name);
}
QString AudioDecoder::formatName() const
{
    return QString::fromUtf8(d->format->iformat->name);
}
int64_t AudioDecoder::lastReadStart() const
{
    return d->lastStart;
}

int64_t AudioDecoder::declaredDurationMs() const
{
    const AVStream* s = d->format->streams[d->streamIndex];
    if (s->duration != AV_NOPTS_VALUE)
        return av_rescale_q(s->duration, s->time_base, AVRational{1, 1000});
    if (d->format->duration != AV_NOPTS_VALUE)
        return d->format->duration / (AV_TIME_BASE / 1000);
    return 0;
}

std::expected<AudioDecoder, Error> AudioDecoder::open(const QString& path)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    auto opened = openInput(path);
    if (!opened)
        return std::unexpected(opened.error());
    impl->format = std::move(*opened);
    AVFormatContext* rawFormat = impl->format.get();

    const AVCodec* decoder = nullptr;
    const int best = av_find_best_stream(rawFormat, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    if (best == AVERROR_STREAM_NOT_FOUND)
        return std::unexpected(
            impl->fail(ErrorCode::NoAudioStream, QStringLiteral("has no audio stream")));
    if (best < 0 || !decoder)
        return std::unexpected(impl->fail(ErrorCode::UnsupportedCodec,
                                          QStringLiteral("no decoder for its audio codec")));
    impl->streamIndex = best;
    const AVStream* stream = rawFormat->streams[best];
    for (unsigned i = 0; i < rawFormat->nb_streams; ++i)
        if (int(i) != best)
            rawFormat->streams[i]->discard = AVDISCARD_ALL;

    impl->codec.reset(avcodec_alloc_context3(decoder));
    if (!impl->codec || avcodec_parameters_to_context(impl->codec.get(), stream->codecpar) < 0)
        return std::unexpected(
            impl->fail(ErrorCode::UnsupportedCodec, QStringLiteral("cannot set up its decoder")));
    impl->codec->thread_count = 1;
    if (int rc = avcodec_open2(impl->codec.get(), decoder, nullptr); rc < 0)
        return std::unexpected(
            impl->fail(ErrorCode::UnsupportedCodec,
                       QStringLiteral("cannot open its %1 decoder (%2)")
                           .arg(QString::fromUtf8(decoder->name), errorText(rc))));
    impl->startPts = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
    impl->sampleRate = impl->codec->sample_rate;
    impl->channels = impl->codec->ch_layout.nb_channels;
    if (impl->sampleRate <= 0 || impl->channels <= 0)
        return std::unexpected(
            impl->fail(ErrorCode::UnrecognisedFormat,
                       QStringLiteral("its audio stream declares no sample rate or channels")));
    return AudioDecoder(std::move(impl));
}

std::expected<bool, Error> AudioDecoder::readInto(PcmBlock& out)
{
    if (out.channels.empty()) {
        out.sampleRate = d->sampleRate;
        out.channels.resize(size_t(d->channels));
    }
    constexpr int64_t kSilenceChunk = 8192;
    while (!d->outputDone || d->framePending) {
        if (d->framePending) {
            if (d->silenceDue > 0) {
                const int64_t n = std::min(d->silenceDue, kSilenceChunk);
                d->silenceDue -= n;
                d->appendSilence(out, n);
                return true;
            }
            d->framePending = false;
            auto appended = d->appendFrame(out);
            av_frame_unref(d->frame.get());
            if (!appended)
                return std::unexpected(appended.error());
            return true;
        }
        // Drain every frame the decoder has ready before feeding it more.
        int rc = avcodec_receive_frame(d->codec.get(), d->frame.get());
        if (rc == 0) {
            if (d->anchored) {
                d->placeFrame();
                d->framePending = true;
                continue;
            }
            // The first frame after a jump is decoded without its history: drop it, and
            // take the position of the next one from its timestamp.
            const int64_t pts = d->frame->best_effort_timestamp;
            if (d->skipNextFrame || pts == AV_NOPTS_VALUE) {
                d->skipNextFrame = false;
                av_frame_unref(d->frame.get());
                continue;
            }
            d->nextIndex = d->ptsToIndex(pts);
            d->anchored = true;
            d->framePending = true;
            continue;
        }
        if (rc == AVERROR_EOF) {
            d->outputDone = true;
            continue;
        }
        if (rc != AVERROR(EAGAIN)) {
            ++d->badPackets; // a corrupt frame: skip it like a player would
            continue;
        }
        if (d->inputDone) {
            d->outputDone = true;
            continue;
        }
        rc = av_read_frame(d->format.get(), d->packet.get());
        if (rc < 0) {
            if (rc != AVERROR_EOF && rc != AVERROR(EIO) && rc != AVERROR_INVALIDDATA &&
                d->framesOut == 0)
                return std::unexpected(d->fail(ErrorCode::IoError, errorText(rc)));
            d->inputDone = true;
            avcodec_send_packet(d->codec.get(), nullptr);
            continue;
        }
        if (d->packet->stream_index == d->streamIndex) {
            if (avcodec_send_packet(d->codec.get(), d->packet.get()) < 0)
                ++d->badPackets;
        }
        av_packet_unref(d->packet.get());
    }
    if (d->framesOut == 0 && d->anchored && d->badPackets > 0)
        return std::unexpected(
            d->fail(ErrorCode::DecodeFailed,
                    QStringLiteral("its audio is damaged: no frame could be decoded")));
    return false;
}

std::expected<void, Error> AudioDecoder::startNear(int64_t sampleIndex)
{
    AVStream* stream = d->format->streams[d->streamIndex];
    d->anchored = false;
    d->skipNextFrame = true;
    d->framePending = false;
    d->silenceDue = 0;
    av_frame_unref(d->frame.get());
    avcodec_flush_buffers(d->codec.get());
    d->swr.reset();
    if (sampleIndex <= 0)
        return {};
    const int64_t target =
        d->startPts + av_rescale_q(sampleIndex, AVRational{1, d->sampleRate}, stream->time_base);
    if (!isRawAudioStream(d->format->iformat->name) &&
        av_seek_frame(d->format.get(), d->streamIndex, target, AVSEEK_FLAG_BACKWARD) >= 0) {
        avcodec_flush_buffers(d->codec.get());
        return {};
    }
    // Demux without decoding up to the packet that holds `sampleIndex`.
    for (;;) {
        const int rc = av_read_frame(d->format.get(), d->packet.get());
        if (rc < 0) {
            d->inputDone = true;
            avcodec_send_packet(d->codec.get(), nullptr);
            return {};
        }
        const AVPacket& p = *d->packet;
        if (p.stream_index == d->streamIndex && p.pts != AV_NOPTS_VALUE &&
            p.pts + p.duration > target) {
            if (avcodec_send_packet(d->codec.get(), d->packet.get()) < 0)
                ++d->badPackets;
            av_packet_unref(d->packet.get());
            return {};
        }
        av_packet_unref(d->packet.get());
    }
}

std::expected<PcmBlock, Error> decodeWholeFile(const QString& path)
{
    auto decoder = AudioDecoder::open(path);
    if (!decoder)
        return std::unexpected(decoder.error());
    PcmBlock pcm;
    for (;;) {
        auto more = decoder->readInto(pcm);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
    }
    return pcm;
}

} // namespace coachtrack::media
