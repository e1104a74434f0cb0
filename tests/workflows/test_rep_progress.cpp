// A rep's progress as pure arithmetic: the sessions that worked on a plan (from its start to its
// end, scoring its skill), each skill's ratings with the mean gap, sessions per month across a
// year end and a leap February, and the self-rating forms a rep fills (CSV and JSON).
#include "exchange/import/SelfRatingsReader.h"
#include "workflows/MetricTrends.h"
#include "workflows/RecordingTalk.h"
#include "workflows/RepProgress.h"

#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::workflows;

namespace {

const Skill kDiscovery{1, QStringLiteral("Discovery questions"), 1};
const Skill kNextSteps{4, QStringLiteral("Next steps"), 4};

SessionSummary session(int64_t id, const QDate& day, std::vector<Score> scores = {})
{
    SessionSummary s;
    s.sessionId = id;
    s.created = QDateTime(day, QTime(12, 0), Qt::LocalTime).toUTC();
    for (Score& score : scores)
        score.sessionId = id;
    s.scores = std::move(scores);
    return s;
}

Score rated(const Skill& skill, std::optional<int> manager, std::optional<int> self)
{
    Score s;
    s.skill = skill;
    s.manager = manager;
    s.self = self;
    return s;
}

} // namespace

TEST_CASE("the sessions that worked on a plan are those in its dates that scored its skill",
          "[workflows][tracker]")
{
    const std::vector<SessionSummary> sessions = {
        session(1, {2026, 1, 4}, {rated(kDiscovery, 2, 4)}), // the day before the plan
        session(2, {2026, 1, 5}, {rated(kDiscovery, 3, std::nullopt)}),
        session(3, {2026, 1, 12}, {rated(kNextSteps, 3, 3)}), // another skill
        session(4, {2026, 2, 28}, {rated(kDiscovery, std::nullopt, 4)}),
        session(5, {2026, 3, 1}, {rated(kDiscovery, 4, 4)}), // the day after it ended
    };
    CoachingPlan plan;
    plan.skill = kDiscovery;
    plan.started = QDate(2026, 1, 5);
    plan.ended = QDate(2026, 2, 28);
    CHECK(sessionsOnPlan(plan, sessions) == std::vector<int64_t>{2, 4});
    plan.ended = QDate();
    CHECK(sessionsOnPlan(plan, sessions) == std::vector<int64_t>{2, 4, 5});

    const auto series = skillSeries(sessions);
    REQUIRE(series.size() == 2);
    CHECK(series[0].skill == kDiscovery);
    CHECK(series[0].points.size() == 4);
    CHECK(series[0].gapCount == 2); // sessions 1 (+2) and 5 (0)
    CHECK(series[0].meanGap == 1.0);
    CHECK(series[1].skill == kNextSteps);
    CHECK(series[1].meanGap == 0.0);
    CHECK(gapSummary(series[0]) == u"1.0 apart, the rep rates higher");
    CHECK(gapSummary(series[1]) == u"in agreement");
    // Over- and under-rating do not cancel out: +2 and −2 are 2 apart, both ways.
    const auto mixed = skillSeries({session(7, {2026, 4, 1}, {rated(kNextSteps, 2, 4)}),
                                    session(8, {2026, 4, 8}, {rated(kNextSteps, 4, 2)}),
                                    session(9, {2026, 4, 15}, {rated(kNextSteps, 3, 2)})});
    REQUIRE(mixed.size() == 1);
    CHECK(mixed[0].meanGap == Approx(-1.0 / 3));
    CHECK(mixed[0].meanAbsGap == Approx(5.0 / 3));
    CHECK(gapSummary(mixed[0]) == u"1.7 apart, both ways");
    // Rated by the manager alone: no gap to speak of, not "in agreement".
    const auto alone =
        skillSeries({session(10, {2026, 5, 1}, {rated(kNextSteps, 3, std::nullopt)})});
    CHECK_FALSE(alone[0].meanAbsGap);
    CHECK(gapSummary(alone[0]).isEmpty());
    CHECK(series[0].points[1].date == QDate(2026, 1, 5));
}

TEST_CASE("coaching sessions per month count every month, empty ones too", "[workflows][tracker]")
{
    const std::vector<SessionSummary> sessions = {
        session(1, {2027, 12, 31}), session(2, {2028, 2, 29}), session(3, {2028, 2, 1}),
        session(4, {2028, 4, 30})};
    const auto months = sessionsPerMonth(sessions, {2027, 12, 15}, {2028, 3, 1});
    REQUIRE(months.size() == 4);
    CHECK(months[0].month == QDate(2027, 12, 1));
    CHECK(months[0].sessions == 1);
    CHECK(months[1].sessions == 0);
    CHECK(months[2].month == QDate(2028, 2, 1));
    CHECK(months[2].sessions == 2);
    CHECK(months[3].sessions == 0); // April is past the end
    CHECK(sessionsPerMonth(sessions, {2028, 3, 1}, {2028, 2, 1}).empty());
}

TEST_CASE("a rep's self-rating form: CSV with quotes, a BOM and blank lines, or JSON",
          "[exchange][tracker]")
{
    auto rows =
        exchange::readSelfRatings("\xEF\xBB\xBFrecording,call,skill,self\r\n"
                                  "12,\"Acme, \"\"renewal\"\"\",Discovery questions,4\r\n\r\n"
                                  "12,\"Acme\",Next steps,\r\n"
                                  "12,\"Two\nlines\",Talk share,2\r\n");
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0].recordingId == 12);
    CHECK((*rows)[0].skill == u"Discovery questions");
    CHECK((*rows)[0].rating == 4);
    CHECK((*rows)[1].skill == u"Talk share");
    CHECK((*rows)[1].where == u"line 5");

    auto json = exchange::readSelfRatings(
        R"([{"recording": 3, "ratings": [{"skill": "Next steps", "self": 5}]},
            {"recording": 4, "ratings": [{"skill": "Talk share", "self": 1}]}])");
    REQUIRE(json);
    REQUIRE(json->size() == 2);
    CHECK((*json)[1].recordingId == 4);
    CHECK((*json)[1].rating == 1);

    const std::vector<std::pair<QByteArray, QString>> broken = {
        {"recording,skill\n1,x\n", QStringLiteral("line 1: the header names")},
        {"recording,skill,self\n1,x,0\n", QStringLiteral("line 2: the self rating")},
        {"recording,skill,self\nabc,x,3\n", QStringLiteral("line 2: 'abc' is not a recording")},
        {"recording,skill,self\n1,x,3,4\n", QStringLiteral("line 2: 4 fields")},
        {"recording,skill,self\n1,\"x,3\n", QStringLiteral("line 2: a quoted field")},
        {"recording,skill,self\n1,,3\n", QStringLiteral("line 2: the skill is missing")},
        {R"({"recording": "1", "ratings": []})", QStringLiteral("\"recording\" is")},
        {R"({"recording": 1, "ratings": [{"skill": "x", "self": 3.5}]})",
         QStringLiteral("rating 1 (x)")},
        {R"({"recording": 1)", QStringLiteral("not valid JSON")},
        {"  \n", QStringLiteral("the file is empty")},
        {R"({"recording": 1, "ratings": [{"skill": "x", "self": 3}, {"skill": "X ", "self": 4}]})",
         QStringLiteral("rating 2: X of recording 1 is rated twice (rating 1 too)")},
    };
    for (const auto& [bytes, why] : broken) {
        INFO(bytes.toStdString());
        const auto r = exchange::readSelfRatings(bytes);
        REQUIRE_FALSE(r);
        CHECK(r.error().startsWith(why));
    }
}

TEST_CASE("a watched metric's trend: the latest three sessions against the three before",
          "[workflows][tracker]")
{
    auto sessions = [](std::vector<std::optional<double>> shares) {
        std::vector<RecentSession> recent;
        for (const auto& share : shares) {
            RecentSession s;
            if (share) {
                KeptTalk k;
                k.analyserVersion = kTalkAnalyserVersion;
                k.perSpeaker = true;
                k.repShare = share;
                k.repLongestMs = int64_t(*share * 100'000);
                s.talk = k;
            }
            recent.push_back(s);
        }
        return recent;
    };
    // 75% 72% 70% | 60% 58% 55%: down, for the better.
    auto t = trendOf(WatchedMetric::TalkShare, sessions({0.75, 0.72, 0.70, 0.60, 0.58, 0.55}));
    CHECK(t.direction == -1);
    CHECK(t.better);
    CHECK(t.sessions == 6);
    CHECK(trendText(t) == u"55% ↓");
    // A rep who talks too little: up towards 43% is better too.
    t = trendOf(WatchedMetric::TalkShare, sessions({0.25, 0.30, 0.38}));
    CHECK(t.direction == 1);
    CHECK(t.better);
    // A move under the metric's step is steady; one session tells no trend; an unmeasured call
    // (or one of an older analyser) is skipped.
    t = trendOf(WatchedMetric::TalkShare, sessions({0.60, 0.61, std::nullopt}));
    CHECK(t.direction == 0);
    CHECK(trendText(t) == u"61% →");
    t = trendOf(WatchedMetric::TalkShare, sessions({0.6}));
    CHECK(t.direction == 0);
    CHECK(trendText(t) == u"60%");
    CHECK(trendText(trendOf(WatchedMetric::Patience, sessions({0.6, 0.5}))).isEmpty());
    // Longer monologues are worse.
    t = trendOf(WatchedMetric::LongestMonologue, sessions({0.3, 0.5}));
    CHECK(t.direction == 1);
    CHECK_FALSE(t.better);
    CHECK(trendText(t) == u"50 s ↑");
    for (WatchedMetric m : allWatchedMetrics())
        CHECK(watchedMetricFromName(watchedMetricName(m)) == m);
    CHECK_FALSE(watchedMetricFromName(QStringLiteral("mood")));
}
