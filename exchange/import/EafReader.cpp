// ELAN annotation documents (EAF 2.3–3.0) read with QXmlStreamReader: the time slots, then
// every tier's ALIGNABLE_ANNOTATIONs (times from their slots) and REF_ANNOTATIONs (the times of
// the annotation they refer to). Controlled vocabularies, languages and the rest are skipped.
#include "exchange/import/NotesImport.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <cmath>

namespace coachtrack::exchange {

namespace {

struct Slot
{
    std::optional<int64_t> ms; // none: unaligned, placed between its neighbours in a tier
};

struct Annotation
{
    int tier = 0;
    QString ref1, ref2; // time slots (alignable)
    QString parent;     // ANNOTATION_REF (reference)
    QString text;
    int line = 0;
};

// How far along a tier's chain of annotations the nearest aligned slot is, and its time.
struct Reach
{
    int steps = -1; // -1: no aligned slot that way
    int64_t ms = 0;
};

using Links = QHash<QString, QString>; // a slot to the next (or previous) one in a tier

// One EAF document being read: its slots, tiers and annotations, then their times. Used once,
// on the calling thread.
class EafDocument
{
public:
    NotesResult read(const QByteArray& bytes);

private:
    std::optional<TranscriptError> startElement(QXmlStreamReader& xml);
    std::optional<TranscriptError> resolve(NotesFile& file);
    Reach walk(const QString& from, const Links& links, QHash<QString, Reach>& memo) const;
    int64_t slotTime(const QString& id, int tier) const;

    double m_msPerUnit = 1.0;
    QHash<QString, Slot> m_slots;
    QStringList m_slotOrder;
    QStringList m_tiers;
    int m_tier = -1; // the TIER being read
    std::vector<Annotation> m_annotations;
    QHash<QString, int> m_byId;
    int m_current = -1; // the annotation whose value comes next
    std::vector<Links> m_next, m_previous;
    mutable std::vector<QHash<QString, Reach>> m_back, m_forward;
    QHash<QString, int64_t> m_alignedBefore; // each slot: the last aligned time up to it
};

TranscriptError at(const QXmlStreamReader& xml, const QString& problem)
{
    return {int(xml.lineNumber()), problem};
}

std::optional<TranscriptError> EafDocument::startElement(QXmlStreamReader& xml)
{
    const QStringView name = xml.name();
    const QXmlStreamAttributes a = xml.attributes();
    const auto missing = [&](const char* attribute) {
        return at(xml, QStringLiteral("%1 has no %2").arg(name, QLatin1String(attribute)));
    };
    if (name == u"HEADER") {
        const QStringView units = a.value(QStringLiteral("TIME_UNITS"));
        if (units.isEmpty() || units == u"milliseconds")
            m_msPerUnit = 1.0;
        else if (units == u"PAL-frames")
            m_msPerUnit = 40.0;
        else if (units == u"NTSC-frames")
            m_msPerUnit = 1001.0 / 30.0;
        else
            return at(xml, QStringLiteral("TIME_UNITS \"%1\" is not milliseconds").arg(units));
    } else if (name == u"TIME_SLOT") {
        const QString id = a.value(QStringLiteral("TIME_SLOT_ID")).toString();
        if (id.isEmpty())
            return missing("TIME_SLOT_ID");
        Slot slot;
        if (a.hasAttribute(QStringLiteral("TIME_VALUE"))) {
            bool ok = false;
            const qlonglong value = a.value(QStringLiteral("TIME_VALUE")).toLongLong(&ok);
            if (!ok || value < 0 || value > (qlonglong(1) << 40))
                return at(xml, QStringLiteral("TIME_SLOT %1 has the time \"%2\", not a number of "
                                              "milliseconds")
                                   .arg(id, a.value(QStringLiteral("TIME_VALUE"))));
            slot.ms = std::llround(double(value) * m_msPerUnit);
        }
        if (!m_slots.contains(id))
            m_slotOrder << id;
        m_slots.insert(id, slot);
    } else if (name == u"TIER") {
        const QString id = a.value(QStringLiteral("TIER_ID")).toString();
        if (id.isEmpty())
            return missing("TIER_ID");
        m_tier = int(m_tiers.size());
        m_tiers << id;
    } else if (name == u"ALIGNABLE_ANNOTATION" || name == u"REF_ANNOTATION") {
        if (m_tier < 0)
            return at(xml, QStringLiteral("%1 outside a TIER").arg(name));
        Annotation annotation{m_tier, {}, {}, {}, {}, int(xml.lineNumber())};
        const QString id = a.value(QStringLiteral("ANNOTATION_ID")).toString();
        if (id.isEmpty())
            return missing("ANNOTATION_ID");
        if (name == u"ALIGNABLE_ANNOTATION") {
            annotation.ref1 = a.value(QStringLiteral("TIME_SLOT_REF1")).toString();
            annotation.ref2 = a.value(QStringLiteral("TIME_SLOT_REF2")).toString();
            for (const auto& [ref, attribute] : {std::pair{&annotation.ref1, "TIME_SLOT_REF1"},
                                                 std::pair{&annotation.ref2, "TIME_SLOT_REF2"}}) {
                if (ref->isEmpty())
                    return missing(attribute);
                if (!m_slots.contains(*ref))
                    return at(xml, QStringLiteral("annotation %1 refers to the time slot %2, "
                                                  "which TIME_ORDER does not have")
                                       .arg(id, *ref));
            }
        } else {
            annotation.parent = a.value(QStringLiteral("ANNOTATION_REF")).toString();
            if (annotation.parent.isEmpty())
                return missing("ANNOTATION_REF");
        }
        m_current = int(m_annotations.size());
        if (!m_byId.contains(id))
            m_byId.insert(id, m_current);
        m_annotations.push_back(annotation);
    } else if (name == u"ANNOTATION_VALUE" && m_current >= 0) {
        m_annotations[size_t(m_current)].text =
            xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return std::nullopt;
}

Reach EafDocument::walk(const QString& from, const Links& links, QHash<QString, Reach>& memo) const
{
    QStringList path;
    QSet<QString> seen;
    QString slot = from;
    Reach found;
    for (;;) {
        if (const auto known = memo.constFind(slot); known != memo.constEnd()) {
            found = *known;
            break;
        }
        if (const auto it = m_slots.constFind(slot); it != m_slots.constEnd() && it->ms) {
            found = {0, *it->ms};
            break;
        }
        const auto next = links.constFind(slot);
        if (seen.contains(slot) || next == links.constEnd())
            break; // a loop, or the chain ends unaligned
        seen.insert(slot);
        path << slot;
        slot = *next;
    }
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        if (found.steps >= 0)
            ++found.steps;
        memo.insert(path[i], found);
    }
    return memo.value(from, found);
}

// An aligned slot's time; an unaligned one's is spread evenly along its tier's chain between
// the aligned slots before and after it, as ELAN places the words of a subdivided utterance.
int64_t EafDocument::slotTime(const QString& id, int tier) const
{
    const Slot slot = m_slots.value(id);
    if (slot.ms)
        return *slot.ms;
    const Reach back = walk(id, m_previous[size_t(tier)], m_back[size_t(tier)]);
    const Reach forward = walk(id, m_next[size_t(tier)], m_forward[size_t(tier)]);
    if (back.steps > 0 && forward.steps > 0)
        return back.ms + (forward.ms - back.ms) * back.steps / (back.steps + forward.steps);
    if (back.steps > 0 || forward.steps > 0)
        return back.steps > 0 ? back.ms : forward.ms;
    // No aligned slot along the tier: the nearest aligned one before it in TIME_ORDER (found
    // once for every slot: looking back from each was quadratic on many such slots).
    return m_alignedBefore.value(id, 0);
}

std::optional<TranscriptError> EafDocument::resolve(NotesFile& file)
{
    int64_t lastAligned = 0;
    for (const QString& id : std::as_const(m_slotOrder)) {
        if (const auto ms = m_slots.value(id).ms)
            lastAligned = *ms;
        m_alignedBefore.insert(id, lastAligned);
    }
    m_next.resize(size_t(m_tiers.size()));
    m_previous.resize(size_t(m_tiers.size()));
    m_back.resize(size_t(m_tiers.size()));
    m_forward.resize(size_t(m_tiers.size()));
    for (const Annotation& a : m_annotations)
        if (!a.ref1.isEmpty()) {
            m_next[size_t(a.tier)].insert(a.ref1, a.ref2);
            m_previous[size_t(a.tier)].insert(a.ref2, a.ref1);
        }
    for (const QString& name : m_tiers)
        file.tiers.push_back({name, {}});
    for (const Annotation& a : m_annotations) {
        // A reference takes the times of the alignable annotation at the end of its chain.
        const Annotation* timed = &a;
        for (size_t hops = 0; timed->ref1.isEmpty(); ++hops) {
            const auto parent = m_byId.constFind(timed->parent);
            if (parent == m_byId.constEnd())
                return TranscriptError{a.line, QStringLiteral("REF_ANNOTATION refers to the "
                                                              "annotation %1, which the file "
                                                              "does not have")
                                                   .arg(timed->parent)};
            if (hops > m_annotations.size())
                return TranscriptError{a.line,
                                       QStringLiteral("REF_ANNOTATION refers to itself in a loop")};
            timed = &m_annotations[size_t(*parent)];
        }
        const int64_t start = slotTime(timed->ref1, timed->tier);
        const int64_t end = slotTime(timed->ref2, timed->tier);
        if (end < start)
            return TranscriptError{
                a.line, QStringLiteral("the annotation ends (%1 ms) before it starts (%2 ms)")
                            .arg(end)
                            .arg(start)};
        file.tiers[size_t(a.tier)].notes.push_back(
            {start, end > start ? std::optional(end) : std::nullopt, a.text, a.line});
    }
    for (ImportedTier& tier : file.tiers)
        std::stable_sort(
            tier.notes.begin(), tier.notes.end(),
            [](const ImportedNote& x, const ImportedNote& y) { return x.startMs < y.startMs; });
    return std::nullopt;
}

NotesResult EafDocument::read(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    bool root = true;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (root && xml.name() != u"ANNOTATION_DOCUMENT")
                return std::unexpected(at(xml, QStringLiteral("not an ELAN annotation document "
                                                              "(its root element is %1)")
                                                   .arg(xml.name())));
            root = false;
            if (auto problem = startElement(xml))
                return std::unexpected(*problem);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"TIER")
                m_tier = -1;
            else if (xml.name() == u"ALIGNABLE_ANNOTATION" || xml.name() == u"REF_ANNOTATION")
                m_current = -1;
        }
    }
    if (xml.hasError())
        return std::unexpected(
            at(xml, QStringLiteral("the XML is broken: %1").arg(xml.errorString())));
    if (root)
        return std::unexpected(TranscriptError{1, QStringLiteral("the file is empty")});
    NotesFile file{NotesFormat::Eaf, {}};
    if (auto problem = resolve(file))
        return std::unexpected(*problem);
    return file;
}

} // namespace

NotesResult readEaf(const QByteArray& bytes)
{
    return EafDocument().read(bytes);
}

} // namespace coachtrack::exchange
