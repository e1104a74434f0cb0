// Notes from annotation tools: the format told from the content, the tiers chosen, and the
// notes checked against the recording's length.
#include "exchange/import/NotesImport.h"

#include "annotations/TimeCode.h"
#include "exchange/import/TextDecoding.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace coachtrack::exchange {

namespace {

bool hasText(const ImportedNote& note)
{
    return !note.text.trimmed().isEmpty();
}

QString quoted(const QString& name)
{
    return QStringLiteral("\u201C%1\u201D").arg(name);
}

// "“K-Spch” (20 annotations), “W-Spch” (1 annotation)": tiers of one name (Praat) together.
QString tierList(const std::vector<const ImportedTier*>& tiers)
{
    QStringList names;
    std::vector<int> counts;
    for (const ImportedTier* tier : tiers) {
        const qsizetype at = names.indexOf(tier->name);
        if (at >= 0) {
            counts[size_t(at)] += tier->nonEmpty();
        } else {
            names << tier->name;
            counts.push_back(tier->nonEmpty());
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < names.size(); ++i)
        parts << QStringLiteral("%1 (%2 annotation%3)")
                     .arg(quoted(names[i]))
                     .arg(counts[size_t(i)])
                     .arg(counts[size_t(i)] == 1 ? QString() : QStringLiteral("s"));
    return parts.join(QStringLiteral(", "));
}

// "the note “Ask about…”" for an error message, shortened.
QString noteWords(const QString& text)
{
    const QString line = text.simplified();
    return quoted(line.size() > 40 ? line.left(39) + QChar(0x2026) : line);
}

} // namespace

int ImportedTier::nonEmpty() const
{
    return int(std::count_if(notes.begin(), notes.end(), hasText));
}

NotesResult readNotes(const QByteArray& bytes)
{
    QString text = decodeTranscriptText(bytes.left(4096));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString head = text.trimmed();
    if (head.startsWith(u'<'))
        return readEaf(bytes);
    if (head.startsWith(QStringLiteral("File type")) ||
        head.left(64).contains(QStringLiteral("ooTextFile")) ||
        head.left(64).contains(QStringLiteral("ooBinaryFile")))
        return readTextGrid(decodeTranscriptText(bytes));
    return readAudacityLabels(decodeTranscriptText(bytes));
}

std::expected<NotesFile, QString> readNotesFile(const QString& path)
{
    auto bytes = readImportFile(path, QStringLiteral("a file of notes"));
    if (!bytes)
        return std::unexpected(bytes.error());
    const QString name = QFileInfo(path).fileName();
    auto read = readNotes(*bytes);
    if (!read)
        return std::unexpected(read.error().message(name));
    return std::move(*read);
}

QString notesFormatName(NotesFormat format)
{
    switch (format) {
    case NotesFormat::Eaf: return QStringLiteral("ELAN EAF");
    case NotesFormat::AudacityLabels: return QStringLiteral("Audacity labels");
    case NotesFormat::TextGrid: return QStringLiteral("Praat TextGrid");
    }
    return {};
}

std::expected<std::vector<ImportedNote>, QString> notesOfTiers(const NotesFile& file,
                                                               const QStringList& wanted)
{
    std::vector<const ImportedTier*> chosen;
    if (file.format == NotesFormat::AudacityLabels) {
        if (!wanted.isEmpty())
            return std::unexpected(
                QStringLiteral("Audacity labels have no tiers: leave out --tier"));
        for (const ImportedTier& tier : file.tiers)
            chosen.push_back(&tier);
    } else if (wanted.isEmpty()) {
        for (const ImportedTier& tier : file.tiers)
            if (tier.nonEmpty() > 0)
                chosen.push_back(&tier);
        QStringList names;
        for (const ImportedTier* tier : chosen)
            if (!names.contains(tier->name))
                names << tier->name;
        if (names.size() > 1)
            return std::unexpected(
                QStringLiteral("the file has %1 tiers with annotations: %2; choose with "
                               "--tier NAME (repeatable)")
                    .arg(names.size())
                    .arg(tierList(chosen)));
    } else {
        for (const QString& name : wanted) {
            const auto before = chosen.size();
            for (const ImportedTier& tier : file.tiers)
                if (tier.name == name)
                    chosen.push_back(&tier);
            if (chosen.size() == before) {
                std::vector<const ImportedTier*> all;
                for (const ImportedTier& tier : file.tiers)
                    all.push_back(&tier);
                return std::unexpected(
                    QStringLiteral("the file has no tier %1; its tiers: %2")
                        .arg(quoted(name), all.empty() ? QStringLiteral("none") : tierList(all)));
            }
        }
    }
    std::vector<ImportedNote> notes;
    for (size_t i = 0; i < chosen.size(); ++i)
        if (std::find(chosen.begin(), chosen.begin() + qsizetype(i), chosen[i]) ==
            chosen.begin() + qsizetype(i)) // a tier named twice is read once
            notes.insert(notes.end(), chosen[i]->notes.begin(), chosen[i]->notes.end());
    std::stable_sort(notes.begin(), notes.end(), [](const ImportedNote& a, const ImportedNote& b) {
        return a.startMs < b.startMs;
    });
    return notes;
}

std::expected<NotesPlan, TranscriptError> planNotes(std::vector<ImportedNote> notes,
                                                    int64_t durationMs)
{
    NotesPlan plan;
    int beyond = 0;
    const ImportedNote* firstBeyond = nullptr;
    for (ImportedNote& note : notes) {
        note.text = note.text.trimmed();
        if (note.text.isEmpty()) {
            ++plan.skippedEmpty;
            continue;
        }
        if (note.startMs < 0)
            return std::unexpected(TranscriptError{
                note.line, QStringLiteral("the annotation %1 starts before 0 (%2 ms); nothing "
                                          "was imported")
                               .arg(noteWords(note.text))
                               .arg(note.startMs)});
        if (durationMs > 0 && note.startMs > durationMs) {
            if (beyond++ == 0)
                firstBeyond = &note;
            continue;
        }
        if (note.endMs && durationMs > 0 && *note.endMs > durationMs) {
            note.endMs = durationMs;
            ++plan.endsCut;
        }
        if (note.endMs && *note.endMs <= note.startMs)
            note.endMs.reset();
        plan.notes.push_back(note);
    }
    if (firstBeyond)
        return std::unexpected(TranscriptError{
            firstBeyond->line,
            QStringLiteral("%1 annotation%2 start%3 after the recording's end (%4), the first "
                           "%5 at %6: is this file of another recording? Nothing was imported")
                .arg(beyond)
                .arg(beyond == 1 ? QString() : QStringLiteral("s"))
                .arg(beyond == 1 ? QStringLiteral("s") : QString())
                .arg(annotations::formatClock(durationMs, true), noteWords(firstBeyond->text),
                     annotations::formatClock(firstBeyond->startMs, true))});
    if (plan.notes.empty())
        return std::unexpected(TranscriptError{
            0, QStringLiteral("no annotation with text to import; nothing was imported")});
    return plan;
}

} // namespace coachtrack::exchange
