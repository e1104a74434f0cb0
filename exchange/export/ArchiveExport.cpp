#include "exchange/export/ArchiveExport.h"

#include "exchange/export/JsonSheet.h"
#include "exchange/export/NotesExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>
#include <map>

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

struct Span
{
    int64_t startMs;
    int64_t endMs;
    QString text;
};

// ELAN needs an end after the start; a note without an end gets the subtitle length.
Span spanOf(int64_t startMs, std::optional<int64_t> endMs, int64_t durationMs, const QString& text)
{
    int64_t end = endMs.value_or(startMs + kCueLengthMs);
    if (durationMs > startMs)
        end = std::min(end, durationMs);
    return {startMs, std::max(end, startMs + 1), text};
}

} // namespace

QByteArray archiveEaf(const ArchiveSheet& archive)
{
    const DebriefSheet& sheet = archive.sheet;
    std::vector<std::pair<QString, std::vector<Span>>> tiers(3);
    tiers[0].first = QStringLiteral("Shareable");
    tiers[1].first = QStringLiteral("Focus");
    tiers[2].first = QStringLiteral("Private (manager only)");
    for (const ShareableNote& note : sheet.notes)
        tiers[0].second.push_back(spanOf(note.startMs, note.endMs, sheet.durationMs, note.text));
    for (const FocusLine& line : sheet.focus)
        tiers[1].second.push_back(spanOf(line.note.startMs, line.note.endMs, sheet.durationMs,
                                         QStringLiteral("Focus %1 (%2): %3")
                                             .arg(line.number)
                                             .arg(focusStatusName(line.status), line.note.text)));
    for (const PrivateNote& note : archive.privateNotes)
        tiers[2].second.push_back(spanOf(note.startMs, note.endMs, sheet.durationMs,
                                         QStringLiteral("[private] ") + note.text));

    // One time slot per distinct time, in order.
    std::map<int64_t, QString> slots;
    for (const auto& tier : tiers)
        for (const Span& span : tier.second) {
            slots.emplace(span.startMs, QString());
            slots.emplace(span.endMs, QString());
        }
    int slotNumber = 0;
    for (auto& [ms, id] : slots)
        id = QStringLiteral("ts%1").arg(++slotNumber);

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ANNOTATION_DOCUMENT"));
    xml.writeAttribute(QStringLiteral("AUTHOR"), QString());
    xml.writeAttribute(QStringLiteral("DATE"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("FORMAT"), QStringLiteral("3.0"));
    xml.writeAttribute(QStringLiteral("VERSION"), QStringLiteral("3.0"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("xsi:noNamespaceSchemaLocation"),
                       QStringLiteral("http://www.mpi.nl/tools/elan/EAFv3.0.xsd"));
    xml.writeStartElement(QStringLiteral("HEADER"));
    xml.writeAttribute(QStringLiteral("MEDIA_FILE"), QString());
    xml.writeAttribute(QStringLiteral("TIME_UNITS"), QStringLiteral("milliseconds"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("TIME_ORDER"));
    for (const auto& [ms, id] : slots) {
        xml.writeEmptyElement(QStringLiteral("TIME_SLOT"));
        xml.writeAttribute(QStringLiteral("TIME_SLOT_ID"), id);
        xml.writeAttribute(QStringLiteral("TIME_VALUE"), QString::number(ms));
    }
    xml.writeEndElement();
    int annotation = 0;
    for (const auto& [name, spans] : tiers) {
        xml.writeStartElement(QStringLiteral("TIER"));
        xml.writeAttribute(QStringLiteral("LINGUISTIC_TYPE_REF"), QStringLiteral("note"));
        xml.writeAttribute(QStringLiteral("TIER_ID"), name);
        for (const Span& span : spans) {
            xml.writeStartElement(QStringLiteral("ANNOTATION"));
            xml.writeStartElement(QStringLiteral("ALIGNABLE_ANNOTATION"));
            xml.writeAttribute(QStringLiteral("ANNOTATION_ID"),
                               QStringLiteral("a%1").arg(++annotation));
            xml.writeAttribute(QStringLiteral("TIME_SLOT_REF1"), slots.at(span.startMs));
            xml.writeAttribute(QStringLiteral("TIME_SLOT_REF2"), slots.at(span.endMs));
            xml.writeTextElement(QStringLiteral("ANNOTATION_VALUE"), span.text);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEmptyElement(QStringLiteral("LINGUISTIC_TYPE"));
    xml.writeAttribute(QStringLiteral("GRAPHIC_REFERENCES"), QStringLiteral("false"));
    xml.writeAttribute(QStringLiteral("LINGUISTIC_TYPE_ID"), QStringLiteral("note"));
    xml.writeAttribute(QStringLiteral("TIME_ALIGNABLE"), QStringLiteral("true"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace coachtrack::exchange
