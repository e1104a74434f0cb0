#pragma once

// The review queue: which call to review next, so a weekly coaching session is one continuous
// flow (Go ▸ Next Call to Review, `coachtrack queue`). The calls no coaching session has
// reviewed yet, the reps due soonest first (in the team overview's order: overdue, then by
// due date), each rep's newest call first; then the calls with no rep, newest first.
// Pure over the Store's figures; any thread.

#include "annotations/Store.h"
#include "workflows/TeamOverview.h"
#include "workflows/WorkflowError.h"

#include <set>

namespace coachtrack::workflows {

struct QueuedCall
{
    annotations::Recording recording;
    std::optional<RepStanding> rep; // the call's rep and their standing; none without a rep
};

// Orders `unreviewed` by `team` (standings as teamStanding orders them).
std::vector<QueuedCall> orderQueue(const std::vector<annotations::Recording>& unreviewed,
                                   const std::vector<RepStanding>& team);
Expected<std::vector<QueuedCall>> reviewQueue(annotations::Store& store, const QDate& today);
// The first call of `queue` whose recording is not in `passed` (the open call and those
// already taken from the queue in this sitting).
std::optional<QueuedCall> nextToReview(const std::vector<QueuedCall>& queue,
                                       const std::set<int64_t>& passed);

} // namespace coachtrack::workflows
