#pragma once

#include "media/MediaError.h"

#include <QString>
#include <cstdint>
#include <expected>
#include <functional>
#include <optional>

namespace coachtrack::media {

struct ClipRequest
{
    QString inputPath;
    int64_t startMs = 0;
    int64_t endMs = 0;
    QString outputBase; // path without suffix; the suffix follows the container chosen
    QString title;      // written as the clip's only metadata ("title")
    // Says why a path must not be written (the recording itself, the library …); the cutter
    // asks before it creates or replaces any file.
    std::function<std::optional<QString>(const QString& path)> refuseOutput;
};

struct Clip
{
    QString path;
    int64_t startMs = 0; // where the clip really starts in the recording (a video clip starts
    int64_t endMs = 0;   // at the key frame at or before the requested start)
};

// Cuts [startMs, endMs) of a recording's audio and video into a file of its own without
// re-encoding (stream copy): into the recording's own container when FFmpeg can write it and
// it takes the streams' codecs, otherwise into Matroska (.mka/.mkv). Other streams and the
// recording's metadata are left out. The file appears complete or not at all. Any thread.
std::expected<Clip, Error> cutClip(const ClipRequest& request);

} // namespace coachtrack::media
