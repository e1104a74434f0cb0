#pragma once

// The trend arrows of the team overview: for each metric the manager chose to watch, whether a
// rep's latest coaching sessions moved it, and whether that is for the better. A trend
// compares the mean of the latest three sessions that have the figure with the mean of the
// (up to three) before them; a move smaller than the metric's step is steady. Talk figures come
// from each call's kept metrics (of the current analyser), scores from the scorecards. The
// chosen metrics are a library setting. Pure functions plus the setting; any thread.

#include "annotations/Store.h"
#include "workflows/WorkflowError.h"

#include <optional>
#include <vector>

namespace coachtrack::workflows {

enum class WatchedMetric
{
    TalkShare,        // the rep's share of the talk: lower is better, down to 43%
    LongestMonologue, // lower is better
    Patience,         // the pause before answering: longer is better
    ManagerScore,     // the manager's mean rating: higher is better
    Gap,              // the mean |rep's − manager's| rating: smaller is better
};

struct MetricTrend
{
    WatchedMetric metric = WatchedMetric::TalkShare;
    std::optional<double> latest; // the latest session's figure (share 0..1, ms, rating)
    int direction = 0;            // +1 up, −1 down, 0 steady (or too few sessions to tell)
    bool better = false;          // the move is for the better
    int sessions = 0;             // sessions with the figure
};

// "talk-share", "longest-monologue", "patience", "score", "gap"
QString watchedMetricName(WatchedMetric metric);
std::optional<WatchedMetric> watchedMetricFromName(const QString& name);
// "Talk share", "Monologue" (the longest), … for the overview's column heads.
QString watchedMetricLabel(WatchedMetric metric);
// "54% ↓" with the figure in the metric's unit.
QString trendText(const MetricTrend& trend);
std::vector<WatchedMetric> allWatchedMetrics();

// The metric's trend over a rep's latest sessions (oldest first).
MetricTrend trendOf(WatchedMetric metric, const std::vector<annotations::RecentSession>& recent);

// How many latest sessions the trends read per rep.
inline constexpr int kTrendSessions = 6;
// The library's watched metrics (one to three; default talk share and longest monologue).
std::vector<WatchedMetric> watchedMetrics(annotations::Store& store);
Expected<void> setWatchedMetrics(annotations::Store& store,
                                 const std::vector<WatchedMetric>& metrics);

} // namespace coachtrack::workflows
