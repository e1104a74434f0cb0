#pragma once

// Opening a media file with FFmpeg, with user-facing errors. Private to media/.

#include "media/FfmpegHandles.h"
#include "media/MediaError.h"

#include <expected>

namespace coachtrack::media::ffmpeg {

// Checks the path, opens the container and reads its stream information.
std::expected<FormatContextPtr, Error> openInput(const QString& path);

// True for elementary audio streams without an index (MP3, ADTS AAC, AMR, GSM, AC-3):
// their seek positions and declared durations are estimates.
bool isRawAudioStream(const char* formatName);

// "PATH: why" with the absolute path, as every media error reads.
Error fileError(ErrorCode code, const QString& path, const QString& why);

} // namespace coachtrack::media::ffmpeg
