#include "media/TempoFilter.h"

#include "media/FfmpegHandles.h"

#include <algorithm>
#include <cmath>
#include <cstring>

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
}

namespace coachtrack::media {

namespace {

struct GraphDeleter
{
    void operator()(AVFilterGraph* g) const { avfilter_graph_free(&g); }
};
using GraphPtr = std::unique_ptr<AVFilterGraph, GraphDeleter>;

const char* const kStretchName = "stretch";

Error filterError(const QString& what, int averror)
{
    return {ErrorCode::DecodeFailed,
            QStringLiteral("playback: %1 (%2)").arg(what, ffmpeg::errorText(averror))};
}

QString tempoText(double tempo)
{
    return QString::number(tempo, 'g', 17);
}

} // namespace

struct TempoFilter::Impl
{
    int sampleRate = 0;
    int inChannels = 0;
    int outChannels = 0;
    double tempo = 1.0;
    TempoAlgorithm algorithm = TempoAlgorithm::Wsola;
    GraphPtr graph;
    AVFilterContext* source = nullptr;
    AVFilterContext* sink = nullptr;
    int64_t pushed = 0;
    ffmpeg::FramePtr frame{av_frame_alloc()};

    std::expected<void, Error> build()
    {
        graph.reset(avfilter_graph_alloc());
        source = sink = nullptr;
        pushed = 0;
        if (!graph || !frame)
            return std::unexpected(filterError(QStringLiteral("out of memory"), AVERROR(ENOMEM)));
        AVChannelLayout layout{};
        av_channel_layout_default(&layout, inChannels);
        char layoutName[64] = {};
        av_channel_layout_describe(&layout, layoutName, sizeof layoutName);
        av_channel_layout_uninit(&layout);
        const QByteArray sourceArgs =
            QStringLiteral("sample_rate=%1:sample_fmt=fltp:channel_layout=%2:time_base=1/%1")
                .arg(sampleRate)
                .arg(QString::fromLatin1(layoutName))
                .toLatin1();
        const bool wsola = algorithm == TempoAlgorithm::Wsola;
        const QByteArray stretchArgs =
            (wsola ? QStringLiteral("tempo=%1")
                   : QStringLiteral("tempo=%1:transients=smooth:window=short:formant=preserved"))
                .arg(tempoText(tempo))
                .toLatin1();
        const QByteArray formatArgs =
            QStringLiteral("sample_fmts=s16:sample_rates=%1:channel_layouts=%2")
                .arg(sampleRate)
                .arg(outChannels == 1 ? QStringLiteral("mono") : QStringLiteral("stereo"))
                .toLatin1();
        AVFilterContext* stretch = nullptr;
        AVFilterContext* format = nullptr;
        int rc = avfilter_graph_create_filter(&source, avfilter_get_by_name("abuffer"), "in",
                                              sourceArgs.constData(), nullptr, graph.get());
        if (rc >= 0)
            rc = avfilter_graph_create_filter(
                &stretch, avfilter_get_by_name(wsola ? "atempo" : "rubberband"), kStretchName,
                stretchArgs.constData(), nullptr, graph.get());
        if (rc >= 0)
            rc = avfilter_graph_create_filter(&format, avfilter_get_by_name("aformat"), "format",
                                              formatArgs.constData(), nullptr, graph.get());
        if (rc >= 0)
            rc = avfilter_graph_create_filter(&sink, avfilter_get_by_name("abuffersink"), "out",
                                              nullptr, nullptr, graph.get());
        if (rc >= 0)
            rc = avfilter_link(source, 0, stretch, 0);
        if (rc >= 0)
            rc = avfilter_link(stretch, 0, format, 0);
        if (rc >= 0)
            rc = avfilter_link(format, 0, sink, 0);
        if (rc >= 0)
            rc = avfilter_graph_config(graph.get(), nullptr);
        if (rc < 0)
            return std::unexpected(
                filterError(QStringLiteral("cannot set up the time-stretch filter"), rc));
        return {};
    }
};

TempoFilter::TempoFilter(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}
TempoFilter::TempoFilter(TempoFilter&&) noexcept = default;
TempoFilter& TempoFilter::operator=(TempoFilter&&) noexcept = default;
TempoFilter::~TempoFilter() = default;

double TempoFilter::effectiveTempo(double requested, TempoAlgorithm algorithm)
{
    const double clamped = std::clamp(requested, kMinTempo, kMaxTempo);
    return algorithm == TempoAlgorithm::Wsola ? std::round(clamped * 256.0) / 256.0 : clamped;
}

std::expected<TempoFilter, Error> TempoFilter::create(int sampleRate, int channels, double tempo,
                                                      TempoAlgorithm algorithm)
{
    ffmpeg::quietLogging();
    if (sampleRate <= 0 || channels <= 0)
        return std::unexpected(
            Error{ErrorCode::UnsupportedCodec, QStringLiteral("playback: no audio to play")});
    auto impl = std::make_unique<Impl>();
    impl->sampleRate = sampleRate;
    impl->inChannels = channels;
    impl->outChannels = channels == 1 ? 1 : 2;
    impl->algorithm = algorithm;
    impl->tempo = effectiveTempo(tempo, algorithm);
    if (auto built = impl->build(); !built)
        return std::unexpected(built.error());
    return TempoFilter(std::move(impl));
}

int64_t TempoFilter::leadFrames() const
{
    if (d->algorithm != TempoAlgorithm::Wsola)
        return 0;
    // atempo's window: sample rate / 24 rounded up to a power of two.
    int64_t window = 1;
    while (window < d->sampleRate / 24)
        window *= 2;
    return window / 2;
}

int TempoFilter::sampleRate() const
{
    return d->sampleRate;
}
int TempoFilter::outputChannels() const
{
    return d->outChannels;
}
double TempoFilter::tempo() const
{
    return d->tempo;
}

std::expected<void, Error> TempoFilter::push(const PcmBlock& block)
{
    // atempo hands out its output in buffers of (input frame length / tempo) frames and holds
    // a partly filled one back; small input frames keep that hidden audio, which a tempo
    // change would otherwise misplace on the clock, under 10 ms.
    constexpr int64_t kPushFrames = 128;
    const int64_t frames = block.frames();
    for (int64_t at = 0; at < frames; at += kPushFrames) {
        const int64_t n = std::min(kPushFrames, frames - at);
        AVFrame* f = d->frame.get();
        av_frame_unref(f);
        f->format = AV_SAMPLE_FMT_FLTP;
        f->sample_rate = d->sampleRate;
        f->nb_samples = int(n);
        av_channel_layout_default(&f->ch_layout, d->inChannels);
        f->pts = d->pushed;
        if (int rc = av_frame_get_buffer(f, 0); rc < 0)
            return std::unexpected(filterError(QStringLiteral("out of memory"), rc));
        for (int c = 0; c < d->inChannels; ++c)
            std::memcpy(f->extended_data[c], block.channels[size_t(c)].data() + at,
                        size_t(n) * sizeof(float));
        d->pushed += n;
        if (int rc = av_buffersrc_add_frame(d->source, f); rc < 0)
            return std::unexpected(
                filterError(QStringLiteral("the time-stretch filter refused audio"), rc));
    }
    return {};
}

std::expected<void, Error> TempoFilter::finish()
{
    if (int rc = av_buffersrc_add_frame(d->source, nullptr); rc < 0 && rc != AVERROR_EOF)
        return std::unexpected(filterError(QStringLiteral("cannot finish the time-stretch"), rc));
    return {};
}

std::expected<int64_t, Error> TempoFilter::pull(std::vector<int16_t>& interleaved)
{
    int64_t added = 0;
    AVFrame* f = d->frame.get();
    for (;;) {
        av_frame_unref(f);
        const int rc = av_buffersink_get_frame(d->sink, f);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return added;
        if (rc < 0)
            return std::unexpected(
                filterError(QStringLiteral("the time-stretch filter failed"), rc));
        const auto* samples = reinterpret_cast<const int16_t*>(f->data[0]);
        interleaved.insert(interleaved.end(), samples,
                           samples + size_t(f->nb_samples) * size_t(d->outChannels));
        added += f->nb_samples;
    }
}

std::expected<void, Error> TempoFilter::reset(double requestedTempo)
{
    d->tempo = effectiveTempo(requestedTempo, d->algorithm);
    return d->build();
}

} // namespace coachtrack::media
