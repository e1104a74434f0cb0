#pragma once

// A library recording's moments (workflows/Moments.h): its audio analysed (through the peak
// cache) with the recording's rep channel, its transcript with the speakers' roles, and the
// library's keyword list. A moved or replaced file gives an error that says so. Any thread
// (its own store connection); cancellable.

#include "annotations/Store.h"
#include "media/Jobs.h"
#include "workflows/Moments.h"
#include "workflows/WorkflowError.h"

namespace coachtrack::workflows {

// The library's keywords: the ones set, else defaultMomentKeywords().
QStringList libraryMomentKeywords(annotations::Store& store);

Expected<std::vector<Moment>> recordingMoments(annotations::Store& store,
                                               const annotations::Recording& recording,
                                               media::ProgressSink& progress,
                                               const media::CancelToken& cancel);

} // namespace coachtrack::workflows
