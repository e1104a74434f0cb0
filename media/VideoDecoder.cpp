#include "media/VideoDecoder.h"

#include "media/FfmpegHandles.h"
#include "media/InputFile.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <QTransform>
#include <cmath>

namespace coachtrack::media {

using namespace ffmpeg;

namespace {

struct SwsDeleter
{
    void operator()(SwsContext* p) const { sws_freeContext(p); }
};
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;

constexpr AVRational kMs{1, 1000};
constexpr int64_t kRetreatMs = 2000; // a seek that lands after its target tries again this early

// The best video stream that is not a still picture (cover art), or -1.
int findVideoStream(AVFormatContext* format, const AVCodec** decoder)
{
    const int best = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, decoder, 0);
    if (best >= 0 && !(format->streams[best]->disposition & AV_DISPOSITION_ATTACHED_PIC))
        return best;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const AVStream* s = format->streams[i];
        if (s->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
            !(s->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
            *decoder = avcodec_find_decoder(s->codecpar->codec_id);
            return int(i);
        }
    }
    return -1;
}

// Clockwise degrees (a multiple of 90) that show the stream upright, from its display matrix.
int uprightRotation(const AVStream* stream)
{
    const uint8_t* matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix)
        return 0;
    // av_display_rotation_get() is the counter-clockwise angle the matrix applies.
    const double ccw = av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
    if (std::isnan(ccw))
        return 0;
    const int quarter = int(std::lround(-ccw / 90.0));
    return ((quarter % 4) + 4) % 4 * 90;
}

bool isFullRangeFormat(int format)
{
    return format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P ||
           format == AV_PIX_FMT_YUVJ444P || format == AV_PIX_FMT_YUVJ440P ||
           format == AV_PIX_FMT_YUVJ411P;
}

} // namespace

struct VideoDecoder::Impl
{
    QString path;
    FormatContextPtr format;
    CodecContextPtr codec;
    FramePtr raw{av_frame_alloc()};
    FramePtr pending{av_frame_alloc()}; // decoded, waiting for the next frame to end its span
    PacketPtr packet{av_packet_alloc()};
    SwsPtr sws;
    const SwsContext* swsConfigured = nullptr;
    int swsColorspace = -1;
    int swsFullRange = -1;
    int streamIndex = -1;
    AVRational timeBase{1, 1};
    int64_t originPts = 0; // stream timestamp of the player's 0 ms (the sound's start)
    int64_t streamStart = 0;
    int rotation = 0;
    QSize displaySize;
    int64_t nominalMs = 40;
    bool hasPending = false;
    int64_t pendingMs = 0;
    int64_t lastMs = 0;
    bool inputDone = false;
    int64_t framesDecoded = 0;
    int64_t badPackets = 0;
    int64_t late = 0;
    std::optional<int64_t> seekTarget;
    int retreat = 0; // how far back the current seek went: target, target - 2 s, start
    bool seekedToStart = false;

    Error fail(ErrorCode code, const QString& why) const { return fileError(code, path, why); }

    int64_t frameMs(const AVFrame& f)
    {
        const int64_t pts = f.best_effort_timestamp;
        lastMs = pts == AV_NOPTS_VALUE ? lastMs + nominalMs
                                       : av_rescale_q(pts - originPts, timeBase, kMs);
        return lastMs;
    }

    // Decodes the next frame into `raw`; false at the end of the stream.
    std::expected<bool, Error> receive()
    {
        for (;;) {
            int rc = avcodec_receive_frame(codec.get(), raw.get());
            if (rc == 0) {
                ++framesDecoded;
                return true;
            }
            if (rc == AVERROR_EOF)
                break;
            if (rc != AVERROR(EAGAIN)) {
                ++badPackets; // a corrupt frame: skip it like a player would
                continue;
            }
            if (inputDone)
                break;
            rc = av_read_frame(format.get(), packet.get());
            if (rc < 0) {
                if (rc != AVERROR_EOF && rc != AVERROR(EIO) && rc != AVERROR_INVALIDDATA &&
                    framesDecoded == 0)
                    return std::unexpected(fail(ErrorCode::IoError, errorText(rc)));
                inputDone = true;
                avcodec_send_packet(codec.get(), nullptr);
                continue;
            }
            if (packet->stream_index == streamIndex &&
                avcodec_send_packet(codec.get(), packet.get()) < 0)
                ++badPackets;
            av_packet_unref(packet.get());
        }
        if (framesDecoded == 0 && badPackets > 0)
            return std::unexpected(
                fail(ErrorCode::DecodeFailed,
                     QStringLiteral("its video is damaged: no frame could be decoded")));
        return false;
    }

    void keepRawAsPending(int64_t ms)
    {
        av_frame_unref(pending.get());
        av_frame_move_ref(pending.get(), raw.get());
        hasPending = true;
        pendingMs = ms;
    }

    // Moves the demuxer to a key frame before `seekTarget`, further back on each retreat.
    std::expected<void, Error> jump()
    {
        av_frame_unref(pending.get());
        hasPending = false;
        const int64_t aimMs = *seekTarget - (retreat == 0 ? 0 : kRetreatMs);
        int64_t ts = originPts + av_rescale_q(aimMs, kMs, timeBase);
        seekedToStart = retreat >= 2 || ts <= streamStart;
        if (seekedToStart)
            ts = streamStart;
        int rc = av_seek_frame(format.get(), streamIndex, ts, AVSEEK_FLAG_BACKWARD);
        if (rc < 0 && !seekedToStart) {
            seekedToStart = true;
            rc = av_seek_frame(format.get(), streamIndex, streamStart, AVSEEK_FLAG_BACKWARD);
        }
        if (rc < 0)
            return std::unexpected(
                fail(ErrorCode::DecodeFailed,
                     QStringLiteral("cannot seek in its video (%1)").arg(errorText(rc))));
        avcodec_flush_buffers(codec.get());
        inputDone = false;
        return {};
    }

    void configureScaler(const AVFrame& f, int width, int height)
    {
        SwsContext* next =
            sws_getCachedContext(sws.release(), f.width, f.height, AVPixelFormat(f.format), width,
                                 height, AV_PIX_FMT_RGB32, SWS_BILINEAR, nullptr, nullptr, nullptr);
        sws.reset(next);
        const int fullRange =
            f.color_range == AVCOL_RANGE_JPEG || isFullRangeFormat(f.format) ? 1 : 0;
        const int colorspace =
            f.colorspace == AVCOL_SPC_UNSPECIFIED ? SWS_CS_DEFAULT : int(f.colorspace);
        if (!sws || (sws.get() == swsConfigured && colorspace == swsColorspace &&
                     fullRange == swsFullRange))
            return;
        // Fails harmlessly for RGB sources, which have no matrix to choose.
        sws_setColorspaceDetails(sws.get(), sws_getCoefficients(colorspace), fullRange,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
        swsConfigured = sws.get();
        swsColorspace = colorspace;
        swsFullRange = fullRange;
    }

    std::expected<VideoFrame, Error> convert(int64_t endMs)
    {
        AVFrame& f = *pending;
        int width = f.width;
        const AVRational sar =
            av_guess_sample_aspect_ratio(format.get(), format->streams[streamIndex], &f);
        if (sar.num > 0 && sar.den > 0 && sar.num != sar.den)
            width = int(std::max<int64_t>(1, av_rescale(width, sar.num, sar.den)));
        configureScaler(f, width, f.height);
        const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(AVPixelFormat(f.format));
        const bool alpha = desc && (desc->flags & AV_PIX_FMT_FLAG_ALPHA);
        QImage image(width, f.height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        if (!sws || image.isNull())
            return std::unexpected(fail(ErrorCode::DecodeFailed,
                                        QStringLiteral("cannot convert its %1×%2 video pictures")
                                            .arg(f.width)
                                            .arg(f.height)));
        uint8_t* planes[4] = {image.bits(), nullptr, nullptr, nullptr};
        const int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
        sws_scale(sws.get(), f.data, f.linesize, 0, f.height, planes, strides);
        if (alpha)
            image.convertTo(QImage::Format_ARGB32_Premultiplied);
        if (rotation != 0)
            image = image.transformed(QTransform().rotate(rotation));
        return VideoFrame{std::move(image), pendingMs, endMs};
    }
};

VideoDecoder::VideoDecoder(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}
VideoDecoder::VideoDecoder(VideoDecoder&&) noexcept = default;
VideoDecoder& VideoDecoder::operator=(VideoDecoder&&) noexcept = default;
VideoDecoder::~VideoDecoder() = default;

QString VideoDecoder::codecName() const
{
    return QString::fromUtf8(d->codec->codec->name);
}
QSize VideoDecoder::displaySize() const
{
    return d->displaySize;
}
int VideoDecoder::rotationDegrees() const
{
    return d->rotation;
}
int64_t VideoDecoder::nominalFrameMs() const
{
    return d->nominalMs;
}
int64_t VideoDecoder::takeLateCount()
{
    return std::exchange(d->late, 0);
}

std::expected<std::optional<VideoDecoder>, Error> VideoDecoder::open(const QString& path)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    auto opened = openInput(path);
    if (!opened)
        return std::unexpected(opened.error());
    impl->format = std::move(*opened);
    AVFormatContext* format = impl->format.get();

    const AVCodec* decoder = nullptr;
    const int index = findVideoStream(format, &decoder);
    if (index < 0)
        return std::optional<VideoDecoder>();
    AVStream* stream = format->streams[index];
    if (!decoder)
        return std::unexpected(
            impl->fail(ErrorCode::UnsupportedCodec,
                       QStringLiteral("no decoder for its %1 video")
                           .arg(QString::fromUtf8(avcodec_get_name(stream->codecpar->codec_id)))));
    impl->streamIndex = index;
    for (unsigned i = 0; i < format->nb_streams; ++i)
        if (int(i) != index)
            format->streams[i]->discard = AVDISCARD_ALL;

    impl->codec.reset(avcodec_alloc_context3(decoder));
    if (!impl->codec || avcodec_parameters_to_context(impl->codec.get(), stream->codecpar) < 0)
        return std::unexpected(impl->fail(ErrorCode::UnsupportedCodec,
                                          QStringLiteral("cannot set up its video decoder")));
    impl->codec->thread_count = 0; // FFmpeg picks
    if (int rc = avcodec_open2(impl->codec.get(), decoder, nullptr); rc < 0)
        return std::unexpected(
            impl->fail(ErrorCode::UnsupportedCodec,
                       QStringLiteral("cannot open its %1 video decoder (%2)")
                           .arg(QString::fromUtf8(decoder->name), errorText(rc))));

    impl->timeBase = stream->time_base;
    impl->streamStart = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
    // The player's clock counts from the sound's first sample, so frames are timed against it.
    const int audio = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (audio >= 0) {
        const AVStream* a = format->streams[audio];
        impl->originPts = a->start_time == AV_NOPTS_VALUE
                              ? 0
                              : av_rescale_q(a->start_time, a->time_base, stream->time_base);
    } else {
        impl->originPts = impl->streamStart;
    }
    const AVRational fps =
        stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
    if (fps.num > 0 && fps.den > 0)
        impl->nominalMs = std::max<int64_t>(1, av_rescale(1000, fps.den, fps.num));
    impl->rotation = uprightRotation(stream);
    int width = stream->codecpar->width;
    const AVRational sar = av_guess_sample_aspect_ratio(format, stream, nullptr);
    if (sar.num > 0 && sar.den > 0)
        width = int(av_rescale(width, sar.num, sar.den));
    impl->displaySize = QSize(width, stream->codecpar->height);
    if (impl->rotation == 90 || impl->rotation == 270)
        impl->displaySize.transpose();
    return std::optional<VideoDecoder>(VideoDecoder(std::move(impl)));
}

std::expected<std::optional<VideoFrame>, Error> VideoDecoder::next(int64_t lateBeforeMs)
{
    for (;;) {
        auto got = d->receive();
        if (!got)
            return std::unexpected(got.error());
        if (!*got) {
            if (!d->hasPending)
                return std::optional<VideoFrame>();
            d->seekTarget.reset(); // the target lies past the last frame: show the last one
            auto last = d->convert(VideoFrame::kOpenEnd);
            d->hasPending = false;
            av_frame_unref(d->pending.get());
            if (!last)
                return std::unexpected(last.error());
            return std::optional<VideoFrame>(std::move(*last));
        }
        const int64_t ms = d->frameMs(*d->raw);
        if (!d->hasPending) {
            if (d->seekTarget && ms > *d->seekTarget && !d->seekedToStart) {
                // The key frame found lies after the target (inexact index): go further back.
                ++d->retreat;
                if (auto jumped = d->jump(); !jumped)
                    return std::unexpected(jumped.error());
                continue;
            }
            d->keepRawAsPending(ms);
            continue;
        }
        if (ms <= d->pendingMs) { // a repeated or backward timestamp: keep the order
            av_frame_unref(d->raw.get());
            continue;
        }
        // The pending frame is shown from pendingMs until ms.
        if (d->seekTarget && ms <= *d->seekTarget) {
            d->keepRawAsPending(ms);
            continue;
        }
        d->seekTarget.reset();
        if (ms <= lateBeforeMs) {
            ++d->late;
            d->keepRawAsPending(ms);
            continue;
        }
        auto frame = d->convert(ms);
        d->keepRawAsPending(ms);
        if (!frame)
            return std::unexpected(frame.error());
        return std::optional<VideoFrame>(std::move(*frame));
    }
}

std::expected<void, Error> VideoDecoder::seek(int64_t ms)
{
    d->seekTarget = ms;
    d->retreat = 0;
    return d->jump();
}

} // namespace coachtrack::media
