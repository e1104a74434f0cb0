#pragma once

#include "media/MediaError.h"
#include "media/PcmBlock.h"

#include <QString>
#include <expected>
#include <memory>

namespace coachtrack::media {

// Streams the best audio stream of a media file as planar float PCM at the stream's own
// sample rate and channel count (FFmpeg demux + decode + swresample). One instance belongs
// to one thread at a time.
class AudioDecoder
{
public:
    static std::expected<AudioDecoder, Error> open(const QString& path);

    AudioDecoder(AudioDecoder&&) noexcept;
    AudioDecoder& operator=(AudioDecoder&&) noexcept;
    ~AudioDecoder();

    int sampleRate() const;
    int channelCount() const;
    QString codecName() const;
    // Duration the container declares, in ms; 0 when it declares none.
    int64_t declaredDurationMs() const;

    QString formatName() const;

    // Appends the next decoded frame to `out` (which must use this decoder's rate and
    // channel count, or be empty). Returns false once the stream is exhausted. A gap in the
    // stream's timestamps (a dropped packet, a recorder that paused) is given out as silence
    // so a sample's index matches its timestamp however decoding began.
    std::expected<bool, Error> readInto(PcmBlock& out);

    // Index (in samples from the start of the recording) of the first sample the last
    // readInto() appended. From the start of a file it follows the samples given out; after
    // startNear() it is anchored on the stream's timestamps, which the caller should verify
    // where exactness matters (the first frames after a jump may differ from a straight decode).
    int64_t lastReadStart() const;

    // Before the first read: jumps so that decoding resumes at or shortly before
    // `sampleIndex`. Indexed containers seek; raw streams (MP3, ADTS, AMR, …), whose seek
    // timestamps are estimates, are skipped through packet by packet without decoding.
    std::expected<void, Error> startNear(int64_t sampleIndex);

private:
    struct Impl;
    explicit AudioDecoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// Decodes a whole file into memory. Meant for short files and tests; long recordings are
// streamed with AudioDecoder.
std::expected<PcmBlock, Error> decodeWholeFile(const QString& path);

} // namespace coachtrack::media
