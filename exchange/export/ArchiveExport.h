#pragma once

#include "annotations/Debrief.h"

#include <QByteArray>

namespace coachtrack::exchange {

// The manager's own archive of a session, private notes included and each marked as
// private. Never a default and never given to the rep; JSON and the annotation tools'
// formats (ELAN, Audacity, Praat) only. Pure.

// The sheet's JSON plus "includesPrivate": true and "privateNotes" (each "track": "private").
QByteArray archiveJson(const annotations::ArchiveSheet& archive);
// ELAN annotation document (EAF 3.0): tiers "Shareable", "Focus" and "Private (manager only)",
// every private value starting "[private] ".
QByteArray archiveEaf(const annotations::ArchiveSheet& archive);
// Audacity labels of both tracks in time order, every private one starting "[private] ".
QByteArray archiveAudacityLabels(const annotations::ArchiveSheet& archive);
// Praat TextGrid with the tiers "Shareable" and "Private (manager only)", private marks
// starting "[private] ".
QByteArray archiveTextGrid(const annotations::ArchiveSheet& archive);

} // namespace coachtrack::exchange
