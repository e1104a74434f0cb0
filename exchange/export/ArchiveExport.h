#pragma once

#include "annotations/Debrief.h"

#include <QByteArray>

namespace coachtrack::exchange {

// The manager's own archive of a session, private notes included and each marked as
// private. Never a default and never given to the rep; only JSON and ELAN's EAF. Pure.

// The sheet's JSON plus "includesPrivate": true and "privateNotes" (each "track": "private").
QByteArray archiveJson(const annotations::ArchiveSheet& archive);
// ELAN annotation document (EAF 3.0): tiers "Shareable", "Focus" and "Private (manager only)".
QByteArray archiveEaf(const annotations::ArchiveSheet& archive);

} // namespace coachtrack::exchange
