#pragma once

#include "sync/TeamPublisher.h"

#include <QString>
#include <expected>

namespace coachtrack::workflows {

// What a session carries to the team server besides its rows.
struct TeamDocumentOptions
{
    bool clips = false;                     // the focus items' clips, as long as they fit the cap
    qint64 clipBytesCap = 20 * 1024 * 1024; // all clips of one session together
};

// The documents of a session for the rep on the team server: the debrief sheet as PDF and as
// HTML (the same shareable-only export as `coachtrack export`), and on request one clip per
// focus item ("focus-N.<suffix>"), in focus order while their sizes fit the cap. Written to a
// temporary folder and read back; a missing recording leaves the clips out. On the calling
// thread (the sync worker, or the command line); opens its own connection to the library.
std::expected<std::vector<sync::TeamDocument>, QString>
renderTeamDocuments(const QString& databasePath, int64_t sessionId,
                    const TeamDocumentOptions& options);

// The publisher's DocumentSource over renderTeamDocuments.
sync::DocumentSource teamDocumentSource(const QString& databasePath,
                                        const TeamDocumentOptions& options);

} // namespace coachtrack::workflows
