#pragma once

// The rep tracker's charts (Qt Charts), one point per coaching session in time order: how the
// manager phrased the shareable notes, and how the rep talked (from each call's kept talk
// metrics, drawn against the reference figures the debrief prints). GUI thread.

#include "annotations/Tracker.h"
#include "workflows/NotePhrasing.h"
#include "workflows/ProgressReport.h"
#include "workflows/RepProgress.h"

#include <QChart>
#include <QImage>
#include <map>

namespace coachtrack::app {

// The share of notes phrased as observations or questions (left axis, %), and what went well
// against the things to change per call (right axis).
QChart* phrasingChart(const std::vector<annotations::SessionSummary>& sessions,
                      const std::vector<workflows::PhrasingRule>& rules);
// The rep's share of the talk (left axis, %, over the band most reps talk in and the share
// that converts best) and their longest monologue (right axis, seconds). Sessions whose call
// has no kept metrics of the current analyser are left out; `measured` says how many are in.
QChart* talkChart(const std::vector<annotations::SessionSummary>& sessions, int* measured);
// Each scored skill's ratings over time: the manager's (solid) and the rep's own (dashed, the
// same colour), 1 to 5.
QChart* scoreChart(const std::vector<annotations::SessionSummary>& sessions);
// The gap (rep's own rating − manager's) per skill over time, with each skill's mean in its
// legend and the line where both agree.
QChart* gapChart(const std::vector<annotations::SessionSummary>& sessions);
// The questions the rep asked per call, from calls with a transcript that names the rep.
QChart* questionsChart(const std::vector<annotations::SessionSummary>& sessions,
                       const std::map<int64_t, int>& repQuestions);
// Coaching sessions per calendar month, as bars.
QChart* monthChart(const std::vector<workflows::MonthCount>& months);
// The chart drawn at `size` (in points) times `scale` pixels, on white. A chart that is in a
// view keeps its place there.
QImage chartImage(QChart* chart, const QSize& size, qreal scale = 2);
// The charts of a progress report, drawn for print: each one that has something to show.
std::vector<workflows::ReportChart> reportCharts(const workflows::RepProgress& progress);
// A kept measurement of the current analyser, with per-speaker figures.
bool talkIsCurrent(const annotations::SessionSummary& session);

} // namespace coachtrack::app
