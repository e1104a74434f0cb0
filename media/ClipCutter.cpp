#include "media/ClipCutter.h"

#include "media/FfmpegHandles.h"
#include "media/InputFile.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/mathematics.h>
}

#include <QFile>
#include <QFileInfo>
#include <limits>
#include <vector>

namespace coachtrack::media {

using namespace ffmpeg;

namespace {

bool isWanted(const AVStream* stream)
{
    const AVMediaType type = stream->codecpar->codec_type;
    return (type == AVMEDIA_TYPE_AUDIO || type == AVMEDIA_TYPE_VIDEO) &&
           !(stream->disposition & AV_DISPOSITION_ATTACHED_PIC);
}

bool takesAll(const AVOutputFormat* format, const AVFormatContext* in)
{
    for (unsigned i = 0; i < in->nb_streams; ++i)
        if (isWanted(in->streams[i]) &&
            avformat_query_codec(format, in->streams[i]->codecpar->codec_id,
                                 FF_COMPLIANCE_NORMAL) == 0)
            return false; // negative means "not known": the header will tell
    return true;
}

// The recording's own container when FFmpeg writes it and it takes the codecs; then Matroska.
QStringList candidateSuffixes(const QString& inputPath, const AVFormatContext* in, bool hasVideo)
{
    QStringList suffixes;
    const QString own = QFileInfo(inputPath).suffix().toLower();
    if (!own.isEmpty()) {
        const QByteArray probeName = QByteArrayLiteral("clip.") + own.toLatin1();
        if (const AVOutputFormat* format = av_guess_format(nullptr, probeName.constData(), nullptr);
            format && takesAll(format, in))
            suffixes << own;
    }
    const QString matroska = hasVideo ? QStringLiteral("mkv") : QStringLiteral("mka");
    if (!suffixes.contains(matroska))
        suffixes << matroska;
    return suffixes;
}

int64_t toMs(int64_t ts, AVRational tb)
{
    return av_rescale_q(ts, tb, AVRational{1, 1000});
}

struct OutputDeleter
{
    void operator()(AVFormatContext* p) const
    {
        if (p && p->pb && !(p->oformat->flags & AVFMT_NOFILE))
            avio_closep(&p->pb);
        avformat_free_context(p);
    }
};

} // namespace

std::expected<Clip, Error> cutClip(const ClipRequest& request)
{
    if (request.endMs <= request.startMs)
        return std::unexpected(
            Error{ErrorCode::IoError, QStringLiteral("a clip must end after it starts")});
    auto opened = openInput(request.inputPath);
    if (!opened)
        return std::unexpected(opened.error());
    AVFormatContext* in = opened->get();

    std::vector<int> map(in->nb_streams, -1);
    int videoIndex = -1;
    int mapped = 0;
    for (unsigned i = 0; i < in->nb_streams; ++i)
        if (isWanted(in->streams[i])) {
            map[i] = mapped++;
            if (videoIndex < 0 && in->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO)
                videoIndex = int(i);
        }
    if (mapped == 0)
        return std::unexpected(fileError(ErrorCode::NoAudioStream, request.inputPath,
                                         QStringLiteral("has no audio or video to cut")));

    using OutputPtr = std::unique_ptr<AVFormatContext, OutputDeleter>;
    // Opens `path` (written as path.part) with the streams copied and its header written.
    auto startOutput = [&](const QString& path, QString& why) -> OutputPtr {
        AVFormatContext* raw = nullptr;
        const QByteArray formatProbe = QFile::encodeName(path);
        if (int rc =
                avformat_alloc_output_context2(&raw, nullptr, nullptr, formatProbe.constData());
            rc < 0) {
            why = QStringLiteral("cannot make a clip here (%1)").arg(errorText(rc));
            return nullptr;
        }
        OutputPtr output(raw);
        for (unsigned i = 0; i < in->nb_streams; ++i) {
            if (map[i] < 0)
                continue;
            AVStream* stream = avformat_new_stream(output.get(), nullptr);
            if (!stream ||
                avcodec_parameters_copy(stream->codecpar, in->streams[i]->codecpar) < 0) {
                why = QStringLiteral("cannot copy the streams");
                return nullptr;
            }
            stream->codecpar->codec_tag = 0;
            stream->time_base = in->streams[i]->time_base;
        }
        av_dict_set(&output->metadata, "title", request.title.toUtf8().constData(), 0);
        output->avoid_negative_ts = AVFMT_AVOID_NEG_TS_MAKE_ZERO;
        const QByteArray partName = QFile::encodeName(path + QStringLiteral(".part"));
        if (int rc = avio_open(&output->pb, partName.constData(), AVIO_FLAG_WRITE); rc < 0) {
            why = QStringLiteral("cannot write (%1)").arg(errorText(rc));
            return nullptr;
        }
        if (int rc = avformat_write_header(output.get(), nullptr); rc < 0) {
            why = QStringLiteral("cannot start the clip (%1)").arg(errorText(rc));
            output.reset();
            QFile::remove(path + QStringLiteral(".part"));
            return nullptr;
        }
        return output;
    };
    QString path;
    QString why;
    OutputPtr out;
    for (const QString& suffix : candidateSuffixes(request.inputPath, in, videoIndex >= 0)) {
        path = request.outputBase + QLatin1Char('.') + suffix;
        if (request.refuseOutput) {
            std::optional<QString> refused = request.refuseOutput(path);
            if (!refused)
                refused = request.refuseOutput(path + QStringLiteral(".part"));
            if (refused)
                return std::unexpected(Error{ErrorCode::IoError, *refused});
        }
        if ((out = startOutput(path, why)))
            break;
    }
    if (!out)
        return std::unexpected(fileError(ErrorCode::IoError, path, why));
    const QString partPath = path + QStringLiteral(".part");
    auto fail = [&](const QString& reason) {
        out.reset();
        QFile::remove(partPath);
        return std::unexpected(fileError(ErrorCode::IoError, path, reason));
    };

    av_seek_frame(in, -1, av_rescale(request.startMs, AV_TIME_BASE, 1000), AVSEEK_FLAG_BACKWARD);
    PacketPtr packet(av_packet_alloc());
    // A video clip starts at a key frame; an audio clip at the first packet reaching the start.
    std::optional<int64_t> clipStartMs;
    int64_t clipEndMs = 0;
    int streamsDone = 0;
    std::vector<bool> done(in->nb_streams, false);
    while (streamsDone < mapped) {
        int rc = av_read_frame(in, packet.get());
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0)
            return fail(QStringLiteral("cannot read the recording (%1)").arg(errorText(rc)));
        const int index = packet->stream_index;
        if (map[size_t(index)] < 0 || done[size_t(index)]) {
            av_packet_unref(packet.get());
            continue;
        }
        const AVRational tb = in->streams[index]->time_base;
        const int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        const int64_t atMs =
            ts == AV_NOPTS_VALUE ? (clipStartMs ? *clipStartMs : request.startMs) : toMs(ts, tb);
        const int64_t untilMs = atMs + std::max<int64_t>(toMs(packet->duration, tb), 0);
        bool keep = true;
        if (!clipStartMs) {
            if (videoIndex >= 0)
                keep = index == videoIndex && (packet->flags & AV_PKT_FLAG_KEY);
            else
                keep = untilMs > request.startMs;
            if (keep)
                clipStartMs = atMs;
        } else if (atMs < *clipStartMs) {
            keep = false;
        }
        if (keep && atMs >= request.endMs) {
            done[size_t(index)] = true;
            ++streamsDone;
            keep = false;
        }
        if (!keep) {
            av_packet_unref(packet.get());
            continue;
        }
        clipEndMs = std::max(clipEndMs, untilMs);
        const int64_t offset = av_rescale_q(*clipStartMs, AVRational{1, 1000}, tb);
        if (packet->pts != AV_NOPTS_VALUE)
            packet->pts -= offset;
        if (packet->dts != AV_NOPTS_VALUE)
            packet->dts -= offset;
        packet->stream_index = map[size_t(index)];
        av_packet_rescale_ts(packet.get(), tb, out->streams[packet->stream_index]->time_base);
        packet->pos = -1;
        if (int w = av_interleaved_write_frame(out.get(), packet.get()); w < 0)
            return fail(QStringLiteral("cannot write the clip (%1)").arg(errorText(w)));
    }
    if (!clipStartMs)
        return fail(QStringLiteral("the recording has nothing at %1 s")
                        .arg(double(request.startMs) / 1000.0));
    if (int rc = av_write_trailer(out.get()); rc < 0)
        return fail(QStringLiteral("cannot finish the clip (%1)").arg(errorText(rc)));
    out.reset();
    QFile::remove(path);
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return std::unexpected(
            fileError(ErrorCode::IoError, path, QStringLiteral("cannot put the clip in place")));
    }
    return Clip{path, *clipStartMs, clipEndMs};
}

} // namespace coachtrack::media
