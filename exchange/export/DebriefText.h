#pragma once

// The rep-facing wording of a debrief sheet, shared by every sheet format so that the PDF,
// HTML, ODT and Markdown say the same thing. Pure functions; any thread.

#include "annotations/Debrief.h"

#include <QString>
#include <utility>
#include <vector>

namespace coachtrack::exchange::text {

struct Fact
{
    QString label;
    QString value;
};

// One talk metric with the figure it is usually compared with (may be empty).
struct MetricLine
{
    QString name;
    QString value;
    QString reference;
};

QString sheetTitle(const annotations::DebriefSheet& sheet);
// Rep, date, length, account, outcome — the ones that are known (the call's title is the
// sheet's title).
std::vector<Fact> callFacts(const annotations::DebriefSheet& sheet);
QString statusLabel(annotations::FocusStatus status);
// The talk metrics (from the audio, or a mono call's transcript) and then what the transcript's
// words add: questions, pace, fillers and, on a team call, the manager's share.
std::vector<MetricLine> talkLines(const annotations::DebriefSheet& sheet);
QString longDate(const QDate& date);

// One section of the sheet, in the order it is printed.
enum class Block
{
    Objectives,
    SelfAssessment,
    Metrics, // how the conversation went: talk and transcript figures
    Observations,
    Focus,
    LastTime, // the focus items of the rep's previous session
    Commitment,
};
struct SheetBlock
{
    Block block;
    QString heading;
};
// The sections that have something to say, in the order of the session's template and under
// its headings: the metrics go just before the observations and "last time we worked on" just
// after the focus items (each at the end when the template leaves that part out). An empty
// objectives, self-assessment or commitment part is left out; the focus part never is.
std::vector<SheetBlock> sheetBlocks(const annotations::DebriefSheet& sheet);
// "Prepared on 24 Nov 2026 with Coachtrack"
QString footer();

} // namespace coachtrack::exchange::text
