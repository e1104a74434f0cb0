#include "workflows/ProgressReport.h"

#include "annotations/TimeCode.h"
#include "exchange/export/DebriefPrint.h"
#include "workflows/RecordingTalk.h"

namespace coachtrack::workflows {

using namespace annotations;

namespace {

QString esc(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString day(const QDate& date)
{
    return date.isValid() ? QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy"))
                          : QString();
}

// A date that never breaks across lines in a table cell.
QString cellDay(const QDate& date)
{
    return day(date).replace(u' ', QStringLiteral("&nbsp;"));
}

QString section(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(esc(title));
}

QString rating(std::optional<int> value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

QString signedGap(std::optional<int> gap)
{
    return !gap       ? QStringLiteral("–")
           : *gap > 0 ? QStringLiteral("+%1").arg(*gap)
                      : QString::number(*gap);
}

const SessionSummary* sessionById(const RepProgress& p, int64_t id)
{
    for (const SessionSummary& s : p.sessions)
        if (s.sessionId == id)
            return &s;
    return nullptr;
}

QString planSection(const RepProgress& p)
{
    QString html = section(QStringLiteral("Your coaching plan"));
    if (p.plans.empty())
        return html + QStringLiteral("<p class=\"muted\">No coaching plan in this period.</p>\n");
    html += QStringLiteral("<table class=\"notes\" width=\"100%\" cellpadding=\"4\" "
                           "cellspacing=\"0\"><tr><th>Skill</th><th>What it looks like</th>"
                           "<th>Dates</th><th>Sessions on it</th></tr>\n");
    for (const CoachingPlan& plan : p.plans) {
        QStringList dates;
        for (int64_t id : sessionsOnPlan(plan, p.sessions))
            if (const SessionSummary* s = sessionById(p, id))
                dates << day(coachingDate(*s));
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td class=\"when\">%3</td>"
                               "<td class=\"when\">%4</td></tr>\n")
                    .arg(esc(plan.skill.name), esc(plan.target),
                         plan.running()
                             ? QStringLiteral("since %1").arg(day(plan.started))
                             : QStringLiteral("%1 – %2").arg(day(plan.started), day(plan.ended)),
                         dates.isEmpty() ? QStringLiteral("none yet")
                                         : esc(dates.join(QStringLiteral(", "))));
    }
    return html + QStringLiteral("</table>\n");
}

QString focusSection(const RepProgress& p)
{
    QString html = section(QStringLiteral("Focus items"));
    if (p.focus.empty())
        return html + QStringLiteral("<p class=\"muted\">No focus items in this period.</p>\n");
    html += QStringLiteral(
        "<table class=\"focus\" width=\"100%\" cellpadding=\"6\" cellspacing=\"0\">\n");
    int n = 0;
    for (const FocusHistory& item : p.focus) {
        QStringList steps;
        for (const FocusChange& c : item.changes)
            steps << QStringLiteral("%1 %2").arg(focusStatusLabel(c.status),
                                                 day(c.at.toLocalTime().date()));
        QString body = QStringLiteral("%1<br><span class=\"status\">%2</span>")
                           .arg(esc(item.text), esc(steps.join(QStringLiteral(" → "))));
        if (!item.question.isEmpty())
            body += QStringLiteral("<br><span class=\"question\">Before we talk: %1</span>")
                        .arg(esc(item.question));
        if (const SessionSummary* from = sessionById(p, item.sessionId))
            body += QStringLiteral("<br><span class=\"when\">From %1, %2</span>")
                        .arg(esc(from->callTitle), day(coachingDate(*from)));
        if (!item.practicePlan.isEmpty())
            body += QStringLiteral("<br><span class=\"plan\">Practice: %1</span>")
                        .arg(esc(item.practicePlan));
        html += QStringLiteral("<tr><td class=\"num\" width=\"34\">%1</td><td>%2</td></tr>\n")
                    .arg(++n)
                    .arg(body);
    }
    return html + QStringLiteral("</table>\n");
}

QString scoreSection(const RepProgress& p)
{
    QString html = section(QStringLiteral("Scores: your view and your manager's"));
    const auto series = skillSeries(p.sessions);
    if (series.empty())
        return html + QStringLiteral("<p class=\"muted\">No scores in this period.</p>\n");
    html += QStringLiteral("<table class=\"metrics\" width=\"100%\" cellpadding=\"4\" "
                           "cellspacing=\"0\"><tr><th>Skill</th><th>Latest (manager / "
                           "you)</th><th>The gap, on average</th></tr>\n");
    for (const SkillSeries& k : series) {
        const SkillPoint& last = k.points.back();
        html += QStringLiteral("<tr><td>%1</td><td class=\"value\">%2 / %3</td><td>%4</td>"
                               "</tr>\n")
                    .arg(esc(k.skill.name), rating(last.manager), rating(last.self),
                         k.meanAbsGap
                             ? QStringLiteral("%1 (%2 %3)")
                                   .arg(esc(gapSummary(k).replace(QStringLiteral("the rep rates"),
                                                                  QStringLiteral("you rate"))))
                                   .arg(k.gapCount)
                                   .arg(k.gapCount == 1 ? QStringLiteral("call")
                                                        : QStringLiteral("calls"))
                             : QStringLiteral("–"));
    }
    html += QStringLiteral("</table>\n<p class=\"ref\">The gap is your rating minus your "
                           "manager's: how far apart the two are, and which way. Coaching "
                           "works on the biggest gap.</p>\n");
    html += QStringLiteral(
        "<table class=\"notes\" width=\"100%\" cellpadding=\"4\" "
        "cellspacing=\"0\"><tr><th width=\"16%\">Date</th><th width=\"16%\">Call</th><th>Skill</th>"
        "<th width=\"9%\">Manager</th><th width=\"7%\">You</th><th width=\"7%\">Gap</th>"
        "<th>Comment</th></tr>\n");
    for (const SessionSummary& s : p.sessions)
        for (const Score& score : s.scores)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>"
                                   "<td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                        .arg(cellDay(coachingDate(s)), esc(s.callTitle), esc(score.skill.name),
                             rating(score.manager), rating(score.self), signedGap(score.gap()),
                             esc(score.comment));
    return html + QStringLiteral("</table>\n");
}

QString sessionSection(const RepProgress& p)
{
    QString html = section(QStringLiteral("Coaching sessions"));
    if (p.sessions.empty())
        return html + QStringLiteral("<p class=\"muted\">No coaching session in this "
                                     "period.</p>\n");
    html += QStringLiteral("<table class=\"notes\" width=\"100%\" cellpadding=\"4\" "
                           "cellspacing=\"0\"><tr><th width=\"16%\">Date</th><th "
                           "width=\"16%\">Call</th><th>Your share "
                           "of the talk</th><th>Longest monologue</th><th>Questions you "
                           "asked</th><th>Focus items</th></tr>\n");
    for (const SessionSummary& s : p.sessions) {
        const bool measured =
            s.talk && s.talk->analyserVersion == kTalkAnalyserVersion && s.talk->perSpeaker;
        const auto asked = p.repQuestions.find(s.sessionId);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td><td>%6</td></tr>\n")
                    .arg(cellDay(coachingDate(s)), esc(s.callTitle),
                         measured && s.talk->repShare
                             ? QStringLiteral("%1%").arg(qRound(*s.talk->repShare * 100))
                             : QStringLiteral("–"),
                         measured && s.talk->repLongestMs ? formatSpan(*s.talk->repLongestMs)
                                                          : QStringLiteral("–"),
                         asked == p.repQuestions.end() ? QStringLiteral("–")
                                                       : QString::number(asked->second),
                         QString::number(s.focusItems));
    }
    return html + QStringLiteral("</table>\n");
}

QString chartSection(const std::vector<ReportChart>& charts, exchange::HtmlFlavour flavour)
{
    if (charts.empty())
        return {};
    // On a page of their own in print: a heading never parts from its charts.
    QString html = flavour == exchange::HtmlFlavour::Print
                       ? QStringLiteral("<h2 style=\"page-break-before: always\">Over time</h2>\n")
                       : section(QStringLiteral("Over time"));
    int n = 0;
    for (const ReportChart& c : charts) {
        ++n;
        const QString source = flavour == exchange::HtmlFlavour::Browser
                                   ? exchange::pngDataUrl(c.image)
                                   : QStringLiteral("chart-%1.png").arg(n);
        const int width = 600;
        const int height = c.image.isNull() ? 0 : width * c.image.height() / c.image.width();
        // The title is drawn in the picture, so a page never parts them.
        html += QStringLiteral("<p><img src=\"%2\" width=\"%3\" height=\"%4\" alt=\"%1\"><br>"
                               "<span class=\"ref\">%5</span></p>\n")
                    .arg(esc(c.title), source)
                    .arg(width)
                    .arg(height)
                    .arg(esc(c.caption));
    }
    return html;
}

} // namespace

QString progressReportTitle(const RepProgress& p)
{
    const QDate from =
        p.from.isValid() ? p.from : (p.sessions.empty() ? QDate() : coachingDate(p.sessions[0]));
    const QDate to = p.to.isValid() ? p.to : QDate::currentDate();
    return from.isValid() ? QStringLiteral("Coaching progress: %1, %2 – %3")
                                .arg(p.rep.name, day(from), day(to))
                          : QStringLiteral("Coaching progress: %1").arg(p.rep.name);
}

QString progressReportHtml(const RepProgress& p, const std::vector<ReportChart>& charts,
                           exchange::HtmlFlavour flavour)
{
    const QString title = progressReportTitle(p);
    QString html = exchange::sheetHead(title, flavour);
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    int achieved = 0, open = 0;
    for (const FocusHistory& f : p.focus) {
        achieved += f.status == FocusStatus::Achieved ? 1 : 0;
        open += f.status == FocusStatus::Open || f.status == FocusStatus::Practising ? 1 : 0;
    }
    html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellpadding=\"2\" "
                           "cellspacing=\"0\"><tr><td>Coaching sessions <b>%1</b></td>"
                           "<td>Focus items achieved <b>%2</b></td><td>Still working on "
                           "<b>%3</b></td></tr></table>\n")
                .arg(p.sessions.size())
                .arg(achieved)
                .arg(open);
    html += planSection(p) + focusSection(p) + scoreSection(p) + chartSection(charts, flavour) +
            sessionSection(p);
    html += QStringLiteral("<p class=\"footer\">From your coaching sessions' shareable notes and "
                           "scores. Made with Coachtrack on %1.</p>\n</body></html>\n")
                .arg(day(QDate::currentDate()));
    return html;
}

QByteArray progressReport(const RepProgress& p, const std::vector<ReportChart>& charts,
                          ReportFormat format, exchange::Paper paper)
{
    if (format == ReportFormat::Html)
        return progressReportHtml(p, charts, exchange::HtmlFlavour::Browser).toUtf8();
    std::vector<std::pair<QString, QImage>> images;
    for (size_t i = 0; i < charts.size(); ++i)
        images.emplace_back(QStringLiteral("chart-%1.png").arg(i + 1), charts[i].image);
    return exchange::htmlPdf(progressReportHtml(p, charts, exchange::HtmlFlavour::Print), images,
                             progressReportTitle(p), paper);
}

} // namespace coachtrack::workflows
