#include "exchange/export/DebriefText.h"

#include "annotations/TimeCode.h"

#include <cmath>

namespace coachtrack::exchange::text {

using namespace coachtrack::annotations;

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100));
}

} // namespace

std::vector<SheetBlock> sheetBlocks(const DebriefSheet& sheet)
{
    const bool metrics = sheet.talk || sheet.transcript;
    const QString metricsHeading = QStringLiteral("How the conversation went");
    const QString lastTimeHeading = QStringLiteral("Last time we worked on");
    auto filled = [](const QString& text) { return !text.trimmed().isEmpty(); };
    std::vector<SheetBlock> blocks;
    for (const TemplatePart& part : sheet.layout.parts)
        switch (part.section) {
        case TemplateSection::Objectives:
            if (filled(sheet.objectives))
                blocks.push_back({Block::Objectives, part.heading});
            break;
        case TemplateSection::SelfAssessment:
            if (filled(sheet.selfWentWell) || filled(sheet.selfWouldChange))
                blocks.push_back({Block::SelfAssessment, part.heading});
            break;
        case TemplateSection::Observations:
            if (metrics)
                blocks.push_back({Block::Metrics, metricsHeading});
            blocks.push_back({Block::Observations, part.heading});
            break;
        case TemplateSection::Focus:
            blocks.push_back({Block::Focus, part.heading});
            if (!sheet.lastTime.empty())
                blocks.push_back({Block::LastTime, lastTimeHeading});
            break;
        case TemplateSection::Commitment:
            if (filled(sheet.nextSteps) || sheet.nextCoachingDate.isValid())
                blocks.push_back({Block::Commitment, part.heading});
            break;
        }
    if (!sheet.layout.part(TemplateSection::Focus) && !sheet.lastTime.empty())
        blocks.push_back({Block::LastTime, lastTimeHeading});
    if (!sheet.layout.part(TemplateSection::Observations) && metrics)
        blocks.push_back({Block::Metrics, metricsHeading});
    return blocks;
}

QString longDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("d MMM yyyy")) : QString();
}

QString sheetTitle(const DebriefSheet& sheet)
{
    const QString call =
        sheet.callTitle.isEmpty() ? QStringLiteral("Call review") : sheet.callTitle;
    return QStringLiteral("Debrief: %1").arg(call);
}

std::vector<Fact> callFacts(const DebriefSheet& sheet)
{
    std::vector<Fact> facts;
    auto add = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            facts.push_back({QString::fromUtf8(label), value});
    };
    add("Rep", sheet.repName);
    add("Date", longDate(sheet.callDate));
    add("Length", sheet.durationMs > 0 ? formatClock(sheet.durationMs) : QString());
    add("Account", sheet.account);
    switch (sheet.outcome) {
    case Outcome::Won: add("Outcome", QStringLiteral("Won")); break;
    case Outcome::Lost: add("Outcome", QStringLiteral("Lost")); break;
    case Outcome::Open: add("Outcome", QStringLiteral("Open")); break;
    }
    return facts;
}

QString statusLabel(FocusStatus status)
{
    return focusStatusLabel(status);
}

namespace {

void addTalkLines(const DebriefTalk& talk, std::vector<MetricLine>& lines)
{
    if (talk.repShare)
        lines.push_back(
            {QStringLiteral("Your share of the talking"), percent(*talk.repShare),
             QStringLiteral("about %1 converts best on sales calls; most reps talk %2–%3")
                 .arg(percent(TalkReference::kBestRepShare),
                      percent(TalkReference::kTypicalRepShareLow),
                      percent(TalkReference::kTypicalRepShareHigh))});
    if (talk.repLongestMonologueMs)
        lines.push_back(
            {QStringLiteral("Your longest monologue"), formatSpan(*talk.repLongestMonologueMs),
             talk.buyerLongestMonologueMs ? QStringLiteral("the buyer's longest: %1")
                                                .arg(formatSpan(*talk.buyerLongestMonologueMs))
                                          : QString()});
    if (talk.patienceMs)
        lines.push_back({QStringLiteral("Patience"), formatSpan(*talk.patienceMs),
                         QStringLiteral("average pause before you answered the buyer")});
    if (talk.switchesPerMinute)
        lines.push_back({QStringLiteral("Interactivity"),
                         QStringLiteral("%1 switches/min").arg(*talk.switchesPerMinute, 0, 'f', 1),
                         QStringLiteral("how often the speaker changed")});
}

void addTranscriptLines(const DebriefTranscript& t, std::vector<MetricLine>& lines)
{
    QString reference = QStringLiteral("%1 per 10 min").arg(t.repQuestionsPer10Min, 0, 'f', 1);
    if (t.buyerQuestions)
        reference += QStringLiteral("; the buyer asked %1").arg(*t.buyerQuestions);
    lines.push_back({QStringLiteral("Questions you asked"), QString::number(t.repQuestions),
                     reference + QStringLiteral(". Questions persuade, statements inform")});
    lines.push_back({QStringLiteral("Your pace"),
                     QStringLiteral("%1 words/min").arg(t.repWordsPerMinute, 0, 'f', 0),
                     QStringLiteral("from the transcript")});
    lines.push_back({QStringLiteral("Filler words"),
                     QStringLiteral("%1 a minute").arg(t.repFillersPerMinute, 0, 'f', 1),
                     QStringLiteral("per minute of your own talk")});
    if (t.managerShare)
        lines.push_back({QStringLiteral("Manager's share (team call)"), percent(*t.managerShare),
                         QStringLiteral("the rep leads: the manager takes %1–%2")
                             .arg(percent(TalkReference::kManagerShareLow),
                                  percent(TalkReference::kManagerShareHigh))});
}

} // namespace

std::vector<MetricLine> talkLines(const DebriefSheet& sheet)
{
    std::vector<MetricLine> lines;
    if (sheet.talk)
        addTalkLines(*sheet.talk, lines);
    if (sheet.transcript)
        addTranscriptLines(*sheet.transcript, lines);
    return lines;
}

QString footer()
{
    return QStringLiteral("Prepared on %1 with Coachtrack").arg(longDate(QDate::currentDate()));
}

} // namespace coachtrack::exchange::text
