#pragma once

#include "sync/PgConnection.h"

namespace coachtrack::annotations {
class Store;
}

namespace coachtrack::sync {

// What the reps changed on the team server since and was taken into the library.
struct PulledChanges
{
    int focusStatuses = 0; // focus items whose status became the one a rep set
    int selfRatings = 0;   // the reps' own scorecard ratings
};

// Brings the reps' side of the team library into the manager's own: every focus status a rep
// set on the server (the server stamps who and when) goes into the item's history, once, and
// becomes its status when it is later than the manager's own last change (the later change
// wins; the tracker shows both); and the ratings the reps gave themselves. Idempotent. One
// thread at a time.
PgResult<PulledChanges> pullRepChanges(annotations::Store& store, PgConnection& server);

} // namespace coachtrack::sync
