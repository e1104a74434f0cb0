#pragma once

// The team overview, the first screen of a coaching week: each rep's standing against their
// coaching cadence (days since the last coaching session, when the next is due, overdue reps
// first), their open focus items, the calls reviewed this month and the call to review next;
// and "this week": who to coach in the next seven days. Dates are the local calendar's (a
// session made at 23:30 belongs to that evening's date, whatever daylight saving does). Pure
// functions over the Store's figures; any thread.

#include "annotations/Store.h"
#include "workflows/MetricTrends.h"
#include "workflows/WorkflowError.h"

#include <optional>
#include <vector>

namespace coachtrack::workflows {

struct RepStanding
{
    annotations::Rep rep;
    std::optional<QDate> lastSession; // local date of the latest coaching session
    std::optional<int> daysSince;     // calendar days from it to today
    QDate due; // the next date the last session set, else lastSession + cadence; today for a
               // rep never coached
    bool overdue = false; // due before today, or never coached
    int daysOverdue = 0;  // today − due when overdue
    int openFocusItems = 0;
    int reviewedThisMonth = 0; // coaching sessions made since the 1st of today's month
    std::optional<annotations::Recording> nextCall; // their newest call not yet reviewed
    std::vector<MetricTrend> trends; // one per watched metric, in the library's order
};

// The local midnight that starts `today`'s month.
QDateTime startOfMonth(const QDate& today);
// Each rep's standing on `today`: overdue reps first (longest overdue first, never coached
// before them), then by due date, then by name.
std::vector<RepStanding> teamStanding(const std::vector<annotations::RepActivity>& activity,
                                      const QDate& today);
// The reps due within the seven days from `today` (overdue ones included), in the same order.
std::vector<RepStanding> dueThisWeek(const std::vector<RepStanding>& team, const QDate& today);
// The Store's figures made into standings, with the trends of the library's watched metrics.
Expected<std::vector<RepStanding>> loadTeam(annotations::Store& store, const QDate& today);

} // namespace coachtrack::workflows
