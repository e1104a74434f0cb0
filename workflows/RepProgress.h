#pragma once

// A rep's progress over a stretch of time, as the rep page, `rep NAME --json` and the progress
// report show it: their coaching plans with the sessions that worked on each, their coaching
// sessions with scores and talk figures, the questions they asked per call (from transcripts),
// each focus item's history, the self-vs-manager gap per skill over time and coaching sessions
// per month. Read from shareable tables only. Pure functions plus one loader; any thread.

#include "annotations/Store.h"
#include "workflows/WorkflowError.h"

#include <map>
#include <optional>
#include <vector>

namespace coachtrack::workflows {

// One session's rating of a skill, for the charts.
struct SkillPoint
{
    int64_t sessionId = 0;
    QDate date; // the coaching session's local date
    std::optional<int> manager;
    std::optional<int> self;
};

// A skill's ratings session after session, with the gap (rep's minus manager's) over the
// sessions that have both: how far apart the two are on average (a +2 and a −2 are 2 apart,
// not 0), and which way on average.
struct SkillSeries
{
    annotations::Skill skill;
    std::vector<SkillPoint> points;
    std::optional<double> meanGap;    // signed: above 0 the rep rates themselves higher
    std::optional<double> meanAbsGap; // how far apart, whichever way
    int gapCount = 0;
};

// "1.7 apart, the rep rates higher" / "2.0 apart, both ways" / "in agreement"; "" without a
// gap. A mean signed gap within ±0.5 counts as both ways.
QString gapSummary(const SkillSeries& series);

struct MonthCount
{
    QDate month; // its first day
    int sessions = 0;
};

struct RepProgress
{
    annotations::Rep rep;
    QDate from;                                        // invalid: since the first session
    QDate to;                                          // invalid: up to today
    std::vector<annotations::CoachingPlan> plans;      // that ran in the stretch
    std::vector<annotations::SessionSummary> sessions; // coaching sessions in the stretch
    std::vector<annotations::FocusHistory> focus;      // items of those sessions
    std::map<int64_t, int> repQuestions; // session id → questions the rep asked on the call
};

// A coaching session's local calendar date.
QDate coachingDate(const annotations::SessionSummary& session);
// The sessions that worked on a plan: those from its start (to its end) that scored its skill.
std::vector<int64_t> sessionsOnPlan(const annotations::CoachingPlan& plan,
                                    const std::vector<annotations::SessionSummary>& sessions);
// Each skill rated in `sessions`, in the skill list's order, with its points oldest first.
std::vector<SkillSeries> skillSeries(const std::vector<annotations::SessionSummary>& sessions);
// Coaching sessions per calendar month from `from`'s month to `to`'s (both included; empty
// months count 0).
std::vector<MonthCount> sessionsPerMonth(const std::vector<annotations::SessionSummary>& sessions,
                                         const QDate& from, const QDate& to);
// The rep's progress between two local dates (either invalid: open-ended). The questions per
// call come from each call's transcript when a speaker in it is the rep.
Expected<RepProgress> loadRepProgress(annotations::Store& store, int64_t repId,
                                      const QDate& from = {}, const QDate& to = {});

} // namespace coachtrack::workflows
