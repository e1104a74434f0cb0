#include "exchange/export/ArchiveExport.h"

#include "exchange/export/JsonSheet.h"
#include "exchange/export/NotesInterchange.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

QByteArray archiveJson(const ArchiveSheet& archive)
{
    QJsonObject json = sheetToJson(archive.sheet);
    QJsonArray privateNotes;
    for (const PrivateNote& note : archive.privateNotes)
        privateNotes.append(QJsonObject{
            {QStringLiteral("track"), QStringLiteral("private")},
            {QStringLiteral("startMs"), double(note.startMs)},
            {QStringLiteral("endMs"), note.endMs ? QJsonValue(double(*note.endMs)) : QJsonValue()},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("tags"), note.tags},
            {QStringLiteral("rephrased"), note.rephrasedAs.has_value()}});
    json.insert(QStringLiteral("includesPrivate"), true);
    json.insert(QStringLiteral("privateNotes"), privateNotes);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

namespace {

const QString kPrivateMark = QStringLiteral("[private] ");

// The private notes as a tier whose every value says it is private.
InterchangeTier privateTier(const ArchiveSheet& archive)
{
    InterchangeTier tier{QStringLiteral("Private (manager only)"), {}};
    for (const PrivateNote& note : archive.privateNotes)
        tier.notes.push_back({note.startMs, note.endMs, kPrivateMark + note.text});
    return tier;
}

} // namespace

QByteArray archiveEaf(const ArchiveSheet& archive)
{
    const DebriefSheet& sheet = archive.sheet;
    InterchangeTier focus{QStringLiteral("Focus"), {}};
    for (const FocusLine& line : sheet.focus)
        focus.notes.push_back({line.note.startMs, line.note.endMs,
                               QStringLiteral("Focus %1 (%2): %3")
                                   .arg(line.number)
                                   .arg(focusStatusName(line.status), line.note.text)});
    return eafDocument({shareableTier(sheet), focus, privateTier(archive)}, sheet.durationMs);
}

QByteArray archiveAudacityLabels(const ArchiveSheet& archive)
{
    return audacityLabels({shareableTier(archive.sheet), privateTier(archive)});
}

QByteArray archiveTextGrid(const ArchiveSheet& archive)
{
    return textGridDocument({shareableTier(archive.sheet), privateTier(archive)},
                            archive.sheet.durationMs);
}

} // namespace coachtrack::exchange
