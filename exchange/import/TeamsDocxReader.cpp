// Microsoft Teams' Word transcript (.docx): word/document.xml out of the ZIP (QuaZip, in memory,
// capped against zip bombs), its paragraphs as lines of text (QXmlStreamReader), then the cues.
#include "exchange/import/TeamsDocxReader.h"

#include "exchange/import/TextTranscriptReaders.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>
#include <optional>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <utility>

namespace coachtrack::exchange {

namespace {

constexpr qint64 kMsPerWord = 60'000 / 150; // speech at 150 words a minute
constexpr QStringView kWordNamespace =
    u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView kStrictWordNamespace = u"http://purl.oclc.org/ooxml/wordprocessingml/main";

using Failure = std::unexpected<TranscriptError>;

Failure fileProblem(const QString& problem)
{
    return Failure(TranscriptError{0, problem});
}

Failure damaged()
{
    return fileProblem(QStringLiteral("the file is a ZIP archive (as a .docx is) but it is damaged "
                                      "or cut short, so it cannot be unpacked"));
}

Failure tooLarge()
{
    return fileProblem(
        QStringLiteral("the Word document's text would unpack to more than %1 MB, far more than "
                       "any meeting transcript; it was not read")
            .arg(kLargestDocxXml >> 20));
}

// ---- The ZIP

// A QBuffer that refuses a seek past its end without a warning: minizip probes a damaged
// archive's offsets that way, and the failure, not the warning, is what tells the user.
class QuietBuffer : public QBuffer
{
public:
    bool seek(qint64 pos) override { return pos >= 0 && pos <= size() && QBuffer::seek(pos); }
};

std::expected<QByteArray, TranscriptError> documentXml(const QByteArray& bytes)
{
    QuietBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return damaged();
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return damaged();
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml"), QuaZip::csSensitive)) {
        if (zip.getZipError() != UNZ_OK)
            return damaged();
        return fileProblem(QStringLiteral("a ZIP archive, but not a Word document: it has no "
                                          "word/document.xml"));
    }
    // The size the archive declares can lie; it only saves inflating what says it is too big.
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && info.uncompressedSize > quint64(kLargestDocxXml))
        return tooLarge();
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return damaged();
    QByteArray xml;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return damaged();
        if (n == 0)
            break;
        if (xml.size() + n > kLargestDocxXml)
            return tooLarge();
        xml.append(chunk.constData(), n);
    }
    file.close(); // checks the CRC of what was read
    if (file.getZipError() != UNZ_OK)
        return damaged();
    return xml;
}

// ---- The text: one line per paragraph, and per line break inside one

bool isWord(const QXmlStreamReader& reader)
{
    return reader.namespaceUri() == kWordNamespace || reader.namespaceUri() == kStrictWordNamespace;
}

std::expected<QStringList, TranscriptError> documentLines(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    QStringList lines;
    QString line;
    bool root = true;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (root && !(isWord(reader) && reader.name() == u"document"))
                return fileProblem(QStringLiteral("a ZIP archive whose word/document.xml is not "
                                                  "a Word document"));
            root = false;
            if (!isWord(reader))
                continue;
            const QStringView name = reader.name();
            if (name == u"t")
                line += reader.readElementText(QXmlStreamReader::SkipChildElements);
            else if (name == u"tab")
                line += u'\t';
            else if (name == u"noBreakHyphen")
                line += u'-';
            else if (name == u"br" || name == u"cr")
                lines.append(std::exchange(line, QString()));
        } else if (token == QXmlStreamReader::EndElement && isWord(reader) &&
                   reader.name() == u"p") {
            lines.append(std::exchange(line, QString()));
        }
    }
    if (reader.hasError() || root)
        return fileProblem(QStringLiteral("a Word document whose text cannot be read "
                                          "(word/document.xml, line %1: %2)")
                               .arg(reader.lineNumber())
                               .arg(reader.errorString()));
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// ---- The cues

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    QString text = s >= 3600 ? QStringLiteral("%1:%2:%3")
                                   .arg(s / 3600)
                                   .arg(s / 60 % 60, 2, 10, QChar(u'0'))
                                   .arg(s % 60, 2, 10, QChar(u'0'))
                             : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    if (ms % 1000 != 0)
        text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QChar(u'0'));
    return text;
}

Failure backwards(const QString& line, qint64 ms, qint64 previousMs)
{
    return fileProblem(QStringLiteral("at \"%1\": the time %2 comes before the time above it (%3)")
                           .arg(line, clockText(ms), clockText(previousMs)));
}

qint64 wordCount(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    return text.split(spaces, Qt::SkipEmptyParts).size();
}

void appendLine(QString& text, const QString& line)
{
    text += text.isEmpty() ? line : u'\n' + line;
}

// "Name   0:03" or "Name\t1:02:03": two or more spaces (or a tab) before the time, nothing
// after it; a name of up to 80 characters without a colon, so "Agenda:  10:30" is text.
std::optional<SpeakerHeading> heading(const QString& trimmed)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([^:\s][^:]{0,79}?)(?:\s{2,}|\t)(?:(\d{1,2}):([0-5]\d):([0-5]\d)|(\d{1,3}):([0-5]\d))$)"));
    const QRegularExpressionMatch m = re.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;
    return speakerHeadingOf(m);
}

struct Span
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// The older layout's "0:0:5.1 --> 0:0:8.250" (or "00:00:05.100 --> 00:00:08.250").
std::optional<Span> arrowLine(const QString& trimmed)
{
    static const QString time =
        QStringLiteral(R"((\d{1,2}):([0-5]?\d):([0-5]?\d)(?:[.,](\d{1,3}))?)");
    static const QRegularExpression re(u'^' + time + QStringLiteral(R"(\s*-->\s*)") + time + u'$');
    const QRegularExpressionMatch m = re.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;
    const auto ms = [&m](int first) {
        const auto n = [&m](int i) { return m.captured(i).toLongLong(); };
        const QString fraction = m.captured(first + 3).leftJustified(3, u'0');
        return ((n(first) * 60 + n(first + 1)) * 60 + n(first + 2)) * 1000 + fraction.toLongLong();
    };
    return Span{ms(1), ms(5)};
}

// Teams' own notices ("Alice Smith started transcription"), not anyone's speech.
bool isNotice(const QString& trimmed)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\S.{0,79} (started|stopped) transcription$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(trimmed).hasMatch();
}

// "Name   0:03" turns. Teams writes only when each turn starts, so every end is inferred: the
// next turn's start; for the last, its words at 150 a minute (1 s at least). TranscriptCue has
// one flag, "times interpolated by the importer"; it is set on every cue of this layout, since
// every end is the importer's guess though each start is the file's own.
TranscriptResult headingCues(const QStringList& lines)
{
    std::vector<TranscriptCue> cues;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || isNotice(line))
            continue;
        if (const std::optional<SpeakerHeading> h = heading(line)) {
            if (!cues.empty() && h->startMs < cues.back().startMs)
                return backwards(line, h->startMs, cues.back().startMs);
            TranscriptCue cue;
            cue.speaker = h->speaker;
            cue.startMs = h->startMs;
            cue.estimated = true;
            cues.push_back(std::move(cue));
        } else if (!cues.empty()) {
            appendLine(cues.back().text, line);
        } // else: the title, date and length above the first turn
    }
    for (std::size_t i = 0; i + 1 < cues.size(); ++i)
        cues[i].endMs = cues[i + 1].startMs;
    TranscriptCue& last = cues.back();
    last.endMs = last.startMs + std::max<qint64>(1000, wordCount(last.text) * kMsPerWord);
    return Transcript{TranscriptFormat::TeamsDocx, std::move(cues)};
}

// "0:0:5.1 --> 0:0:8.25", then the speaker's name, then the text. A cue with a single line
// under its times has no name, only text (the file cannot say which it is; text is likelier).
TranscriptResult arrowCues(const QStringList& lines)
{
    std::vector<std::pair<QString, QStringList>> blocks; // the times line, the lines under it
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || isNotice(line))
            continue;
        if (arrowLine(line))
            blocks.push_back({line, {}});
        else if (!blocks.empty())
            blocks.back().second.append(line);
    }
    std::vector<TranscriptCue> cues;
    for (const auto& [times, under] : blocks) {
        const Span span = *arrowLine(times);
        if (span.endMs < span.startMs)
            return fileProblem(
                QStringLiteral("at \"%1\": the cue ends before it starts").arg(times));
        if (!cues.empty() && span.startMs < cues.back().startMs)
            return backwards(times, span.startMs, cues.back().startMs);
        TranscriptCue cue;
        cue.startMs = span.startMs;
        cue.endMs = span.endMs;
        if (under.size() >= 2)
            cue.speaker = under.first();
        cue.text = under.size() >= 2 ? under.mid(1).join(u'\n') : under.value(0);
        cues.push_back(std::move(cue));
    }
    return Transcript{TranscriptFormat::TeamsDocx, std::move(cues)};
}

} // namespace

bool looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayView("PK\x03\x04"));
}

TranscriptResult readTeamsDocx(const QByteArray& bytes)
{
    const auto xml = documentXml(bytes);
    if (!xml)
        return std::unexpected(xml.error());
    const auto lines = documentLines(*xml);
    if (!lines)
        return std::unexpected(lines.error());
    // The first line that is a turn's heading or a cue's times tells the layout.
    for (const QString& line : *lines) {
        const QString trimmed = line.trimmed();
        if (heading(trimmed))
            return headingCues(*lines);
        if (arrowLine(trimmed))
            return arrowCues(*lines);
    }
    return fileProblem(QStringLiteral("a Word document, but not a Teams transcript: it has no "
                                      "speaker lines like \"Name   0:03\""));
}

} // namespace coachtrack::exchange
