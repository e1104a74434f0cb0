#include "workflows/TeamDocuments.h"

#include "workflows/DebriefExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace coachtrack::workflows {

namespace {

std::expected<QByteArray, QString> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

QString mediaTypeOf(const QString& suffix)
{
    static const std::pair<const char*, const char*> known[] = {
        {"pdf", "application/pdf"},  {"html", "text/html"}, {"mka", "audio/x-matroska"},
        {"mkv", "video/x-matroska"}, {"mp3", "audio/mpeg"}, {"m4a", "audio/mp4"},
        {"mp4", "video/mp4"},        {"wav", "audio/wav"},  {"ogg", "audio/ogg"},
        {"webm", "video/webm"}};
    for (const auto& [ext, type] : known)
        if (suffix.compare(QLatin1String(ext), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(type);
    return QStringLiteral("application/octet-stream");
}

} // namespace

std::expected<std::vector<sync::TeamDocument>, QString>
renderTeamDocuments(const QString& databasePath, int64_t sessionId,
                    const TeamDocumentOptions& options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return std::unexpected(
            QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString()));
    std::vector<sync::TeamDocument> documents;
    media::NoProgress quiet;
    const media::CancelToken never;
    ExportRequest request;
    request.databasePath = databasePath;
    request.sessionId = sessionId;
    for (const exchange::ExportFormat format :
         {exchange::ExportFormat::Pdf, exchange::ExportFormat::Html}) {
        request.format = format;
        const QString name = QStringLiteral("debrief.") + exchange::exportFormatName(format);
        request.outputPath = dir.filePath(name);
        const bool withClips = options.clips && format == exchange::ExportFormat::Html;
        request.clipsDir = withClips ? dir.filePath(QStringLiteral("clips")) : QString();
        auto report = runDebriefExport(request, quiet, never);
        if (!report)
            return std::unexpected(report.error().message);
        auto bytes = readAll(report->outputPath);
        if (!bytes)
            return std::unexpected(bytes.error());
        documents.push_back({name, mediaTypeOf(QFileInfo(name).suffix()), *bytes});
        // The clips, in focus order (their names end in the focus number), while they fit.
        qint64 total = 0;
        static const QRegularExpression focusNumber(QStringLiteral("_focus-(\\d+)_"));
        for (const QString& clip : report->clips) {
            const QFileInfo info(clip);
            const QString number = focusNumber.match(info.fileName()).captured(1);
            if (total + info.size() > options.clipBytesCap)
                break;
            auto clipBytes = readAll(clip);
            if (!clipBytes)
                return std::unexpected(clipBytes.error());
            total += info.size();
            const QString clipName =
                QStringLiteral("focus-%1.%2").arg(number, info.suffix().toLower());
            documents.push_back({clipName, mediaTypeOf(info.suffix()), *clipBytes});
        }
    }
    return documents;
}

sync::DocumentSource teamDocumentSource(const QString& databasePath,
                                        const TeamDocumentOptions& options)
{
    return [databasePath, options](int64_t sessionId) {
        return renderTeamDocuments(databasePath, sessionId, options);
    };
}

} // namespace coachtrack::workflows
