#include "workflows/TeamOverview.h"

#include <algorithm>

namespace coachtrack::workflows {

using namespace annotations;

QDateTime startOfMonth(const QDate& today)
{
    return QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::LocalTime);
}

std::vector<RepStanding> teamStanding(const std::vector<RepActivity>& activity, const QDate& today)
{
    std::vector<RepStanding> team;
    for (const RepActivity& a : activity) {
        RepStanding s;
        s.rep = a.rep;
        s.openFocusItems = a.openFocusItems;
        s.reviewedThisMonth = a.sessionsSince;
        s.nextCall = a.latestUnreviewed;
        if (a.lastSession) {
            s.lastSession = a.lastSession->toLocalTime().date();
            s.daysSince = int(s.lastSession->daysTo(today));
            // The date the last session set for the next one, else the cadence's.
            s.due = a.nextPlanned.isValid()
                        ? a.nextPlanned
                        : s.lastSession->addDays(std::max(1, a.rep.cadenceDays));
            s.overdue = s.due < today;
            s.daysOverdue = s.overdue ? int(s.due.daysTo(today)) : 0;
        } else {
            s.due = today;
            s.overdue = true;
        }
        team.push_back(std::move(s));
    }
    std::stable_sort(team.begin(), team.end(), [](const RepStanding& a, const RepStanding& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.overdue && a.lastSession.has_value() != b.lastSession.has_value())
            return !a.lastSession.has_value(); // never coached first
        if (a.overdue && a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (a.due != b.due)
            return a.due < b.due;
        return a.rep.name.compare(b.rep.name, Qt::CaseInsensitive) < 0;
    });
    return team;
}

std::vector<RepStanding> dueThisWeek(const std::vector<RepStanding>& team, const QDate& today)
{
    std::vector<RepStanding> due;
    const QDate weekEnd = today.addDays(6);
    for (const RepStanding& s : team)
        if (s.overdue || s.due <= weekEnd)
            due.push_back(s);
    return due;
}

Expected<std::vector<RepStanding>> loadTeam(Store& store, const QDate& today)
{
    auto activity = store.repActivity(startOfMonth(today));
    if (!activity)
        return std::unexpected(fromStore(activity.error()));
    auto recent = store.recentCoaching(kTrendSessions);
    if (!recent)
        return std::unexpected(fromStore(recent.error()));
    const auto watched = watchedMetrics(store);
    auto team = teamStanding(*activity, today);
    static const std::vector<RecentSession> none;
    for (RepStanding& s : team) {
        const auto it = recent->find(s.rep.id);
        for (WatchedMetric m : watched)
            s.trends.push_back(trendOf(m, it == recent->end() ? none : it->second));
    }
    return team;
}

} // namespace coachtrack::workflows
