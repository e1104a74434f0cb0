#pragma once

// RAII ownership of FFmpeg objects and readable FFmpeg error text. Private to media/.

#include <QString>
#include <memory>

extern "C" {
struct AVFormatContext;
struct AVCodecContext;
struct AVFrame;
struct AVPacket;
struct SwrContext;
}

namespace coachtrack::media::ffmpeg {

struct FormatContextDeleter
{
    void operator()(AVFormatContext* p) const;
};
struct CodecContextDeleter
{
    void operator()(AVCodecContext* p) const;
};
struct FrameDeleter
{
    void operator()(AVFrame* p) const;
};
struct PacketDeleter
{
    void operator()(AVPacket* p) const;
};
struct SwrDeleter
{
    void operator()(SwrContext* p) const;
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwrPtr = std::unique_ptr<SwrContext, SwrDeleter>;

// av_strerror() as a QString.
QString errorText(int averror);

// Silences FFmpeg's own console chatter once per process; errors reach users through Error.
void quietLogging();

} // namespace coachtrack::media::ffmpeg
