// SubRip (.srt) transcripts: cues of an optional number, a time range and text lines.
#include "exchange/import/TextDecoding.h"
#include "exchange/import/TextTranscriptReaders.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace coachtrack::exchange {

namespace {

const char16_t kRangeExample[] = u"00:00:01,000 --> 00:00:02,500";

struct TimeRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

QStringList linesOf(const QString& text)
{
    QString unix = withUnixLineEnds(text);
    if (unix.startsWith(QChar(0xFEFF)))
        unix.remove(0, 1);
    return unix.split(u'\n');
}

// "H:MM:SS,mmm --> H:MM:SS,mmm" (',' or '.', one or two hour digits), then anything after a
// space (old players' "X1:… Y2:…" positions).
std::optional<TimeRange> parseTiming(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d{1,2}):([0-5]\d):([0-5]\d)[,.](\d{3})\s*-->\s*)"
                       R"((\d{1,2}):([0-5]\d):([0-5]\d)[,.](\d{3})(?:\s.*)?$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const auto ms = [&m](int first) {
        const auto part = [&m, first](int i) { return m.captured(first + i).toLongLong(); };
        return ((part(0) * 60 + part(1)) * 60 + part(2)) * 1000 + part(3);
    };
    return TimeRange{ms(1), ms(5)};
}

bool isIndex(const QString& line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
}

QString srtTime(qint64 ms)
{
    return QStringLiteral("%1:%2:%3,%4")
        .arg(ms / 3'600'000, 2, 10, QChar(u'0'))
        .arg(ms / 60'000 % 60, 2, 10, QChar(u'0'))
        .arg(ms / 1000 % 60, 2, 10, QChar(u'0'))
        .arg(ms % 1000, 3, 10, QChar(u'0'));
}

// The line without <b>, <i>, <u>, <s>, <font …> (opening or closing) and {\an8}-style ASS
// overrides; any other '<' stays (as in "2<3").
QString withoutMarkup(const QString& line)
{
    static const QRegularExpression markup(
        QStringLiteral(R"(</?[bius]>|</?font(?:\s[^>]*)?>|\{\\[^}]*\})"),
        QRegularExpression::CaseInsensitiveOption);
    // A tag ends at a '>', so none starts after the line's last one; but the regex would still
    // try each "<font " there, scanning to the end of the line from every one (quadratic). It
    // searches a copy with those '<' masked ('#' fails or passes every test '<' does in the
    // pattern, once past a match's first character), and the matches are cut from the line.
    QString masked = line;
    for (qsizetype i = line.lastIndexOf(u'>') + 1; i < masked.size(); ++i) {
        if (masked[i] == u'<')
            masked[i] = u'#';
    }
    QString out;
    qsizetype kept = 0;
    for (QRegularExpressionMatchIterator it = markup.globalMatch(masked); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(line).sliced(kept, m.capturedStart() - kept);
        kept = m.capturedEnd();
    }
    out += QStringView(line).sliced(kept);
    return out.trimmed();
}

class SrtParser
{
public:
    explicit SrtParser(const QString& text)
        : m_lines(linesOf(text))
    {
    }

    TranscriptResult run()
    {
        while (m_at < m_lines.size()) {
            if (isBlank(m_at)) {
                ++m_at;
                continue;
            }
            if (auto failed = readCue())
                return std::unexpected(*failed);
        }
        if (m_cues.empty())
            return std::unexpected(TranscriptError{0, QStringLiteral("no cues found")});
        std::stable_sort(m_cues.begin(), m_cues.end(),
                         [](const auto& a, const auto& b) { return a.startMs < b.startMs; });
        return Transcript{TranscriptFormat::Srt, std::move(m_cues)};
    }

private:
    bool isBlank(qsizetype i) const { return m_lines[i].trimmed().isEmpty(); }
    bool hasLine(qsizetype i) const { return i < m_lines.size(); }

    // A cue begins here: a time range, or a number with a time range under it.
    bool startsCue(qsizetype i) const
    {
        return parseTiming(m_lines[i]) ||
               (isIndex(m_lines[i]) && hasLine(i + 1) && parseTiming(m_lines[i + 1]));
    }

    static TranscriptError errorAt(qsizetype index, const QString& problem)
    {
        return TranscriptError{int(index + 1), problem};
    }

    // Reads the cue at m_at (not blank); the problem when it is not one.
    std::optional<TranscriptError> readCue()
    {
        TranscriptCue cue;
        if (isIndex(m_lines[m_at])) {
            cue.id = m_lines[m_at].trimmed();
            if (!hasLine(m_at + 1) || isBlank(m_at + 1))
                return errorAt(m_at, QStringLiteral("expected a time range like %1 under the "
                                                    "cue number")
                                         .arg(kRangeExample));
            ++m_at;
        }
        const QString& timing = m_lines[m_at];
        const std::optional<TimeRange> range = parseTiming(timing);
        if (!range) {
            const bool looksTimed = !cue.id.isEmpty() || timing.contains(QStringLiteral("-->"));
            return errorAt(m_at,
                           QStringLiteral("expected %1 like %2")
                               .arg(looksTimed ? QStringLiteral("a time range")
                                               : QStringLiteral("a cue number or a time range"),
                                    kRangeExample));
        }
        if (range->endMs < range->startMs)
            return errorAt(m_at, QStringLiteral("the cue ends (%1) before it starts (%2)")
                                     .arg(srtTime(range->endMs), srtTime(range->startMs)));
        cue.startMs = range->startMs;
        cue.endMs = range->endMs;
        ++m_at;
        QStringList text;
        for (; hasLine(m_at) && !isBlank(m_at) && !startsCue(m_at); ++m_at) {
            const QString plain = withoutMarkup(m_lines[m_at]);
            if (!plain.isEmpty())
                text.append(plain);
        }
        cue.text = text.join(u'\n');
        m_cues.push_back(std::move(cue));
        return std::nullopt;
    }

    QStringList m_lines;
    qsizetype m_at = 0;
    std::vector<TranscriptCue> m_cues;
};

} // namespace

TranscriptResult readSrt(const QString& text)
{
    return SrtParser(text).run();
}

bool looksLikeSrt(const QString& text)
{
    QStringList first;
    for (const QString& line : linesOf(text.left(8192))) {
        if (!line.trimmed().isEmpty())
            first.append(line.trimmed());
        if (first.size() == 2)
            break;
    }
    if (first.isEmpty() || first[0].startsWith(QStringLiteral("WEBVTT")))
        return false;
    if (parseTiming(first[0]))
        return true;
    // A number over an arrow: SubRip, even when the range is broken (its reader says where).
    return isIndex(first[0]) && first.size() == 2 && first[1].contains(QStringLiteral("-->"));
}

} // namespace coachtrack::exchange
