#pragma once

// The rep tracker's charts (Qt Charts), one point per coaching session in time order: how the
// manager phrased the shareable notes, and how the rep talked (from each call's kept talk
// metrics, drawn against the reference figures the debrief prints). GUI thread.

#include "annotations/Tracker.h"
#include "workflows/NotePhrasing.h"

#include <QChart>

namespace coachtrack::app {

// The share of notes phrased as observations or questions (left axis, %), and what went well
// against the things to change per call (right axis).
QChart* phrasingChart(const std::vector<annotations::SessionSummary>& sessions,
                      const std::vector<workflows::PhrasingRule>& rules);
// The rep's share of the talk (left axis, %, over the band most reps talk in and the share
// that converts best) and their longest monologue (right axis, seconds). Sessions whose call
// has no kept metrics of the current analyser are left out; `measured` says how many are in.
QChart* talkChart(const std::vector<annotations::SessionSummary>& sessions, int* measured);
// A kept measurement of the current analyser, with per-speaker figures.
bool talkIsCurrent(const annotations::SessionSummary& session);

} // namespace coachtrack::app
