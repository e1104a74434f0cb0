#pragma once

#include "media/MediaError.h"

#include <QDateTime>
#include <QString>
#include <cstdint>
#include <expected>
#include <optional>

namespace coachtrack::media {

struct AudioStreamInfo
{
    QString codec; // FFmpeg codec name, e.g. "mp3", "opus", "pcm_mulaw"
    int sampleRate = 0;
    int channels = 0;
    int64_t bitRate = 0; // bits per second; 0 when unknown
};

struct VideoStreamInfo
{
    QString codec;
    int width = 0;
    int height = 0;
    double frameRate = 0; // frames per second; 0 when unknown
};

// What a recording is: container, streams, length and a content fingerprint.
struct MediaInfo
{
    QString path;
    QString format; // FFmpeg demuxer name(s), e.g. "mp3", "mov,mp4,m4a,3gp,3g2,mj2"
    int64_t durationMs = 0;
    // Set when the audio really ends before the length the header claims (a truncated file);
    // durationMs is then where the audio's packets end.
    std::optional<int64_t> headerDurationMs;
    int64_t bitRate = 0;
    int64_t sizeBytes = 0;
    std::optional<AudioStreamInfo> audio;
    std::optional<VideoStreamInfo> video;
    QString fingerprint;
    // When the file says it was recorded: its `creation_time` tag (container, else a stream),
    // else its `date` tag when that names a day. Unset when it says nothing usable.
    std::optional<QDateTime> recordedAt;
};

// Opens `path` with FFmpeg and describes it. The audio stream is test-decoded, so a file
// that merely looks like media (a text file named .mp3, random bytes) is refused.
std::expected<MediaInfo, Error> probeMedia(const QString& path);

// MediaInfo as the JSON object `coachtrack probe --json` prints.
QByteArray mediaInfoToJson(const MediaInfo& info);

} // namespace coachtrack::media
