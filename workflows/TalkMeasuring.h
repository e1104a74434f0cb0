#pragma once

// Measures the talk of reviewed calls that were never opened (or were measured by an older
// analyser) and keeps the metrics for the rep tracker, so that every coaching session has its
// point on the charts and the overview's trends. One decode per call (through the peak cache);
// a moved, replaced or unreadable file is skipped and said so. Runs on the calling thread (a
// worker for the GUI) with its own store connection; cancellable between and within calls.

#include "media/Jobs.h"
#include "workflows/WorkflowError.h"

#include <QStringList>
#include <optional>

namespace coachtrack::workflows {

struct MeasuringReport
{
    int measured = 0;
    QStringList skipped; // one line per call that could not be measured, saying why
};

Expected<MeasuringReport> measureUnmeasuredCalls(const QString& libraryPath,
                                                 std::optional<int64_t> repId,
                                                 media::ProgressSink& progress,
                                                 const media::CancelToken& cancel);

} // namespace coachtrack::workflows
