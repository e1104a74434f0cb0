#pragma once

#include "annotations/Debrief.h"
#include "annotations/StoreError.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace coachtrack::exchange {

// The formats a debrief can be exported in: the sheet (PDF, HTML, Markdown, ODT), the notes
// (CSV, JSON, WebVTT) and the notes for annotation tools (ELAN EAF, Audacity labels, Praat
// TextGrid). Every one takes a DebriefSheet, so none can hold private text.
enum class ExportFormat
{
    Pdf,
    Html,
    Markdown,
    Odt,
    Csv,
    Json,
    Vtt,
    Eaf,
    Audacity,
    TextGrid
};
// The manager's own archive (private notes included and marked).
enum class ArchiveFormat
{
    Json,
    Eaf,
    Audacity,
    TextGrid
};
enum class Paper
{
    A4,
    Letter
};

struct ExportOptions
{
    Paper paper = Paper::A4;
};

QStringList exportFormatNames(); // pdf html md odt csv json vtt (the debrief's: the Export dialog)
QStringList interchangeFormatNames(); // eaf audacity textgrid (for annotation tools)
std::optional<ExportFormat> exportFormatFromName(const QString& name);
QString exportFormatName(ExportFormat format);  // also the suffix of the debrief's formats
QString exportFormatTitle(ExportFormat format); // "PDF document", …
// The file suffix the Export dialog proposes: the name, but "txt" for Audacity labels and
// "TextGrid" for Praat.
QString exportFileSuffix(ExportFormat format);
std::optional<ArchiveFormat>
archiveFormatFromName(const QString& name); // json eaf audacity textgrid
QString archiveFormatName(ArchiveFormat format);
std::optional<Paper> paperFromName(const QString& name); // a4 letter

// The bytes of one export. PDF and ODT need a QGuiApplication (fonts); the rest are pure.
QByteArray renderDebrief(const annotations::DebriefSheet& sheet, ExportFormat format,
                         const ExportOptions& options = {});
QByteArray renderArchive(const annotations::ArchiveSheet& archive, ArchiveFormat format);

// Writes `bytes` to `path` atomically: the file appears complete or not at all (an existing
// file is replaced only on success). The error names the file and says why (disk full, …).
// `ownerOnly` (for anything holding private notes) makes it mode 0600 from its first byte.
annotations::Result<void> writeExportFile(const QByteArray& bytes, const QString& path,
                                          bool ownerOnly = false);

} // namespace coachtrack::exchange
