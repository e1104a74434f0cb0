#pragma once

#include "sync/PgConnection.h"

namespace coachtrack::annotations {
class Store;
}

namespace coachtrack::sync {

// What the reps changed on the team server since and was taken into the library.
struct PulledChanges
{
    int focusStatuses = 0; // focus items whose status a rep set
    int selfRatings = 0;   // the reps' own scorecard ratings
};

// Brings the reps' side of the team library into the manager's own: the focus statuses a rep
// set on the server (the server stamps who changed one; the manager's own changes are not
// taken back) and the ratings they gave themselves. The library records each status change in
// the item's history as usual, so the tracker shows it. One thread at a time.
PgResult<PulledChanges> pullRepChanges(annotations::Store& store, PgConnection& server);

} // namespace coachtrack::sync
