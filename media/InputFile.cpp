#include "media/InputFile.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <QFile>
#include <QFileInfo>

namespace coachtrack::media::ffmpeg {

bool isRawAudioStream(const char* formatName)
{
    static const char* const raw[] = {"mp3", "aac", "amr", "gsm", "ac3", "eac3", "mp2"};
    for (const char* name : raw)
        if (qstrcmp(formatName, name) == 0)
            return true;
    return false;
}

Error fileError(ErrorCode code, const QString& path, const QString& why)
{
    return Error{code, QStringLiteral("%1: %2").arg(QFileInfo(path).absoluteFilePath(), why)};
}

std::expected<FormatContextPtr, Error> openInput(const QString& path)
{
    quietLogging();
    if (auto problem = checkReadableFile(path))
        return std::unexpected(*problem);
    AVFormatContext* raw = nullptr;
    const QByteArray local = QFile::encodeName(path);
    if (int rc = avformat_open_input(&raw, local.constData(), nullptr, nullptr); rc < 0)
        return std::unexpected(fileError(
            ErrorCode::UnrecognisedFormat, path,
            QStringLiteral("not a media file FFmpeg recognises (%1)").arg(errorText(rc))));
    FormatContextPtr format(raw);
    if (int rc = avformat_find_stream_info(raw, nullptr); rc < 0)
        return std::unexpected(
            fileError(ErrorCode::UnrecognisedFormat, path,
                      QStringLiteral("cannot read its streams (%1)").arg(errorText(rc))));
    return format;
}

} // namespace coachtrack::media::ffmpeg
