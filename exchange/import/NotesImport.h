#pragma once

#include "exchange/import/Transcript.h"

#include <QByteArray>
#include <QStringList>
#include <expected>
#include <optional>
#include <vector>

namespace coachtrack::exchange {

// Notes from annotation tools: ELAN (EAF 2.3–3.0), Audacity labels and Praat TextGrids (long
// and short text forms) read into named tiers, the tiers to import chosen, and the notes
// checked against the recording they go to. Pure; any thread.

// One annotation as the file has it.
struct ImportedNote
{
    int64_t startMs = 0;
    std::optional<int64_t> endMs; // none: a point (Audacity start = end, a Praat point)
    QString text;                 // as written (may be empty: a Praat gap, an empty label)
    int line = 0;                 // where the file has it (1-based)
    bool operator==(const ImportedNote&) const = default;
};

struct ImportedTier
{
    QString name;                    // empty for Audacity labels, which have no tiers
    std::vector<ImportedNote> notes; // in time order
    int nonEmpty() const;            // how many have text
};

enum class NotesFormat
{
    Eaf,
    AudacityLabels,
    TextGrid
};

struct NotesFile
{
    NotesFormat format = NotesFormat::Eaf;
    // In the file's order. Praat may give several tiers one name; they stay apart here.
    std::vector<ImportedTier> tiers;
};

// Why a file could not be read: the line and the problem (as for transcripts).
using NotesResult = std::expected<NotesFile, TranscriptError>;

// The format told from the content: XML is EAF, "ooTextFile" is a TextGrid, anything else
// is read as Audacity labels. Every annotation, or the first problem with its line.
NotesResult readNotes(const QByteArray& bytes);
// The same from a file; errors name it ("FILE, line N: problem").
std::expected<NotesFile, QString> readNotesFile(const QString& path);
QString notesFormatName(NotesFormat format); // "ELAN EAF", "Audacity labels", "Praat TextGrid"

// The readers, for the detected format. EAF is read from its bytes (its XML declaration says
// the encoding); the others from decoded text (any line ending).
NotesResult readEaf(const QByteArray& bytes);
NotesResult readAudacityLabels(const QString& text);
NotesResult readTextGrid(const QString& text);

// The notes of the tiers named in `wanted` (every tier of each name), in time order. Without
// names: the one tier that has text; when several have, the choice is the user's (the error
// lists them), because importing all would mix tiers (words with their translation, another
// person's tier, the private tier of an archive) into one track. Audacity labels take no
// names. The error is a sentence for the command line.
std::expected<std::vector<ImportedNote>, QString> notesOfTiers(const NotesFile& file,
                                                               const QStringList& wanted);

// The notes to add to a recording of `durationMs` (0: unknown length, nothing checked).
struct NotesPlan
{
    std::vector<ImportedNote> notes; // text trimmed, none empty
    int skippedEmpty = 0;            // annotations without text, left out
    int endsCut = 0;                 // ends past the recording's end, cut at it
};
// Leaves out annotations without text and cuts ends past the recording's end. An annotation
// that starts past the end (the file belongs to a longer recording) or before 0 fails the
// whole import; the error names its line. Fails too when nothing is left to import.
std::expected<NotesPlan, TranscriptError> planNotes(std::vector<ImportedNote> notes,
                                                    int64_t durationMs);

} // namespace coachtrack::exchange
