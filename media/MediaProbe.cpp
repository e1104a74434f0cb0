#include "media/AudioDecoder.h"
#include "media/Fingerprint.h"
#include "media/InputFile.h"
#include "media/MediaInfo.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace coachtrack::media {

using namespace ffmpeg;

namespace {

// Decodes the start of the audio stream: a file that only looks like media fails here.
std::expected<int64_t, Error> testDecode(const QString& path, bool countAll)
{
    auto decoder = AudioDecoder::open(path);
    if (!decoder)
        return std::unexpected(decoder.error());
    PcmBlock block;
    int64_t frames = 0;
    for (int reads = 0; countAll || reads < 8; ++reads) {
        block.clearSamples();
        auto more = decoder->readInto(block);
        if (!more)
            return std::unexpected(more.error());
        frames += block.frames();
        if (!*more)
            break;
    }
    if (frames == 0)
        return std::unexpected(
            fileError(ErrorCode::DecodeFailed, path,
                      QStringLiteral("its audio stream holds no decodable sound")));
    return frames * 1000 / decoder->sampleRate();
}

// Where the audio stream's packets really end (ms), read from the packets alone (no decode).
// Checks the last seconds the header promises first; only when they are not there (a file
// cut short whose header still claims the whole call) are all packets read to find the end.
std::optional<int64_t> truncatedAudioEnd(const QString& path, int audioIndex, int64_t claimedMs)
{
    auto opened = openInput(path);
    if (!opened)
        return std::nullopt;
    AVFormatContext* format = opened->get();
    const AVStream* stream = format->streams[audioIndex];
    const AVRational ms{1, 1000};
    const int64_t origin = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    PacketPtr packet(av_packet_alloc());
    auto endOfPackets = [&](int64_t stopAfterMs) {
        int64_t end = -1;
        while (av_read_frame(format, packet.get()) >= 0) {
            if (packet->stream_index == audioIndex && packet->pts != AV_NOPTS_VALUE)
                end = std::max(end, av_rescale_q(packet->pts - origin + packet->duration,
                                                 stream->time_base, ms));
            av_packet_unref(packet.get());
            if (stopAfterMs >= 0 && end >= stopAfterMs)
                break;
        }
        return end;
    };
    constexpr int64_t kToleranceMs = 1000;
    const int64_t lookFrom = std::max<int64_t>(0, claimedMs - 3000);
    if (av_seek_frame(format, audioIndex, origin + av_rescale_q(lookFrom, ms, stream->time_base),
                      AVSEEK_FLAG_BACKWARD) >= 0 &&
        endOfPackets(claimedMs - kToleranceMs) >= claimedMs - kToleranceMs)
        return std::nullopt; // the end is there
    if (av_seek_frame(format, -1, format->start_time != AV_NOPTS_VALUE ? format->start_time : 0,
                      AVSEEK_FLAG_BACKWARD) < 0)
        return std::nullopt;
    const int64_t end = endOfPackets(-1);
    if (end < 0 || end >= claimedMs - kToleranceMs)
        return std::nullopt;
    return end;
}

// A recording time tag as FFmpeg reports it: "2026-03-04T10:20:30.000000Z" (creation_time), or
// a `date` tag such as "2026-03-04", "2026-03-04 10:20" or "2026-03-04T10:20:30+01:00". A bare
// year names no day, and times before 1980 are a zeroed clock, not a call.
std::optional<QDateTime> tagTime(const AVDictionary* metadata, const char* key)
{
    const AVDictionaryEntry* entry = av_dict_get(metadata, key, nullptr, 0);
    if (!entry)
        return std::nullopt;
    QString text = QString::fromUtf8(entry->value).trimmed();
    if (text.size() > 10 && text[10] == u' ')
        text[10] = u'T';
    // Qt reads at most milliseconds: finer digits ("30.000000Z") are dropped first.
    static const QRegularExpression finer(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(finer, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() && text.size() == 10)
        time = QDate::fromString(text, Qt::ISODate).startOfDay();
    if (!time.isValid() || time.date().year() < 1980)
        return std::nullopt;
    return time;
}

std::optional<QDateTime> recordedAt(const AVFormatContext* format)
{
    if (auto time = tagTime(format->metadata, "creation_time"))
        return time;
    for (unsigned i = 0; i < format->nb_streams; ++i)
        if (auto time = tagTime(format->streams[i]->metadata, "creation_time"))
            return time;
    if (auto time = tagTime(format->metadata, "date"))
        return time;
    for (unsigned i = 0; i < format->nb_streams; ++i)
        if (auto time = tagTime(format->streams[i]->metadata, "date"))
            return time;
    return std::nullopt;
}

} // namespace

std::expected<MediaInfo, Error> probeMedia(const QString& path)
{
    auto opened = openInput(path);
    if (!opened)
        return std::unexpected(opened.error());
    const AVFormatContext* format = opened->get();

    MediaInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.format = QString::fromUtf8(format->iformat->name);
    info.sizeBytes = QFileInfo(path).size();
    info.bitRate = format->bit_rate;
    info.recordedAt = recordedAt(format);
    if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        info.durationMs = format->duration / (AV_TIME_BASE / 1000);

    const int audioIndex = av_find_best_stream(const_cast<AVFormatContext*>(format),
                                               AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (audioIndex >= 0) {
        const AVCodecParameters* p = format->streams[audioIndex]->codecpar;
        info.audio = AudioStreamInfo{QString::fromUtf8(avcodec_get_name(p->codec_id)),
                                     p->sample_rate, p->ch_layout.nb_channels, p->bit_rate};
    }
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const AVStream* s = format->streams[i];
        if (s->codecpar->codec_type != AVMEDIA_TYPE_VIDEO ||
            (s->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue; // cover art in an MP3 or M4A is not video
        const AVRational fps = s->avg_frame_rate.num ? s->avg_frame_rate : s->r_frame_rate;
        info.video =
            VideoStreamInfo{QString::fromUtf8(avcodec_get_name(s->codecpar->codec_id)),
                            s->codecpar->width, s->codecpar->height, fps.den ? av_q2d(fps) : 0.0};
        break;
    }
    if (!info.audio && !info.video)
        return std::unexpected(fileError(ErrorCode::UnrecognisedFormat, path,
                                         QStringLiteral("contains neither audio nor video")));
    if (info.audio) {
        // Verify the audio decodes. Measure the length by decoding when the container has
        // none, or only an estimate (raw MP3/AAC/AMR count encoder delay and padding, or
        // guess from the bit rate), as long as the file is small enough to do it quickly.
        constexpr qint64 kExactLengthLimit = 64ll << 20;
        const bool measure = info.durationMs == 0 || (isRawAudioStream(format->iformat->name) &&
                                                      info.sizeBytes <= kExactLengthLimit);
        auto decoded = testDecode(path, measure);
        if (!decoded)
            return std::unexpected(decoded.error());
        if (measure)
            info.durationMs = *decoded;
        else if (const auto end = truncatedAudioEnd(path, audioIndex, info.durationMs)) {
            info.headerDurationMs = info.durationMs;
            info.durationMs = *end;
        }
    }
    auto fingerprint = fingerprintFile(path);
    if (!fingerprint)
        return std::unexpected(fingerprint.error());
    info.fingerprint = *fingerprint;
    return info;
}

QByteArray mediaInfoToJson(const MediaInfo& info)
{
    QJsonObject root{{QStringLiteral("path"), info.path},
                     {QStringLiteral("duration_ms"), qint64(info.durationMs)},
                     {QStringLiteral("format"), info.format},
                     {QStringLiteral("size_bytes"), qint64(info.sizeBytes)},
                     {QStringLiteral("bit_rate"), qint64(info.bitRate)},
                     {QStringLiteral("fingerprint"), info.fingerprint},
                     {QStringLiteral("recorded_at"),
                      info.recordedAt ? QJsonValue(info.recordedAt->toString(Qt::ISODate))
                                      : QJsonValue(QJsonValue::Null)}};
    if (info.audio)
        root.insert(QStringLiteral("audio"),
                    QJsonObject{{QStringLiteral("codec"), info.audio->codec},
                                {QStringLiteral("sample_rate"), info.audio->sampleRate},
                                {QStringLiteral("channels"), info.audio->channels},
                                {QStringLiteral("bit_rate"), qint64(info.audio->bitRate)}});
    else
        root.insert(QStringLiteral("audio"), QJsonValue::Null);
    if (info.video)
        root.insert(QStringLiteral("video"),
                    QJsonObject{{QStringLiteral("codec"), info.video->codec},
                                {QStringLiteral("width"), info.video->width},
                                {QStringLiteral("height"), info.video->height},
                                {QStringLiteral("frame_rate"),
                                 std::round(info.video->frameRate * 1000) / 1000}});
    else
        root.insert(QStringLiteral("video"), QJsonValue::Null);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace coachtrack::media
