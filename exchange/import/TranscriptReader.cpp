#include "exchange/import/TranscriptReader.h"

#include "exchange/import/TeamsDocxReader.h"
#include "exchange/import/TextDecoding.h"
#include "exchange/import/TextTranscriptReaders.h"
#include "exchange/import/WebVttReader.h"

#include <QFile>
#include <QFileInfo>

namespace coachtrack::exchange {

TranscriptResult readTranscript(const QByteArray& bytes)
{
    if (looksLikeZip(bytes)) // binary: told apart before any text is decoded
        return readTeamsDocx(bytes);
    QString text = decodeTranscriptText(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString head = text.left(6);
    if (head == u"WEBVTT")
        return readWebVttTranscript(text);
    if (looksLikeGongJson(text))
        return readGongJson(text);
    if (looksLikeSrt(text))
        return readSrt(text);
    if (looksLikeOtter(text))
        return readOtter(text);
    if (looksLikeGoogleMeet(text))
        return readGoogleMeet(text);
    if (text.trimmed().isEmpty())
        return std::unexpected(TranscriptError{0, QStringLiteral("the file is empty")});
    return std::unexpected(TranscriptError{
        1, QStringLiteral("not a transcript this version reads (WebVTT, SubRip, Zoom, Teams "
                          "WebVTT or .docx, Google Meet, Otter.ai or Gong JSON)")});
}

std::expected<Transcript, QString> readTranscriptFile(const QString& path)
{
    auto bytes = readImportFile(path, QStringLiteral("a transcript"));
    if (!bytes)
        return std::unexpected(bytes.error());
    const QString name = QFileInfo(path).fileName();
    auto read = readTranscript(*bytes);
    if (!read)
        return std::unexpected(read.error().message(name));
    return std::move(*read);
}

QString formatName(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::WebVtt: return QStringLiteral("webvtt");
    case TranscriptFormat::Srt: return QStringLiteral("srt");
    case TranscriptFormat::GoogleMeet: return QStringLiteral("google-meet");
    case TranscriptFormat::Otter: return QStringLiteral("otter");
    case TranscriptFormat::GongJson: return QStringLiteral("gong-json");
    case TranscriptFormat::TeamsDocx: return QStringLiteral("teams-docx");
    }
    return {};
}

} // namespace coachtrack::exchange
