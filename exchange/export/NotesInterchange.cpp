// Notes for annotation tools: the ELAN, Audacity and Praat writers, over named tiers.
#include "exchange/export/NotesInterchange.h"

#include "exchange/export/NotesExport.h"

#include <QDateTime>
#include <QXmlStreamWriter>
#include <algorithm>
#include <map>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

bool byTime(const InterchangeNote& a, const InterchangeNote& b)
{
    if (a.startMs != b.startMs)
        return a.startMs < b.startMs;
    return a.endMs.value_or(a.startMs) < b.endMs.value_or(b.startMs);
}

// ELAN needs an end after the start; a note without one gets the subtitle length.
std::pair<int64_t, int64_t> eafSpan(const InterchangeNote& note, int64_t durationMs)
{
    int64_t end = note.endMs.value_or(note.startMs + kCueLengthMs);
    if (durationMs > note.startMs)
        end = std::min(end, durationMs);
    return {note.startMs, std::max(end, note.startMs + 1)};
}

// Seconds as Praat writes them: "0", "3.5", "12.345".
QString praatSeconds(int64_t ms)
{
    QString text = QString::number(ms / 1000);
    if (ms % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

// A Praat string: in double quotes, a quote doubled.
QString praatString(QString text)
{
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Seconds with six decimals, as Audacity writes label times.
QString audacitySeconds(int64_t ms)
{
    return QStringLiteral("%1.%2").arg(ms / 1000).arg(ms % 1000 * 1000, 6, 10, QLatin1Char('0'));
}

// One Praat tier: intervals (notes with an end) or points, none overlapping another.
struct PraatTier
{
    bool points = false;
    const QString* name = nullptr;
    std::vector<InterchangeNote> notes;
};

// Spreads a tier's notes over as few Praat tiers as keep intervals apart and points distinct.
void layOut(const InterchangeTier& tier, std::vector<PraatTier>& out)
{
    std::vector<InterchangeNote> notes = tier.notes;
    std::stable_sort(notes.begin(), notes.end(), byTime);
    std::vector<PraatTier> intervals, points;
    for (const InterchangeNote& note : notes) {
        const bool isPoint = !note.endMs || *note.endMs <= note.startMs;
        std::vector<PraatTier>& lanes = isPoint ? points : intervals;
        auto lane = std::find_if(lanes.begin(), lanes.end(), [&](const PraatTier& t) {
            const InterchangeNote& last = t.notes.back();
            return isPoint ? last.startMs < note.startMs : *last.endMs <= note.startMs;
        });
        if (lane == lanes.end())
            lane = lanes.insert(lanes.end(), PraatTier{isPoint, &tier.name, {}});
        lane->notes.push_back(note);
    }
    if (intervals.empty() && points.empty())
        intervals.push_back(PraatTier{false, &tier.name, {}});
    for (auto* lanes : {&intervals, &points})
        for (PraatTier& lane : *lanes)
            out.push_back(std::move(lane));
}

void writeIntervals(QString& out, const PraatTier& tier, int64_t endMs)
{
    std::vector<InterchangeNote> filled;
    int64_t cursor = 0;
    for (const InterchangeNote& note : tier.notes) {
        if (note.startMs > cursor)
            filled.push_back({cursor, note.startMs, QString()});
        filled.push_back(note);
        cursor = *note.endMs;
    }
    if (cursor < endMs)
        filled.push_back({cursor, endMs, QString()});
    out += QStringLiteral("        intervals: size = %1 \n").arg(filled.size());
    for (size_t i = 0; i < filled.size(); ++i)
        out += QStringLiteral("        intervals [%1]:\n"
                              "            xmin = %2 \n"
                              "            xmax = %3 \n"
                              "            text = %4 \n")
                   .arg(i + 1)
                   .arg(praatSeconds(filled[i].startMs), praatSeconds(*filled[i].endMs),
                        praatString(filled[i].text));
}

void writePoints(QString& out, const PraatTier& tier)
{
    out += QStringLiteral("        points: size = %1 \n").arg(tier.notes.size());
    for (size_t i = 0; i < tier.notes.size(); ++i)
        out += QStringLiteral("        points [%1]:\n"
                              "            number = %2 \n"
                              "            mark = %3 \n")
                   .arg(i + 1)
                   .arg(praatSeconds(tier.notes[i].startMs), praatString(tier.notes[i].text));
}

} // namespace

QString shareableTierName()
{
    return QStringLiteral("Shareable");
}

InterchangeTier shareableTier(const DebriefSheet& sheet)
{
    InterchangeTier tier{shareableTierName(), {}};
    for (const ShareableNote& note : sheet.notes)
        tier.notes.push_back({note.startMs, note.endMs, note.text});
    return tier;
}

QByteArray notesEaf(const DebriefSheet& sheet)
{
    return eafDocument({shareableTier(sheet)}, sheet.durationMs);
}

QByteArray notesAudacityLabels(const DebriefSheet& sheet)
{
    return audacityLabels({shareableTier(sheet)});
}

QByteArray notesTextGrid(const DebriefSheet& sheet)
{
    return textGridDocument({shareableTier(sheet)}, sheet.durationMs);
}

QByteArray eafDocument(const std::vector<InterchangeTier>& tiers, int64_t durationMs)
{
    // One time slot per distinct time, in order.
    std::map<int64_t, QString> slots;
    for (const InterchangeTier& tier : tiers)
        for (const InterchangeNote& note : tier.notes) {
            const auto [start, end] = eafSpan(note, durationMs);
            slots.emplace(start, QString());
            slots.emplace(end, QString());
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
    for (const InterchangeTier& tier : tiers) {
        std::vector<InterchangeNote> notes = tier.notes;
        std::stable_sort(notes.begin(), notes.end(), byTime);
        xml.writeStartElement(QStringLiteral("TIER"));
        xml.writeAttribute(QStringLiteral("LINGUISTIC_TYPE_REF"), QStringLiteral("note"));
        xml.writeAttribute(QStringLiteral("TIER_ID"), tier.name);
        for (const InterchangeNote& note : notes) {
            const auto [start, end] = eafSpan(note, durationMs);
            xml.writeStartElement(QStringLiteral("ANNOTATION"));
            xml.writeStartElement(QStringLiteral("ALIGNABLE_ANNOTATION"));
            xml.writeAttribute(QStringLiteral("ANNOTATION_ID"),
                               QStringLiteral("a%1").arg(++annotation));
            xml.writeAttribute(QStringLiteral("TIME_SLOT_REF1"), slots.at(start));
            xml.writeAttribute(QStringLiteral("TIME_SLOT_REF2"), slots.at(end));
            xml.writeTextElement(QStringLiteral("ANNOTATION_VALUE"), note.text);
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

QByteArray audacityLabels(const std::vector<InterchangeTier>& tiers)
{
    std::vector<InterchangeNote> notes;
    for (const InterchangeTier& tier : tiers)
        notes.insert(notes.end(), tier.notes.begin(), tier.notes.end());
    std::stable_sort(notes.begin(), notes.end(), byTime);
    QString out;
    for (const InterchangeNote& note : notes) {
        QString text = note.text;
        text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
        for (const QChar c : {QChar(u'\t'), QChar(u'\n'), QChar(u'\r')})
            text.replace(c, QLatin1Char(' '));
        out += audacitySeconds(note.startMs) + QLatin1Char('\t') +
               audacitySeconds(std::max(note.endMs.value_or(note.startMs), note.startMs)) +
               QLatin1Char('\t') + text + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray textGridDocument(const std::vector<InterchangeTier>& tiers, int64_t durationMs)
{
    int64_t endMs = std::max<int64_t>(durationMs, 1);
    for (const InterchangeTier& tier : tiers)
        for (const InterchangeNote& note : tier.notes)
            endMs = std::max(endMs, note.endMs.value_or(note.startMs));
    std::vector<PraatTier> praatTiers;
    for (const InterchangeTier& tier : tiers)
        layOut(tier, praatTiers);

    QString out = QStringLiteral("File type = \"ooTextFile\"\n"
                                 "Object class = \"TextGrid\"\n"
                                 "\n"
                                 "xmin = 0 \n"
                                 "xmax = %1 \n"
                                 "tiers? <exists> \n"
                                 "size = %2 \n"
                                 "item []: \n")
                      .arg(praatSeconds(endMs))
                      .arg(praatTiers.size());
    for (size_t i = 0; i < praatTiers.size(); ++i) {
        const PraatTier& tier = praatTiers[i];
        out += QStringLiteral("    item [%1]:\n"
                              "        class = \"%2\" \n"
                              "        name = %3 \n"
                              "        xmin = 0 \n"
                              "        xmax = %4 \n")
                   .arg(i + 1)
                   .arg(tier.points ? QStringLiteral("TextTier") : QStringLiteral("IntervalTier"),
                        praatString(*tier.name), praatSeconds(endMs));
        if (tier.points)
            writePoints(out, tier);
        else
            writeIntervals(out, tier, endMs);
    }
    return out.toUtf8();
}

} // namespace coachtrack::exchange
