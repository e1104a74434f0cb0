#pragma once

// A rep's own ratings of their calls, from the form they filled (CSV or JSON, see
// exchange/import/SelfRatingsReader.h), into each call's review session: all or none, the
// manager's ratings and comments kept. Shared by `score import` and the rep page. Any thread.

#include "annotations/Store.h"
#include "workflows/WorkflowError.h"

namespace coachtrack::workflows {

struct ImportedSelfRatings
{
    int ratings = 0;
    int calls = 0;
};

// Reads `path` and stores its ratings; the error names the file and the line at fault and
// says that nothing was imported.
Expected<ImportedSelfRatings> importSelfRatings(annotations::Store& store, const QString& path);

} // namespace coachtrack::workflows
