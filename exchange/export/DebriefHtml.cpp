#include "exchange/export/DebriefHtml.h"

#include "annotations/TimeCode.h"
#include "exchange/export/DebriefText.h"

#include <QBuffer>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

const char* const kStyle = R"(
body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; color: #1d2731; font-size: 10.5pt; }
h1 { color: #14535a; font-size: 18pt; margin-top: 0px; margin-bottom: 6px; }
h2 { color: #14535a; font-size: 13pt; margin-top: 22px; margin-bottom: 8px; border-bottom: 1px solid #c9dcde; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 4pt 6pt; vertical-align: top; text-align: left; }
.facts td { color: #4a5863; padding: 1pt 12pt 1pt 0; }
.facts b { color: #1d2731; }
.focus td { background-color: #fff4e5; border-bottom: 4px solid #ffffff; }
.focus .num { background-color: #e8833a; color: #ffffff; font-size: 16pt; font-weight: bold; text-align: center;
              width: 2.2em; }
.when { color: #4a5863; font-size: 9pt; }
.status { color: #14535a; font-weight: bold; font-size: 9pt; }
.question { color: #7a4b00; font-style: italic; }
.plan { color: #1d2731; }
.notes td { border-bottom: 1px solid #e3e8eb; }
.notes .time { color: #4a5863; width: 4.5em; white-space: nowrap; }
.badge { color: #ffffff; background-color: #e8833a; font-weight: bold; font-size: 8.5pt; }
.metrics .value { font-weight: bold; white-space: nowrap; width: 9em; }
.metrics .ref { color: #4a5863; font-size: 9pt; }
.muted { color: #6b7882; }
.footer { color: #8a959d; font-size: 8.5pt; margin-top: 20pt; }
img { max-width: 100%; height: auto; }
.clip { margin-top: 4pt; max-width: 100%; }
)";

// Page layout for browsers only; QTextDocument has its own page margins.
const char* const kScreenStyle = R"(
body { max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
)";

// The picture's width on the sheet, in CSS pixels: fits an A4 or Letter page's text width.
constexpr int kTimelineWidth = 600;

QString esc(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString section(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(esc(title));
}

QString factsTable(const DebriefSheet& sheet)
{
    QString html = QStringLiteral(
        "<table class=\"facts\" width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"><tr>");
    int column = 0;
    for (const text::Fact& fact : text::callFacts(sheet)) {
        if (column == 3) {
            html += QStringLiteral("</tr><tr>");
            column = 0;
        }
        html += QStringLiteral("<td width=\"33%\">%1 <b>%2</b></td>")
                    .arg(esc(fact.label), esc(fact.value));
        ++column;
    }
    return html + QStringLiteral("</tr></table>\n");
}

// A player for the focus moment's clip, in browsers (QTextDocument has none).
QString clipPlayer(const FocusLine& line, HtmlFlavour flavour)
{
    if (line.clipSource.isEmpty() || flavour != HtmlFlavour::Browser)
        return {};
    const QString label = QStringLiteral("Focus %1, from the call").arg(line.number);
    return line.clipIsVideo
               ? QStringLiteral("<br><video class=\"clip\" controls preload=\"metadata\" "
                                "width=\"480\" src=\"%1\" title=\"%2\"></video>")
                     .arg(line.clipSource.toHtmlEscaped(), label)
               : QStringLiteral("<br><audio class=\"clip\" controls preload=\"metadata\" "
                                "src=\"%1\" title=\"%2\"></audio>")
                     .arg(line.clipSource.toHtmlEscaped(), label);
}

QString focusTable(const DebriefSheet& sheet, HtmlFlavour flavour)
{
    if (sheet.focus.empty())
        return QStringLiteral(
            "<p class=\"muted\">No focus items were chosen in this session.</p>\n");
    QString html = QStringLiteral(
        "<table class=\"focus\" width=\"100%\" cellpadding=\"6\" cellspacing=\"0\">\n");
    for (const FocusLine& line : sheet.focus)
        html += QStringLiteral("<tr><td class=\"num\" width=\"34\">%1</td><td><span "
                               "class=\"when\">at %2</span> &nbsp; "
                               "<span class=\"status\">%3</span><br>%4%5%6%7</td></tr>\n")
                    .arg(line.number)
                    .arg(formatClock(line.note.startMs), esc(text::statusLabel(line.status)),
                         esc(line.note.text),
                         line.question.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><span class=\"question\">Before we talk: "
                                              "%1</span>")
                                   .arg(esc(line.question)),
                         line.practicePlan.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><span class=\"plan\"><b>Practice:</b> "
                                              "%1</span>")
                                   .arg(esc(line.practicePlan)),
                         clipPlayer(line, flavour));
    return html + QStringLiteral("</table>\n");
}

QString lastTimeList(const DebriefSheet& sheet)
{
    QString html = QStringLiteral("<ul>\n");
    for (const CarriedFocus& item : sheet.lastTime) {
        const QString from =
            item.callTitle.isEmpty()
                ? text::longDate(item.callDate)
                : QStringLiteral("%1, %2").arg(item.callTitle, text::longDate(item.callDate));
        html +=
            QStringLiteral(
                "<li>%1 <span class=\"status\">%2</span> <span class=\"when\">(%3)</span></li>\n")
                .arg(esc(item.text), esc(text::statusLabel(item.status)), esc(from));
    }
    return html + QStringLiteral("</ul>\n");
}

QString metricsTable(const DebriefSheet& sheet)
{
    QString html = QStringLiteral(
        "<table class=\"metrics\" width=\"100%\" cellpadding=\"4\" cellspacing=\"0\">\n");
    for (const text::MetricLine& line : text::talkLines(sheet))
        html += QStringLiteral("<tr><td width=\"34%\">%1</td><td class=\"value\" "
                               "width=\"25%\">%2</td><td class=\"ref\">%3</td></tr>\n")
                    .arg(esc(line.name), esc(line.value), esc(line.reference));
    html += QStringLiteral("</table>\n");
    if (sheet.talk && !sheet.talk->note.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(sheet.talk->note));
    return html;
}

QString notesTable(const DebriefSheet& sheet)
{
    if (sheet.notes.empty())
        return QStringLiteral("<p class=\"muted\">No notes.</p>\n");
    QString html = QStringLiteral(
        "<table class=\"notes\" width=\"100%\" cellpadding=\"4\" cellspacing=\"0\">\n");
    for (const ShareableNote& note : sheet.notes) {
        const int number = sheet.focusNumber(note.id);
        const QString badge =
            number
                ? QStringLiteral("<span class=\"badge\">&nbsp;Focus %1&nbsp;</span> ").arg(number)
                : QString();
        html += QStringLiteral("<tr><td class=\"time\" width=\"52\">%1</td><td>%2%3</td></tr>\n")
                    .arg(formatClock(note.startMs), badge, esc(note.text));
    }
    return html + QStringLiteral("</table>\n");
}

QString selfAssessment(const DebriefSheet& sheet)
{
    QString html;
    if (!sheet.selfWentWell.trimmed().isEmpty())
        html += QStringLiteral("<p><b>What went well:</b> %1</p>\n").arg(esc(sheet.selfWentWell));
    if (!sheet.selfWouldChange.trimmed().isEmpty())
        html += QStringLiteral("<p><b>What you would change:</b> %1</p>\n")
                    .arg(esc(sheet.selfWouldChange));
    return html;
}

QString commitment(const DebriefSheet& sheet)
{
    QString html;
    if (!sheet.nextSteps.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(sheet.nextSteps));
    if (sheet.nextCoachingDate.isValid())
        html += QStringLiteral("<p>Our next coaching conversation: <b>%1</b></p>\n")
                    .arg(esc(text::longDate(sheet.nextCoachingDate)));
    return html;
}

QString blockHtml(const DebriefSheet& sheet, text::Block block, HtmlFlavour flavour)
{
    switch (block) {
    case text::Block::Objectives: return QStringLiteral("<p>%1</p>\n").arg(esc(sheet.objectives));
    case text::Block::SelfAssessment: return selfAssessment(sheet);
    case text::Block::Metrics: return metricsTable(sheet);
    case text::Block::Observations: return notesTable(sheet);
    case text::Block::Focus: return focusTable(sheet, flavour);
    case text::Block::LastTime: return lastTimeList(sheet);
    case text::Block::Commitment: return commitment(sheet);
    }
    return {};
}

} // namespace

QString pngDataUrl(const QImage& image)
{
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString timelineDataUrl(const DebriefSheet& sheet)
{
    return pngDataUrl(sheet.timeline);
}

QString sheetHead(const QString& title, HtmlFlavour flavour)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<title>%1</title>\n<style>%2</style></head>\n"
                          "<body>\n")
        .arg(esc(title),
             QString::fromUtf8(kStyle) +
                 (flavour == HtmlFlavour::Browser ? QString::fromUtf8(kScreenStyle) : QString()));
}

QString debriefHtml(const DebriefSheet& sheet, const QString& imageSource, HtmlFlavour flavour)
{
    const QString title = text::sheetTitle(sheet);
    QString html = sheetHead(title, flavour);
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    html += factsTable(sheet);
    if (!sheet.timeline.isNull() && !imageSource.isEmpty())
        html += section(QStringLiteral("Your call at a glance")) +
                QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"The call's "
                               "waveform with the notes marked\"><br>"
                               "<span class=\"when\">Orange numbers are focus items; teal marks "
                               "are the other notes."
                               "</span></p>\n")
                    .arg(imageSource)
                    .arg(kTimelineWidth)
                    .arg(kTimelineWidth * sheet.timeline.height() /
                         std::max(1, sheet.timeline.width()));
    for (const text::SheetBlock& block : text::sheetBlocks(sheet))
        html += section(block.heading) + blockHtml(sheet, block.block, flavour);
    html += QStringLiteral("<p class=\"footer\">%1</p>\n</body></html>\n").arg(esc(text::footer()));
    return html;
}

} // namespace coachtrack::exchange
