// Gong-style JSON transcripts: monologues of one speakerId, each with sentences timed in ms.
#include "exchange/import/TextDecoding.h"
#include "exchange/import/TextTranscriptReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

namespace coachtrack::exchange {

namespace {

template<typename T>
using Parsed = std::expected<T, TranscriptError>;

// Whole numbers a double holds exactly: 2^53 (as milliseconds, 285,000 years). A larger number
// has no qint64 to round to: llround gave a negative time and a speakerId cast overflowed
// (found by fuzz/fuzz_gong_json), so neither is taken.
constexpr double kLargestWhole = 9007199254740992.0;

std::unexpected<TranscriptError> failure(const QString& problem, int line = 0)
{
    return std::unexpected(TranscriptError{line, problem});
}

QString withoutBom(const QString& text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
}

// The monologues: the "transcript" list, a bare list, or Gong's API answer for one call
// ({"callTranscripts": [{"transcript": […]}]}).
Parsed<QJsonArray> monologuesIn(const QJsonObject& root)
{
    if (root.contains(QStringLiteral("transcript"))) {
        const QJsonValue list = root.value(QStringLiteral("transcript"));
        if (!list.isArray())
            return failure(QStringLiteral("\"transcript\" is not a list of monologues"));
        return list.toArray();
    }
    const QJsonValue calls = root.value(QStringLiteral("callTranscripts"));
    if (calls.isArray() && calls.toArray().size() == 1 && calls.toArray().first().isObject())
        return monologuesIn(calls.toArray().first().toObject());
    if (calls.isArray())
        return failure(QStringLiteral("the file holds %1 calls' transcripts; expected one")
                           .arg(calls.toArray().size()));
    return failure(QStringLiteral("no \"transcript\" list found"));
}

Parsed<qint64> milliseconds(const QJsonObject& sentence, const QString& field, const QString& where)
{
    const QJsonValue value = sentence.value(field);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0 ||
        value.toDouble() > kLargestWhole)
        return failure(QStringLiteral("%1: \"%2\" is missing or not a number of milliseconds")
                           .arg(where, field));
    return std::llround(value.toDouble());
}

Parsed<TranscriptCue> sentenceCue(const QJsonValue& value, const QString& speaker,
                                  const QString& where)
{
    if (!value.isObject())
        return failure(QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject sentence = value.toObject();
    const Parsed<qint64> start = milliseconds(sentence, QStringLiteral("start"), where);
    if (!start)
        return std::unexpected(start.error());
    const Parsed<qint64> end = milliseconds(sentence, QStringLiteral("end"), where);
    if (!end)
        return std::unexpected(end.error());
    if (*end < *start)
        return failure(QStringLiteral("%1 ends (%2 ms) before it starts (%3 ms)")
                           .arg(where)
                           .arg(*end)
                           .arg(*start));
    const QJsonValue text = sentence.value(QStringLiteral("text"));
    if (!text.isString())
        return failure(QStringLiteral("%1: \"text\" is missing or not a string").arg(where));
    TranscriptCue cue;
    cue.startMs = *start;
    cue.endMs = *end;
    cue.speaker = speaker;
    cue.text = text.toString();
    return cue;
}

// The speakerId as text (Gong writes a string of digits; a plain number is taken too).
Parsed<QString> speakerOf(const QJsonObject& monologue, const QString& where)
{
    const QJsonValue id = monologue.value(QStringLiteral("speakerId"));
    if (id.isString())
        return id.toString();
    if (id.isDouble() && std::trunc(id.toDouble()) == id.toDouble() &&
        std::abs(id.toDouble()) <= kLargestWhole)
        return QString::number(qint64(id.toDouble()));
    return failure(QStringLiteral("%1: \"speakerId\" is missing or not a string").arg(where));
}

// Appends the cues of one monologue.
std::optional<TranscriptError> readMonologue(const QJsonValue& value, int number,
                                             std::vector<TranscriptCue>& cues)
{
    const QString where = QStringLiteral("monologue %1").arg(number);
    if (!value.isObject())
        return TranscriptError{0, QStringLiteral("%1 is not an object").arg(where)};
    const QJsonObject monologue = value.toObject();
    const Parsed<QString> speaker = speakerOf(monologue, where);
    if (!speaker)
        return speaker.error();
    const QJsonValue sentences = monologue.value(QStringLiteral("sentences"));
    if (!sentences.isArray())
        return TranscriptError{
            0, QStringLiteral("%1: \"sentences\" is missing or not a list").arg(where)};
    const QJsonArray list = sentences.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString sentenceWhere = QStringLiteral("%1, sentence %2").arg(where).arg(i + 1);
        Parsed<TranscriptCue> cue = sentenceCue(list[i], *speaker, sentenceWhere);
        if (!cue)
            return cue.error();
        cues.push_back(std::move(*cue));
    }
    return std::nullopt;
}

} // namespace

TranscriptResult readGongJson(const QString& text)
{
    const QByteArray utf8 = withUnixLineEnds(withoutBom(text)).toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(utf8.left(parseError.offset).count('\n')) + 1;
        return failure(QStringLiteral("this is not valid JSON (%1)").arg(parseError.errorString()),
                       line);
    }
    const Parsed<QJsonArray> monologues =
        document.isArray() ? Parsed<QJsonArray>(document.array()) : monologuesIn(document.object());
    if (!monologues)
        return std::unexpected(monologues.error());
    Transcript transcript{TranscriptFormat::GongJson, {}};
    for (qsizetype i = 0; i < monologues->size(); ++i)
        if (auto failed = readMonologue(monologues->at(i), int(i + 1), transcript.cues))
            return std::unexpected(*failed);
    if (transcript.cues.empty())
        return failure(QStringLiteral("no sentences found"));
    std::stable_sort(transcript.cues.begin(), transcript.cues.end(),
                     [](const auto& a, const auto& b) { return a.startMs < b.startMs; });
    return transcript;
}

bool looksLikeGongJson(const QString& text)
{
    const QString start = withoutBom(text.left(65536)).trimmed();
    return (start.startsWith(u'{') || start.startsWith(u'[')) &&
           start.contains(QStringLiteral("\"speakerId\""));
}

} // namespace coachtrack::exchange
