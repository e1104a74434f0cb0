// Meeting tools' plain-text transcripts: Google Meet ("Name: text" lines with a bare time every
// five minutes; times between are estimated) and Otter.ai ("Name  M:SS", then the text).
#include "exchange/import/TextDecoding.h"
#include "exchange/import/TextTranscriptReaders.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace coachtrack::exchange {

namespace {

constexpr qint64 kMsPerWord = 60'000 / 150; // speech at 150 words a minute
constexpr int kDetectionLines = 40;

QStringList linesOf(const QString& text)
{
    QString unix = withUnixLineEnds(text);
    if (unix.startsWith(QChar(0xFEFF)))
        unix.remove(0, 1);
    return unix.split(u'\n');
}

// The first non-empty lines, trimmed; none when the file starts like WebVTT or JSON.
QStringList detectionLines(const QString& text)
{
    QStringList first;
    for (const QString& line : linesOf(text.left(16384))) {
        if (!line.trimmed().isEmpty())
            first.append(line.trimmed());
        if (first.size() == kDetectionLines)
            break;
    }
    if (first.isEmpty() || first[0].startsWith(QStringLiteral("WEBVTT")) ||
        first[0].startsWith(u'{') || first[0].startsWith(u'['))
        return {};
    return first;
}

qint64 wordCount(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    return text.split(spaces, Qt::SkipEmptyParts).size();
}

QString clockText(qint64 ms)
{
    return QStringLiteral("%1:%2:%3")
        .arg(ms / 3'600'000, 2, 10, QChar(u'0'))
        .arg(ms / 60'000 % 60, 2, 10, QChar(u'0'))
        .arg(ms / 1000 % 60, 2, 10, QChar(u'0'));
}

TranscriptError errorAt(qsizetype index, const QString& problem)
{
    return TranscriptError{int(index + 1), problem};
}

// ---- Google Meet

// A bare "HH:MM:SS" (or "H:MM:SS") line.
std::optional<qint64> meetMark(const QString& trimmed)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}):([0-5]\d):([0-5]\d)$)"));
    const QRegularExpressionMatch m = re.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;
    return ((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60 +
            m.captured(3).toLongLong()) *
           1000;
}

// "Name: text": a name of up to 60 characters without a colon.
std::optional<TranscriptCue> meetSpeech(const QString& trimmed)
{
    static const QRegularExpression re(QStringLiteral(R"(^([^:\s][^:]{0,59}):\s+(\S.*)$)"));
    const QRegularExpressionMatch m = re.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;
    TranscriptCue cue;
    cue.speaker = m.captured(1).trimmed();
    cue.text = m.captured(2);
    cue.estimated = true;
    return cue;
}

// The speech after one time mark.
struct MeetSegment
{
    qint64 markMs = 0;
    std::vector<TranscriptCue> cues;
};

// Between two marks: each cue's share of the time is its share of the characters.
void spreadByLength(std::vector<TranscriptCue>& cues, qint64 fromMs, qint64 toMs)
{
    qint64 total = 0;
    for (const TranscriptCue& cue : cues)
        total += std::max<qint64>(1, cue.text.size());
    qint64 done = 0;
    for (TranscriptCue& cue : cues) {
        cue.startMs = fromMs + (toMs - fromMs) * done / total;
        done += std::max<qint64>(1, cue.text.size());
        cue.endMs = fromMs + (toMs - fromMs) * done / total;
    }
}

// After the last mark: one after another at 150 words a minute.
void spreadBySpeechRate(std::vector<TranscriptCue>& cues, qint64 fromMs)
{
    for (TranscriptCue& cue : cues) {
        cue.startMs = fromMs;
        fromMs += std::max<qint64>(1, wordCount(cue.text)) * kMsPerWord;
        cue.endMs = fromMs;
    }
}

TranscriptCue* lastCue(std::vector<MeetSegment>& segments)
{
    for (auto s = segments.rbegin(); s != segments.rend(); ++s)
        if (!s->cues.empty())
            return &s->cues.back();
    return nullptr;
}

std::expected<std::vector<MeetSegment>, TranscriptError> meetSegments(const QStringList& lines)
{
    std::vector<MeetSegment> segments;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (const std::optional<qint64> mark = meetMark(line)) {
            if (!segments.empty() && *mark < segments.back().markMs)
                return std::unexpected(
                    errorAt(i, QStringLiteral("the time %1 comes before the time above it (%2)")
                                   .arg(clockText(*mark), clockText(segments.back().markMs))));
            segments.push_back({*mark, {}});
            continue;
        }
        if (segments.empty())
            continue; // the title, date and attendees above the first mark
        if (std::optional<TranscriptCue> cue = meetSpeech(line))
            segments.back().cues.push_back(std::move(*cue));
        else if (TranscriptCue* last = lastCue(segments))
            last->text += u'\n' + line;
        else
            return std::unexpected(
                errorAt(i, QStringLiteral("expected a line like \"Name: what they said\" here")));
    }
    return segments;
}

// ---- Otter

// "Name  M:SS" or "Name  H:MM:SS": two spaces (or more) before the time, nothing after it.
std::optional<SpeakerHeading> otterHeading(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\S.*?) {2,}(?:(\d{1,2}):([0-5]\d):([0-5]\d)|(\d{1,3}):([0-5]\d))\s*$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return speakerHeadingOf(m);
}

// For detection: an Otter heading whose name has no colon (so not "Name: … at  10:30").
bool isOtterHeading(const QString& line)
{
    const std::optional<SpeakerHeading> heading = otterHeading(line);
    return heading && !heading->speaker.contains(u':');
}

bool isOtterFooter(const QString& trimmed)
{
    static const QRegularExpression re(QStringLiteral(R"(^Transcribed by https?://otter\.ai/?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(trimmed).hasMatch();
}

// Each cue ends where the next begins; the last lasts its words at 150 a minute (1 s at least).
void endOtterCues(std::vector<TranscriptCue>& cues)
{
    for (std::size_t i = 0; i + 1 < cues.size(); ++i)
        cues[i].endMs = cues[i + 1].startMs;
    TranscriptCue& last = cues.back();
    last.endMs = last.startMs + std::max<qint64>(1000, wordCount(last.text) * kMsPerWord);
}

} // namespace

TranscriptResult readGoogleMeet(const QString& text)
{
    auto segments = meetSegments(linesOf(text));
    if (!segments)
        return std::unexpected(segments.error());
    if (segments->empty())
        return std::unexpected(TranscriptError{
            0, QStringLiteral("no time marks found (lines like 00:05:00 between the speech)")});
    Transcript transcript{TranscriptFormat::GoogleMeet, {}};
    for (std::size_t i = 0; i < segments->size(); ++i) {
        MeetSegment& segment = (*segments)[i];
        if (i + 1 < segments->size())
            spreadByLength(segment.cues, segment.markMs, (*segments)[i + 1].markMs);
        else
            spreadBySpeechRate(segment.cues, segment.markMs);
        std::move(segment.cues.begin(), segment.cues.end(), std::back_inserter(transcript.cues));
    }
    if (transcript.cues.empty())
        return std::unexpected(TranscriptError{
            0, QStringLiteral("no speech found (lines like \"Name: what they said\")")});
    return transcript;
}

TranscriptResult readOtter(const QString& text)
{
    const QStringList lines = linesOf(text);
    std::vector<TranscriptCue> cues;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || isOtterFooter(line))
            continue;
        if (const std::optional<SpeakerHeading> heading = otterHeading(lines[i])) {
            if (!cues.empty() && heading->startMs < cues.back().startMs)
                return std::unexpected(errorAt(
                    i, QStringLiteral("the time %1 comes before the time above it (%2)")
                           .arg(clockText(heading->startMs), clockText(cues.back().startMs))));
            TranscriptCue cue;
            cue.speaker = heading->speaker;
            cue.startMs = heading->startMs;
            cues.push_back(std::move(cue));
        } else if (!cues.empty()) {
            QString& said = cues.back().text;
            said += said.isEmpty() ? line : u'\n' + line;
        } // else: a title above the first speaker
    }
    if (cues.empty())
        return std::unexpected(
            TranscriptError{0, QStringLiteral("no speaker lines found (lines like \"Name  0:05\", "
                                              "with two spaces before the time)")});
    endOtterCues(cues);
    return Transcript{TranscriptFormat::Otter, std::move(cues)};
}

bool looksLikeGoogleMeet(const QString& text)
{
    bool mark = false;
    bool speechAfterMark = false;
    for (const QString& line : detectionLines(text)) {
        if (line.contains(QStringLiteral("-->")) || isOtterHeading(line))
            return false;
        if (meetMark(line))
            mark = true;
        else if (mark && meetSpeech(line))
            speechAfterMark = true;
    }
    return mark && speechAfterMark;
}

bool looksLikeOtter(const QString& text)
{
    bool heading = false;
    for (const QString& line : detectionLines(text)) {
        if (line.contains(QStringLiteral("-->")) || meetMark(line))
            return false;
        heading = heading || isOtterHeading(line);
    }
    return heading;
}

SpeakerHeading speakerHeadingOf(const QRegularExpressionMatch& m)
{
    const auto n = [&m](int i) { return m.captured(i).toLongLong(); };
    const qint64 seconds = m.hasCaptured(2) ? (n(2) * 60 + n(3)) * 60 + n(4) : n(5) * 60 + n(6);
    return SpeakerHeading{m.captured(1).trimmed(), seconds * 1000};
}

} // namespace coachtrack::exchange
