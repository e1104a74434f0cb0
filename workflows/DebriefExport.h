#pragma once

#include "exchange/export/Exporter.h"
#include "media/Jobs.h"
#include "workflows/WorkflowError.h"

#include <QString>
#include <QStringList>
#include <expected>
#include <optional>

namespace coachtrack::workflows {

// One export of a review session, as the command line and the Export dialog ask for it.
struct ExportRequest
{
    QString databasePath; // the library; the job opens its own connection
    int64_t sessionId = 0;
    exchange::ExportFormat format = exchange::ExportFormat::Pdf;
    // Set for the manager's own archive (private notes included); `format` is then ignored.
    std::optional<exchange::ArchiveFormat> archive;
    exchange::ExportOptions options;
    QString outputPath;
    QString clipsDir; // empty: no clips
    // HTML only: each focus moment's clip inside the sheet as a data: URL (cut into a
    // temporary folder), so one file plays offline. With clipsDir instead, the sheet links to
    // the clips there by a relative path.
    bool embedClips = false;
    int64_t clipBeforeMs = 5000;
    int64_t clipAfterMs = 10000;
};

struct ExportReport
{
    QString outputPath;
    QStringList clips;     // written beside the sheet
    int embeddedClips = 0; // inside an HTML sheet
    QStringList warnings;  // what the export had to leave out, and why
};

// Builds the debrief sheet of a session (shareable only), adds what the media engine knows
// (talk metrics and the timeline picture, from the peak cache or one decode), writes the
// chosen format and, on request, one clip per focus item (an HTML sheet plays each beside its
// focus item). A missing recording only leaves the media parts out, with a warning. Runs on
// the calling thread (a worker for the GUI).
Expected<ExportReport> runDebriefExport(const ExportRequest& request, media::ProgressSink& progress,
                                        const media::CancelToken& cancel);

// "<call title>_focus-1_00-12-34" made safe as a file name.
QString clipBaseName(const QString& callTitle, int focusNumber, int64_t startMs);

} // namespace coachtrack::workflows
