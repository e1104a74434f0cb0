#include "media/FfmpegHandles.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libswresample/swresample.h>
}

#include <mutex>

namespace coachtrack::media::ffmpeg {

void FormatContextDeleter::operator()(AVFormatContext* p) const
{
    avformat_close_input(&p);
}
void CodecContextDeleter::operator()(AVCodecContext* p) const
{
    avcodec_free_context(&p);
}
void FrameDeleter::operator()(AVFrame* p) const
{
    av_frame_free(&p);
}
void PacketDeleter::operator()(AVPacket* p) const
{
    av_packet_free(&p);
}
void SwrDeleter::operator()(SwrContext* p) const
{
    swr_free(&p);
}

QString errorText(int averror)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

void quietLogging()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_FATAL); });
}

} // namespace coachtrack::media::ffmpeg
