#pragma once

#include "media/MediaError.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <cstdint>
#include <expected>
#include <limits>
#include <memory>
#include <optional>

namespace coachtrack::media {

// One decoded picture and the span of the recording it covers, on the player's clock (ms
// from the start of the recording's sound).
struct VideoFrame
{
    static constexpr int64_t kOpenEnd = std::numeric_limits<int64_t>::max();

    QImage image;      // display size, upright, Format_RGB32 (ARGB32_Premultiplied with alpha)
    int64_t ptsMs = 0; // shown from here…
    int64_t endMs = 0; // …until the next frame's time (kOpenEnd for the stream's last frame)
};

// Streams the best video stream of a recording (cover art is not video) as QImages in
// presentation order (FFmpeg demux + decode + swscale). Times come from each frame's own
// timestamp, so variable frame rates play as recorded. One instance belongs to one thread at a
// time.
class VideoDecoder
{
public:
    // The recording's video, std::nullopt when it has none; an error when it cannot be decoded.
    static std::expected<std::optional<VideoDecoder>, Error> open(const QString& path);

    VideoDecoder(VideoDecoder&&) noexcept;
    VideoDecoder& operator=(VideoDecoder&&) noexcept;
    ~VideoDecoder();

    QString codecName() const;
    // Size of the frames handed out: the coded size stretched to square pixels, then rotated.
    QSize displaySize() const;
    // Clockwise quarter turns (0, 90, 180, 270) applied to show the picture upright.
    int rotationDegrees() const;
    // The stream's nominal frame duration in ms (from its average frame rate; 40 when unknown).
    int64_t nominalFrameMs() const;

    // The next frame, std::nullopt after the last one. Frames whose span ends at or before
    // `lateBeforeMs` are decoded but not converted, and counted by takeLateCount().
    std::expected<std::optional<VideoFrame>, Error>
    next(int64_t lateBeforeMs = std::numeric_limits<int64_t>::min());
    // Frames skipped as late since the last call.
    int64_t takeLateCount();

    // Continues with the frame shown at `ms` (the one at or before it), then the ones after:
    // seeks back to a key frame and decodes, without converting, up to it.
    std::expected<void, Error> seek(int64_t ms);

private:
    struct Impl;
    explicit VideoDecoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace coachtrack::media
