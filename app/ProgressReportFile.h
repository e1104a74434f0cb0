#pragma once

// Writes a rep's progress report file: reads their progress between two dates (shareable tables
// only), draws the charts with Qt Charts and saves the PDF or HTML atomically, refusing a path
// that is the library or one of its recordings. Shared by `coachtrack report` and the rep page.
// Needs a QApplication (Qt Charts); GUI thread.

#include "annotations/Store.h"
#include "workflows/ProgressReport.h"
#include "workflows/WorkflowError.h"

namespace coachtrack::app {

workflows::Expected<void> writeProgressReport(annotations::Store& store, int64_t repId,
                                              const QDate& from, const QDate& to,
                                              workflows::ReportFormat format, exchange::Paper paper,
                                              const QString& path);

} // namespace coachtrack::app
