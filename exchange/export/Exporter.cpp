#include "exchange/export/Exporter.h"

#include "annotations/NameTable.h"
#include "exchange/export/ArchiveExport.h"
#include "exchange/export/DebriefHtml.h"
#include "exchange/export/DebriefMarkdown.h"
#include "exchange/export/DebriefPrint.h"
#include "exchange/export/NotesExport.h"
#include "exchange/export/NotesInterchange.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <sys/stat.h>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char* name;
    const char* title;
    bool sheet;         // the debrief's own formats (the annotation tools' come after)
    const char* suffix; // of the file the Export dialog proposes
};

constexpr FormatInfo kFormats[] = {
    {ExportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("Exporter", "PDF document"), true, "pdf"},
    {ExportFormat::Html, "html", QT_TRANSLATE_NOOP("Exporter", "Web page, self-contained"), true,
     "html"},
    {ExportFormat::Markdown, "md", QT_TRANSLATE_NOOP("Exporter", "Markdown"), true, "md"},
    {ExportFormat::Odt, "odt", QT_TRANSLATE_NOOP("Exporter", "OpenDocument text"), true, "odt"},
    {ExportFormat::Csv, "csv", QT_TRANSLATE_NOOP("Exporter", "Notes as CSV"), true, "csv"},
    {ExportFormat::Json, "json", QT_TRANSLATE_NOOP("Exporter", "Notes as JSON"), true, "json"},
    {ExportFormat::Vtt, "vtt", QT_TRANSLATE_NOOP("Exporter", "Notes as subtitles (WebVTT)"), true,
     "vtt"},
    {ExportFormat::Eaf, "eaf", QT_TRANSLATE_NOOP("Exporter", "Notes for ELAN (EAF)"), false, "eaf"},
    {ExportFormat::Audacity, "audacity", QT_TRANSLATE_NOOP("Exporter", "Notes as Audacity labels"),
     false, "txt"},
    {ExportFormat::TextGrid, "textgrid", QT_TRANSLATE_NOOP("Exporter", "Notes as a Praat TextGrid"),
     false, "TextGrid"},
};

const FormatInfo& infoOf(ExportFormat format)
{
    for (const FormatInfo& info : kFormats)
        if (info.format == format)
            return info;
    return kFormats[0];
}

StoreError writeError(const QString& path, const QString& why, bool diskFull)
{
    return {diskFull ? StoreErrorCode::DiskFull : StoreErrorCode::Io,
            diskFull
                ? QStringLiteral("cannot write %1: the disk is full; nothing was written").arg(path)
                : QStringLiteral("cannot write %1: %2").arg(path, why)};
}

} // namespace

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatInfo& info : kFormats)
        if (info.sheet)
            names << QString::fromLatin1(info.name);
    return names;
}

QStringList interchangeFormatNames()
{
    QStringList names;
    for (const FormatInfo& info : kFormats)
        if (!info.sheet)
            names << QString::fromLatin1(info.name);
    return names;
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    const QString lower = name.toLower();
    for (const FormatInfo& info : kFormats)
        if (lower == QLatin1String(info.name))
            return info.format;
    if (lower == u"markdown")
        return ExportFormat::Markdown;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    return QString::fromLatin1(infoOf(format).name);
}
QString exportFileSuffix(ExportFormat format)
{
    return QString::fromLatin1(infoOf(format).suffix);
}

QString exportFormatTitle(ExportFormat format)
{
    // In the window's language (the command line installs no translation).
    return QCoreApplication::translate("Exporter", infoOf(format).title);
}

constexpr Named<ArchiveFormat> kArchiveFormats[] = {{ArchiveFormat::Json, "json"},
                                                    {ArchiveFormat::Eaf, "eaf"},
                                                    {ArchiveFormat::Audacity, "audacity"},
                                                    {ArchiveFormat::TextGrid, "textgrid"}};
constexpr Named<Paper> kPapers[] = {{Paper::A4, "a4"}, {Paper::Letter, "letter"}};

std::optional<ArchiveFormat> archiveFormatFromName(const QString& name)
{
    return valueIn(kArchiveFormats, name, Qt::CaseInsensitive);
}

QString archiveFormatName(ArchiveFormat format)
{
    return nameIn(kArchiveFormats, format);
}

std::optional<Paper> paperFromName(const QString& name)
{
    return valueIn(kPapers, name, Qt::CaseInsensitive);
}

QByteArray renderDebrief(const DebriefSheet& sheet, ExportFormat format,
                         const ExportOptions& options)
{
    switch (format) {
    case ExportFormat::Pdf: return debriefPdf(sheet, options.paper);
    case ExportFormat::Html:
        return debriefHtml(sheet, timelineDataUrl(sheet), HtmlFlavour::Browser).toUtf8();
    case ExportFormat::Markdown: return debriefMarkdown(sheet).toUtf8();
    case ExportFormat::Odt: return debriefOdt(sheet);
    case ExportFormat::Csv: return notesCsv(sheet);
    case ExportFormat::Json: return debriefJson(sheet);
    case ExportFormat::Vtt: return notesWebVtt(sheet);
    case ExportFormat::Eaf: return notesEaf(sheet);
    case ExportFormat::Audacity: return notesAudacityLabels(sheet);
    case ExportFormat::TextGrid: return notesTextGrid(sheet);
    }
    return {};
}

QByteArray renderArchive(const ArchiveSheet& archive, ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::Json: return archiveJson(archive);
    case ArchiveFormat::Eaf: return archiveEaf(archive);
    case ArchiveFormat::Audacity: return archiveAudacityLabels(archive);
    case ArchiveFormat::TextGrid: return archiveTextGrid(archive);
    }
    return {};
}

Result<void> writeExportFile(const QByteArray& bytes, const QString& path, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(writeError(path, file.errorString(), false));
    // The temporary file is renamed into place, so its mode is the file's mode.
    if (ownerOnly && ::fchmod(file.handle(), 0600) != 0) {
        file.cancelWriting();
        return std::unexpected(writeError(path, QStringLiteral("cannot make it private"), false));
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const bool full =
            file.error() == QFileDevice::ResourceError ||
            QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < bytes.size();
        const QString why = file.errorString();
        file.cancelWriting();
        return std::unexpected(writeError(path, why, full));
    }
    if (!file.commit()) {
        const bool full = QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < 4096;
        return std::unexpected(writeError(path, file.errorString(), full));
    }
    return {};
}

} // namespace coachtrack::exchange
