#include "exchange/import/WebVttReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace coachtrack::exchange {

namespace {

constexpr QChar kLf = u'\n';

bool isWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

// A cursor over one line, as the algorithm's "position".
struct Cursor
{
    const QString& s;
    qsizetype pos = 0;
    bool atEnd() const { return pos >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s[pos]; }
    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(s[pos]))
            ++pos;
    }
    QString digits()
    {
        const qsizetype from = pos;
        while (!atEnd() && s[pos].isDigit() && s[pos].unicode() < 128)
            ++pos;
        return s.mid(from, pos - from);
    }
};

// "Collect a WebVTT timestamp". Transcript mode also takes minutes and seconds of one digit
// and fractions of one to three (Teams writes 0:0:5.32).
std::optional<qint64> collectTimestamp(Cursor& c, WebVttMode mode)
{
    const bool lenient = mode == WebVttMode::Transcript;
    const auto twoDigits = [&](const QString& d) {
        return d.size() == 2 || (lenient && d.size() == 1);
    };
    if (c.atEnd() || !c.peek().isDigit())
        return std::nullopt;
    const QString first = c.digits();
    // The algorithm takes hours of any length; past nine digits (114,000 years) the
    // milliseconds would overflow qint64 (found by fuzz/fuzz_webvtt), so such a time is not read.
    if (first.size() > 9)
        return std::nullopt;
    qint64 v1 = first.toLongLong();
    bool hours = first.size() != 2 || v1 > 59;
    if (lenient && first.size() == 1)
        hours = false; // 0:05.000 is minutes; hours are told by a third field below
    if (c.peek() != u':')
        return std::nullopt;
    ++c.pos;
    const QString second = c.digits();
    if (!twoDigits(second))
        return std::nullopt;
    qint64 v2 = second.toLongLong(), v3 = 0;
    if (hours || c.peek() == u':') {
        if (c.peek() != u':')
            return std::nullopt;
        ++c.pos;
        const QString third = c.digits();
        if (!twoDigits(third))
            return std::nullopt;
        v3 = third.toLongLong();
    } else {
        v3 = v2;
        v2 = v1;
        v1 = 0;
    }
    if (c.peek() != u'.')
        return std::nullopt;
    ++c.pos;
    QString fraction = c.digits();
    if (fraction.size() != 3 && !(lenient && !fraction.isEmpty() && fraction.size() < 3))
        return std::nullopt;
    fraction = fraction.leftJustified(3, u'0');
    if (v2 > 59 || v3 > 59)
        return std::nullopt;
    return ((v1 * 60 + v2) * 60 + v3) * 1000 + fraction.toLongLong();
}

// "Collect WebVTT cue timings and settings" (the settings are not needed: skipped).
bool collectTimings(const QString& line, WebVttMode mode, WebVttCue& cue)
{
    Cursor c{line};
    c.skipWhitespace();
    const auto start = collectTimestamp(c, mode);
    if (!start)
        return false;
    c.skipWhitespace();
    for (QChar expected : {u'-', u'-', u'>'}) {
        if (c.peek() != expected)
            return false;
        ++c.pos;
    }
    c.skipWhitespace();
    const auto end = collectTimestamp(c, mode);
    if (!end)
        return false;
    cue.startMs = *start;
    cue.endMs = *end;
    return true;
}

bool isBlockKeyword(const QString& buffer, QLatin1StringView keyword)
{
    if (!buffer.startsWith(keyword))
        return false;
    const QStringView rest = QStringView(buffer).mid(keyword.size());
    return std::all_of(rest.begin(), rest.end(), [](QChar ch) { return isWhitespace(ch); });
}

// The file parser's state: the text (LF line ends, NULs replaced) and a position in it.
struct Parser
{
    QString in;
    WebVttMode mode = WebVttMode::Strict;
    qsizetype pos = 0;
    bool seenCue = false;
    std::optional<TranscriptError> error;

    int lineAt(qsizetype at) const { return int(QStringView(in).left(at).count(kLf)) + 1; }

    QString collectLine()
    {
        const qsizetype end = in.indexOf(kLf, pos);
        const qsizetype stop = end < 0 ? in.size() : end;
        QString line = in.mid(pos, stop - pos);
        pos = stop;
        return line;
    }
    void skipLineFeeds()
    {
        while (pos < in.size() && in[pos] == kLf)
            ++pos;
    }

    // "Collect a WebVTT block"; a cue when the block is one.
    std::optional<WebVttCue> collectBlock(bool inHeader)
    {
        int lineCount = 0;
        const qsizetype blockStart = pos;
        bool definition = false; // a STYLE or REGION block
        qsizetype previous = pos;
        QString buffer;
        bool seenArrow = false;
        std::optional<WebVttCue> cue;
        for (;;) {
            const qsizetype lineStart = pos;
            const QString line = collectLine();
            ++lineCount;
            const bool seenEof = pos >= in.size();
            if (!seenEof)
                ++pos;
            if (line.contains(QLatin1StringView("-->"))) {
                if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
                    seenArrow = true;
                    previous = pos;
                    WebVttCue c;
                    c.id = buffer;
                    c.line = lineAt(lineStart);
                    if (collectTimings(line, mode, c)) {
                        cue = c;
                        buffer.clear();
                        seenCue = true;
                    } else {
                        cue.reset();
                        if (mode == WebVttMode::Transcript && !error)
                            error = TranscriptError{
                                c.line,
                                QStringLiteral("the time range cannot be read (expected "
                                               "something like 00:01:02.500 --> 00:01:04.000)")};
                    }
                } else {
                    pos = previous;
                    break;
                }
            } else if (line.isEmpty()) {
                break;
            } else {
                if (!inHeader && lineCount == 2 && !seenCue &&
                    (isBlockKeyword(buffer, QLatin1StringView("STYLE")) ||
                     isBlockKeyword(buffer, QLatin1StringView("REGION")))) {
                    buffer.clear(); // a style sheet or region definition: not ours to keep
                    definition = true;
                }
                if (!buffer.isEmpty())
                    buffer.append(kLf);
                buffer.append(line);
                previous = pos;
            }
            if (seenEof)
                break;
        }
        if (cue)
            cue->text = buffer;
        // The W3C algorithm skips a block without a time range; a transcript does not lose a
        // line that way (a mistyped "->", a file cut inside a time): comments, style sheets
        // and regions are the only blocks that are not cues.
        const QString first = buffer.section(kLf, 0, 0);
        auto opensWith = [&first](QLatin1StringView keyword) {
            return first.startsWith(keyword) &&
                   (first.size() == keyword.size() || isWhitespace(first[keyword.size()]));
        };
        if (mode == WebVttMode::Transcript && !inHeader && !seenArrow && !error && !definition &&
            !buffer.isEmpty() && !opensWith(QLatin1StringView("NOTE")) &&
            !opensWith(QLatin1StringView("STYLE")) && !opensWith(QLatin1StringView("REGION")))
            error = TranscriptError{lineAt(blockStart),
                                    QStringLiteral("a block without a time range (“-->”), so not "
                                                   "a cue: “%1”")
                                        .arg(first.left(60))};
        return cue;
    }
};

} // namespace

std::expected<std::vector<WebVttCue>, TranscriptError> parseWebVtt(QString text, WebVttMode mode)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', kLf);
    text.replace(QChar(0), QChar(0xFFFD));
    const bool signature =
        text.startsWith(QLatin1StringView("WEBVTT")) &&
        (text.size() == 6 || text[6] == u' ' || text[6] == u'\t' || text[6] == kLf);
    if (!signature)
        return std::unexpected(TranscriptError{
            1, QStringLiteral("not a WebVTT file: it must begin with the word WEBVTT")});
    Parser p;
    p.in = std::move(text);
    p.mode = mode;
    p.collectLine(); // the rest of the signature line
    std::vector<WebVttCue> cues;
    if (p.pos >= p.in.size())
        return cues;
    ++p.pos;
    if (p.pos < p.in.size() && p.in[p.pos] != kLf)
        p.collectBlock(true); // the header
    else if (p.pos < p.in.size())
        ++p.pos;
    p.skipLineFeeds();
    while (p.pos < p.in.size()) {
        if (auto cue = p.collectBlock(false))
            cues.push_back(std::move(*cue));
        p.skipLineFeeds();
    }
    if (p.error)
        return std::unexpected(*p.error);
    return cues;
}

PlainCueText plainCueText(const QString& markup)
{
    static const QRegularExpression reference(
        QStringLiteral("&(amp|lt|gt|nbsp|lrm|rlm|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"));
    PlainCueText out;
    QString text;
    for (qsizetype i = 0; i < markup.size();) {
        if (markup[i] != u'<') {
            text.append(markup[i++]);
            continue;
        }
        const qsizetype close = markup.indexOf(u'>', i);
        const QString tag = markup.mid(i + 1, (close < 0 ? markup.size() : close) - i - 1);
        i = close < 0 ? markup.size() : close + 1;
        // A voice start tag: "v" (with classes: v.loud) then whitespace and the name.
        static const QRegularExpression voice(QStringLiteral("^v(\\.[^\\s]*)?[ \\t\\n\\f]+(.*)$"),
                                              QRegularExpression::DotMatchesEverythingOption);
        if (const auto m = voice.match(tag); m.hasMatch() && out.speaker.isEmpty())
            out.speaker = m.captured(2).simplified();
    }
    QString decoded;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded.append(QStringView(text).mid(last, m.capturedStart() - last));
        const QString name = m.captured(1);
        static const QHash<QString, QString> named{
            {QStringLiteral("amp"), QStringLiteral("&")},
            {QStringLiteral("lt"), QStringLiteral("<")},
            {QStringLiteral("gt"), QStringLiteral(">")},
            {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
            {QStringLiteral("lrm"), QStringLiteral("\u200E")},
            {QStringLiteral("rlm"), QStringLiteral("\u200F")},
            {QStringLiteral("quot"), QStringLiteral("\"")},
            {QStringLiteral("apos"), QStringLiteral("'")}};
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            const char32_t cp = code == 0 || code > 0x10FFFF ? 0xFFFD : char32_t(code);
            decoded.append(QString::fromUcs4(&cp, 1));
        } else {
            decoded.append(named.value(name));
        }
        last = m.capturedEnd();
    }
    decoded.append(QStringView(text).mid(last));
    out.text = decoded.trimmed();
    return out;
}

} // namespace coachtrack::exchange

namespace coachtrack::exchange {

namespace {

// Teams' metadataContent variant: each cue's payload is a JSON object.
std::optional<PlainCueText> teamsJsonPayload(const QString& text)
{
    if (!text.startsWith(u'{'))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject() || !doc.object().contains(QLatin1StringView("spokenText")))
        return std::nullopt;
    const QJsonObject o = doc.object();
    return PlainCueText{o.value(QLatin1StringView("speakerName")).toString().simplified(),
                        o.value(QLatin1StringView("spokenText")).toString().trimmed()};
}

// Zoom writes "Display Name: text". Taken as a speaker only when most cues start that way,
// so a lone "Note: ..." in a caption file stays text.
void takeZoomSpeakers(std::vector<TranscriptCue>& cues)
{
    static const QRegularExpression prefix(QStringLiteral("^([^:\\n]{1,60}): (.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    size_t withPrefix = 0, withoutSpeaker = 0;
    for (const auto& c : cues) {
        if (!c.speaker.isEmpty())
            continue;
        ++withoutSpeaker;
        withPrefix += prefix.match(c.text).hasMatch();
    }
    if (withoutSpeaker == 0 || withPrefix * 2 < withoutSpeaker)
        return;
    for (auto& c : cues)
        if (const auto m = prefix.match(c.text); c.speaker.isEmpty() && m.hasMatch()) {
            c.speaker = m.captured(1).trimmed();
            c.text = m.captured(2).trimmed();
        }
}

} // namespace

TranscriptResult readWebVttTranscript(const QString& text)
{
    auto parsed = parseWebVtt(text, WebVttMode::Transcript);
    if (!parsed)
        return std::unexpected(parsed.error());
    Transcript out;
    out.format = TranscriptFormat::WebVtt;
    for (const WebVttCue& c : *parsed) {
        const PlainCueText plain = teamsJsonPayload(c.text).value_or(plainCueText(c.text));
        out.cues.push_back(
            {c.startMs, std::max(c.startMs, c.endMs), plain.speaker, plain.text, c.id, false});
    }
    takeZoomSpeakers(out.cues);
    std::stable_sort(out.cues.begin(), out.cues.end(),
                     [](const auto& a, const auto& b) { return a.startMs < b.startMs; });
    return out;
}

} // namespace coachtrack::exchange
