#include "exchange/export/NotesExport.h"

#include "annotations/TimeCode.h"
#include "exchange/export/JsonSheet.h"

#include <QJsonDocument>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

// A cell that starts with =, +, -, @, a tab or a carriage return, which a spreadsheet may run
// as a formula, gets a leading apostrophe (OWASP's advice); then it is quoted as RFC 4180 says.
// "-5% discount" gets one too: the reader sees an apostrophe, never a formula.
QString csvField(QString value)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && kFormulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString vttTime(int64_t ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// Cue text may not hold "-->" or a blank line, and &, < and > must be escaped.
QString vttText(const QString& text)
{
    QString out = text;
    out.replace(QStringLiteral("\r"), QString());
    out.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    out.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    out.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    QStringList lines = out.split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QByteArray notesCsv(const DebriefSheet& sheet)
{
    QString csv = QStringLiteral("start,end,start_ms,end_ms,focus,focus_status,text,tags\r\n");
    for (const ShareableNote& note : sheet.notes) {
        const int number = sheet.focusNumber(note.id);
        const QStringList fields{formatClock(note.startMs, true),
                                 note.endMs ? formatClock(*note.endMs, true) : QString(),
                                 QString::number(note.startMs),
                                 note.endMs ? QString::number(*note.endMs) : QString(),
                                 number ? QString::number(number) : QString(),
                                 note.focus ? focusStatusName(*note.focus) : QString(),
                                 csvField(note.text),
                                 csvField(note.tags)};
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QByteArray debriefJson(const DebriefSheet& sheet)
{
    return QJsonDocument(sheetToJson(sheet)).toJson(QJsonDocument::Indented);
}

QByteArray notesWebVtt(const DebriefSheet& sheet)
{
    QString vtt = QStringLiteral("WEBVTT\n");
    int cue = 0;
    for (const ShareableNote& note : sheet.notes) {
        const QString body = vttText(note.text);
        if (body.isEmpty())
            continue;
        int64_t end = note.endMs.value_or(note.startMs + kCueLengthMs);
        if (sheet.durationMs > note.startMs)
            end = std::min(end, sheet.durationMs);
        end = std::max(end, note.startMs + 1);
        const int number = sheet.focusNumber(note.id);
        vtt += QStringLiteral("\nnote-%1\n%2 --> %3\n%4%5\n")
                   .arg(++cue)
                   .arg(vttTime(note.startMs), vttTime(end),
                        number ? QStringLiteral("Focus %1: ").arg(number) : QString(), body);
    }
    return vtt.toUtf8();
}

} // namespace coachtrack::exchange
