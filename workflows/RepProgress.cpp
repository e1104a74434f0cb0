#include "workflows/RepProgress.h"

#include "workflows/TranscriptMetrics.h"

#include <QObject>
#include <algorithm>
#include <cstdlib>

namespace coachtrack::workflows {

using namespace annotations;

namespace {

bool within(const QDate& date, const QDate& from, const QDate& to)
{
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

bool stillOpen(FocusStatus status)
{
    return status == FocusStatus::Open || status == FocusStatus::Practising;
}

} // namespace

QDate coachingDate(const SessionSummary& session)
{
    return session.created.toLocalTime().date();
}

std::vector<int64_t> sessionsOnPlan(const CoachingPlan& plan,
                                    const std::vector<SessionSummary>& sessions)
{
    std::vector<int64_t> ids;
    for (const SessionSummary& s : sessions) {
        if (!within(coachingDate(s), plan.started, plan.ended))
            continue;
        if (std::any_of(s.scores.begin(), s.scores.end(),
                        [&](const Score& score) { return score.skill.id == plan.skill.id; }))
            ids.push_back(s.sessionId);
    }
    return ids;
}

std::vector<SkillSeries> skillSeries(const std::vector<SessionSummary>& sessions)
{
    std::vector<SkillSeries> series;
    for (const SessionSummary& s : sessions)
        for (const Score& score : s.scores) {
            auto it = std::find_if(series.begin(), series.end(), [&](const SkillSeries& k) {
                return k.skill.id == score.skill.id;
            });
            if (it == series.end()) {
                series.push_back({score.skill, {}, std::nullopt, std::nullopt, 0});
                it = series.end() - 1;
            }
            it->points.push_back({s.sessionId, coachingDate(s), score.manager, score.self});
        }
    for (SkillSeries& k : series) {
        int sum = 0, apart = 0;
        for (const SkillPoint& p : k.points)
            if (p.manager && p.self) {
                sum += *p.self - *p.manager;
                apart += std::abs(*p.self - *p.manager);
                ++k.gapCount;
            }
        if (k.gapCount > 0) {
            k.meanGap = double(sum) / k.gapCount;
            k.meanAbsGap = double(apart) / k.gapCount;
        }
    }
    std::stable_sort(series.begin(), series.end(), [](const SkillSeries& a, const SkillSeries& b) {
        return a.skill.position != b.skill.position ? a.skill.position < b.skill.position
                                                    : a.skill.id < b.skill.id;
    });
    return series;
}

QString gapSummary(const SkillSeries& k)
{
    if (!k.meanAbsGap)
        return {};
    if (*k.meanAbsGap == 0)
        return QObject::tr("in agreement");
    const QString way = *k.meanGap > 0.5    ? QObject::tr("%L1 apart, the rep rates higher")
                        : *k.meanGap < -0.5 ? QObject::tr("%L1 apart, the rep rates lower")
                                            : QObject::tr("%L1 apart, both ways");
    return way.arg(*k.meanAbsGap, 0, 'f', 1);
}

std::vector<MonthCount> sessionsPerMonth(const std::vector<SessionSummary>& sessions,
                                         const QDate& from, const QDate& to)
{
    std::vector<MonthCount> months;
    if (!from.isValid() || !to.isValid() || to < from)
        return months;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        months.push_back({m, 0});
    for (const SessionSummary& s : sessions) {
        const QDate d = coachingDate(s);
        const QDate first(d.year(), d.month(), 1);
        for (MonthCount& m : months)
            if (m.month == first)
                ++m.sessions;
    }
    return months;
}

Expected<RepProgress> loadRepProgress(Store& store, int64_t repId, const QDate& from,
                                      const QDate& to)
{
    auto rep = store.rep(repId);
    auto sessions = store.repSessions(repId);
    auto history = store.focusHistory(repId);
    auto plans = store.coachingPlans(repId);
    if (!rep || !sessions || !history || !plans)
        return std::unexpected(fromStore(!rep        ? rep.error()
                                         : !sessions ? sessions.error()
                                         : !history  ? history.error()
                                                     : plans.error()));
    RepProgress p;
    p.rep = *rep;
    p.from = from;
    p.to = to;
    for (SessionSummary& s : *sessions)
        if (within(coachingDate(s), from, to))
            p.sessions.push_back(std::move(s));
    for (const CoachingPlan& plan : *plans)
        if ((!to.isValid() || plan.started <= to) &&
            (plan.running() || !from.isValid() || plan.ended >= from))
            p.plans.push_back(plan);
    std::vector<int64_t> inStretch;
    for (const SessionSummary& s : p.sessions)
        inStretch.push_back(s.sessionId);
    for (FocusHistory& item : *history) {
        // As of the period's end: later steps are not part of it.
        if (to.isValid()) {
            std::erase_if(item.changes,
                          [&](const FocusChange& c) { return c.at.toLocalTime().date() > to; });
            if (item.changes.empty())
                continue; // made after the period
            item.status = item.changes.back().status;
        }
        const bool ownSession =
            std::find(inStretch.begin(), inStretch.end(), item.sessionId) != inStretch.end();
        const bool changedWithin =
            std::any_of(item.changes.begin(), item.changes.end(), [&](const FocusChange& c) {
                return within(c.at.toLocalTime().date(), from, to);
            });
        const bool carried = stillOpen(item.status) && !item.changes.empty() &&
                             (!to.isValid() || item.changes.front().at.toLocalTime().date() <= to);
        if (ownSession || changedWithin || carried)
            p.focus.push_back(std::move(item));
    }
    for (const SessionSummary& s : p.sessions) {
        auto recording = store.recording(s.recordingId);
        const int64_t callMs = recording ? recording->durationMs : 0;
        const auto speakers = recordingTranscriptMetrics(store, s.recordingId, callMs);
        const SpeakerMetrics* repSpeaker = nullptr;
        for (const SpeakerMetrics& m : speakers)
            if (m.role == SpeakerRole::Rep && (!repSpeaker || m.talkMs > repSpeaker->talkMs))
                repSpeaker = &m;
        if (repSpeaker)
            p.repQuestions[s.sessionId] = repSpeaker->questions;
    }
    return p;
}

} // namespace coachtrack::workflows
